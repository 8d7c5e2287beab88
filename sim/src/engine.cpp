// SPDX-License-Identifier: Apache-2.0
#include "deliveryhub_p.h"
#include "engine_p.h"
#include "logging_p.h"
#include "util_p.h"

#include <cloacinasim/simulator.h>

#include <QJsonDocument>
#include <QTimer>

namespace CloacinaSim {

namespace {

    const char* const errorTexts[] = {
        "TimeoutError: task exceeded its 300s deadline while waiting for the warehouse lock",
        "ConnectionRefusedError: [Errno 111] Connection refused "
        "(postgres://warehouse.internal:5432/analytics)",
        "KeyError: 'customer_id'",
        "ValueError: invalid literal for int() with base 10: 'N/A'",
        "HTTPError: 503 Service Unavailable for url: https://api.partner.example/v2/orders?page=17",
        "PermissionError: [Errno 13] Permission denied: '/data/exports/daily_sales.csv'",
        "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "
        "\"orders_pkey\"",
        "MemoryError: Unable to allocate 2.31 GiB for an array with shape (310000000,) and data "
        "type float64",
        "FileNotFoundError: [Errno 2] No such file or directory: "
        "'s3://raw-landing/2024/06/01/orders.parquet'",
        "task panicked: called `Option::unwrap()` on a `None` value at src/tasks/load.rs:88:41",
        "botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the "
        "PutObject operation: Rate exceeded",
    };

    QString json(const QJsonObject& o)
    {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    WorkflowRecord syntheticWorkflow(const QString& name)
    {
        WorkflowRecord w;
        w.packageName = name;
        w.workflowName = name;
        w.tasks = { TaskNode { QStringLiteral("prepare"), {}, {}, {}, {} },
            TaskNode { QStringLiteral("run"), { QStringLiteral("prepare") }, {}, {}, {} },
            TaskNode { QStringLiteral("finalize"), { QStringLiteral("run") }, {}, {}, {} } };
        return w;
    }

} // namespace

ExecutionEngine::ExecutionEngine(
    const Options& options, Store& store, DeliveryHub& hub, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_store(store)
    , m_hub(hub)
    , m_rng(options.seed)
    , m_pushless(options.pushless)
{
}

bool ExecutionEngine::isKnownStatus(const QString& status)
{
    static const QStringList known { QStringLiteral("Pending"), QStringLiteral("Running"),
        QStringLiteral("Completed"), QStringLiteral("Failed"), QStringLiteral("Cancelled"),
        QStringLiteral("Paused") };
    return known.contains(status);
}

QString ExecutionEngine::newId()
{
    QByteArray b(16, Qt::Uninitialized);
    m_rng.fillRange(reinterpret_cast<quint32*>(b.data()), 4);
    b[6] = char((b[6] & 0x0f) | 0x40); // version 4
    b[8] = char((b[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
}

ExecutionRecord& ExecutionEngine::createRecord(
    const QString& tenant, const WorkflowRecord& workflow)
{
    auto run = std::make_unique<ExecutionRecord>();
    run->id = newId();
    run->tenantId = tenant;
    run->workflowName = workflow.workflowName;
    run->packageName = workflow.packageName;
    run->startedAt = m_store.nextStartTime();
    for (const auto& node : workflow.tasks) {
        TaskRecord t;
        t.id = newId();
        t.shortName = node.id;
        t.taskName = QStringLiteral("%1::%2::%3::%4")
                         .arg(tenant, workflow.packageName, workflow.workflowName, node.id);
        t.dependencies = node.dependencies;
        t.createdAt = run->startedAt;
        t.updatedAt = run->startedAt;
        run->tasks << t;
    }
    return m_store.addExecution(std::move(run));
}

void ExecutionEngine::appendEvent(
    ExecutionRecord& run, int taskIndex, const QString& type, const std::optional<QString>& data)
{
    EventRecord e;
    e.id = newId();
    e.taskExecutionId = taskIndex >= 0 ? run.tasks.at(taskIndex).id : QString();
    e.eventType = type;
    e.eventData = data;
    e.createdAt = QDateTime::currentDateTimeUtc();
    e.sequenceNum = m_store.nextSequenceNum++;
    run.events << e;
    ++m_store.eventCount;
    if (!m_pushless) {
        const QJsonObject payload { { QStringLiteral("id"), e.id },
            { QStringLiteral("workflow_execution_id"), run.id },
            { QStringLiteral("task_execution_id"),
                e.taskExecutionId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(e.taskExecutionId) },
            { QStringLiteral("event_type"), type },
            { QStringLiteral("event_data"), optString(data) },
            { QStringLiteral("created_at"), isoTime(e.createdAt) } };
        // Engine events carry no tenant upstream; see Options::strictTenantMatch.
        const std::optional<QString> tenant
            = m_options.strictTenantMatch ? std::nullopt : std::optional<QString>(run.tenantId);
        m_hub.enqueue(QStringLiteral("exec_events:") + run.id, QStringLiteral("execution_event"),
            tenant, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    }
    emit eventWritten(run.id, type);
}

ExecutionRecord* ExecutionEngine::start(
    const QString& tenant, const QString& workflow, const std::optional<QString>& origin)
{
    const WorkflowRecord* wf = m_store.workflowByName(tenant, workflow);
    if (!wf)
        return nullptr;
    ExecutionRecord& run = createRecord(tenant, *wf);
    run.triggerOrigin = origin;
    Plan plan;
    if (!run.tasks.isEmpty() && m_rng.generateDouble() < m_options.failureShare)
        plan.culprit = run.tasks.at(int(m_rng.bounded(quint32(run.tasks.size())))).shortName;
    for (const auto& t : std::as_const(run.tasks)) {
        if (t.shortName != plan.culprit && m_rng.generateDouble() < 0.1)
            plan.flaky.insert(t.shortName);
    }
    m_plans.insert(run.id, plan);
    const QString id = run.id;
    QTimer::singleShot(20, this, [this, id] {
        ExecutionRecord* r = m_store.execution(id);
        if (!r)
            return;
        r->status = QStringLiteral("Running");
        for (int i = 0; i < r->tasks.size(); ++i) {
            if (r->tasks.at(i).dependencies.isEmpty())
                markReady(id, i);
        }
        maybeFinish(*r);
    });
    return &run;
}

void ExecutionEngine::markReady(const QString& runId, int taskIndex)
{
    ExecutionRecord* run = m_store.execution(runId);
    TaskRecord& t = run->tasks[taskIndex];
    t.status = QStringLiteral("Ready");
    t.updatedAt = QDateTime::currentDateTimeUtc();
    appendEvent(*run, taskIndex, QStringLiteral("task_marked_ready"), std::nullopt);
    QTimer::singleShot(5 + int(m_rng.bounded(25u)), this,
        [this, runId, taskIndex] { runAttempt(runId, taskIndex); });
}

void ExecutionEngine::runAttempt(const QString& runId, int taskIndex)
{
    ExecutionRecord* run = m_store.execution(runId);
    TaskRecord& t = run->tasks[taskIndex];
    t.status = QStringLiteral("Running");
    t.updatedAt = QDateTime::currentDateTimeUtc();
    if (!t.startedAt)
        t.startedAt = t.updatedAt;
    QTimer::singleShot(
        taskDuration(), this, [this, runId, taskIndex] { finishAttempt(runId, taskIndex); });
}

void ExecutionEngine::finishAttempt(const QString& runId, int taskIndex)
{
    ExecutionRecord* run = m_store.execution(runId);
    TaskRecord& t = run->tasks[taskIndex];
    const Plan plan = m_plans.value(runId);
    const bool fails
        = t.shortName == plan.culprit || (plan.flaky.contains(t.shortName) && t.attempt == 1);
    if (!fails) {
        completeTask(*run, taskIndex);
        return;
    }
    const QString error = errorText();
    if (t.attempt < t.maxAttempts) {
        const int backoff = qMax(50, m_options.taskMinMs);
        t.lastError = error;
        t.status = QStringLiteral("Ready");
        t.updatedAt = QDateTime::currentDateTimeUtc();
        appendEvent(*run, taskIndex, QStringLiteral("task_retry_scheduled"),
            json({ { QStringLiteral("attempt"), t.attempt },
                { QStringLiteral("retry_at"), isoTime(t.updatedAt.addMSecs(backoff)) } }));
        ++t.attempt;
        QTimer::singleShot(
            backoff, this, [this, runId, taskIndex] { runAttempt(runId, taskIndex); });
        return;
    }
    failTask(*run, taskIndex, error);
}

void ExecutionEngine::completeTask(ExecutionRecord& run, int taskIndex)
{
    TaskRecord& t = run.tasks[taskIndex];
    t.status = QStringLiteral("Completed");
    t.updatedAt = QDateTime::currentDateTimeUtc();
    t.completedAt = t.updatedAt;
    appendEvent(run, taskIndex, QStringLiteral("task_completed"), std::nullopt);
    for (int j = 0; j < run.tasks.size(); ++j) {
        const TaskRecord& next = run.tasks.at(j);
        if (next.status != QLatin1String("NotStarted"))
            continue;
        bool ready = true;
        for (const auto& dep : next.dependencies) {
            const int d = run.taskIndex(dep);
            ready = ready && d >= 0 && run.tasks.at(d).status == QLatin1String("Completed");
        }
        if (ready)
            markReady(run.id, j);
    }
    maybeFinish(run);
}

void ExecutionEngine::failTask(ExecutionRecord& run, int taskIndex, const QString& error)
{
    TaskRecord& t = run.tasks[taskIndex];
    t.status = QStringLiteral("Failed");
    t.updatedAt = QDateTime::currentDateTimeUtc();
    t.completedAt = t.updatedAt;
    t.lastError = error;
    t.errorDetails = errorDetails(error, t);
    appendEvent(run, taskIndex, QStringLiteral("task_failed"),
        json({ { QStringLiteral("error"), error } }));
    const QString failed = t.shortName;
    for (int j : topologicalOrder(run)) {
        TaskRecord& d = run.tasks[j];
        if (d.status == QLatin1String("NotStarted") && dependsOn(run, j, failed)) {
            d.status = QStringLiteral("Skipped");
            d.updatedAt = QDateTime::currentDateTimeUtc();
            appendEvent(run, j, QStringLiteral("task_skipped"),
                json({ { QStringLiteral("reason"),
                    QStringLiteral("upstream task '%1' failed").arg(failed) } }));
        }
    }
    maybeFinish(run);
}

void ExecutionEngine::maybeFinish(ExecutionRecord& run)
{
    if (run.status != QLatin1String("Running"))
        return;
    const TaskRecord* failed = nullptr;
    for (const auto& t : std::as_const(run.tasks)) {
        if (t.status == QLatin1String("Ready") || t.status == QLatin1String("Running"))
            return;
        if (t.status == QLatin1String("Failed") && !failed)
            failed = &t;
    }
    run.completedAt = QDateTime::currentDateTimeUtc();
    if (failed) {
        run.status = QStringLiteral("Failed");
        appendEvent(run, -1, QStringLiteral("workflow_failed"),
            json({ { QStringLiteral("reason"),
                QStringLiteral("task '%1' failed: %2")
                    .arg(failed->taskName, failed->lastError.value_or(QString())) } }));
    } else {
        run.status = QStringLiteral("Completed");
        appendEvent(run, -1, QStringLiteral("workflow_completed"), std::nullopt);
    }
    m_plans.remove(run.id);
    emit executionFinished(run.id, run.status);
}

int ExecutionEngine::taskDuration()
{
    const int lo = qMax(0, m_options.taskMinMs);
    const int hi = qMax(lo, m_options.taskMaxMs);
    return lo + int(m_rng.bounded(quint32(hi - lo + 1)));
}

QString ExecutionEngine::errorText()
{
    constexpr quint32 n = sizeof(errorTexts) / sizeof(errorTexts[0]);
    return QString::fromUtf8(errorTexts[m_rng.bounded(n)]);
}

QString ExecutionEngine::errorDetails(const QString& error, const TaskRecord& task)
{
    return QStringLiteral("Traceback (most recent call last):\n  File "
                          "\"/opt/cloacina/tasks/%1.py\", line %2, in run\n"
                          "    result = handler(ctx)\n%3")
        .arg(task.shortName)
        .arg(20 + int(m_rng.bounded(180u)))
        .arg(error);
}

QVector<int> ExecutionEngine::topologicalOrder(const ExecutionRecord& run) const
{
    QVector<int> order;
    QSet<QString> done;
    while (order.size() < run.tasks.size()) {
        bool progressed = false;
        for (int i = 0; i < run.tasks.size(); ++i) {
            const TaskRecord& t = run.tasks.at(i);
            if (done.contains(t.shortName))
                continue;
            bool ready = true;
            for (const auto& d : t.dependencies)
                ready = ready && (done.contains(d) || run.taskIndex(d) < 0);
            if (ready) {
                order << i;
                done.insert(t.shortName);
                progressed = true;
            }
        }
        if (!progressed)
            break; // a cycle; leave the rest out
    }
    return order;
}

bool ExecutionEngine::dependsOn(
    const ExecutionRecord& run, int taskIndex, const QString& ancestor) const
{
    for (const auto& d : run.tasks.at(taskIndex).dependencies) {
        if (d == ancestor)
            return true;
        const int i = run.taskIndex(d);
        if (i >= 0 && dependsOn(run, i, ancestor))
            return true;
    }
    return false;
}

QStringList ExecutionEngine::createExecutions(
    int count, const QString& status, const QString& workflow, const QString& tenant)
{
    QStringList ids;
    TenantRecord* t = m_store.tenant(tenant);
    if (!t || count <= 0 || !isKnownStatus(status))
        return ids;
    for (int n = 0; n < count; ++n) {
        WorkflowRecord wf;
        if (!workflow.isEmpty()) {
            const WorkflowRecord* found = m_store.workflowByName(tenant, workflow);
            wf = found ? *found : syntheticWorkflow(workflow);
        } else if (!t->workflows.isEmpty()) {
            wf = t->workflows.at(int(m_rng.bounded(quint32(t->workflows.size()))));
        } else {
            wf = syntheticWorkflow(QStringLiteral("adhoc"));
        }
        ExecutionRecord& run = createRecord(tenant, wf);
        run.status = status;
        run.triggerOrigin = QStringLiteral("manual");
        const QVector<int> order = topologicalOrder(run);
        const auto complete = [&](int i) {
            appendEvent(run, i, QStringLiteral("task_marked_ready"), std::nullopt);
            TaskRecord& task = run.tasks[i];
            task.status = QStringLiteral("Completed");
            task.startedAt = QDateTime::currentDateTimeUtc();
            task.completedAt = task.startedAt;
            appendEvent(run, i, QStringLiteral("task_completed"), std::nullopt);
        };
        const int half = order.size() / 2;
        if (status == QLatin1String("Completed")) {
            for (int i : order)
                complete(i);
            appendEvent(run, -1, QStringLiteral("workflow_completed"), std::nullopt);
        } else if (status == QLatin1String("Failed") && !order.isEmpty()) {
            const int culprit = order.at(int(m_rng.bounded(quint32(order.size()))));
            const QString culpritName = run.tasks.at(culprit).shortName;
            QString error;
            for (int i : order) {
                TaskRecord& task = run.tasks[i];
                if (i == culprit) {
                    appendEvent(run, i, QStringLiteral("task_marked_ready"), std::nullopt);
                    task.startedAt = QDateTime::currentDateTimeUtc();
                    for (; task.attempt < task.maxAttempts; ++task.attempt) {
                        appendEvent(run, i, QStringLiteral("task_retry_scheduled"),
                            json({ { QStringLiteral("attempt"), task.attempt },
                                { QStringLiteral("retry_at"), nowIso() } }));
                    }
                    error = errorText();
                    task.status = QStringLiteral("Failed");
                    task.lastError = error;
                    task.errorDetails = errorDetails(error, task);
                    task.completedAt = QDateTime::currentDateTimeUtc();
                    appendEvent(run, i, QStringLiteral("task_failed"),
                        json({ { QStringLiteral("error"), error } }));
                } else if (dependsOn(run, i, culpritName)) {
                    task.status = QStringLiteral("Skipped");
                    appendEvent(run, i, QStringLiteral("task_skipped"),
                        json({ { QStringLiteral("reason"),
                            QStringLiteral("upstream task '%1' failed").arg(culpritName) } }));
                } else {
                    complete(i);
                }
            }
            appendEvent(run, -1, QStringLiteral("workflow_failed"),
                json({ { QStringLiteral("reason"),
                    QStringLiteral("task '%1' failed: %2")
                        .arg(run.tasks.at(culprit).taskName, error) } }));
        } else if (status != QLatin1String("Pending")) {
            // Running, Paused, Cancelled: the first half finished; Running has one more under way.
            for (int k = 0; k < half; ++k)
                complete(order.at(k));
            if (status == QLatin1String("Running") && half < order.size()) {
                appendEvent(run, order.at(half), QStringLiteral("task_marked_ready"), std::nullopt);
                run.tasks[order.at(half)].status = QStringLiteral("Running");
                run.tasks[order.at(half)].startedAt = QDateTime::currentDateTimeUtc();
            }
        }
        if (status == QLatin1String("Completed") || status == QLatin1String("Failed")
            || status == QLatin1String("Cancelled"))
            run.completedAt = QDateTime::currentDateTimeUtc();
        ids << run.id;
    }
    return ids;
}

int ExecutionEngine::emitBurst(const QString& executionId, int count)
{
    ExecutionRecord* run = m_store.execution(executionId);
    if (!run || count <= 0)
        return 0;
    const int tasks = run->tasks.size();
    for (int i = 0; i < count; ++i) {
        appendEvent(*run, tasks > 0 ? i % tasks : -1,
            i % 2 == 0 ? QStringLiteral("task_marked_ready") : QStringLiteral("task_completed"),
            std::nullopt);
    }
    return count;
}

} // namespace CloacinaSim

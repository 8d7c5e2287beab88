// SPDX-License-Identifier: Apache-2.0
#include "deliveryhub_p.h"
#include "engine_p.h"
#include "logging_p.h"
#include "util_p.h"

#include <cloacinasim/simulator.h>

#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

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

    //! The text the engine stores for a task whose function returned an error: the executor's
    //! and the task's error prefixes around the cause (cloacina error.rs / cloacina-workflow).
    QString engineTaskError(const QString& cause)
    {
        return QStringLiteral("Task execution error: Task execution failed: %1").arg(cause);
    }

    //! workflow_failed's reason, as the scheduler loop words it.
    QString failureSummary(const ExecutionRecord& run)
    {
        int failed = 0;
        int completed = 0;
        int skipped = 0;
        for (const auto& t : run.tasks) {
            failed += t.status == QLatin1String("Failed");
            completed += t.status == QLatin1String("Completed");
            skipped += t.status == QLatin1String("Skipped");
        }
        return QStringLiteral("%1 task(s) failed, %2 completed, %3 skipped").arg(failed).arg(completed).arg(skipped);
    }

    //! task_skipped's reason: a downstream task's trigger rule (all upstream succeeded) fails.
    QString skippedReason() { return QStringLiteral("Trigger rules not satisfied"); }

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
    const QString& tenant, const WorkflowRecord& workflow, const QDateTime& startedAt)
{
    auto run = std::make_unique<ExecutionRecord>();
    run->id = newId();
    run->tenantId = tenant;
    run->workflowName = workflow.workflowName;
    run->packageName = workflow.packageName;
    run->startedAt = startedAt;
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

void ExecutionEngine::appendEvent(ExecutionRecord& run, int taskIndex, const QString& type,
    const std::optional<QString>& data, const QDateTime& at)
{
    EventRecord e;
    e.id = newId();
    e.taskExecutionId = taskIndex >= 0 ? run.tasks.at(taskIndex).id : QString();
    e.eventType = type;
    e.eventData = data;
    // The same (possibly backdated) value goes to the REST history and the push payload.
    e.createdAt = at.isValid() ? at : QDateTime::currentDateTimeUtc();
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
    ExecutionRecord& run = createRecord(tenant, *wf, m_store.nextStartTime());
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
        // schedule_retry leaves last_error alone: only the final failure writes it.
        t.status = QStringLiteral("Ready");
        t.updatedAt = QDateTime::currentDateTimeUtc();
        appendEvent(*run, taskIndex, QStringLiteral("task_retry_scheduled"),
            json({ { QStringLiteral("attempt"), t.attempt + 1 }, // the attempt scheduled
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
    // mark_failed writes last_error only; error_details stays null.
    appendEvent(run, taskIndex, QStringLiteral("task_failed"),
        json({ { QStringLiteral("error"), error } }));
    const QString failed = t.shortName;
    for (int j : topologicalOrder(run)) {
        TaskRecord& d = run.tasks[j];
        if (d.status == QLatin1String("NotStarted") && dependsOn(run, j, failed)) {
            d.status = QStringLiteral("Skipped");
            d.errorDetails = skippedReason(); // mark_skipped stores its reason there
            d.updatedAt = QDateTime::currentDateTimeUtc();
            appendEvent(run, j, QStringLiteral("task_skipped"),
                json({ { QStringLiteral("reason"), skippedReason() } }));
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
            json({ { QStringLiteral("reason"), failureSummary(run) } }));
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
    return engineTaskError(QString::fromUtf8(errorTexts[m_rng.bounded(n)]));
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

namespace {

    constexpr qint64 minute = 60 * 1000;
    constexpr qint64 hour = 60 * minute;

    bool isTerminal(const QString& status)
    {
        return status == QLatin1String("Completed") || status == QLatin1String("Failed")
            || status == QLatin1String("Cancelled");
    }

} // namespace

qint64 ExecutionEngine::backfillDuration()
{
    // A live attempt takes taskMinMs..taskMaxMs; history shows them 50x longer (5-40 s with
    // the defaults), so a Gantt chart of a backfilled run has visible bars.
    return qBound<qint64>(500, qint64(taskDuration()) * 50, 15 * minute);
}

ExecutionEngine::Backfill ExecutionEngine::planBackfill(
    ExecutionRecord& run, const QString& status)
{
    Backfill b;
    b.tasks.resize(run.tasks.size());
    QVector<qint64> end(run.tasks.size(), -1);
    const QVector<int> order = topologicalOrder(run);
    const qint64 firstReady = 20 + qint64(m_rng.bounded(280u));
    const auto add = [&b](qint64 at, int task, const QString& type,
                         const std::optional<QString>& data = std::nullopt) {
        b.events << BackfillEvent { at, task, type, data, -1, 0 };
    };
    // Ready when the last dependency ended; picked up by a worker a little later.
    const auto readyAt = [&](int i) {
        qint64 t = firstReady;
        for (const auto& dep : run.tasks.at(i).dependencies) {
            const int d = run.taskIndex(dep);
            if (d >= 0)
                t = qMax(t, end.at(d));
        }
        return t;
    };
    const auto dispatch = [this] { return 50 + qint64(m_rng.bounded(1450u)); };
    const auto complete = [&](int i) {
        const qint64 ready = readyAt(i);
        add(ready, i, QStringLiteral("task_marked_ready"));
        run.tasks[i].status = QStringLiteral("Completed");
        b.tasks[i].started = ready + dispatch();
        end[i] = b.tasks[i].started + backfillDuration();
        b.tasks[i].ended = b.tasks[i].updated = end.at(i);
        add(end.at(i), i, QStringLiteral("task_completed"));
    };
    const auto lastEnd = [&end](qint64 floor) {
        for (qint64 e : std::as_const(end))
            floor = qMax(floor, e);
        return floor;
    };

    const int half = int(order.size()) / 2;
    if (status == QLatin1String("Completed")) {
        for (int i : order)
            complete(i);
        b.finishedAt = lastEnd(firstReady);
        add(b.finishedAt, -1, QStringLiteral("workflow_completed"));
    } else if (status == QLatin1String("Failed") && !order.isEmpty()) {
        const int culprit = order.at(int(m_rng.bounded(quint32(order.size()))));
        const QString culpritName = run.tasks.at(culprit).shortName;
        QString error;
        for (int i : order) {
            TaskRecord& task = run.tasks[i];
            if (task.status == QLatin1String("Skipped"))
                continue;
            if (i != culprit) {
                complete(i);
                continue;
            }
            const qint64 ready = readyAt(i);
            add(ready, i, QStringLiteral("task_marked_ready"));
            qint64 at = ready + dispatch();
            b.tasks[i].started = at;
            for (; task.attempt < task.maxAttempts; ++task.attempt) {
                at += backfillDuration();
                // Exponential backoff: 5 s, 10 s, ... plus jitter.
                const qint64 due
                    = at + 5000 * (qint64(1) << qMin(task.attempt - 1, 10)) + m_rng.bounded(2000u);
                b.events << BackfillEvent { at, i, QStringLiteral("task_retry_scheduled"),
                    std::nullopt, due, task.attempt + 1 }; // the attempt scheduled
                at = due;
            }
            at += backfillDuration();
            error = errorText();
            task.status = QStringLiteral("Failed");
            task.lastError = error;
            end[i] = b.tasks[i].ended = b.tasks[i].updated = at;
            add(at, i, QStringLiteral("task_failed"),
                json({ { QStringLiteral("error"), error } }));
            for (int j : order) {
                if (run.tasks.at(j).status == QLatin1String("NotStarted")
                    && dependsOn(run, j, culpritName)) {
                    run.tasks[j].status = QStringLiteral("Skipped");
                    run.tasks[j].errorDetails = skippedReason();
                    b.tasks[j].updated = at;
                    add(at, j, QStringLiteral("task_skipped"),
                        json({ { QStringLiteral("reason"), skippedReason() } }));
                }
            }
        }
        b.finishedAt = lastEnd(firstReady);
        add(b.finishedAt, -1, QStringLiteral("workflow_failed"),
            json({ { QStringLiteral("reason"), failureSummary(run) } }));
    } else if (status != QLatin1String("Pending")) {
        // Running, Paused, Cancelled: the first half finished; Running has one more under way.
        for (int k = 0; k < half; ++k)
            complete(order.at(k));
        const qint64 done = lastEnd(firstReady);
        if (status == QLatin1String("Running") && half < order.size()) {
            const int i = order.at(half);
            add(readyAt(i), i, QStringLiteral("task_marked_ready"));
            run.tasks[i].status = QStringLiteral("Running");
            b.tasks[i].started = b.tasks[i].updated = readyAt(i) + dispatch();
            const qint64 runningFor = qint64(m_rng.bounded(quint32(backfillDuration())));
            b.elapsed = qMax(done, b.tasks.at(i).started + runningFor);
        } else if (status == QLatin1String("Running")) {
            b.elapsed = done;
        } else if (status == QLatin1String("Paused")) {
            b.elapsed = done + 5000 + qint64(m_rng.bounded(quint32(5 * minute)));
        } else { // Cancelled
            b.finishedAt = half > 0 ? done : done + 1000 + qint64(m_rng.bounded(30000u));
        }
    } else {
        b.elapsed = 1000 + qint64(m_rng.bounded(60000u)); // Pending: queued a while ago
    }
    if (b.finishedAt >= 0)
        b.elapsed = b.finishedAt;
    std::stable_sort(b.events.begin(), b.events.end(),
        [](const BackfillEvent& x, const BackfillEvent& y) { return x.at < y.at; });
    return b;
}

QStringList ExecutionEngine::createExecutions(
    int count, const QString& status, const QString& workflow, const QString& tenant)
{
    QStringList ids;
    TenantRecord* t = m_store.tenant(tenant);
    if (!t || count <= 0 || !isKnownStatus(status))
        return ids;

    // 1. Records and their timelines (relative to each run's start).
    QVector<ExecutionRecord*> runs;
    QVector<Backfill> plans;
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
        // Start times are set below; records are added oldest first, which keeps the store
        // (and so the newest-first listing) ordered by started_at.
        ExecutionRecord& run = createRecord(tenant, wf, QDateTime());
        run.status = status;
        run.triggerOrigin = QStringLiteral("manual");
        runs << &run;
        plans << planBackfill(run, status);
    }

    // 2. Start times, in ms relative to now: spread over the last hours (terminal runs) or
    // minutes (the others), later than every existing run, each run finished (or as far
    // along as its status says) by now, a quarter of the window (at most 15 min) left free
    // for later batches. Where that leaves too little room, a run's timeline is compressed.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 lo = isTerminal(status) ? -3 * hour : -10 * minute;
    if (m_store.lastStartedAt.isValid())
        lo = qMax(lo, now.msecsTo(m_store.lastStartedAt) + 1);
    const qint64 window = qMax<qint64>(0, -lo);
    const qint64 slot = (window - qMin(window / 4, 15 * minute)) / count;
    QVector<qint64> start(count);
    for (int i = 0; i < count; ++i)
        start[i] = lo + i * slot + (slot > 1 ? qint64(m_rng.bounded(quint32(slot))) : 0);
    for (int i = count - 1; i >= 0; --i) {
        start[i] = qMin(start.at(i), -plans.at(i).elapsed);
        if (i + 1 < count)
            start[i] = qMin(start.at(i), start.at(i + 1) - 1);
    }
    for (int i = 0; i < count; ++i)
        start[i] = qMax(start.at(i), i == 0 ? lo : start.at(i - 1) + 1);

    // 3. Absolute times, events in timeline order.
    for (int n = 0; n < count; ++n) {
        ExecutionRecord& run = *runs.at(n);
        const Backfill& plan = plans.at(n);
        const QDateTime begin = now.addMSecs(start.at(n));
        const qint64 room = qMax<qint64>(0, -start.at(n));
        const bool squeeze = plan.elapsed > room;
        const auto at = [&](qint64 offset) {
            return begin.addMSecs(squeeze ? offset * room / plan.elapsed : offset);
        };
        run.startedAt = begin;
        for (int i = 0; i < run.tasks.size(); ++i) {
            TaskRecord& task = run.tasks[i];
            const BackfillTask& bt = plan.tasks.at(i);
            task.createdAt = begin;
            task.updatedAt = at(bt.updated);
            if (bt.started >= 0)
                task.startedAt = at(bt.started);
            if (bt.ended >= 0)
                task.completedAt = at(bt.ended);
        }
        for (const BackfillEvent& e : plan.events) {
            std::optional<QString> data = e.data;
            if (e.retryAt >= 0)
                data = json({ { QStringLiteral("attempt"), e.attempt },
                    { QStringLiteral("retry_at"), isoTime(at(e.retryAt)) } });
            appendEvent(run, e.task, e.type, data, at(e.at));
        }
        if (plan.finishedAt >= 0)
            run.completedAt = at(plan.finishedAt);
        ids << run.id;
    }
    const QDateTime newest = now.addMSecs(start.last());
    if (!m_store.lastStartedAt.isValid() || m_store.lastStartedAt < newest)
        m_store.lastStartedAt = newest;
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

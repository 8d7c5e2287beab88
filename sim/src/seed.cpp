// SPDX-License-Identifier: Apache-2.0
// Plausible initial state: workflows with small DAGs, schedules, graphs, agents.
#include "cronschedule_p.h"
#include "store_p.h"
#include "util_p.h"

namespace CloacinaSim {

namespace {

    TaskNode node(
        const QString& id, const QStringList& deps, const QString& what, const QString& why = {})
    {
        return TaskNode { id, deps, what, what, why };
    }

    //! A built package laid out like a fidius Rust source package: package.toml, Cargo.toml and
    //! src/lib.rs declaring the workflow and its tasks (what the simulated compiler reads).
    WorkflowRecord workflow(const QString& package, const QString& name, const QString& version,
        const QString& description, QVector<TaskNode> tasks, const QStringList& triggers = {})
    {
        WorkflowRecord w;
        w.id = newUuid();
        w.packageName = package;
        w.workflowName = name;
        w.version = version;
        w.description = description;
        w.tasks = std::move(tasks);
        w.triggers = triggers;
        w.createdAt = QDateTime::currentDateTimeUtc().addDays(-3);
        w.compiledAt = w.createdAt.addSecs(95);
        w.sources = Store::rustSources(package, name, version, description, w.tasks, triggers);
        return w;
    }

    //! A cron schedule row whose next and last run times follow its expression.
    ScheduleRecord cronSchedule(
        const QString& workflow, const QString& expression, const QDateTime& created, const QDateTime& now)
    {
        ScheduleRecord s;
        s.id = newUuid();
        s.scheduleType = QStringLiteral("cron");
        s.workflowName = workflow;
        s.cronExpression = expression;
        s.timezone = QStringLiteral("UTC");
        s.createdAt = created;
        const auto cron = CronSchedule::parse(expression);
        s.nextRunAt = cron->next(now);
        // The latest due time before now, if the schedule existed then: its last run.
        QDateTime last;
        for (QDateTime t = cron->next(created); t.isValid() && t <= now; t = cron->next(t))
            last = t;
        if (last.isValid()) {
            s.lastRunAt = last;
            s.recent << TriggerExecutionRecord { newUuid(), last, last, last.addSecs(95) };
        }
        return s;
    }

    QJsonObject slot(const QString& name, const QString& type, bool required)
    {
        return QJsonObject { { QStringLiteral("name"), name },
            { QStringLiteral("required"), required }, { QStringLiteral("encrypted"), false },
            { QStringLiteral("default"), QJsonValue::Null },
            { QStringLiteral("schema"), QJsonObject { { QStringLiteral("type"), type } } } };
    }

    QJsonObject topology(const QStringList& accumulators, const QString& reactor)
    {
        QJsonArray nodes;
        QJsonArray edges;
        for (const auto& a : accumulators) {
            nodes.append(QJsonObject {
                { QStringLiteral("id"), a }, { QStringLiteral("inputs"), QJsonArray {} } });
            edges.append(QJsonObject { { QStringLiteral("from"), a },
                { QStringLiteral("to"), reactor }, { QStringLiteral("label"), QJsonValue::Null } });
        }
        nodes.append(QJsonObject { { QStringLiteral("id"), reactor },
            { QStringLiteral("inputs"), toJsonArray(accumulators) } });
        return QJsonObject { { QStringLiteral("nodes"), nodes },
            { QStringLiteral("edges"), edges } };
    }

} // namespace

QVector<SourceFile> Store::rustSources(const QString& package, const QString& name, const QString& version,
    const QString& description, const QVector<TaskNode>& tasks, const QStringList& triggers)
{
    const auto quoted = [](const QStringList& list) {
        return list.isEmpty() ? QString()
                              : QLatin1Char('"') + list.join(QStringLiteral("\", \""))
                + QLatin1Char('"');
    };
    QString body = QStringLiteral("use cloacina::prelude::*;\n\n#[workflow(name = \"%1\"%2)]\npub mod %1 {\n")
                       .arg(name,
                           triggers.isEmpty()
                               ? QString()
                               : QStringLiteral(", triggers = [%1]").arg(quoted(triggers)));
    for (const auto& t : tasks) {
        body += QStringLiteral("    /// %3\n    #[task(id = \"%1\", dependencies = [%2])]\n    pub async "
                               "fn %1(ctx: &mut Context<Value>) "
                               "-> Result<(), TaskError> {\n        Ok(())\n    }\n\n")
                    .arg(t.id, quoted(t.dependencies), t.description);
    }
    body += QStringLiteral("}\n");
    const QString crate = QString(package).replace(QLatin1Char('-'), QLatin1Char('_'));
    return { SourceFile { QStringLiteral("Cargo.toml"),
                 QStringLiteral("[package]\nname = \"%1\"\nversion = \"%2\"\nedition = "
                                "\"2021\"\n\n[lib]\ncrate-type = [\"cdylib\"]\n")
                     .arg(crate, version) },
        SourceFile { QStringLiteral("package.toml"),
            QStringLiteral("[package]\nname = \"%1\"\nversion = \"%2\"\ninterface = "
                           "\"cloacina-workflow-plugin\"\ninterface_version = 1\nextension = "
                           "\"cloacina\"\n\n[metadata]\nworkflow_name = \"%3\"\nlanguage = "
                           "\"rust\"\ndescription = \"%4\"\n")
                .arg(package, version, name, description) },
        SourceFile { QStringLiteral("src/lib.rs"), body } };
}

QVector<WorkflowRecord> Store::seedWorkflows()
{
    QVector<WorkflowRecord> list;
    // Package names differ from workflow names, as in real packages.
    list << workflow(QStringLiteral("acme-etl"), QStringLiteral("etl_daily"), QStringLiteral("1.2.0"),
        QStringLiteral("Nightly warehouse load"),
        { node(QStringLiteral("extract"), {},
              QStringLiteral("Pull yesterday's orders from the OLTP replica")),
            node(QStringLiteral("transform"), { QStringLiteral("extract") },
                QStringLiteral("Normalise currencies and SKUs")),
            node(QStringLiteral("validate"), { QStringLiteral("transform") },
                QStringLiteral("Row counts and null checks")),
            node(QStringLiteral("load"),
                { QStringLiteral("transform"), QStringLiteral("validate") },
                QStringLiteral("Upsert into the warehouse")),
            node(QStringLiteral("notify"), { QStringLiteral("load") },
                QStringLiteral("Post a summary to chat")) });
    list << workflow(QStringLiteral("churn-model"), QStringLiteral("ml_training"), QStringLiteral("0.4.1"),
        QStringLiteral("Weekly churn model"),
        { node(QStringLiteral("fetch_data"), {}, QStringLiteral("Snapshot the feature store")),
            node(QStringLiteral("featurize"), { QStringLiteral("fetch_data") },
                QStringLiteral("Build training matrix")),
            node(QStringLiteral("train"), { QStringLiteral("featurize") },
                QStringLiteral("Fit gradient boosting")),
            node(QStringLiteral("evaluate"), { QStringLiteral("train") },
                QStringLiteral("AUC against holdout")),
            node(QStringLiteral("publish"), { QStringLiteral("evaluate") },
                QStringLiteral("Push to model registry")) });
    list << workflow(QStringLiteral("sales-reports"), QStringLiteral("report_builder"), QStringLiteral("2.0.0"),
        QStringLiteral("Daily sales report"),
        { node(QStringLiteral("query_sales"), {}, QStringLiteral("Sales by region")),
            node(QStringLiteral("query_inventory"), {}, QStringLiteral("Stock levels")),
            node(QStringLiteral("merge"),
                { QStringLiteral("query_sales"), QStringLiteral("query_inventory") },
                QStringLiteral("Join sales and stock")),
            node(QStringLiteral("render"), { QStringLiteral("merge") },
                QStringLiteral("Render PDF")),
            node(QStringLiteral("email"), { QStringLiteral("render") },
                QStringLiteral("Mail to subscribers")) },
        { QStringLiteral("s3_file_arrived") });
    list[2].declaredParams
        = QJsonArray { slot(QStringLiteral("region"), QStringLiteral("string"), false) };
    return list;
}

void Store::seed()
{
    TenantRecord& pub = ensureTenant(QStringLiteral("public"));
    pub.workflows = seedWorkflows();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // Schedules in creation order (listed newest first): a paused weekly cron, the nightly
    // cron, the trigger subscription, and a quarter-hourly named instance.
    ScheduleRecord weekly = cronSchedule(QStringLiteral("ml_training"), QStringLiteral("0 3 * * MON"),
        now.addDays(-9), now);
    weekly.paused = true;
    weekly.pausedAt = now.addDays(-1);
    pub.schedules << weekly;
    pub.schedules << cronSchedule(QStringLiteral("etl_daily"), QStringLiteral("0 2 * * *"), now.addDays(-3), now);

    ScheduleRecord trig;
    trig.id = newUuid();
    trig.scheduleType = QStringLiteral("trigger");
    trig.workflowName = QStringLiteral("report_builder");
    trig.triggerName = QStringLiteral("s3_file_arrived");
    trig.pollIntervalMs = 5000;
    trig.createdAt = now.addDays(-2);
    pub.schedules << trig;

    ScheduleRecord eu = cronSchedule(QStringLiteral("report_builder"), QStringLiteral("*/15 * * * *"),
        now.addDays(-1), now);
    eu.instanceName = QStringLiteral("eu-quarter-hourly");
    eu.params = QJsonObject { { QStringLiteral("region"), QStringLiteral("eu") } };
    pub.schedules << eu;

    // A build that failed two hours ago: the compiler's last failure, inspectable by UUID.
    WorkflowRecord broken = workflow(QStringLiteral("fraud-rules"), QStringLiteral("fraud_rules"),
        QStringLiteral("0.9.0"), QStringLiteral("Rule-based fraud pre-filter"),
        { node(QStringLiteral("load_rules"), {}, QStringLiteral("Load the rule set")) });
    broken.createdAt = now.addSecs(-7200);
    broken.buildStatus = QStringLiteral("failed");
    broken.compiledAt.reset();
    broken.buildClaimedAt = broken.createdAt.addSecs(4);
    broken.failedAt = broken.createdAt.addSecs(71);
    broken.buildError = QStringLiteral("cargo build failed:\nerror[E0425]: cannot find value `threshold` in this "
                                       "scope\n  --> src/lib.rs:14:24\nerror: could not compile `fraud_rules` (lib) "
                                       "due to 1 previous error\n");
    pub.workflows << broken;

    graphs << GraphRecord { QStringLiteral("market_maker"), std::nullopt,
        { QStringLiteral("orderbook"), QStringLiteral("pricing") },
        QStringLiteral("market_maker_reactor"), false,
        topology({ QStringLiteral("orderbook"), QStringLiteral("pricing") },
            QStringLiteral("market_maker_reactor")),
        QStringLiteral("market_maker") };
    graphs << GraphRecord { QStringLiteral("fraud_scoring"), std::nullopt,
        { QStringLiteral("transactions") }, QStringLiteral("fraud_reactor"), false,
        topology({ QStringLiteral("transactions") }, QStringLiteral("fraud_reactor")),
        QStringLiteral("fraud_scoring") };

    ReactorRecord mm;
    mm.name = QStringLiteral("market_maker_reactor");
    mm.accumulators = graphs[0].accumulators;
    mm.boundGraphs = { QStringLiteral("market_maker") };
    mm.fires = 42;
    mm.lastFiredAt = now.addSecs(-30);
    mm.cache.insert(QStringLiteral("orderbook"), QStringLiteral("{\"bid\":101.2,\"ask\":101.4}"));
    mm.inputSlots
        = QJsonArray { slot(QStringLiteral("orderbook"), QStringLiteral("object"), false) };
    reactors << mm;
    ReactorRecord fr;
    fr.name = QStringLiteral("fraud_reactor");
    fr.accumulators = graphs[1].accumulators;
    fr.boundGraphs = { QStringLiteral("fraud_scoring") };
    reactors << fr;

    for (const auto& g : std::as_const(graphs)) {
        for (const auto& a : g.accumulators) {
            AccumulatorRecord acc;
            acc.name = a;
            acc.reactor = g.reactor;
            acc.slot = slot(a, QStringLiteral("object"), true);
            // Stream sources for the order book and the card transactions; prices are pushed
            // into a passthrough (socket-only) accumulator.
            acc.hasSource = a != QLatin1String("pricing");
            acc.cadenceMs = a == QLatin1String("orderbook") ? 4000
                : a == QLatin1String("pricing")             ? 10000
                                                            : 3000;
            accumulators << acc;
        }
    }

    // Registered at different times, so their heartbeats are out of phase.
    agents << AgentRecord { QStringLiteral("agent-7f3a"),
        QStringLiteral("x86_64-unknown-linux-gnu"), 8, 2,
        { QStringLiteral("rust"), QStringLiteral("python") }, std::nullopt,
        now.addSecs(-3 * 86400 - 7), std::nullopt, {} };
    agents << AgentRecord { QStringLiteral("agent-c21e"),
        QStringLiteral("aarch64-unknown-linux-gnu"), 4, 0, { QStringLiteral("rust") },
        std::nullopt, now.addSecs(-7200 - 11), std::nullopt, {} };
    agents << AgentRecord { QStringLiteral("agent-5b90"), QStringLiteral("aarch64-apple-darwin"), 2,
        0, { QStringLiteral("python") }, QStringLiteral("public"), now.addSecs(-1500 - 4), std::nullopt, {} };
}

} // namespace CloacinaSim

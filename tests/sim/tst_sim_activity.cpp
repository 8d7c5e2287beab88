// SPDX-License-Identifier: Apache-2.0
// The moving server: schedules fire, graphs fire, agents heartbeat, builds queue. Time is driven
// with Simulator::advanceWorkload (the workload timer stays off), and every list read is checked
// against the contract's schema.
#include "simtestsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace SimTest;

namespace {

//! Checks JSON against the contract's component schemas: types, required fields, minimums.
class ContractSchemas {
public:
    bool load()
    {
        QFile file(qEnvironmentVariable("CLOACINA_CONTRACT_DIR") + QStringLiteral("/openapi.json"));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        m_schemas = QJsonDocument::fromJson(file.readAll())
                        .object()
                        .value(QStringLiteral("components"))
                        .toObject()
                        .value(QStringLiteral("schemas"))
                        .toObject();
        return !m_schemas.isEmpty();
    }

    //! Every violation of schema \a name by \a value, as "path: problem".
    QStringList check(const QJsonValue& value, const QString& name) const
    {
        return violations(value, m_schemas.value(name).toObject(), name);
    }

private:
    static bool hasType(const QJsonValue& v, const QString& type)
    {
        if (type == QLatin1String("integer"))
            return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
        if (type == QLatin1String("number"))
            return v.isDouble();
        if (type == QLatin1String("null"))
            return v.isNull();
        if (type == QLatin1String("string"))
            return v.isString();
        if (type == QLatin1String("boolean"))
            return v.isBool();
        if (type == QLatin1String("array"))
            return v.isArray();
        return type == QLatin1String("object") && v.isObject();
    }

    QStringList violations(const QJsonValue& v, QJsonObject schema, const QString& path) const
    {
        const QString ref = schema.value(QStringLiteral("$ref")).toString();
        if (!ref.isEmpty())
            schema = m_schemas.value(ref.section(QLatin1Char('/'), -1)).toObject();
        for (const char* key : { "oneOf", "anyOf" }) {
            const QJsonArray options = schema.value(QLatin1String(key)).toArray();
            if (options.isEmpty())
                continue;
            for (const QJsonValue& option : options) {
                if (violations(v, option.toObject(), path).isEmpty())
                    return {};
            }
            return { path + QStringLiteral(": matches no alternative") };
        }
        const QJsonValue type = schema.value(QStringLiteral("type"));
        QStringList types;
        if (type.isString())
            types << type.toString();
        for (const QJsonValue& t : type.toArray())
            types << t.toString();
        if (!types.isEmpty()
            && std::none_of(types.cbegin(), types.cend(), [&v](const QString& t) { return hasType(v, t); }))
            return { path + QStringLiteral(": not ") + types.join(QLatin1Char('|')) };
        QStringList out;
        if (schema.contains(QStringLiteral("minimum")) && v.isDouble()
            && v.toDouble() < schema.value(QStringLiteral("minimum")).toDouble())
            out << path + QStringLiteral(": below the minimum");
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (const QJsonValue& r : schema.value(QStringLiteral("required")).toArray()) {
                if (!o.contains(r.toString()))
                    out << path + QStringLiteral(": missing ") + r.toString();
            }
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                if (o.contains(it.key()))
                    out << violations(o.value(it.key()), it.value().toObject(), path + QLatin1Char('.') + it.key());
            }
        }
        if (v.isArray() && schema.contains(QStringLiteral("items"))) {
            const QJsonArray items = v.toArray();
            for (int i = 0; i < items.size(); ++i)
                out << violations(items.at(i), schema.value(QStringLiteral("items")).toObject(),
                    path + QStringLiteral("[%1]").arg(i));
        }
        return out;
    }

    QJsonObject m_schemas;
};

CloacinaSim::Options options(double failureShare, quint32 seed = 11)
{
    CloacinaSim::Options o;
    o.seed = seed;
    o.failureShare = failureShare;
    o.taskMinMs = 2;
    o.taskMaxMs = 6;
    return o;
}

QDateTime timeOf(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

constexpr qint64 minute = 60 * 1000;

} // namespace

class TstSimActivity : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!m_contract.load())
            QSKIP("CLOACINA_CONTRACT_DIR/openapi.json is not readable");
    }

    void cronSchedulesFireAndAdvance()
    {
        auto sim = startSimulator(options(0.0));
        Http http(sim->url(), sim->adminKey());
        // Only cron here: the file-arrival trigger runs the same workflow.
        QCOMPARE(http.post(QStringLiteral("/v1/tenants/public/triggers/s3_file_arrived/pause")).status, 200);
        const auto rowOf = [&http, this](const QString& expression) {
            const QJsonObject list = http.get(QStringLiteral("/v1/tenants/public/triggers")).json();
            const QJsonArray items = list.value(QStringLiteral("items")).toArray();
            for (const QJsonValue& item : items) {
                [&] { QVERIFY2(m_contract.check(item, QStringLiteral("TriggerScheduleSummary")).isEmpty(),
                          qPrintable(m_contract.check(item, QStringLiteral("TriggerScheduleSummary")).join('\n'))); }();
                if (item[QStringLiteral("cron_expression")] == expression)
                    return item.toObject();
            }
            return QJsonObject {};
        };
        // The quarter-hourly instance: its next run is the next quarter hour, its last the previous.
        const QJsonObject before = rowOf(QStringLiteral("*/15 * * * *"));
        const QDateTime next = timeOf(before[QStringLiteral("next_run_at")]);
        QVERIFY(next > QDateTime::currentDateTimeUtc());
        QCOMPARE(next.time().minute() % 15, 0);
        QCOMPARE(next.time().second(), 0);
        QCOMPARE(timeOf(before[QStringLiteral("last_run_at")]).secsTo(next), 15 * 60);

        QSignalSpy finished(sim.get(), &CloacinaSim::Simulator::executionFinished);
        sim->advanceWorkload(15 * minute);
        const QJsonObject after = rowOf(QStringLiteral("*/15 * * * *"));
        QVERIFY(timeOf(after[QStringLiteral("next_run_at")]) > QDateTime::currentDateTimeUtc());
        QVERIFY(timeOf(after[QStringLiteral("last_run_at")]) > timeOf(before[QStringLiteral("last_run_at")]));

        // The run it started: the schedule's workflow, no trigger_origin (only manual runs have one).
        const QJsonArray runs = http.get(QStringLiteral("/v1/tenants/public/executions?workflow=report_builder"))
                                    .json()
                                    .value(QStringLiteral("items"))
                                    .toArray();
        QCOMPARE(runs.size(), 1);
        QVERIFY(runs.first()[QStringLiteral("trigger_origin")].isNull()
            || runs.first()[QStringLiteral("trigger_origin")].isUndefined());
        // The handoff's audit row: scheduled for the due time, completed once the run ends.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        const QJsonObject detail
            = http.get(QStringLiteral("/v1/tenants/public/triggers/report_builder")).json();
        QVERIFY2(m_contract.check(detail, QStringLiteral("TriggerDetailResponse")).isEmpty(),
            qPrintable(m_contract.check(detail, QStringLiteral("TriggerDetailResponse")).join('\n')));
        const QJsonObject audit = detail[QStringLiteral("recent_executions")][0].toObject();
        // (advanceWorkload moved the due time 15 minutes earlier: that is the time it ran for)
        QCOMPARE(timeOf(audit[QStringLiteral("scheduled_time")]), next.addSecs(-15 * 60));
        QVERIFY(!audit[QStringLiteral("completed_at")].isNull());

        // A week later the nightly cron has run; the paused weekly one has not.
        const QJsonObject nightly = rowOf(QStringLiteral("0 2 * * *"));
        const QJsonObject weekly = rowOf(QStringLiteral("0 3 * * MON"));
        QCOMPARE(weekly[QStringLiteral("paused")], QJsonValue(true));
        sim->advanceWorkload(8 * 24 * 60 * minute);
        QVERIFY(rowOf(QStringLiteral("0 2 * * *"))[QStringLiteral("last_run_at")] != nightly[QStringLiteral("last_run_at")]);
        QCOMPARE(rowOf(QStringLiteral("0 3 * * MON"))[QStringLiteral("last_run_at")], weekly[QStringLiteral("last_run_at")]);
    }

    void triggerPollsFireAndRepeatForASeed()
    {
        const auto fires = [this](quint32 seed) {
            auto sim = startSimulator(options(0.0, seed));
            Http http(sim->url(), sim->adminKey());
            // Only the trigger here: the quarter-hourly instance runs the same workflow.
            [&] { QCOMPARE(http.post(QStringLiteral("/v1/tenants/public/triggers/report_builder/pause")).status, 200); }();
            for (int i = 0; i < 20; ++i) // s3_file_arrived polls every 5 s
                sim->advanceWorkload(5000);
            const QJsonObject detail
                = http.get(QStringLiteral("/v1/tenants/public/triggers/s3_file_arrived")).json();
            [&] { QVERIFY(m_contract.check(detail, QStringLiteral("TriggerDetailResponse")).isEmpty()); }();
            const QJsonArray audits = detail[QStringLiteral("recent_executions")].toArray();
            for (const QJsonValue& a : audits) {
                // Trigger handoffs have no scheduled time and stay open (only a failed handoff closes).
                [&] {
                    QVERIFY(a[QStringLiteral("scheduled_time")].isNull());
                    QVERIFY(a[QStringLiteral("completed_at")].isNull());
                }();
            }
            const int runs = http.get(QStringLiteral("/v1/tenants/public/executions?workflow=report_builder&limit=1000"))
                                 .json()
                                 .value(QStringLiteral("items"))
                                 .toArray()
                                 .size();
            [&] { QCOMPARE(qMin(runs, 10), int(audits.size())); }();
            return runs;
        };
        const int a = fires(5);
        QVERIFY2(a >= 2 && a <= 18, qPrintable(QString::number(a))); // some of 20 polls fire, not all
        QCOMPARE(fires(5), a);

        // A paused trigger is not polled.
        auto sim = startSimulator(options(0.0));
        Http http(sim->url(), sim->adminKey());
        QCOMPARE(http.post(QStringLiteral("/v1/tenants/public/triggers/s3_file_arrived/pause")).status, 200);
        QCOMPARE(http.post(QStringLiteral("/v1/tenants/public/triggers/report_builder/pause")).status, 200);
        for (int i = 0; i < 20; ++i)
            sim->advanceWorkload(5000);
        QCOMPARE(sim->stats().executions, 0);
    }

    void reactorsFireAndTheirSeriesGrow()
    {
        auto sim = startSimulator(options(0.0));
        Http http(sim->url(), sim->adminKey());
        const auto reactor = [&http](const QString& name) {
            for (const QJsonValue& r : http.get(QStringLiteral("/v1/health/reactors")).json()[QStringLiteral("items")].toArray()) {
                if (r[QStringLiteral("name")] == name)
                    return r.toObject();
            }
            return QJsonObject {};
        };
        const qint64 firesBefore = reactor(QStringLiteral("fraud_reactor"))[QStringLiteral("fires")].toInteger();
        sim->advanceWorkload(20 * minute);
        const QJsonObject fraud = reactor(QStringLiteral("fraud_reactor"));
        QVERIFY2(m_contract.check(fraud, QStringLiteral("ReactorStatus")).isEmpty(),
            qPrintable(m_contract.check(fraud, QStringLiteral("ReactorStatus")).join('\n')));
        // transactions every ~3 s for 20 minutes, one fire each, all fine without failures.
        QVERIFY(fraud[QStringLiteral("fires")].toInteger() - firesBefore > 250);
        QCOMPARE(fraud[QStringLiteral("health")].toObject(), QJsonObject({ { QStringLiteral("state"), QStringLiteral("live") } }));

        const QJsonArray fires
            = http.get(QStringLiteral("/v1/health/reactors/fraud_reactor/fires?limit=200")).json()[QStringLiteral("items")].toArray();
        QCOMPARE(fires.size(), 200); // the ring keeps the newest 200
        QDateTime previous = QDateTime::currentDateTimeUtc().addSecs(1);
        for (const QJsonValue& f : fires) {
            QVERIFY2(m_contract.check(f, QStringLiteral("ReactorFire")).isEmpty(),
                qPrintable(m_contract.check(f, QStringLiteral("ReactorFire")).join('\n')));
            QVERIFY(f[QStringLiteral("ok")].toBool());
            QVERIFY(!f[QStringLiteral("manual")].toBool());
            QVERIFY(f[QStringLiteral("inputs")][QStringLiteral("transactions")].isObject());
            QVERIFY(timeOf(f[QStringLiteral("fired_at")]) <= previous); // newest first
            previous = timeOf(f[QStringLiteral("fired_at")]);
        }
        QCOMPARE(timeOf(fraud[QStringLiteral("last_fired_at")]), timeOf(fires.first()[QStringLiteral("fired_at")]));

        const QJsonObject series
            = http.get(QStringLiteral("/v1/health/reactors/fraud_reactor/fires/timeseries")).json();
        QVERIFY(m_contract.check(series, QStringLiteral("ReactorFireTimeseries")).isEmpty());
        const QJsonArray buckets = series[QStringLiteral("buckets")].toArray();
        QCOMPARE(buckets.size(), 60);
        int busyMinutes = 0;
        int total = 0;
        for (const QJsonValue& b : buckets) {
            busyMinutes += b.toInt() > 0;
            total += b.toInt();
        }
        // Twenty minutes of fires land in their own minutes (not all in the current one), and
        // are counted beyond the 200 fires the ring keeps.
        QVERIFY2(busyMinutes >= 20 && busyMinutes <= 21, qPrintable(QString::number(busyMinutes)));
        QCOMPARE(qint64(total), fraud[QStringLiteral("fires")].toInteger() - firesBefore);

        for (const QJsonValue& a : http.get(QStringLiteral("/v1/health/accumulators")).json()[QStringLiteral("items")].toArray()) {
            QVERIFY2(m_contract.check(a, QStringLiteral("AccumulatorStatus")).isEmpty(),
                qPrintable(m_contract.check(a, QStringLiteral("AccumulatorStatus")).join('\n')));
            QVERIFY(a[QStringLiteral("events_total")].toInteger() > 0);
            QVERIFY(timeOf(a[QStringLiteral("last_event_at")]).secsTo(QDateTime::currentDateTimeUtc()) < 30);
            // AccumulatorHealth: sources are live, the passthrough is socket-only.
            QCOMPARE(a[QStringLiteral("state")].toString(),
                a[QStringLiteral("name")] == QLatin1String("pricing") ? QStringLiteral("socket_only") : QStringLiteral("live"));
            QCOMPARE(a[QStringLiteral("status")], a[QStringLiteral("state")]);
        }
        for (const QJsonValue& g : http.get(QStringLiteral("/v1/health/graphs")).json()[QStringLiteral("items")].toArray())
            QVERIFY(m_contract.check(g, QStringLiteral("GraphStatus")).isEmpty());
    }

    void failingSourcesDegradeTheirReactor()
    {
        auto sim = startSimulator(options(1.0));
        Http http(sim->url(), sim->adminKey());
        QString disconnected;
        for (int i = 0; i < 120 && disconnected.isEmpty(); ++i) {
            sim->advanceWorkload(minute);
            for (const QJsonValue& a : http.get(QStringLiteral("/v1/health/accumulators")).json()[QStringLiteral("items")].toArray()) {
                if (a[QStringLiteral("state")] == QLatin1String("disconnected"))
                    disconnected = a[QStringLiteral("name")].toString();
            }
        }
        QVERIFY2(!disconnected.isEmpty(), "no source ever disconnected under failure share 1");
        const QString reactorName = disconnected == QLatin1String("transactions") ? QStringLiteral("fraud_reactor")
                                                                                  : QStringLiteral("market_maker_reactor");
        const QString graphName = disconnected == QLatin1String("transactions") ? QStringLiteral("fraud_scoring")
                                                                                : QStringLiteral("market_maker");
        const QJsonObject degraded { { QStringLiteral("state"), QStringLiteral("degraded") },
            { QStringLiteral("disconnected"), QJsonArray { disconnected } } };
        const QJsonObject graph = http.get(QStringLiteral("/v1/health/graphs/") + graphName).json();
        QCOMPARE(graph[QStringLiteral("health")].toObject(), degraded);
        bool seen = false;
        for (const QJsonValue& r : http.get(QStringLiteral("/v1/health/reactors")).json()[QStringLiteral("items")].toArray()) {
            if (r[QStringLiteral("name")] == reactorName) {
                QCOMPARE(r[QStringLiteral("health")].toObject(), degraded);
                seen = true;
            }
        }
        QVERIFY(seen);
        // The source comes back within two minutes (until it drops again).
        sim->advanceWorkload(2 * minute + 1000);
        bool back = false;
        for (const QJsonValue& a : http.get(QStringLiteral("/v1/health/accumulators")).json()[QStringLiteral("items")].toArray())
            back = back || (a[QStringLiteral("name")] == disconnected && a[QStringLiteral("last_event_at")].isString() && timeOf(a[QStringLiteral("last_event_at")]).secsTo(QDateTime::currentDateTimeUtc()) < 120);
        QVERIFY(back);
        // Failed fires carry the graph's error.
        int failed = 0;
        for (const QJsonValue& f : http.get(QStringLiteral("/v1/health/reactors/fraud_reactor/fires?limit=200")).json()[QStringLiteral("items")].toArray()) {
            if (!f[QStringLiteral("ok")].toBool()) {
                ++failed;
                QVERIFY(f[QStringLiteral("error")].toString().startsWith(QLatin1String("node execution failed: ")));
            }
        }
        QVERIFY(failed > 0);
    }

    void agentsHeartbeatCrashAndReturn()
    {
        auto sim = startSimulator(options(1.0));
        Http http(sim->url(), sim->adminKey());
        const auto agents = [&http, this] {
            const QJsonArray items = http.get(QStringLiteral("/v1/agents")).json()[QStringLiteral("items")].toArray();
            for (const QJsonValue& a : items) {
                [&] {
                    QVERIFY2(m_contract.check(a, QStringLiteral("AgentInfo")).isEmpty(),
                        qPrintable(m_contract.check(a, QStringLiteral("AgentInfo")).join('\n')));
                    // live_agents: a heartbeat within 3 x 15 s.
                    QVERIFY(a[QStringLiteral("seconds_since_heartbeat")].toInteger() <= 45);
                    QCOMPARE(a[QStringLiteral("available_capacity")].toInt(),
                        a[QStringLiteral("max_concurrency")].toInt() - a[QStringLiteral("in_flight")].toInt());
                }();
            }
            return items;
        };
        QCOMPARE(agents().size(), 3);
        for (const QJsonValue& a : agents())
            QVERIFY(a[QStringLiteral("seconds_since_heartbeat")].toInteger() < 15);
        // Heartbeats every 15 s: the age cycles rather than growing.
        QSet<qint64> ages;
        for (int i = 0; i < 6; ++i) {
            sim->advanceWorkload(4000);
            for (const QJsonValue& a : agents())
                ages.insert(a[QStringLiteral("seconds_since_heartbeat")].toInteger());
        }
        QVERIFY(ages.size() >= 3);
        // Under failure share 1 an agent stops heartbeating, leaves the roster, and comes back.
        int fewest = 3;
        bool returned = false;
        for (int i = 0; i < 400 && !returned; ++i) {
            sim->advanceWorkload(5000);
            const int n = int(agents().size());
            returned = fewest < 3 && n == 3;
            fewest = qMin(fewest, n);
        }
        QVERIFY(fewest < 3);
        QVERIFY(returned);
    }

    void agentsReportRunningTasks()
    {
        CloacinaSim::Options o = options(0.0);
        o.taskMinMs = o.taskMaxMs = 3000; // tasks long enough to be seen running
        auto sim = startSimulator(o);
        Http http(sim->url(), sim->adminKey());
        const QString id = sim->startExecution(QStringLiteral("report_builder")); // two roots run at once
        QTRY_VERIFY_WITH_TIMEOUT(
            http.get(QStringLiteral("/v1/tenants/public/executions/%1/tasks").arg(id)).body.contains("\"Running\""), 5000);
        sim->advanceWorkload(15000); // every agent heartbeats once
        int inFlight = 0;
        for (const QJsonValue& a : http.get(QStringLiteral("/v1/agents")).json()[QStringLiteral("items")].toArray())
            inFlight += a[QStringLiteral("in_flight")].toInt();
        QVERIFY(inFlight >= 1 && inFlight <= 2);
    }

    void compilerStatusHasHistory()
    {
        auto sim = startSimulator(options(0.0));
        Http http(sim->url(), sim->adminKey());
        const QJsonObject status = http.get(QStringLiteral("/v1/compiler/status")).json();
        QVERIFY2(m_contract.check(status, QStringLiteral("CompilerStatus")).isEmpty(),
            qPrintable(m_contract.check(status, QStringLiteral("CompilerStatus")).join('\n')));
        QCOMPARE(status[QStringLiteral("status")].toString(), QStringLiteral("idle"));
        // A seeded failed build (the registry keeps it; listed nowhere but in the queue's history).
        QVERIFY(timeOf(status[QStringLiteral("last_failure_at")]).secsTo(QDateTime::currentDateTimeUtc()) > 3600);
        QVERIFY(status[QStringLiteral("last_success_at")].isString());
    }

    void publishedVersionsMoveTheBuildQueue()
    {
        QFETCH(double, failureShare);
        QFETCH(QString, outcome);
        auto sim = startSimulator(options(failureShare));
        Http http(sim->url(), sim->adminKey());
        const auto compiler = [&http, this] {
            const QJsonObject status = http.get(QStringLiteral("/v1/compiler/status")).json();
            [&] { QVERIFY(m_contract.check(status, QStringLiteral("CompilerStatus")).isEmpty()); }();
            return status;
        };
        const QJsonObject before = compiler();
        sim->advanceWorkload(2 * minute); // the first version is due two minutes in
        QCOMPARE(compiler()[QStringLiteral("status")].toString(), QStringLiteral("backlogged"));
        QCOMPARE(compiler()[QStringLiteral("pending")].toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(compiler()[QStringLiteral("status")].toString(), QStringLiteral("building"), 5000);
        QVERIFY(compiler()[QStringLiteral("seconds_since_heartbeat")].isDouble());
        QTRY_COMPARE_WITH_TIMEOUT(compiler()[QStringLiteral("status")].toString(), QStringLiteral("idle"), 5000);
        const QString field = outcome == QLatin1String("success") ? QStringLiteral("last_success_at")
                                                                  : QStringLiteral("last_failure_at");
        QVERIFY(timeOf(compiler()[field]) > timeOf(before[field]));
        // A successful version is listed (and runnable); the next one follows within 6 minutes.
        const auto listedVersion = [&http] {
            for (const QJsonValue& w : http.get(QStringLiteral("/v1/tenants/public/workflows")).json()[QStringLiteral("items")].toArray()) {
                if (w[QStringLiteral("package_name")] == QLatin1String("fraud-rules"))
                    return w[QStringLiteral("version")].toString();
            }
            return QString();
        };
        QCOMPARE(listedVersion(), outcome == QLatin1String("success") ? QStringLiteral("0.9.1") : QString());
        sim->advanceWorkload(6 * minute);
        QTRY_COMPARE_WITH_TIMEOUT(compiler()[QStringLiteral("status")].toString(), QStringLiteral("idle"), 5000);
        QCOMPARE(listedVersion(), outcome == QLatin1String("success") ? QStringLiteral("0.9.2") : QString());
    }

    void publishedVersionsMoveTheBuildQueue_data()
    {
        QTest::addColumn<double>("failureShare");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("builds") << 0.0 << QStringLiteral("success");
        QTest::newRow("fails") << 1.0 << QStringLiteral("failure");
    }

    void demoShowsAnHourOfActivity()
    {
        CloacinaSim::Simulator sim(CloacinaSim::Simulator::demoOptions());
        QString error;
        QVERIFY2(sim.startDemo(&error), qPrintable(error));
        Http http(sim.url(), sim.adminKey());
        int busyMinutes = 0;
        for (const QJsonValue& b : http.get(QStringLiteral("/v1/health/reactors/market_maker_reactor/fires/timeseries"))
                                       .json()[QStringLiteral("buckets")]
                                       .toArray())
            busyMinutes += b.toInt() > 0;
        QVERIFY2(busyMinutes >= 55, qPrintable(QString::number(busyMinutes)));
        QVERIFY(http.get(QStringLiteral("/v1/agents")).json()[QStringLiteral("items")].toArray().size() >= 2);
        // The quarter-hourly instance and the trigger have run within that hour.
        QVERIFY(!http.get(QStringLiteral("/v1/tenants/public/triggers/report_builder"))
                     .json()[QStringLiteral("recent_executions")]
                     .toArray()
                     .isEmpty());
    }

private:
    ContractSchemas m_contract;
};

QTEST_GUILESS_MAIN(TstSimActivity)
#include "tst_sim_activity.moc"

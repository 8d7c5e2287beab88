// SPDX-License-Identifier: Apache-2.0
// Executions: paging, ids, envelopes, filters, ordering, execute rules, live runs.
#include "simtestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace SimTest;

class TstSimExecutions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        CloacinaSim::Options o;
        o.taskMinMs = 5;
        o.taskMaxMs = 20;
        o.failureShare = 0.0;
        m_sim = startSimulator(o);
        m_http = std::make_unique<Http>(m_sim->url(), m_sim->adminKey());
        m_http->createTenant(QStringLiteral("acme"));
    }

    void invalidPagination_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("limit 0") << "limit=0";
        QTest::newRow("limit 1001") << "limit=1001";
        QTest::newRow("negative offset") << "offset=-1";
    }

    void invalidPagination()
    {
        QFETCH(QString, query);
        for (const QString& path : { QStringLiteral("/v1/tenants/public/executions?"),
                 QStringLiteral("/v1/tenants/public/triggers?"),
                 QStringLiteral("/v1/tenants/public/workflows/etl_daily/instances?") }) {
            const Reply r = m_http->get(path + query);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.code(), QStringLiteral("invalid_pagination"));
        }
        QCOMPARE(
            m_http->get(QStringLiteral("/v1/tenants/public/executions?limit=abc")).status, 400);
    }

    void nonUuidVersusUnknownUuid()
    {
        const QString base = QStringLiteral("/v1/tenants/public/executions/");
        const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000000");
        for (const QString& suffix :
            { QString(), QStringLiteral("/events"), QStringLiteral("/tasks") }) {
            const Reply bad = m_http->get(base + QStringLiteral("not-a-uuid") + suffix);
            QCOMPARE(bad.status, 400);
            QCOMPARE(bad.code(), QStringLiteral("invalid_request"));
        }
        const Reply missing = m_http->get(base + unknown);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.code(), QStringLiteral("execution_not_found"));
        const Reply events = m_http->get(base + unknown + QStringLiteral("/events"));
        QCOMPARE(events.status, 200);
        QCOMPARE(events.json().value(QStringLiteral("execution_id")).toString(), unknown);
        QVERIFY(events.json().value(QStringLiteral("events")).toArray().isEmpty());
        QVERIFY(m_http->get(base + unknown + QStringLiteral("/tasks"))
                    .json()
                    .value(QStringLiteral("tasks"))
                    .toArray()
                    .isEmpty());
    }

    void filtersAreExactAndNewestFirst()
    {
        const QStringList failed = m_sim->createExecutions(
            3, QStringLiteral("Failed"), QStringLiteral("etl_daily"), QStringLiteral("acme"));
        m_sim->createExecutions(2, QStringLiteral("Completed"), QStringLiteral("report_builder"),
            QStringLiteral("acme"));
        const Reply r = m_http->get(QStringLiteral("/v1/tenants/acme/executions?status=Failed"));
        const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("id")).toString(), failed.last());
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("id")).toString(), failed.first());
        QVERIFY(m_http->get(QStringLiteral("/v1/tenants/acme/executions?status=failed"))
                    .json()
                    .value(QStringLiteral("items"))
                    .toArray()
                    .isEmpty());
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/acme/executions?workflow=report_builder"))
                     .json()
                     .value(QStringLiteral("total"))
                     .toInt(),
            2);
        // total is the page size, not a global count.
        const QJsonObject page
            = m_http->get(QStringLiteral("/v1/tenants/acme/executions?limit=2&offset=1")).json();
        QCOMPARE(page.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(page.value(QStringLiteral("tenant_id")).toString(), QStringLiteral("acme"));
    }

    void createdHistoriesMatchStatus()
    {
        const QString id
            = m_sim->createExecutions(1, QStringLiteral("Failed"), QStringLiteral("etl_daily"))
                  .first();
        const QJsonArray events
            = m_http->get(QStringLiteral("/v1/tenants/public/executions/%1/events").arg(id))
                  .json()
                  .value(QStringLiteral("events"))
                  .toArray();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().toObject().value(QStringLiteral("event_type")).toString(),
            QStringLiteral("task_marked_ready"));
        const QJsonObject last = events.last().toObject();
        QCOMPARE(
            last.value(QStringLiteral("event_type")).toString(), QStringLiteral("workflow_failed"));
        QVERIFY(last.value(QStringLiteral("task_name")).isNull());
        QVERIFY(
            QJsonDocument::fromJson(last.value(QStringLiteral("event_data")).toString().toUtf8())
                .object()
                .contains(QStringLiteral("reason")));
        qint64 previous = 0;
        bool sawFailure = false;
        for (const auto& e : events) {
            const QJsonObject o = e.toObject();
            QVERIFY(o.value(QStringLiteral("sequence_num")).toInteger() > previous);
            previous = o.value(QStringLiteral("sequence_num")).toInteger();
            if (o.value(QStringLiteral("event_type")) == QLatin1String("task_failed")) {
                sawFailure = true;
                QVERIFY(o.value(QStringLiteral("task_name"))
                            .toString()
                            .startsWith(QStringLiteral("public::acme-etl::etl_daily::")));
                QVERIFY(!QJsonDocument::fromJson(
                    o.value(QStringLiteral("event_data")).toString().toUtf8())
                             .object()
                             .value(QStringLiteral("error"))
                             .toString()
                             .isEmpty());
            }
        }
        QVERIFY(sawFailure);
        const QJsonArray tasks
            = m_http->get(QStringLiteral("/v1/tenants/public/executions/%1/tasks").arg(id))
                  .json()
                  .value(QStringLiteral("tasks"))
                  .toArray();
        QCOMPARE(tasks.size(), 5);
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/public/executions/") + id)
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("Failed"));
    }

    void backfilledRunsLookLikeHistory()
    {
        // A fresh simulator with the default task durations (100..800 ms live).
        auto sim = startSimulator();
        Http http(sim->url(), sim->adminKey());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QStringList done
            = sim->createExecutions(4, QStringLiteral("Completed"), QStringLiteral("etl_daily"));
        const QStringList failed
            = sim->createExecutions(2, QStringLiteral("Failed"), QStringLiteral("etl_daily"));
        const QStringList running
            = sim->createExecutions(1, QStringLiteral("Running"), QStringLiteral("etl_daily"));
        const QDateTime after = QDateTime::currentDateTimeUtc();
        const QString base = QStringLiteral("/v1/tenants/public/executions/");

        // The listing is newest first, consistent with started_at, ids oldest first.
        const QJsonArray items = http.get(QStringLiteral("/v1/tenants/public/executions"))
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items.size(), 7);
        QStringList listed;
        QDateTime previous;
        for (const auto& v : items) {
            const QJsonObject row = v.toObject();
            listed.prepend(row.value(QStringLiteral("id")).toString());
            const QDateTime started = time(row.value(QStringLiteral("started_at")));
            QVERIFY(started <= after);
            if (previous.isValid())
                QVERIFY(started < previous);
            previous = started;
            const QString status = row.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("Running")) {
                QVERIFY(row.value(QStringLiteral("completed_at")).isNull());
                QVERIFY(started > before.addSecs(-15 * 60)); // recent
            } else {
                QVERIFY(time(row.value(QStringLiteral("completed_at"))) <= after);
            }
        }
        QCOMPARE(listed, done + failed + running);
        // Spread over the last hours, not all at the same instant.
        QVERIFY(time(items.last().toObject().value(QStringLiteral("started_at")))
            < before.addSecs(-3600));

        for (const QString& id : done + failed) {
            const QJsonArray tasks = http.get(base + id + QStringLiteral("/tasks"))
                                         .json()
                                         .value(QStringLiteral("tasks"))
                                         .toArray();
            const QJsonArray events = http.get(base + id + QStringLiteral("/events"))
                                          .json()
                                          .value(QStringLiteral("events"))
                                          .toArray();
            QVERIFY(!tasks.isEmpty());
            QVERIFY(!events.isEmpty());
            // etl_daily is a chain: each task starts after the previous one ended and takes
            // seconds, not zero.
            QDateTime lastEnd;
            QDateTime runEnd;
            for (const auto& v : tasks) {
                const QJsonObject t = v.toObject();
                const QString status = t.value(QStringLiteral("status")).toString();
                if (status == QLatin1String("Skipped")) {
                    QVERIFY(t.value(QStringLiteral("started_at")).isNull());
                    continue;
                }
                const QDateTime started = time(t.value(QStringLiteral("started_at")));
                const QDateTime ended = time(t.value(QStringLiteral("completed_at")));
                QVERIFY2(started.msecsTo(ended) >= 500, qPrintable(id));
                if (lastEnd.isValid())
                    QVERIFY(started >= lastEnd);
                lastEnd = ended;
                runEnd = qMax(runEnd, ended);
                QCOMPARE(time(t.value(QStringLiteral("updated_at"))), ended);
                if (status == QLatin1String("Failed")) {
                    // Three attempts with spaced-out retries in between.
                    QCOMPARE(t.value(QStringLiteral("attempt")).toInt(), 3);
                    QVERIFY(started.msecsTo(ended) >= 3 * 500 + 5000 + 10000);
                }
            }
            // Events follow the task timeline: monotonic, within the run, last at its end.
            QDateTime at;
            qint64 sequence = 0;
            const QDateTime runStart = startedAt(items, id);
            for (const auto& v : events) {
                const QJsonObject e = v.toObject();
                const QDateTime created = time(e.value(QStringLiteral("created_at")));
                QVERIFY(created >= runStart);
                const QString type = e.value(QStringLiteral("event_type")).toString();
                if (at.isValid())
                    QVERIFY2(created >= at, qPrintable(type));
                at = created;
                QVERIFY(e.value(QStringLiteral("sequence_num")).toInteger() > sequence);
                sequence = e.value(QStringLiteral("sequence_num")).toInteger();
                if (type == QLatin1String("task_retry_scheduled")) {
                    const QJsonObject data = QJsonDocument::fromJson(
                        e.value(QStringLiteral("event_data")).toString().toUtf8())
                                                 .object();
                    QVERIFY(created.msecsTo(time(data.value(QStringLiteral("retry_at")))) >= 5000);
                }
            }
            QCOMPARE(at, runEnd);
            QCOMPARE(at, completedAt(items, id));
            QVERIFY(at <= after);
        }
        // Two tasks of distinct runs do not share one timestamp.
        QVERIFY(startedAt(items, done.at(0)) != startedAt(items, done.at(1)));

        // A live run afterwards is the newest.
        const QString live = sim->startExecution(QStringLiteral("etl_daily"));
        QCOMPARE(http.get(QStringLiteral("/v1/tenants/public/executions?limit=1"))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
            live);
    }

    void backfilledPushesCarryTheHistoryTimes()
    {
        auto sim = startSimulator();
        Http http(sim->url(), sim->adminKey());
        const QString id
            = sim->createExecutions(1, QStringLiteral("Failed"), QStringLiteral("etl_daily"))
                  .first();
        const QJsonArray events
            = http.get(QStringLiteral("/v1/tenants/public/executions/%1/events").arg(id))
                  .json()
                  .value(QStringLiteral("events"))
                  .toArray();
        Socket s;
        QVERIFY(s.open(sim->url(), QStringLiteral("/v1/ws/delivery/exec_events:") + id,
            sim->adminKey()));
        QVERIFY(s.waitForText(1 + int(events.size())));
        const QList<QJsonObject> payloads = s.payloads();
        QCOMPARE(payloads.size(), events.size());
        for (int i = 0; i < payloads.size(); ++i) {
            const QJsonObject e = events.at(i).toObject();
            QCOMPARE(payloads.at(i).value(QStringLiteral("id")), e.value(QStringLiteral("id")));
            QCOMPARE(payloads.at(i).value(QStringLiteral("created_at")).toString(),
                e.value(QStringLiteral("created_at")).toString());
        }
        QVERIFY(time(events.first().toObject().value(QStringLiteral("created_at")))
            < QDateTime::currentDateTimeUtc().addSecs(-30));
    }

    void backfillIsDeterministicPerSeed()
    {
        // Same seed: same ids and the same timeline relative to "now".
        const auto timeline = [](quint32 seed) {
            CloacinaSim::Options o;
            o.seed = seed;
            auto sim = startSimulator(o);
            Http http(sim->url(), sim->adminKey());
            const QStringList ids = sim->createExecutions(3, QStringLiteral("Failed"));
            QStringList out = ids;
            QDateTime origin;
            for (const QString& id : ids) {
                const QJsonArray events
                    = http.get(QStringLiteral("/v1/tenants/public/executions/%1/events").arg(id))
                          .json()
                          .value(QStringLiteral("events"))
                          .toArray();
                for (const auto& v : events) {
                    const QDateTime at = time(v.toObject().value(QStringLiteral("created_at")));
                    if (!origin.isValid())
                        origin = at;
                    out << QStringLiteral("%1 %2")
                               .arg(v.toObject().value(QStringLiteral("event_type")).toString())
                               .arg(origin.msecsTo(at));
                }
            }
            return out;
        };
        const QStringList a = timeline(7);
        QCOMPARE(timeline(7), a);
        QVERIFY(timeline(8) != a);
    }

    void executeRules()
    {
        const QString base = QStringLiteral("/v1/tenants/%1/workflows/%2/execute");
        const Reply unknown
            = m_http->post(base.arg(QStringLiteral("acme"), QStringLiteral("nope")), {});
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.code(), QStringLiteral("workflow_not_found"));
        // `public` is exempt from the registration gate; the engine then refuses.
        QCOMPARE(
            m_http->post(base.arg(QStringLiteral("public"), QStringLiteral("nope")), {}).code(),
            QStringLiteral("execution_failed"));
        QCOMPARE(
            m_http->post(QStringLiteral("/v1/tenants/public/workflows/ml_training/pause")).status,
            200);
        const Reply paused
            = m_http->post(base.arg(QStringLiteral("public"), QStringLiteral("ml_training")), {});
        QCOMPARE(paused.status, 409);
        QCOMPARE(paused.code(), QStringLiteral("workflow_paused"));
        QCOMPARE(
            m_http->post(QStringLiteral("/v1/tenants/public/workflows/ml_training/resume")).status,
            200);
        const Reply badParams
            = m_http->post(base.arg(QStringLiteral("public"), QStringLiteral("report_builder")),
                { { QStringLiteral("context"), QJsonObject { { QStringLiteral("region"), 5 } } } });
        QCOMPARE(badParams.code(), QStringLiteral("workflow_input_invalid"));
        // The gates accept the package name (acme-etl holds etl_daily), the runner does not.
        const Reply byPackage
            = m_http->post(base.arg(QStringLiteral("public"), QStringLiteral("acme-etl")), {});
        QCOMPARE(byPackage.code(), QStringLiteral("execution_failed"));
        QVERIFY(byPackage.json().value(QStringLiteral("error")).toString().endsWith(QLatin1String("Workflow not found in registry: acme-etl")));
        // Pausing by package name pauses the workflow it holds.
        QCOMPARE(m_http->post(QStringLiteral("/v1/tenants/public/workflows/acme-etl/pause")).status, 200);
        QCOMPARE(m_http->post(base.arg(QStringLiteral("public"), QStringLiteral("etl_daily")), {}).code(),
            QStringLiteral("workflow_paused"));
        QCOMPARE(m_http->post(QStringLiteral("/v1/tenants/public/workflows/etl_daily/resume")).status, 200);
    }

    void executedRunReachesTerminalStatus()
    {
        QSignalSpy finished(m_sim.get(), &CloacinaSim::Simulator::executionFinished);
        const Reply r
            = m_http->post(QStringLiteral("/v1/tenants/public/workflows/etl_daily/execute"), {});
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("scheduled"));
        const QString id = r.json().value(QStringLiteral("execution_id")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->executionStatus(id) == QLatin1String("Completed"), 10000);
        const QJsonObject row
            = m_http->get(QStringLiteral("/v1/tenants/public/executions?limit=50"))
                  .json()
                  .value(QStringLiteral("items"))
                  .toArray()
                  .at(0)
                  .toObject();
        QCOMPARE(row.value(QStringLiteral("trigger_origin")).toString(), QStringLiteral("manual"));
        QVERIFY(row.value(QStringLiteral("completed_at")).isString());
        const QJsonArray events
            = m_http->get(QStringLiteral("/v1/tenants/public/executions/%1/events").arg(id))
                  .json()
                  .value(QStringLiteral("events"))
                  .toArray();
        QCOMPARE(events.first().toObject().value(QStringLiteral("event_type")).toString(),
            QStringLiteral("task_marked_ready"));
        QCOMPARE(events.last().toObject().value(QStringLiteral("event_type")).toString(),
            QStringLiteral("workflow_completed"));
        QVERIFY(!finished.isEmpty());
    }

private:
    static QDateTime time(const QJsonValue& v)
    {
        return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    }
    static QJsonObject row(const QJsonArray& items, const QString& id)
    {
        for (const auto& v : items) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        }
        return {};
    }
    static QDateTime startedAt(const QJsonArray& items, const QString& id)
    {
        return time(row(items, id).value(QStringLiteral("started_at")));
    }
    static QDateTime completedAt(const QJsonArray& items, const QString& id)
    {
        return time(row(items, id).value(QStringLiteral("completed_at")));
    }

    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<Http> m_http;
};

QTEST_GUILESS_MAIN(TstSimExecutions)
#include "tst_sim_executions.moc"

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
                            .startsWith(QStringLiteral("public::etl_daily::etl_daily::")));
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
    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<Http> m_http;
};

QTEST_GUILESS_MAIN(TstSimExecutions)
#include "tst_sim_executions.moc"

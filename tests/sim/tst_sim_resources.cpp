// SPDX-License-Identifier: Apache-2.0
// Workflows, uploads, instances, triggers, secrets, graphs: their main error codes.
#include "simtestsupport.h"

#include <cloacinapackage.h>

#include <QTest>

using namespace SimTest;

class TstSimResources : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_sim = startSimulator();
        m_http = std::make_unique<Http>(m_sim->url(), m_sim->adminKey());
        m_http->createTenant(QStringLiteral("acme"));
    }

    void workflowLookups()
    {
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/public/workflows/nope")).code(),
            QStringLiteral("workflow_not_found"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/public/workflows/nope/source")).code(),
            QStringLiteral("workflow_not_found"));
        QCOMPARE(
            m_http->post(QStringLiteral("/v1/tenants/public/workflows/nope/pause")).status, 404);
        // Looked up by package name (the seeded package acme-etl holds workflow etl_daily).
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/public/workflows/etl_daily")).code(),
            QStringLiteral("workflow_not_found"));
        const QJsonObject detail
            = m_http->get(QStringLiteral("/v1/tenants/public/workflows/acme-etl")).json();
        QCOMPARE(detail.value(QStringLiteral("workflow_name")).toString(), QStringLiteral("etl_daily"));
        QCOMPARE(detail.value(QStringLiteral("task_graph")).toArray().size(), 5);
        // By package id too.
        QCOMPARE(m_http
                     ->get(QStringLiteral("/v1/tenants/public/workflows/")
                         + detail.value(QStringLiteral("id")).toString())
                     .status,
            200);
    }

    void deleteIsIdempotent()
    {
        const Reply r
            = m_http->del(QStringLiteral("/v1/tenants/public/workflows/does-not-exist/0.0.0"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("deleted"));
    }

    void uploadRules()
    {
        const auto upload = [this](const QByteArray& file, const QByteArray& field = "file") {
            const QByteArray body = "--B\r\nContent-Disposition: form-data; name=\"" + field
                + "\"; filename=\"x\"\r\n\r\n" + file + "\r\n--B--\r\n";
            return m_http->request("POST", QStringLiteral("/v1/tenants/acme/workflows"), body,
                "multipart/form-data; boundary=B");
        };
        QCOMPARE(upload("not a real package").code(), QStringLiteral("upload_failed"));
        QCOMPARE(upload("").code(), QStringLiteral("invalid_request"));
        QCOMPARE(upload("x", "other").code(), QStringLiteral("invalid_request"));
        QCOMPARE(m_http
                     ->request("POST", QStringLiteral("/v1/tenants/acme/workflows"), "x",
                         "application/octet-stream")
                     .status,
            400);
        const QByteArray package
            = CloacinaTest::packPackage(CloacinaTest::rustPackage("mine", "2.0.0", "my_flow", { "a", "b:a" }));
        const Reply ok = upload(package);
        QCOMPARE(ok.status, 201);
        // The same bytes again: the same package (idempotent), not an error.
        QCOMPARE(upload(package).json().value(QStringLiteral("package_id")), ok.json().value(QStringLiteral("package_id")));
        // Listed and runnable once the build succeeded.
        QTRY_COMPARE_WITH_TIMEOUT(m_http->get(QStringLiteral("/v1/tenants/acme/workflows"))
                                      .json()
                                      .value(QStringLiteral("total"))
                                      .toInt(),
            1, 10000);
        QCOMPARE(m_http->post(QStringLiteral("/v1/tenants/acme/workflows/my_flow/execute"), {}).status,
            202);
    }

    void instanceRules()
    {
        const QString base = QStringLiteral("/v1/tenants/public/workflows/etl_daily/instances");
        QCOMPARE(
            m_http->post(base, { { QStringLiteral("instance_name"), QStringLiteral(" ") } }).code(),
            QStringLiteral("invalid_instance_name"));
        QCOMPARE(m_http
                     ->post(base,
                         { { QStringLiteral("instance_name"), QStringLiteral("i1") },
                             { QStringLiteral("cron"), QStringLiteral("nope") } })
                     .code(),
            QStringLiteral("invalid_cron"));
        QCOMPARE(m_http->post(base, { { QStringLiteral("instance_name"), QStringLiteral("i1") } })
                     .status,
            200);
        const Reply dup
            = m_http->post(base, { { QStringLiteral("instance_name"), QStringLiteral("i1") } });
        QCOMPARE(dup.status, 409);
        QCOMPARE(dup.code(), QStringLiteral("instance_exists"));
        QCOMPARE(m_http->post(base, { { QStringLiteral("instance_name"), QStringLiteral("i2") } }).status, 200);
        // Newest first, both in the instance list and in the schedules (triggers) list.
        QCOMPARE(m_http->get(base).json().value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("instance_name")),
            QJsonValue(QStringLiteral("i2")));
        const QJsonArray schedules
            = m_http->get(QStringLiteral("/v1/tenants/public/triggers")).json().value(QStringLiteral("items")).toArray();
        QCOMPARE(schedules.size(), 6); // four seeded rows, then i1 and i2
        QCOMPARE(schedules.last().toObject().value(QStringLiteral("cron_expression")), QJsonValue(QStringLiteral("0 3 * * MON")));
        // No workflow check: an instance of a workflow nobody declares is created.
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/tenants/public/workflows/not_deployed_yet/instances"),
                         { { QStringLiteral("instance_name"), QStringLiteral("early") } })
                     .status,
            200);
        // Bound params are checked against declared params (report_builder: region is a string).
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/tenants/public/workflows/report_builder/instances"),
                         { { QStringLiteral("instance_name"), QStringLiteral("r1") },
                             { QStringLiteral("params"), QJsonObject { { QStringLiteral("region"), 5 } } } })
                     .code(),
            QStringLiteral("instance_params_invalid"));
        QCOMPARE(m_http->get(base + QStringLiteral("/nope")).code(),
            QStringLiteral("instance_not_found"));
        QCOMPARE(m_http->del(base + QStringLiteral("/nope")).code(),
            QStringLiteral("instance_not_found"));
    }

    void triggerRules()
    {
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/public/triggers/nope")).code(),
            QStringLiteral("trigger_not_found"));
        QCOMPARE(m_http->post(QStringLiteral("/v1/tenants/public/triggers/nope/fire"), {}).code(),
            QStringLiteral("trigger_not_found"));
        // The interface answers for any name: the union of the subscribers' params, here none.
        const Reply iface = m_http->get(QStringLiteral("/v1/tenants/public/triggers/nope/interface"));
        QCOMPARE(iface.status, 200);
        QCOMPARE(iface.json().value(QStringLiteral("slots")).toArray().size(), 0);
        // Subscribers come from the packages: report_builder subscribes to s3_file_arrived.
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/public/triggers/s3_file_arrived/interface"))
                     .json()
                     .value(QStringLiteral("slots"))
                     .toArray()
                     .size(),
            1);
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/no_such_tenant/triggers")).status, 500);
        QCOMPARE(
            m_http->post(QStringLiteral("/v1/tenants/public/triggers/nope/pause")).status, 404);
        const QJsonObject fired
            = m_http->post(QStringLiteral("/v1/tenants/public/triggers/s3_file_arrived/fire"), {})
                  .json();
        QCOMPARE(fired.value(QStringLiteral("fired")).toInt(), 1);
        // A manual fire leaves the schedule row as it was.
        QVERIFY(m_http->get(QStringLiteral("/v1/tenants/public/triggers/s3_file_arrived"))
                    .json()
                    .value(QStringLiteral("recent_executions"))
                    .toArray()
                    .isEmpty());
        const QJsonObject paused
            = m_http->post(QStringLiteral("/v1/tenants/public/triggers/s3_file_arrived/pause"))
                  .json();
        QVERIFY(paused.value(QStringLiteral("paused")).toBool());
    }

    void secretsAreMetadataOnly()
    {
        const QString base = QStringLiteral("/v1/tenants/acme/secrets");
        const Reply created = m_http->post(base,
            { { QStringLiteral("name"), QStringLiteral("api") },
                { QStringLiteral("fields"),
                    QJsonObject { { QStringLiteral("token"), QStringLiteral("s3cr3t") } } } });
        QCOMPARE(created.status, 201);
        QVERIFY(!created.body.contains("s3cr3t"));
        QCOMPARE(created.json().value(QStringLiteral("field_names")).toArray(),
            QJsonArray { QStringLiteral("token") });
        QVERIFY(!m_http->get(base).body.contains("s3cr3t"));
        QVERIFY(!m_http->get(base + QStringLiteral("/api")).body.contains("s3cr3t"));
        const Reply dup = m_http->post(base,
            { { QStringLiteral("name"), QStringLiteral("api") },
                { QStringLiteral("fields"), QJsonObject {} } });
        QCOMPARE(dup.status, 409);
        QCOMPARE(dup.code(), QStringLiteral("secret_exists"));
        QCOMPARE(
            m_http->get(base + QStringLiteral("/nope")).code(), QStringLiteral("secret_not_found"));
        QCOMPARE(m_http
                     ->put(base + QStringLiteral("/nope"),
                         { { QStringLiteral("fields"), QJsonObject {} } })
                     .status,
            404);
        QCOMPARE(m_http->del(base + QStringLiteral("/nope")).status, 404);
    }

    void secretsCanBeUnconfigured()
    {
        CloacinaSim::Options o;
        o.secretsConfigured = false;
        auto sim = startSimulator(o);
        Http http(sim->url(), sim->adminKey());
        const Reply r = http.get(QStringLiteral("/v1/tenants/public/secrets"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.code(), QStringLiteral("secrets_not_configured"));
    }

    void graphRules()
    {
        QCOMPARE(m_http->get(QStringLiteral("/v1/health/graphs/nope")).code(),
            QStringLiteral("graph_not_found"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/health/reactors/nope/fires")).code(),
            QStringLiteral("reactor_not_found"));
        // Upstream denies an op on a name it has no policy for before looking further.
        QCOMPARE(m_http->post(QStringLiteral("/v1/health/reactors/nope/fire"), {}).code(),
            QStringLiteral("reactor_op_denied"));
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/health/reactors/fraud_reactor/fire"),
                         { { QStringLiteral("mode"), QStringLiteral("fire_with") } })
                     .code(),
            QStringLiteral("empty_inputs"));
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/health/accumulators/nope/inject"),
                         { { QStringLiteral("event"), 1 } })
                     .code(),
            QStringLiteral("accumulator_access_denied"));
        QCOMPARE(
            m_http->get(QStringLiteral("/v1/health/reactors/market_maker_reactor/fires/timeseries"))
                .json()
                .value(QStringLiteral("buckets"))
                .toArray()
                .size(),
            60);
    }

private:
    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<Http> m_http;
};

QTEST_GUILESS_MAIN(TstSimResources)
#include "tst_sim_resources.moc"

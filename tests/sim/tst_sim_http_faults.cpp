// SPDX-License-Identifier: Apache-2.0
// Injected REST faults: delay, proxy 502, truncated body, slowloris, oversize.
#include "simtestsupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace SimTest;

class TstSimHttpFaults : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_sim = startSimulator();
        m_http = std::make_unique<Http>(m_sim->url(), m_sim->adminKey());
    }
    void init() { m_sim->resetFaults(); }

    void controlNeedsAdmin()
    {
        QCOMPARE(m_http->get(QStringLiteral("/_sim/faults"), Http::noKey()).status, 401);
        const QString key = m_http->tenantKey(QStringLiteral("public"), QStringLiteral("admin"));
        QCOMPARE(m_http->post(QStringLiteral("/_sim/faults"), {}, key).status, 403);
    }

    void delayOnlyForPrefix()
    {
        m_http->post(QStringLiteral("/_sim/faults"),
            { { QStringLiteral("delay"),
                QJsonObject { { QStringLiteral("ms"), 400 },
                    { QStringLiteral("path_prefix"), QStringLiteral("/v1/tenants") } } } });
        QElapsedTimer t;
        t.start();
        QCOMPARE(m_http->get(QStringLiteral("/health")).status, 200);
        QVERIFY(t.elapsed() < 300);
        t.restart();
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/public/workflows")).status, 200);
        QVERIFY(t.elapsed() >= 390);
    }

    void badGatewayLooksLikeAProxy()
    {
        m_http->post(QStringLiteral("/_sim/faults"),
            { { QStringLiteral("bad_gateway"), QJsonObject { { QStringLiteral("count"), 1 } } } });
        const Reply r = m_http->get(QStringLiteral("/v1/auth/whoami"));
        QCOMPARE(r.status, 502);
        QVERIFY(r.header("content-type").startsWith("text/html"));
        QVERIFY(r.body.contains("502 Bad Gateway"));
        QVERIFY(r.header("x-request-id").isEmpty());
        QCOMPARE(m_http->get(QStringLiteral("/v1/auth/whoami")).status, 200); // count used up
    }

    void truncatedBody()
    {
        m_sim->faults().truncate = { true, QStringLiteral("/v1/health"), 1 };
        const Reply r = m_http->get(QStringLiteral("/v1/health/graphs"));
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(m_http->get(QStringLiteral("/v1/health/graphs")).status, 200);
    }

    void slowlorisStillCompletes()
    {
        m_sim->faults().slowloris = { true, {}, 1 };
        m_sim->faults().slowlorisChunkBytes = 64;
        m_sim->faults().slowlorisIntervalMs = 20;
        QElapsedTimer t;
        t.start();
        const Reply r = m_http->get(QStringLiteral("/v1/tenants/public/workflows"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().value(QStringLiteral("items")).toArray().isEmpty());
        QVERIFY(t.elapsed() >= 100);
    }

    void oversizedBodyIsStillValidJson()
    {
        m_http->post(QStringLiteral("/_sim/faults"),
            { { QStringLiteral("oversize"),
                QJsonObject { { QStringLiteral("count"), 1 },
                    { QStringLiteral("bytes"), 3 * 1024 * 1024 } } } });
        const Reply r = m_http->get(QStringLiteral("/v1/auth/whoami"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.size(), 3 * 1024 * 1024);
        QVERIFY(r.json().value(QStringLiteral("is_admin")).toBool());
    }

    void resetViaDelete()
    {
        m_sim->faults().badGateway = { true, {}, -1 };
        QCOMPARE(m_http->get(QStringLiteral("/health")).status, 502);
        QCOMPARE(
            m_http->del(QStringLiteral("/_sim/faults")).status, 200); // /_sim/ is never faulted
        QCOMPARE(m_http->get(QStringLiteral("/health")).status, 200);
    }

private:
    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<Http> m_http;
};

QTEST_GUILESS_MAIN(TstSimHttpFaults)
#include "tst_sim_http_faults.moc"

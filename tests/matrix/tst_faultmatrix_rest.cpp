// Fault matrix (label: faults), area: REST calls. One program per area (tst_faultmatrix_*.cpp),
// sharing faultmatrix.h. Each row injects one failure mode and checks the outcome the
// application sees through the SDK: a typed Error or a clean recovery. No crash, no hang
// (every wait is bounded), no lost or repeated event. docs/RELIABILITY.md lists the rows.
#include "faultmatrix.h"
#include "rawhttpserver.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace Cloacina;
using namespace FaultMatrix;

class TstFaultMatrixRest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepare(); }

    // ---------------------------------------------------------------------------------------
    // REST: one call under the fault, then (for simulator faults) a healthy call proves that
    // the client recovered (not wedged, connectionState Connected again).
    // ---------------------------------------------------------------------------------------
    void rest_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("expectOk");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("transient");
        const int none = -1;
        QTest::newRow("delay beyond timeout") << "delay-timeout" << false << int(Error::Kind::Timeout) << 0 << QString() << true;
        QTest::newRow("delay within timeout") << "delay-ok" << true << none << 0 << QString() << false;
        QTest::newRow("proxy 502 HTML") << "bad-gateway" << false << int(Error::Kind::Http) << 502 << QString() << true;
        QTest::newRow("truncated body") << "truncate" << false << int(Error::Kind::Network) << 200 << QString() << true;
        QTest::newRow("slowloris within timeout") << "slowloris-ok" << true << none << 0 << QString() << false;
        QTest::newRow("slowloris beyond timeout") << "slowloris-timeout" << false << int(Error::Kind::Timeout) << 0 << QString() << true;
        QTest::newRow("huge body above maxResponseBytes") << "oversize" << false << int(Error::Kind::Decode) << 200 << "response_too_large" << false;
        QTest::newRow("big body below maxResponseBytes") << "oversize-ok" << true << none << 0 << QString() << false;
        QTest::newRow("invalid key 401") << "unauthorized" << false << int(Error::Kind::Api) << 401 << "unauthorized" << false;
        QTest::newRow("connection refused") << "refused" << false << int(Error::Kind::Network) << 0 << QString() << true;
        QTest::newRow("reset after request") << "reset" << false << int(Error::Kind::Network) << 0 << QString() << true;
        QTest::newRow("no answer at all") << "silent" << false << int(Error::Kind::Timeout) << 0 << QString() << true;
        QTest::newRow("2xx wrong JSON types") << "wrong-types" << false << int(Error::Kind::Decode) << 200 << QString() << false;
        QTest::newRow("2xx HTML page") << "html-200" << false << int(Error::Kind::Decode) << 200 << QString() << false;
        QTest::newRow("endless body without length") << "endless" << false << int(Error::Kind::Decode) << 200 << "response_too_large" << false;
        QTest::newRow("plain-text 422 (not the error envelope)") << "text-422" << false << int(Error::Kind::Http) << 422 << QString() << false;
    }

    void rest()
    {
        QFETCH(QString, mode);
        QFETCH(bool, expectOk);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(bool, transient);

        Sim s;
        QVERIFY(s.start());
        s.sim->createExecutions(30, QStringLiteral("Completed"));
        CloacinaClient* client = s.client.get();
        client->setTimeout(600);
        client->setMaxResponseBytes(1 << 20);
        CloacinaSim::FaultConfig& f = s.sim->faults();
        std::unique_ptr<RawHttpServer> raw;
        const QString prefix = QStringLiteral("/v1/tenants");
        if (mode == QLatin1String("delay-timeout")) {
            f.delay = { true, prefix, -1 };
            f.delayMs = 2000;
        } else if (mode == QLatin1String("delay-ok")) {
            f.delay = { true, prefix, -1 };
            f.delayMs = 200;
        } else if (mode == QLatin1String("bad-gateway")) {
            f.badGateway = { true, prefix, 1 };
        } else if (mode == QLatin1String("truncate")) {
            f.truncate = { true, prefix, 1 };
        } else if (mode == QLatin1String("slowloris-ok")) {
            f.slowloris = { true, prefix, 1 };
            f.slowlorisChunkBytes = 512;
            f.slowlorisIntervalMs = 20;
        } else if (mode == QLatin1String("slowloris-timeout")) {
            f.slowloris = { true, prefix, 1 };
            f.slowlorisChunkBytes = 8;
            f.slowlorisIntervalMs = 1500;
        } else if (mode == QLatin1String("oversize")) {
            f.oversize = { true, prefix, 1 };
            f.oversizeBytes = 4 << 20;
        } else if (mode == QLatin1String("oversize-ok")) {
            f.oversize = { true, prefix, 1 };
            f.oversizeBytes = 512 << 10;
        } else if (mode == QLatin1String("unauthorized")) {
            client->setApiKey(QStringLiteral("not-a-valid-key"));
        } else if (mode == QLatin1String("refused")) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            const quint16 port = probe.serverPort();
            probe.close();
            client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        } else if (mode == QLatin1String("reset")) {
            raw = std::make_unique<RawHttpServer>(RawHttpServer::Mode::Reset);
        } else if (mode == QLatin1String("silent")) {
            raw = std::make_unique<RawHttpServer>(RawHttpServer::Mode::Silent);
        } else if (mode == QLatin1String("wrong-types")) {
            raw = std::make_unique<RawHttpServer>(RawHttpServer::Mode::Fixed,
                RawHttpServer::json(200, R"({"tenant_id":"public","total":"three","items":[]})"));
        } else if (mode == QLatin1String("html-200")) {
            QByteArray page = "<html><body>captive portal</body></html>";
            raw = std::make_unique<RawHttpServer>(RawHttpServer::Mode::Fixed,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + QByteArray::number(page.size())
                    + "\r\nConnection: close\r\n\r\n" + page);
        } else if (mode == QLatin1String("endless")) {
            raw = std::make_unique<RawHttpServer>(RawHttpServer::Mode::Endless);
        } else if (mode == QLatin1String("text-422")) {
            const QByteArray body = "Failed to deserialize the JSON body into the target type: missing field `name`";
            raw = std::make_unique<RawHttpServer>(RawHttpServer::Mode::Fixed,
                "HTTP/1.1 422 Unprocessable Entity\r\nContent-Type: text/plain\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        }
        if (raw)
            client->setBaseUrl(raw->url());

        QElapsedTimer clock;
        clock.start();
        const Result<ExecutionSummaryList> r = await(client->listExecutions());
        QVERIFY2(clock.elapsed() < 15000, "a faulty call must settle within its timeout");
        if (expectOk) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
            QVERIFY(!r.value().items.isEmpty());
        } else {
            QVERIFY2(!r.ok(), "the fault must not look like success");
            const Error& e = r.error();
            QVERIFY2(int(e.kind) == kind, qPrintable(e.toString()));
            if (status)
                QCOMPARE(e.httpStatus, status);
            if (!code.isEmpty())
                QCOMPARE(e.code, code);
            QCOMPARE(e.isTransient(), transient);
            QVERIFY(!e.message.isEmpty());
            QCOMPARE(e.operationId, QStringLiteral("list_executions"));
            QVERIFY(e.bodySample.size() <= Error::maxBodySample);
            QCOMPARE(client->lastError(), e);
        }
        if (mode == QLatin1String("endless"))
            QVERIFY2(raw->bytesWritten < (8 << 20), "the client kept reading far beyond maxResponseBytes");

        // Recovery: the same client, faults cleared, back on the simulator.
        s.sim->resetFaults();
        client->setApiKey(s.sim->adminKey());
        client->setBaseUrl(s.sim->url());
        client->setTimeout(5000);
        const Result<ExecutionSummaryList> again = await(client->listExecutions());
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
        QCOMPARE(client->connectionState(), CloacinaClient::ConnectionState::Connected);
        QCOMPARE(client->pendingCallCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstFaultMatrixRest)
#include "tst_faultmatrix_rest.moc"

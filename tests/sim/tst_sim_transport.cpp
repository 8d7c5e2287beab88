// SPDX-License-Identifier: Apache-2.0
// The HTTP/1.1 transport: keep-alive, request ids, 404/405, upgrade hand-over, start-up.
#include "simtestsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace SimTest;

class TstSimTransport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_sim = startSimulator();
        m_http = std::make_unique<Http>(m_sim->url(), m_sim->adminKey());
    }

    void urlIsLoopback()
    {
        QCOMPARE(m_sim->url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_sim->url().port() > 0);
        QCOMPARE(m_sim->webSocketUrl().scheme(), QStringLiteral("ws"));
    }

    void healthAndFreshRequestIds()
    {
        const Reply a = m_http->get(QStringLiteral("/health"), Http::noKey());
        const Reply b = m_http->get(QStringLiteral("/health"), Http::noKey());
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(!QUuid::fromString(QString::fromLatin1(a.header("x-request-id"))).isNull());
        QVERIFY(a.header("x-request-id") != b.header("x-request-id"));
    }

    void clientRequestIdIsNotEchoed()
    {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_sim->url().port()));
        QVERIFY(s.waitForConnected(3000));
        s.write("GET /ready HTTP/1.1\r\nHost: x\r\nx-request-id: mine\r\n\r\n");
        QTRY_VERIFY(s.bytesAvailable() > 0 && s.peek(4096).contains("\r\n\r\n"));
        const QByteArray head = s.readAll();
        QVERIFY(head.startsWith("HTTP/1.1 200"));
        QVERIFY(!head.contains("x-request-id: mine"));
    }

    void keepAliveServesSeveralRequestsOnOneConnection()
    {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_sim->url().port()));
        QVERIFY(s.waitForConnected(3000));
        // Pipelined: both answers arrive on the same connection, in order.
        s.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET /ready HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray data;
        QTRY_VERIFY((data += s.readAll()).count("HTTP/1.1 200") == 2);
        QVERIFY(data.indexOf("\"ok\"") < data.indexOf("\"ready\""));
        QCOMPARE(s.state(), QAbstractSocket::ConnectedState);
    }

    void unknownRouteIs404Json()
    {
        const Reply r = m_http->get(QStringLiteral("/v1/nope"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), QStringLiteral("not_found"));
        QVERIFY(r.header("content-type").startsWith("application/json"));
    }

    void unknownMethodIs405()
    {
        QCOMPARE(m_http->request("PATCH", QStringLiteral("/v1/auth/keys"), "{}").status, 405);
    }

    void openApiIsPublicWithVersion()
    {
        const Reply r = m_http->get(QStringLiteral("/openapi.json"), Http::noKey());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()
                     .value(QStringLiteral("info"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toString(),
            QStringLiteral("0.10.0"));
    }

    void malformedJsonIsAxumPlainText()
    {
        const Reply r = m_http->request("POST", QStringLiteral("/v1/auth/keys"), "{nope");
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("content-type").startsWith("text/plain"));
        QCOMPARE(
            m_http->request("POST", QStringLiteral("/v1/auth/keys"), "{}", "text/plain").status,
            415);
        QCOMPARE(m_http->post(QStringLiteral("/v1/auth/keys"), {}).status, 422);
    }

    void upgradeIsHandedToWebSocketServer()
    {
        Socket ws;
        QVERIFY(ws.open(
            m_sim->url(), QStringLiteral("/v1/ws/delivery/exec_events:x"), m_sim->adminKey()));
        QVERIFY(ws.waitForText(1));
        QCOMPARE(ws.frames().first().value(QStringLiteral("type")).toString(),
            QStringLiteral("welcome"));
        // Ping/pong works on the handed-over socket.
        QSignalSpy pong(&ws.socket(), &QWebSocket::pong);
        ws.socket().ping("x");
        QVERIFY(pong.wait(3000));
    }

    void stopClosesEverything()
    {
        auto sim = startSimulator();
        Socket ws;
        QVERIFY(ws.open(sim->url(), QStringLiteral("/v1/ws/delivery/r1"), sim->adminKey()));
        sim->stop();
        QVERIFY(ws.waitClosed());
        QCOMPARE(ws.closeCode(), 1001);
        QVERIFY(sim->url().isEmpty());
    }

    void stopFailsKeptAliveRequestsFastAndRestarts()
    {
        auto sim = startSimulator();
        QNetworkAccessManager nam;
        const auto request = [&nam](const QUrl& base) {
            QNetworkRequest req(base.resolved(QUrl(QStringLiteral("/health"))));
            req.setTransferTimeout(14000); // what a client would wait without a fast failure
            QNetworkReply* reply = nam.get(req);
            reply->setParent(&nam);
            return reply;
        };
        const auto finishes = [](QNetworkReply* reply, int boundMs) {
            QSignalSpy done(reply, &QNetworkReply::finished);
            return reply->isFinished() || done.wait(boundMs);
        };

        // One request on a connection that QNAM keeps alive.
        QNetworkReply* first = request(sim->url());
        QVERIFY(finishes(first, 5000));
        QCOMPARE(first->error(), QNetworkReply::NoError);
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QUrl oldUrl = sim->url();

        // Straight after stop() (no event-loop turn in between), the next request fails at
        // once instead of waiting on the dead keep-alive connection for the transfer timeout.
        sim->stop();
        QNetworkReply* second = request(oldUrl);
        QVERIFY(finishes(second, 2000));
        QVERIFY(second->error() != QNetworkReply::NoError);

        // Restart: port 0 comes back on the previous port if it is free; either way it works.
        QString error;
        QVERIFY2(sim->start(&error), qPrintable(error));
        QVERIFY(!sim->url().isEmpty());
        QNetworkReply* third = request(sim->url());
        QVERIFY(finishes(third, 5000));
        QCOMPARE(third->error(), QNetworkReply::NoError);
        QCOMPARE(third->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

    void stopAbortsRequestsInFlightAndSocketsMidRequest()
    {
        auto sim = startSimulator();
        QNetworkAccessManager nam;
        // A response held back by a delay fault...
        sim->faults().delay.enabled = true;
        sim->faults().delayMs = 30000;
        QNetworkRequest req(sim->url().resolved(QUrl(QStringLiteral("/health"))));
        req.setTransferTimeout(14000);
        QNetworkReply* inFlight = nam.get(req);
        inFlight->setParent(&nam);
        QSignalSpy inFlightDone(inFlight, &QNetworkReply::finished);
        // ...and a socket that sent half a request head.
        QTcpSocket raw;
        raw.connectToHost(QStringLiteral("127.0.0.1"), quint16(sim->url().port()));
        QVERIFY(raw.waitForConnected(3000));
        raw.write("GET /health HTTP/1.1\r\nHost: x\r\n");
        QVERIFY(raw.waitForBytesWritten(3000));
        QSignalSpy rawGone(&raw, &QTcpSocket::disconnected);
        QTRY_VERIFY(sim->stats().httpRequests >= 1); // the held-back request reached the server
        QVERIFY(!inFlight->isFinished());

        sim->stop();
        QVERIFY(inFlight->isFinished() || inFlightDone.wait(2000));
        QVERIFY(inFlight->error() != QNetworkReply::NoError);
        QVERIFY(raw.state() == QAbstractSocket::UnconnectedState || rawGone.wait(2000));
    }

    void restartKeepsAFixedPort()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        CloacinaSim::Options o;
        o.port = port;
        auto sim = startSimulator(o);
        const QUrl url = sim->url();
        QCOMPARE(url.port(), int(port));
        Http http(url, sim->adminKey());
        QCOMPARE(http.get(QStringLiteral("/health"), Http::noKey()).status, 200);
        Socket ws;
        QVERIFY(ws.open(url, QStringLiteral("/v1/ws/delivery/r1"), sim->adminKey()));

        sim->stop();
        QVERIFY(ws.waitClosed(2000));
        QCOMPARE(http.get(QStringLiteral("/health"), Http::noKey()).status, 0);

        QString error;
        QVERIFY2(sim->start(&error), qPrintable(error));
        QCOMPARE(sim->url(), url);
        QCOMPARE(http.get(QStringLiteral("/health"), Http::noKey()).status, 200);
        Socket again;
        QVERIFY(again.open(url, QStringLiteral("/v1/ws/delivery/r1"), sim->adminKey()));
        QVERIFY(again.waitForText(1));
    }

private:
    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<Http> m_http;
};

QTEST_GUILESS_MAIN(TstSimTransport)
#include "tst_sim_transport.moc"

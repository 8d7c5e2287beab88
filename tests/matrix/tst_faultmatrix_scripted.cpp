// Fault matrix (label: faults), area: a scripted WebSocket peer. One program per area (tst_faultmatrix_*.cpp),
// sharing faultmatrix.h. Each row injects one failure mode and checks the outcome the
// application sees through the SDK: a typed Error or a clean recovery. No crash, no hang
// (every wait is bounded), no lost or repeated event. docs/RELIABILITY.md lists the rows.
#include "faultmatrix.h"
#include "rawhttpserver.h"

#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

#include <memory>

using namespace Cloacina;
using namespace FaultMatrix;

class TstFaultMatrixScripted : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepare(); }

    // ---------------------------------------------------------------------------------------
    // A scripted WebSocket peer for frames the simulator never sends.
    // ---------------------------------------------------------------------------------------
    void scripted_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("out-of-order and repeated ids") << "out-of-order";
        QTest::newRow("welcome with protocol_version 2") << "version";
        QTest::newRow("push before welcome") << "push-first";
        QTest::newRow("malformed push envelope") << "malformed";
        QTest::newRow("silent peer after TCP accept") << "silent";
        QTest::newRow("upgrade answered 503") << "upgrade-503";
        // Refusals whose TCP connection stays open: Qt 6.4 then reports the error but never
        // disconnects, so the refusal must be classified when the error is reported.
        QTest::newRow("upgrade answered 403, connection kept open") << "upgrade-403-open";
        QTest::newRow("upgrade answered 401, connection kept open") << "upgrade-401-open";
        QTest::newRow("upgrade answered 503, connection kept open") << "upgrade-503-open";
        QTest::newRow("oversized frame (16 MiB + 1)") << "oversize-frame";
    }

    void scripted()
    {
        QFETCH(QString, mode);
        const QString recipient = QStringLiteral("exec_events:x");
        auto frame = [&](qint64 id, const QString& kind = QStringLiteral("execution_event")) {
            return QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("type"), QStringLiteral("push") },
                                                       { QStringLiteral("protocol_version"), 1 }, { QStringLiteral("id"), id }, { QStringLiteral("kind"), kind },
                                                       { QStringLiteral("recipient"), recipient }, { QStringLiteral("tenant_id"), QJsonValue(QJsonValue::Null) },
                                                       { QStringLiteral("payload_b64"), QString::fromLatin1(QByteArray("{}").toBase64()) } })
                                         .toJson(QJsonDocument::Compact));
        };
        const QString welcome = QStringLiteral(R"({"type":"welcome","protocol_version":1,"max_known_id":0})");

        StreamEndpoint endpoint;
        int tickets = 0;
        endpoint.mintTicket = [&tickets] {
            ++tickets;
            return readyTicket();
        };
        std::unique_ptr<RawHttpServer> raw;
        QWebSocketServer server(QStringLiteral("matrix"), QWebSocketServer::NonSecureMode);
        QList<QWebSocket*> sockets;
        struct DeleteAll { // QWebSocketServer does not parent the sockets it hands out
            QList<QWebSocket*>& list;
            ~DeleteAll() { qDeleteAll(list); }
        } deleteSockets { sockets };
        QStringList received;
        if (mode == QLatin1String("silent") || mode == QLatin1String("upgrade-503")) {
            raw = mode == QLatin1String("silent")
                ? std::make_unique<RawHttpServer>(RawHttpServer::Mode::Silent)
                : std::make_unique<RawHttpServer>(RawHttpServer::Mode::Fixed, RawHttpServer::json(503, R"({"error":"busy","code":"unavailable"})"));
            endpoint.baseUrl = raw->url();
        } else if (mode.endsWith(QLatin1String("-open"))) {
            const int status = mode.mid(8, 3).toInt();
            raw = std::make_unique<RawHttpServer>(RawHttpServer::Mode::FixedKeepOpen,
                RawHttpServer::json(status, R"({"error":"refused","code":"endpoint_access_denied"})", true));
            endpoint.baseUrl = raw->url();
        } else {
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
            connect(&server, &QWebSocketServer::newConnection, this, [&] {
                QWebSocket* ws = server.nextPendingConnection();
                ws->setParent(&server); // QWebSocketServer hands out unparented sockets
                sockets.append(ws);
                connect(ws, &QWebSocket::textMessageReceived, this, [&](const QString& t) { received.append(t); });
                if (mode == QLatin1String("version"))
                    ws->sendTextMessage(QStringLiteral(R"({"type":"welcome","protocol_version":2,"max_known_id":0})"));
                else if (mode == QLatin1String("push-first"))
                    ws->sendTextMessage(frame(1));
                else
                    ws->sendTextMessage(welcome);
            });
        }

        DeliverySubscription sub(endpoint, recipient);
        StreamTiming t = fastTiming();
        t.handshakeTimeoutMs = 400;
        sub.setTiming(t);
        DeliverySink sink;
        sink.attach(&sub);
        QSignalSpy reconnecting(&sub, &DeliverySubscription::reconnecting);
        sub.start();

        if (mode == QLatin1String("version") || mode == QLatin1String("push-first")) {
            QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Failed, 5000);
            QCOMPARE(sub.error().kind, Error::Kind::Protocol);
            QVERIFY(sink.pushIds.isEmpty());
            return;
        }
        if (mode == QLatin1String("upgrade-403-open") || mode == QLatin1String("upgrade-401-open")) {
            // 403: fatal at once; 401: one retry with a fresh ticket, then fatal. Both well
            // before the handshake deadline would have called it a timeout.
            const int status = mode.mid(8, 3).toInt();
            QSignalSpy failedSpy(&sub, &DeliverySubscription::failed);
            QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Failed, 5000);
            const Error e = failedSpy.value(0).value(0).value<Error>();
            QCOMPARE(e.kind, Error::Kind::Api);
            QCOMPARE(e.httpStatus, status);
            QCOMPARE(e.code, status == 403 ? QStringLiteral("forbidden") : QStringLiteral("unauthorized"));
            QVERIFY(!e.isTransient());
            const int attempts = status == 403 ? 1 : 2;
            QCOMPARE(tickets, attempts);
            QCOMPARE(raw->connections, attempts);
            QCOMPARE(reconnecting.count(), attempts - 1);
            return;
        }
        if (mode == QLatin1String("upgrade-503-open")) {
            QTRY_VERIFY_WITH_TIMEOUT(reconnecting.count() >= 2, 5000);
            for (const QList<QVariant>& args : std::as_const(reconnecting)) {
                const Error e = args.at(1).value<Error>();
                QCOMPARE(e.kind, Error::Kind::Http); // not a handshake Timeout
                QCOMPARE(e.httpStatus, 503);
                QVERIFY(e.isTransient());
            }
            QVERIFY(reconnecting.at(1).at(0).toInt() > 0); // backed off, not retried at once
            sub.stop();
            QCOMPARE(sub.state(), DeliverySubscription::State::Ended);
            return;
        }
        if (mode == QLatin1String("silent") || mode == QLatin1String("upgrade-503")) {
            QTRY_VERIFY_WITH_TIMEOUT(reconnecting.count() >= 2, 5000);
            const Error e = reconnecting.at(0).at(1).value<Error>();
            QVERIFY(e.isTransient());
            if (mode == QLatin1String("silent"))
                QCOMPARE(e.kind, Error::Kind::Timeout);
            else
                QCOMPARE(e.httpStatus, 503);
            QVERIFY(sub.state() == DeliverySubscription::State::Reconnecting || sub.state() == DeliverySubscription::State::Connecting);
            sub.stop();
            QCOMPARE(sub.state(), DeliverySubscription::State::Ended);
            return;
        }
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
        QWebSocket* ws = sockets.value(0);
        QVERIFY(ws);
        if (mode == QLatin1String("malformed")) {
            ws->sendTextMessage(QStringLiteral(R"({"type":"push","protocol_version":1,"id":"7","kind":"execution_event","recipient":"exec_events:x","tenant_id":null,"payload_b64":"e30="})"));
            QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Failed, 5000);
            QCOMPARE(sub.error().kind, Error::Kind::Protocol);
            QVERIFY(sink.pushIds.isEmpty());
            return;
        }
        if (mode == QLatin1String("oversize-frame")) {
            // A push whose frame exceeds 16 MiB: Qt must refuse it (maxAllowedIncoming… = 16 MiB,
            // close 1009) instead of buffering it, nothing reaches the application, and the
            // subscription fails loudly rather than fetching the same oversized row forever.
            const QByteArray payload((16 << 20) * 3 / 4 + 16, 'x');
            QJsonObject big = QJsonDocument::fromJson(frame(99).toUtf8()).object();
            big.insert(QStringLiteral("payload_b64"), QString::fromLatin1(payload.toBase64()));
            QSignalSpy failedSpy(&sub, &DeliverySubscription::failed);
            ws->sendTextMessage(QString::fromUtf8(QJsonDocument(big).toJson(QJsonDocument::Compact)));
            QTRY_VERIFY_WITH_TIMEOUT(!failedSpy.isEmpty() || !sink.pushIds.isEmpty(), 15000);
            QVERIFY2(sink.pushIds.isEmpty(), "a 16 MiB frame was accepted and delivered");
            const Error e = failedSpy.at(0).at(0).value<Error>();
            QCOMPARE(e.kind, Error::Kind::Protocol);
            QCOMPARE(e.code, QStringLiteral("ws_close_1009"));
            QCOMPARE(sub.state(), DeliverySubscription::State::Failed);
            return;
        }
        // Out of order and repeated: 5 3 4 3 5 6 1 (+ an ops_metrics push that must not be acked).
        for (qint64 id : { 5, 3, 4, 3, 5, 6, 1 })
            ws->sendTextMessage(frame(id));
        ws->sendTextMessage(frame(777, QStringLiteral("ops_metrics:global")));
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.uniquePushIds.size()), 5, 5000);
        QCOMPARE(sink.uniquePushIds, (QSet<qint64> { 1, 3, 4, 5, 6 }));
        QCOMPARE(sink.pushIds.size(), 5);
        QSet<qint64> acked;
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 8, 5000); // hello + 7 acks
        for (const QString& text : std::as_const(received)) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            if (o.value(QLatin1String("type")).toString() == QLatin1String("ack"))
                acked.insert(o.value(QLatin1String("id")).toInteger());
        }
        QCOMPARE(acked, (QSet<qint64> { 1, 3, 4, 5, 6 }));
        QCOMPARE(sub.duplicateCount(), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TstFaultMatrixScripted)
#include "tst_faultmatrix_scripted.moc"

// Finding F4 (docs/RELIABILITY.md), kept apart from the fault matrix because it crashes the
// process: push frames and the loss of the socket arrive together; onFinished() flushes the
// pending batch, an application slot deletes the subscription (allowed: "may be destroyed at
// any time"), and onFinished() goes on with freed memory (SIGSEGV / ASan heap-use-after-free
// at stream_delivery.cpp onFinished → takenOver). Passes once onFinished() checks a QPointer
// after flush().
#include <cloacina/cloacinaclient.h>
#include <cloacina/deliverysubscription.h>
#include <cloacina/streams.h>
#include <cloacinasim/simulator.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QPromise>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

using namespace Cloacina;

class TstDeleteOnDrop : public QObject {
    Q_OBJECT

private slots:
    void handlerDeletesSubscriptionWhileTheSocketDrops()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("cloacina.*.info=false\ncloacina.*.warning=false"));
        QWebSocketServer server(QStringLiteral("f4"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QPointer<QWebSocket> peer;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            peer = server.nextPendingConnection();
            peer->setParent(&server); // not parented by QWebSocketServer
            peer->sendTextMessage(QStringLiteral(R"({"type":"welcome","protocol_version":1,"max_known_id":0})"));
        });
        StreamEndpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
        endpoint.mintTicket = [] {
            QPromise<Result<QString>> p;
            p.start();
            p.addResult(Result<QString>(QStringLiteral("t")));
            p.finish();
            return p.future();
        };
        const QString recipient = QStringLiteral("exec_events:x");
        for (int round = 0; round < 5; ++round) {
            auto* sub = new DeliverySubscription(endpoint, recipient);
            QPointer<DeliverySubscription> guard(sub);
            connect(sub, &DeliverySubscription::pushesReceived, this, [sub] { delete sub; });
            sub->start();
            QTRY_COMPARE_WITH_TIMEOUT(sub->state(), DeliverySubscription::State::Live, 5000);
            QVERIFY(peer);
            for (qint64 id = 1; id <= 20; ++id) {
                const QJsonObject push { { QStringLiteral("type"), QStringLiteral("push") },
                    { QStringLiteral("protocol_version"), 1 }, { QStringLiteral("id"), id },
                    { QStringLiteral("kind"), QStringLiteral("execution_event") },
                    { QStringLiteral("recipient"), recipient }, { QStringLiteral("tenant_id"), QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("payload_b64"), QStringLiteral("e30=") } };
                peer->sendTextMessage(QString::fromUtf8(QJsonDocument(push).toJson(QJsonDocument::Compact)));
            }
            peer->flush();
            peer->abort(); // no close frame: a takeover as 0.10.0 does it
            QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000); // the slot ran and nothing crashed
        }
    }

    // The same pattern on the reactor/accumulator channel: Channel::onFinished() emits lost(),
    // ReactorChannel forwards it as errorOccurred(), the application deletes the channel in that
    // slot, and Channel::onFinished() then reads m_phase of the deleted Channel (F4b). Without
    // ASan this usually survives; the sanitizer lane reports heap-use-after-free.
    void handlerDeletesReactorChannelOnLoss()
    {
        CloacinaSim::Simulator sim;
        QVERIFY(sim.start());
        CloacinaClient client(sim.url());
        client.setApiKey(sim.adminKey());
        QPointer<ReactorChannel> channel = reactorChannel(&client, QStringLiteral("market_maker_reactor"));
        ReactorChannel* raw = channel.data();
        connect(raw, &ReactorChannel::errorOccurred, this, [raw] { delete raw; });
        raw->open();
        QTRY_COMPARE_WITH_TIMEOUT(raw->state(), ReactorChannel::State::Open, 5000);
        QVERIFY(sim.setReactorPresent(QStringLiteral("market_maker_reactor"), false)); // close 4404
        QTRY_VERIFY_WITH_TIMEOUT(channel.isNull(), 5000);
    }
};

QTEST_GUILESS_MAIN(TstDeleteOnDrop)
#include "tst_deleteondrop.moc"

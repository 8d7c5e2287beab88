// Fault matrix (label: faults), area: accumulator and reactor sockets. One program per area (tst_faultmatrix_*.cpp),
// sharing faultmatrix.h. Each row injects one failure mode and checks the outcome the
// application sees through the SDK: a typed Error or a clean recovery. No crash, no hang
// (every wait is bounded), no lost or repeated event. docs/RELIABILITY.md lists the rows.
#include "faultmatrix.h"
#include "rawhttpserver.h"

#include <QtTest>

#include <memory>

using namespace Cloacina;
using namespace FaultMatrix;

class TstFaultMatrixChannels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepare(); }

    // ---------------------------------------------------------------------------------------
    // Accumulator and reactor sockets: refusals and 4404 are typed and final; every command
    // future settles.
    // ---------------------------------------------------------------------------------------
    void channels_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("accumulator unknown name: 403") << "acc-403";
        QTest::newRow("accumulator not accepting: 4404") << "acc-4404";
        QTest::newRow("reactor unknown name: 403") << "reactor-403";
        QTest::newRow("reactor gone: 4404") << "reactor-4404";
        QTest::newRow("reactor baseline") << "reactor-ok";
        QTest::newRow("reactor close() then open() at once") << "reactor-reopen";
        QTest::newRow("delivery stop() then start() at once") << "delivery-restart";
    }

    void channels()
    {
        QFETCH(QString, mode);
        Sim s;
        QVERIFY(s.start());
        if (mode == QLatin1String("delivery-restart")) {
            // stop() closes gracefully; a start() right after must still reconnect (QWebSocket
            // closes the TCP connection at once, so the LocalClose outcome is not late).
            const QString exec = s.sim->createExecutions(1, QStringLiteral("Running")).value(0);
            DeliverySubscription sub(streamEndpoint(s.client.get()), QStringLiteral("exec_events:") + exec);
            sub.setTiming(fastTiming());
            sub.start();
            QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
            sub.stop();
            sub.start();
            QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
            return;
        }
        if (mode == QLatin1String("reactor-reopen")) {
            std::unique_ptr<ReactorChannel> r(reactorChannel(s.client.get(), QStringLiteral("market_maker_reactor")));
            r->setTiming(fastTiming());
            QVERIFY(await(r->getState(), 8000).ok());
            r->close();
            r->open();
            const Result<ReactorResponse> again = await(r->getState(), 3000);
            QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
            return;
        }
        if (mode.startsWith(QLatin1String("acc"))) {
            const bool known = mode == QLatin1String("acc-4404");
            AccumulatorProducer* p = accumulatorProducer(s.client.get(), known ? QStringLiteral("orderbook") : QStringLiteral("nope"), this);
            std::unique_ptr<AccumulatorProducer> owner(p);
            p->setTiming(fastTiming());
            QSignalSpy failed(p, &AccumulatorProducer::failed);
            if (known) {
                p->open();
                QTRY_COMPARE_WITH_TIMEOUT(p->state(), AccumulatorProducer::State::Open, 5000);
                QVERIFY(s.sim->setAccumulatorAccepting(QStringLiteral("orderbook"), false));
            }
            p->send(QJsonObject { { QStringLiteral("price"), 1 } });
            QTRY_COMPARE_WITH_TIMEOUT(p->state(), AccumulatorProducer::State::Failed, 5000);
            QCOMPARE(failed.count(), 1);
            QCOMPARE(p->error().kind, Error::Kind::Api);
            if (known)
                QCOMPARE(p->error().code, QStringLiteral("ws_close_4404"));
            else
                QCOMPARE(p->error().httpStatus, 403);
            QVERIFY(!p->send(QJsonObject {})); // refused after failure
            return;
        }
        const bool known = mode != QLatin1String("reactor-403");
        ReactorChannel* r = reactorChannel(s.client.get(), known ? QStringLiteral("market_maker_reactor") : QStringLiteral("nope"), this);
        std::unique_ptr<ReactorChannel> owner(r);
        r->setTiming(fastTiming());
        const Result<ReactorResponse> state = await(r->getState(), 8000);
        if (mode == QLatin1String("reactor-403")) {
            QVERIFY(!state.ok());
            QCOMPARE(state.error().kind, Error::Kind::Api);
            QCOMPARE(state.error().httpStatus, 403);
            QTRY_COMPARE_WITH_TIMEOUT(r->state(), ReactorChannel::State::Failed, 5000);
            return;
        }
        QVERIFY2(state.ok(), qPrintable(state.ok() ? QString() : state.error().toString()));
        if (mode == QLatin1String("reactor-ok")) {
            QVERIFY(await(r->pause()).ok());
            QVERIFY(await(r->resume()).ok());
            return;
        }
        QFuture<Result<ReactorResponse>> pending = r->forceFire();
        QVERIFY(s.sim->setReactorPresent(QStringLiteral("market_maker_reactor"), false));
        QTRY_COMPARE_WITH_TIMEOUT(r->state(), ReactorChannel::State::Failed, 5000);
        QCOMPARE(r->error().code, QStringLiteral("ws_close_4404"));
        QTRY_VERIFY_WITH_TIMEOUT(pending.isFinished(), 5000);
        const Result<ReactorResponse> later = await(r->getState(), 2000);
        QVERIFY(!later.ok());
        QCOMPARE(later.error().kind, Error::Kind::Api);
    }

    // An unknown accumulator/reactor name is a 403 at the upgrade on a real server, which may
    // keep the TCP connection open: the channel fails at once instead of timing out and retrying.
    void channelUpgradeRefusedKeptOpen_data()
    {
        QTest::addColumn<bool>("reactor");
        QTest::newRow("reactor 403, connection kept open") << true;
        QTest::newRow("accumulator 403, connection kept open") << false;
    }
    void channelUpgradeRefusedKeptOpen()
    {
        QFETCH(bool, reactor);
        RawHttpServer raw(RawHttpServer::Mode::FixedKeepOpen,
            RawHttpServer::json(403, R"({"error":"unknown","code":"endpoint_access_denied"})", true));
        StreamEndpoint endpoint;
        endpoint.baseUrl = raw.url();
        endpoint.mintTicket = [] { return readyTicket(); };
        StreamTiming t = fastTiming();
        t.handshakeTimeoutMs = 60000; // a timeout would take far longer than the waits below
        if (reactor) {
            ReactorChannel channel(endpoint, QStringLiteral("nope"));
            channel.setTiming(t);
            const Result<ReactorResponse> state = await(channel.getState(), 8000);
            QVERIFY(!state.ok());
            QCOMPARE(state.error().kind, Error::Kind::Api);
            QCOMPARE(state.error().httpStatus, 403);
            QTRY_COMPARE_WITH_TIMEOUT(channel.state(), ReactorChannel::State::Failed, 5000);
        } else {
            AccumulatorProducer producer(endpoint, QStringLiteral("nope"));
            producer.setTiming(t);
            QVERIFY(producer.send(QJsonObject { { QStringLiteral("v"), 1 } }));
            QTRY_COMPARE_WITH_TIMEOUT(producer.state(), AccumulatorProducer::State::Failed, 5000);
            QCOMPARE(producer.error().kind, Error::Kind::Api);
            QCOMPARE(producer.error().httpStatus, 403);
        }
        QCOMPARE(raw.connections, 1);
    }
};

QTEST_GUILESS_MAIN(TstFaultMatrixChannels)
#include "tst_faultmatrix_channels.moc"

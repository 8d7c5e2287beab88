// AccumulatorProducer and ReactorChannel against the simulator.
#include "streamtestutil.h"

#include <cloacina/accumulatorproducer.h>
#include <cloacina/reactorchannel.h>

using namespace Cloacina;
using namespace StreamTest;

class TstEndpoints : public QObject {
    Q_OBJECT

    template <typename T>
    static Result<T> await(QFuture<Result<T>> future)
    {
        QElapsedTimer clock;
        clock.start();
        while (!future.isFinished() && clock.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!future.isFinished() || future.resultCount() == 0)
            return Error::make(Error::Kind::Timeout, QStringLiteral("test timeout"));
        return future.result();
    }

private slots:
    void initTestCase() { qRegisterMetaType<Error>(); }

    void reactorCommands()
    {
        SimFixture f;
        QVERIFY(f.start());
        std::unique_ptr<ReactorChannel> reactor(reactorChannel(f.client.get(), QStringLiteral("market_maker_reactor")));
        reactor->setTiming(fastTiming());
        // Commands issued before the socket is open are queued, then answered in order.
        auto fired = reactor->forceFire();
        auto paused = reactor->pause();
        auto resumed = reactor->resume();
        auto withCache = reactor->fireWith({ { QStringLiteral("orderbook"), { 123, 34, 125 } } });
        auto state = reactor->getState();
        QCOMPARE(await(fired).value().type, ReactorResponse::Type::Fired);
        QCOMPARE(await(paused).value().type, ReactorResponse::Type::Paused);
        QCOMPARE(await(resumed).value().type, ReactorResponse::Type::Resumed);
        QCOMPARE(await(withCache).value().type, ReactorResponse::Type::Fired);
        const Result<ReactorResponse> s = await(state);
        QVERIFY(s.ok());
        QCOMPARE(s.value().type, ReactorResponse::Type::State);
        QCOMPARE(s.value().cache.value(QStringLiteral("orderbook")), QStringLiteral("{\"}"));
        QCOMPARE(reactor->state(), ReactorChannel::State::Open);
        QCOMPARE(reactor->pendingCount(), 0);

        // A byte out of range never leaves the client.
        const Result<ReactorResponse> bad = await(reactor->fireWith({ { QStringLiteral("x"), { 256 } } }));
        QCOMPARE(bad.error().kind, Error::Kind::Decode);
        QCOMPARE(reactor->connectionAttempts(), qint64(1));
    }

    void reactorErrorResponse()
    {
        ScriptedServer server;
        server.welcome = QJsonObject(); // the reactor socket has no welcome
        ReactorChannel reactor(server.endpoint(), QStringLiteral("r"));
        reactor.setTiming(fastTiming());
        QObject::connect(&server.server, &QWebSocketServer::newConnection, &server, [&server] {
            QWebSocket* s = server.sockets.last();
            QObject::connect(s, &QWebSocket::textMessageReceived, s, [s](const QString& text) {
                const QString command = QJsonDocument::fromJson(text.toUtf8()).object().value(QLatin1String("command")).toString();
                const QJsonObject reply = command == QLatin1String("pause")
                    ? QJsonObject { { QStringLiteral("type"), QStringLiteral("error") },
                          { QStringLiteral("message"), QStringLiteral("operation Pause not permitted") } }
                    : command == QLatin1String("resume")
                    ? QJsonObject { { QStringLiteral("type"), QStringLiteral("error") } } // no message
                    : command == QLatin1String("get_state")
                    ? QJsonObject { { QStringLiteral("type"), QStringLiteral("fired") } } // wrong reply
                    : QJsonObject { { QStringLiteral("type"), QStringLiteral("fired") } };
                s->sendTextMessage(QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)));
            });
        });
        auto denied = reactor.pause();
        auto silent = reactor.resume();
        auto next = reactor.forceFire();
        auto mismatched = reactor.getState();
        const Result<ReactorResponse> d = await(denied);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().kind, Error::Kind::Api);
        QCOMPARE(d.error().code, QStringLiteral("reactor_error"));
        QCOMPARE(d.error().message, QStringLiteral("operation Pause not permitted"));
        const Result<ReactorResponse> unexplained = await(silent);
        QCOMPARE(unexplained.error().code, QStringLiteral("reactor_error"));
        QCOMPARE(unexplained.error().message, QStringLiteral("the reactor refused the command"));
        QCOMPARE(await(next).value().type, ReactorResponse::Type::Fired); // the socket stayed open
        QCOMPARE(await(mismatched).error().kind, Error::Kind::Decode);
        QCOMPARE(reactor.state(), ReactorChannel::State::Open);
        QCOMPARE(server.connections, 1);
    }

    void reactorGoneFailsPending()
    {
        SimFixture f;
        QVERIFY(f.start());
        ReactorChannel reactor(f.endpoint(), QStringLiteral("market_maker_reactor"));
        reactor.setTiming(fastTiming());
        reactor.open();
        QTRY_COMPARE(reactor.state(), ReactorChannel::State::Open);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("failed:.*4404")));
        QVERIFY(f.sim->setReactorPresent(QStringLiteral("market_maker_reactor"), false));
        QTRY_COMPARE(reactor.state(), ReactorChannel::State::Failed);
        QCOMPARE(reactor.error().code, QStringLiteral("ws_close_4404"));
        QCOMPARE(reactor.error().kind, Error::Kind::Api);
        const Result<ReactorResponse> after = await(reactor.forceFire());
        QCOMPARE(after.error().code, QStringLiteral("ws_close_4404"));
        QCOMPARE(reactor.connectionAttempts(), qint64(1));
    }

    void unknownNamesAreForbidden()
    {
        SimFixture f;
        QVERIFY(f.start());
        ReactorChannel reactor(f.endpoint(), QStringLiteral("no_such_reactor"));
        reactor.setTiming(fastTiming());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("failed:.*403")));
        const Result<ReactorResponse> r = await(reactor.getState());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Api);
        QCOMPARE(r.error().httpStatus, 403);
        QCOMPARE(reactor.state(), ReactorChannel::State::Failed);
        QCOMPARE(reactor.connectionAttempts(), qint64(1));

        AccumulatorProducer producer(f.endpoint(), QStringLiteral("no_such_accumulator"));
        producer.setTiming(fastTiming());
        QSignalSpy failed(&producer, &AccumulatorProducer::failed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("failed:.*403")));
        QVERIFY(producer.send(QJsonObject { { QStringLiteral("x"), 1 } })); // queued while connecting
        QVERIFY(failed.wait(5000));
        QCOMPARE(producer.error().httpStatus, 403);
        QCOMPARE(producer.error().kind, Error::Kind::Api);
        QCOMPARE(producer.state(), AccumulatorProducer::State::Failed);
        QVERIFY(!producer.send(QJsonObject {}));
        QCOMPARE(producer.connectionAttempts(), qint64(1));
        QCOMPARE(producer.queuedCount(), 0);
    }

    void accumulatorBinaryFramesArrive()
    {
        SimFixture f;
        QVERIFY(f.start());
        std::unique_ptr<AccumulatorProducer> producer(accumulatorProducer(f.client.get(), QStringLiteral("orderbook")));
        producer->setTiming(fastTiming());
        for (int i = 1; i <= 5; ++i)
            QVERIFY(producer->send(QJsonObject { { QStringLiteral("bid"), i } })); // queued, then flushed
        QCOMPARE(producer->state(), AccumulatorProducer::State::Connecting);
        QTRY_COMPARE(producer->state(), AccumulatorProducer::State::Open);
        QTRY_COMPARE(producer->sentCount(), qint64(5));
        QVERIFY(producer->send(QJsonValue(42))); // scalars are JSON too
        // The simulator hands the last message to the reactor's cache: read it back.
        ReactorChannel reactor(f.endpoint(), QStringLiteral("market_maker_reactor"));
        QTRY_COMPARE_WITH_TIMEOUT(await(reactor.getState()).value().cache.value(QStringLiteral("orderbook")),
            QStringLiteral("42"), 5000);
        QCOMPARE(producer->queuedCount(), 0);
    }

    void accumulatorClosedWith4404()
    {
        SimFixture f;
        QVERIFY(f.start());
        AccumulatorProducer producer(f.endpoint(), QStringLiteral("pricing"));
        producer.setTiming(fastTiming());
        producer.open();
        QTRY_COMPARE(producer.state(), AccumulatorProducer::State::Open);
        QVERIFY(f.sim->setAccumulatorAccepting(QStringLiteral("pricing"), false));
        QSignalSpy failed(&producer, &AccumulatorProducer::failed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("failed:.*4404")));
        QVERIFY(producer.send(QJsonObject { { QStringLiteral("p"), 1 } }));
        QVERIFY(failed.wait(5000));
        QCOMPARE(producer.error().code, QStringLiteral("ws_close_4404"));
        QCOMPARE(producer.error().kind, Error::Kind::Api);
        QCOMPARE(producer.state(), AccumulatorProducer::State::Failed);
        QCOMPARE(producer.connectionAttempts(), qint64(1)); // no retry loop
    }

    void accumulatorReconnectsAfterGoingAway()
    {
        ScriptedServer server;
        server.welcome = QJsonObject();
        QList<QByteArray> binaries;
        QObject::connect(&server.server, &QWebSocketServer::newConnection, &server, [&server, &binaries] {
            QWebSocket* s = server.sockets.last();
            QObject::connect(s, &QWebSocket::binaryMessageReceived, s, [&binaries](const QByteArray& b) { binaries.append(b); });
        });
        AccumulatorProducer producer(server.endpoint(), QStringLiteral("a"));
        producer.setTiming(fastTiming());
        QVERIFY(producer.send(QJsonObject { { QStringLiteral("n"), 1 } }));
        QTRY_COMPARE(binaries.size(), 1);
        QCOMPARE(binaries.first(), QByteArray("{\"n\":1}"));
        server.sockets.first()->close(QWebSocketProtocol::CloseCodeGoingAway);
        QTRY_COMPARE(producer.state(), AccumulatorProducer::State::Reconnecting);
        QVERIFY(producer.send(QJsonObject { { QStringLiteral("n"), 2 } })); // queued meanwhile
        QTRY_COMPARE(binaries.size(), 2);
        QCOMPARE(server.connections, 2);
        QCOMPARE(producer.state(), AccumulatorProducer::State::Open);
    }
};

QTEST_GUILESS_MAIN(TstEndpoints)
#include "tst_endpoints.moc"

// DeliverySubscription against the simulator: exactly-once delivery under faults, acks, close
// codes, ticket and upgrade failures, takeover, bounded dedup memory, lifetime.
#include "streamtestutil.h"

#include <cloacina/deliverysubscription.h>
#include <cloacina/types.h>

#include <QSet>
#include <QTimer>

#include <limits>

using namespace Cloacina;
using namespace StreamTest;

class TstDelivery : public QObject {
    Q_OBJECT

private:
    struct Sink {
        QList<qint64> ids;
        QSet<qint64> seen;
        int appDuplicates = 0;
        bool increasing = true;
        int maxWindow = 0;
    };

    static void collect(DeliverySubscription* sub, Sink* sink)
    {
        QObject::connect(sub, &DeliverySubscription::pushesReceived, sub, [sub, sink](const QList<DeliveryPush>& batch) {
            for (const DeliveryPush& p : batch) {
                if (sink->seen.contains(p.id))
                    ++sink->appDuplicates;
                if (!sink->ids.isEmpty() && p.id <= sink->ids.last())
                    sink->increasing = false;
                sink->seen.insert(p.id);
                sink->ids.append(p.id);
            }
            sink->maxWindow = qMax(sink->maxWindow, sub->dedupWindowSize());
        });
    }

    //! Counts the pushesReceived() batches emitted back to back, without an event-loop turn
    //! between them (a zero-delay call posted by each batch has not run yet at the next one).
    struct TurnProbe {
        QObject context;
        int batches = 0;
        int largest = 0;
        int batchesWithoutTurn = 0;
        bool turned = true;

        explicit TurnProbe(DeliverySubscription* sub)
        {
            QObject::connect(sub, &DeliverySubscription::pushesReceived, &context, [this](const QList<DeliveryPush>& batch) {
                ++batches;
                largest = qMax(largest, int(batch.size()));
                if (!turned)
                    ++batchesWithoutTurn;
                turned = false;
                QTimer::singleShot(0, &context, [this] { turned = true; });
            });
        }
    };

    //! Fast timing, every delivered push appended to \a got, started; true once Live.
    bool goLive(DeliverySubscription* sub, QList<DeliveryPush>* got)
    {
        sub->setTiming(fastTiming());
        connect(sub, &DeliverySubscription::pushesReceived, this, [got](const QList<DeliveryPush>& b) { *got += b; });
        sub->start();
        return QTest::qWaitFor([sub] { return sub->state() == DeliverySubscription::State::Live; }, 5000);
    }

private slots:
    void initTestCase() { qRegisterMetaType<Error>(); }

    void exactlyOnceUnderFaults()
    {
        SimFixture f;
        QVERIFY(f.start());
        const QString exec = f.sim->createExecutions(1, QStringLiteral("Running")).value(0);
        QVERIFY(!exec.isEmpty());
        const QString recipient = QStringLiteral("exec_events:") + exec;
        DeliverySubscription sub(f.endpoint(), recipient);
        sub.setTiming(fastTiming());
        Sink sink;
        collect(&sub, &sink);
        QSignalSpy takeovers(&sub, &DeliverySubscription::takenOver);
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
        const int initial = int(sink.ids.size());

        // Phase 1: every push twice and sockets aborted at random (no close frame), 10 bursts.
        f.sim->faults().duplicatePushes = true;
        f.sim->faults().dropProbability = 0.004;
        int expected = initial;
        for (int round = 0; round < 10; ++round) {
            QCOMPARE(f.sim->emitBurst(exec, 200), 200);
            expected += 200;
            QTRY_COMPARE_WITH_TIMEOUT(int(sink.ids.size()), expected, 30000);
        }
        const qint64 randomDrops = sub.reconnectCount();

        // Phase 2: 24 forced disconnects in the middle of bursts, alternating 1001 closes and
        // takeovers (dropped without a close frame), still with duplicated pushes.
        f.sim->faults().dropProbability = 0;
        for (int round = 0; round < 24; ++round) {
            QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 10000);
            QCOMPARE(f.sim->emitBurst(exec, 100), 100);
            QTRY_VERIFY_WITH_TIMEOUT(sink.ids.size() >= expected + 30, 10000);
            if (round % 2 == 0)
                QCOMPARE(f.sim->closeDeliverySockets(1001, recipient), 1);
            else
                QCOMPARE(f.sim->forceTakeover(recipient), 1);
            expected += 100;
            QTRY_COMPARE_WITH_TIMEOUT(int(sink.ids.size()), expected, 30000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 10000);
        QCOMPARE(int(sink.ids.size()), initial + 4400);
        qInfo("random drops %lld, reconnects %lld, duplicates dropped %lld, takeovers %lld", randomDrops,
            sub.reconnectCount(), sub.duplicateCount(), sub.takeoverCount());

        QCOMPARE(sink.appDuplicates, 0);
        QVERIFY2(sink.increasing, "pushes reached the application out of row-id order");
        QVERIFY2(sub.reconnectCount() >= 24, qPrintable(QString::number(sub.reconnectCount())));
        QVERIFY(sub.duplicateCount() > 0);
        QVERIFY(takeovers.count() >= 12);
        QVERIFY(sub.takeoverCount() >= 12);
        // Every row acked: nothing pending or delivered-unacked is left on the server.
        QTRY_VERIFY_WITH_TIMEOUT(f.sim->stats().outboxPending == 0 && f.sim->stats().outboxDelivered == 0, 10000);
        QVERIFY(f.sim->stats().outboxAcked >= initial + 4400);
        QCOMPARE(sub.pushCount(), qint64(initial + 4400));
    }

    void dedupWindowStaysBounded()
    {
        SimFixture f;
        QVERIFY(f.start());
        const QString exec = f.sim->createExecutions(1, QStringLiteral("Running")).value(0);
        DeliverySubscription sub(f.endpoint(), QStringLiteral("exec_events:") + exec);
        sub.setTiming(fastTiming());
        // A small window: replays after drops are larger than it; the floor keeps them out.
        sub.setDedupWindowCapacity(64);
        sub.setMaxBatchSize(16);
        Sink sink;
        collect(&sub, &sink);
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
        const int initial = int(sink.ids.size());
        f.sim->faults().duplicatePushes = true;
        f.sim->faults().dropProbability = 0.002;
        for (int round = 1; round <= 10; ++round) {
            QCOMPARE(f.sim->emitBurst(exec, 2000), 2000);
            QTRY_VERIFY_WITH_TIMEOUT(sink.seen.size() >= initial + 2000 * round, 30000);
            QVERIFY2(sink.maxWindow <= 64, qPrintable(QString::number(sink.maxWindow)));
        }
        QCOMPARE(sub.dedupWindowSize(), 64);
        QTRY_VERIFY_WITH_TIMEOUT(f.sim->stats().outboxPending == 0 && f.sim->stats().outboxDelivered == 0, 10000);
        QVERIFY(sub.reconnectCount() > 0);
        QCOMPARE(sink.appDuplicates, 0);
        QVERIFY(sub.highestSeenId() >= sink.ids.last());
    }

    // Ids are 64-bit outbox row ids: above 2^53 a double can no longer tell neighbours apart.
    void idsAbove2To53StayExact()
    {
        ScriptedServer server;
        const QString recipient = QStringLiteral("r");
        DeliverySubscription sub(server.endpoint(), recipient);
        QList<DeliveryPush> got;
        QVERIFY(goLive(&sub, &got));
        const qint64 big = qint64(1) << 53;
        const QList<qint64> ids { big, big + 1, big + 2, std::numeric_limits<qint64>::max() };
        for (qint64 id : ids)
            server.sendAll(pushFrame(id, recipient, QByteArray::number(id)));
        QTRY_COMPARE(got.size(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(got.at(i).id, ids.at(i));
            QCOMPARE(got.at(i).payload, QByteArray::number(ids.at(i))); // each row with its own id
        }
        QCOMPARE(sub.duplicateCount(), qint64(0));
        QCOMPARE(sub.highestSeenId(), std::numeric_limits<qint64>::max());
        QTRY_COMPARE(server.countReceived(QStringLiteral("ack")), ids.size());
        QList<qint64> acked;
        for (const QString& t : std::as_const(server.received)) {
            const QJsonObject o = QJsonDocument::fromJson(t.toUtf8()).object();
            if (o.value(QLatin1String("type")).toString() == QLatin1String("ack"))
                acked.append(o.value(QLatin1String("id")).toInteger());
        }
        QCOMPARE(acked, ids);
    }

    // One bogus huge id must not become the dedup floor once evicted (it dropped the last 807
    // of 9,000 pushes before): the floor never rises above the ids the window still holds.
    void oneBogusHugeIdDoesNotPoisonTheFloor()
    {
        ScriptedServer server;
        const QString recipient = QStringLiteral("r");
        DeliverySubscription sub(server.endpoint(), recipient);
        sub.setTiming(fastTiming());
        Sink sink;
        collect(&sub, &sink);
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
        const qint64 bogus = qint64(1) << 62;
        server.sendAll(pushFrame(1, recipient, "{}"));
        server.sendAll(pushFrame(bogus, recipient, "{}"));
        for (qint64 id = 2; id <= 8999; ++id)
            server.sendAll(pushFrame(id, recipient, "{}"));
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.seen.size()), 9000, 30000);
        QCOMPARE(sink.appDuplicates, 0);
        QCOMPARE(sub.duplicateCount(), qint64(0));
        // The bogus id, long evicted from the window, still counts as seen; later ids flow on.
        server.sendAll(pushFrame(bogus, recipient, "{}"));
        server.sendAll(pushFrame(9000, recipient, "{}"));
        QTRY_COMPARE(int(sink.seen.size()), 9001);
        QCOMPARE(sub.duplicateCount(), qint64(1));
        QCOMPARE(sink.appDuplicates, 0);
    }

    // A burst that the client reads in one go is handed over one batch per event-loop turn:
    // the application's own events run between two batches. (All batches of a burst used to be
    // emitted back to back inside one read, stalling the GUI thread for the whole burst.)
    void burstIsEmittedOneBatchPerTurn()
    {
        ScriptedServer server;
        const QString recipient = QStringLiteral("r");
        DeliverySubscription sub(server.endpoint(), recipient);
        sub.setMaxBatchSize(50);
        QList<DeliveryPush> got;
        QVERIFY(goLive(&sub, &got));
        TurnProbe probe(&sub);
        // Written without returning to the event loop: the frames reach the client together.
        for (qint64 id = 1; id <= 2000; ++id)
            server.sendAll(pushFrame(id, recipient, "{}"));
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 2000, 30000);
        QCOMPARE(probe.largest, 50);
        QVERIFY(probe.batches >= 40);
        QCOMPARE(probe.batchesWithoutTurn, 0);
        QTRY_COMPARE(server.countReceived(QStringLiteral("ack")), 2000);
    }

    // At most 64 batches wait for their turn: beyond, batches are emitted as the frames are
    // read, so a slow application keeps the socket (and the memory) in check.
    void pendingPushesAreBounded()
    {
        ScriptedServer server;
        const QString recipient = QStringLiteral("r");
        DeliverySubscription sub(server.endpoint(), recipient);
        sub.setMaxBatchSize(1); // 64 pushes may wait
        QList<DeliveryPush> got;
        QVERIFY(goLive(&sub, &got));
        TurnProbe probe(&sub);
        for (qint64 id = 1; id <= 2000; ++id)
            server.sendAll(pushFrame(id, recipient, "{}"));
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 2000, 30000);
        for (int i = 0; i < got.size(); ++i)
            QCOMPARE(got.at(i).id, qint64(i + 1));
        QVERIFY2(probe.batchesWithoutTurn > 0, "every push waited for a turn of its own: nothing bounds the queue");
    }

    void fatalCloseCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("4426 version") << 4426;
        QTest::newRow("4400 bad frame") << 4400;
    }
    void fatalCloseCodes()
    {
        QFETCH(int, code);
        SimFixture f;
        QVERIFY(f.start());
        const QString exec = f.sim->createExecutions(1, QStringLiteral("Running")).value(0);
        const QString recipient = QStringLiteral("exec_events:") + exec;
        DeliverySubscription sub(f.endpoint(), recipient);
        sub.setTiming(fastTiming());
        QSignalSpy failed(&sub, &DeliverySubscription::failed);
        QSignalSpy lastErrorChanged(&sub, &DeliverySubscription::lastErrorChanged);
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
        QVERIFY(!sub.lastError().isError());
        QCOMPARE(f.sim->closeDeliverySockets(code, recipient), 1);
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Failed, 5000);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!lastErrorChanged.isEmpty());
        QCOMPARE(lastErrorChanged.last().first().value<Error>(), sub.lastError());
        QCOMPARE(sub.error(), sub.lastError()); // the deprecated name still answers
        QCOMPARE(sub.error().kind, Error::Kind::Protocol);
        QCOMPARE(sub.error().code, QStringLiteral("ws_close_%1").arg(code));
        QSignalSpy state(&sub, &DeliverySubscription::stateChanged);
        QVERIFY(!state.wait(400)); // no retry
        QCOMPARE(sub.connectionAttempts(), qint64(1));
        QCOMPARE(f.sim->stats().deliveryConnections, qint64(1));
    }

    void goingAwayReconnects()
    {
        SimFixture f;
        QVERIFY(f.start());
        const QString exec = f.sim->createExecutions(1, QStringLiteral("Running")).value(0);
        const QString recipient = QStringLiteral("exec_events:") + exec;
        DeliverySubscription sub(f.endpoint(), recipient);
        sub.setTiming(fastTiming());
        QSignalSpy reconnecting(&sub, &DeliverySubscription::reconnecting);
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
        QCOMPARE(f.sim->closeDeliverySockets(1001, recipient), 1);
        QTRY_COMPARE_WITH_TIMEOUT(reconnecting.count(), 1, 5000);
        QCOMPARE(reconnecting.at(0).at(1).value<Error>().code, QStringLiteral("ws_close_1001"));
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
        QCOMPARE(sub.takeoverCount(), qint64(0));
    }

    void takeoverIsVisible()
    {
        SimFixture f;
        QVERIFY(f.start());
        const QString exec = f.sim->createExecutions(1, QStringLiteral("Running")).value(0);
        const QString recipient = QStringLiteral("exec_events:") + exec;
        DeliverySubscription sub(f.endpoint(), recipient);
        sub.setTiming(fastTiming());
        QSignalSpy takeovers(&sub, &DeliverySubscription::takenOver);
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
        for (int round = 1; round <= 3; ++round) {
            QCOMPARE(f.sim->forceTakeover(recipient), 1);
            QTRY_COMPARE_WITH_TIMEOUT(takeovers.count(), round, 5000);
            QCOMPARE(takeovers.last().at(0).toInt(), round); // consecutive, backoff not reset
            QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
        }
        QCOMPARE(sub.takeoverCount(), qint64(3));
        QVERIFY(f.sim->stats().takeovers >= 3);
        QCOMPARE(sub.connectionAttempts(), qint64(4)); // one reconnect per takeover, no tight loop
    }

    void bogusTicketFailsAfterOneRetry()
    {
        SimFixture f;
        QVERIFY(f.start());
        StreamEndpoint e = f.endpoint();
        e.mintTicket = [] { return readyTicket(QStringLiteral("00000000-0000-0000-0000-000000000000")); };
        DeliverySubscription sub(e, QStringLiteral("exec_events:x"));
        sub.setTiming(fastTiming());
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Failed, 5000);
        QCOMPARE(sub.error().kind, Error::Kind::Api);
        QCOMPARE(sub.error().httpStatus, 401);
        QCOMPARE(sub.connectionAttempts(), qint64(2));
        QSignalSpy state(&sub, &DeliverySubscription::stateChanged);
        QVERIFY(!state.wait(300));
        QCOMPARE(sub.connectionAttempts(), qint64(2));
    }

    void reusedTicketFails()
    {
        SimFixture f;
        QVERIFY(f.start());
        const QString exec = f.sim->createExecutions(1, QStringLiteral("Running")).value(0);
        const QString recipient = QStringLiteral("exec_events:") + exec;
        auto first = f.client->createWsTicket();
        QTRY_VERIFY_WITH_TIMEOUT(first.isFinished(), 5000);
        QVERIFY(first.result().ok());
        const QString ticket = first.result().value().ticket;
        StreamEndpoint e = f.endpoint();
        e.mintTicket = [ticket] { return readyTicket(ticket); }; // the same ticket every time
        DeliverySubscription sub(e, recipient);
        sub.setTiming(fastTiming());
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
        f.sim->closeDeliverySockets(1001, recipient);
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Failed, 5000);
        QCOMPARE(sub.error().httpStatus, 401);
        QCOMPARE(sub.connectionAttempts(), qint64(3)); // live, reused (401), one more (401)
    }

    void expiredTicketFails()
    {
        SimFixture f;
        QVERIFY(f.start());
        CloacinaSim::Simulator* sim = f.sim.get();
        int minted = 0;
        // Each ticket is invalidated right after it was minted, before the upgrade uses it.
        StreamEndpoint expiring = f.endpoint();
        auto base = expiring.mintTicket;
        expiring.mintTicket = [base, sim, &minted] {
            return base().then(sim, [sim, &minted](const Result<QString>& r) {
                ++minted;
                sim->expireTickets();
                return r;
            });
        };
        DeliverySubscription sub(expiring, QStringLiteral("exec_events:x"));
        sub.setTiming(fastTiming());
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Failed, 5000);
        QCOMPARE(sub.error().kind, Error::Kind::Api);
        QCOMPARE(sub.error().httpStatus, 401);
        QCOMPARE(sub.connectionAttempts(), qint64(2));
        QCOMPARE(minted, 2);
    }

    void forbiddenUpgradeFailsAtOnce()
    {
        RefusingServer refusing(403);
        DeliverySubscription sub(refusing.endpoint(), QStringLiteral("exec_events:x"));
        sub.setTiming(fastTiming());
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Failed, 5000);
        QCOMPARE(sub.error().kind, Error::Kind::Api);
        QCOMPARE(sub.error().httpStatus, 403);
        QCOMPARE(refusing.connections, 1);
        QCOMPARE(sub.connectionAttempts(), qint64(1));
    }

    void unauthorizedKeyFailsAtTicket()
    {
        SimFixture f;
        QVERIFY(f.start());
        f.client->setApiKey(QStringLiteral("wrong-key"));
        DeliverySubscription sub(f.endpoint(), QStringLiteral("exec_events:x"));
        sub.setTiming(fastTiming());
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Failed, 5000);
        QCOMPARE(sub.error().httpStatus, 401);
        QCOMPARE(sub.connectionAttempts(), qint64(1));
        QCOMPARE(f.sim->stats().deliveryConnections, qint64(0));
    }

    void serverDownRetriesWithBackoff()
    {
        // A port nobody listens on: reconnects continue with growing delays, never a tight loop.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        StreamEndpoint e;
        e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        e.mintTicket = [] { return readyTicket(QStringLiteral("t")); };
        DeliverySubscription sub(e, QStringLiteral("exec_events:x"));
        StreamTiming t = fastTiming();
        t.initialBackoffMs = 20;
        t.maxBackoffMs = 160;
        sub.setTiming(t);
        QSignalSpy reconnecting(&sub, &DeliverySubscription::reconnecting);
        sub.start();
        QTRY_VERIFY_WITH_TIMEOUT(reconnecting.count() >= 6, 5000);
        QCOMPARE(sub.state(), DeliverySubscription::State::Reconnecting);
        for (const auto& args : std::as_const(reconnecting))
            QVERIFY(args.at(0).toInt() >= 10 && args.at(0).toInt() <= 160);
        QVERIFY(reconnecting.at(5).at(0).toInt() >= 80); // capped growth reached
        sub.stop();
        QCOMPARE(sub.state(), DeliverySubscription::State::Ended);
    }

    void scriptedProtocolChecks()
    {
        ScriptedServer server;
        const QString recipient = QStringLiteral("exec_events:s");
        DeliverySubscription sub(server.endpoint(), recipient);
        QList<DeliveryPush> got;
        QVERIFY(goLive(&sub, &got));
        QTRY_COMPARE(server.countReceived(QStringLiteral("hello")), 1);
        const QJsonObject hello = QJsonDocument::fromJson(server.received.first().toUtf8()).object();
        QCOMPARE(hello.value(QLatin1String("protocol_version")).toInt(), 1);
        QVERIFY(hello.contains(QLatin1String("since_id")) && hello.value(QLatin1String("since_id")).isNull());

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown kind.*mystery")));
        server.sendAll(pushFrame(1, recipient, "{}"));
        server.sendAll(pushFrame(1, recipient, "{}")); // duplicate: delivered once, acked twice
        server.sendAll(pushFrame(2, recipient, "x", QStringLiteral("mystery"))); // skipped, acked
        server.sendAll(pushFrame(3, recipient, "m", QStringLiteral("ops_metrics:global"))); // skipped, not acked
        server.sendAll(pushFrame(4, recipient, "{\"a\":1}"));
        QTRY_COMPARE(got.size(), 2);
        QCOMPARE(got.at(0).id, qint64(1));
        QCOMPARE(got.at(1).payload, QByteArray("{\"a\":1}"));
        QTRY_COMPARE(server.countReceived(QStringLiteral("ack")), 4); // 1, 1, 2, 4
        for (const QString& t : std::as_const(server.received))
            QVERIFY(QJsonDocument::fromJson(t.toUtf8()).object().value(QLatin1String("id")).toInt() != 3);

        // An unknown major version is fatal.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("failed:.*version 2")));
        server.sendAll(pushFrame(5, recipient, "{}", QStringLiteral("execution_event"), 2));
        QTRY_COMPARE(sub.state(), DeliverySubscription::State::Failed);
        QCOMPARE(sub.error().kind, Error::Kind::Protocol);
        QCOMPARE(server.connections, 1);
    }

    void malformedPushIsFatal_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("missing payload") << QStringLiteral("payload_b64");
        QTest::newRow("bad base64") << QStringLiteral("base64");
        QTest::newRow("string id") << QStringLiteral("id");
    }
    void malformedPushIsFatal()
    {
        QFETCH(QString, field);
        ScriptedServer server;
        DeliverySubscription sub(server.endpoint(), QStringLiteral("r"));
        sub.setTiming(fastTiming());
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
        QJsonObject frame = pushFrame(1, QStringLiteral("r"), "{}");
        if (field == QLatin1String("payload_b64"))
            frame.remove(field);
        else if (field == QLatin1String("base64"))
            frame.insert(QStringLiteral("payload_b64"), QStringLiteral("!!!"));
        else
            frame.insert(QStringLiteral("id"), QStringLiteral("1"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("failed:")));
        server.sendAll(frame);
        QTRY_COMPARE(sub.state(), DeliverySubscription::State::Failed);
        QCOMPARE(sub.error().kind, Error::Kind::Protocol);
    }

    void frameAboveTheConfiguredLimitIsRefused()
    {
        ScriptedServer server;
        const QString recipient = QStringLiteral("r");
        DeliverySubscription sub(server.endpoint(), recipient);
        StreamTiming timing = fastTiming();
        timing.maxIncomingMessageBytes = 64 * 1024;
        sub.setTiming(timing);
        QList<DeliveryPush> got;
        connect(&sub, &DeliverySubscription::pushesReceived, this, [&got](const QList<DeliveryPush>& b) { got += b; });
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
        server.sendAll(pushFrame(1, recipient, QByteArray(32 * 1024, 'a'))); // 43 KiB of base64: fine
        QTRY_COMPARE(got.size(), 1);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("failed:.*1009")));
        server.sendAll(pushFrame(2, recipient, QByteArray(64 * 1024, 'b'))); // 85 KiB: refused unread
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Failed, 5000);
        QCOMPARE(sub.error().kind, Error::Kind::Protocol);
        QCOMPARE(sub.error().code, QStringLiteral("ws_close_1009"));
        QCOMPARE(got.size(), 1);
        QCOMPARE(server.connections, 1); // not retried: the server would resend the same row
    }

    void destroyMidConnect()
    {
        SimFixture f;
        QVERIFY(f.start());
        {
            auto* sub = new DeliverySubscription(f.endpoint(), QStringLiteral("exec_events:a"));
            sub->start(); // ticket pending
            delete sub;
        }
        {
            auto* sub = new DeliverySubscription(f.endpoint(), QStringLiteral("exec_events:b"));
            sub->start();
            QTRY_VERIFY(f.sim->stats().httpRequests >= 1); // ticket minted; upgrade on its way
            delete sub;
        }
        {
            auto* sub = new DeliverySubscription(f.endpoint(), QStringLiteral("exec_events:c"));
            sub->start();
            QTRY_COMPARE(sub->state(), DeliverySubscription::State::Live);
            sub->stop();
            delete sub;
        }
        QTRY_COMPARE_WITH_TIMEOUT(f.sim->stats().activeDeliveryConnections, qint64(0), 5000);
    }

    void stopEndsCleanly()
    {
        SimFixture f;
        QVERIFY(f.start());
        DeliverySubscription sub(f.endpoint(), QStringLiteral("exec_events:z"));
        sub.setTiming(fastTiming());
        sub.start();
        QTRY_COMPARE(sub.state(), DeliverySubscription::State::Live);
        sub.stop();
        QCOMPARE(sub.state(), DeliverySubscription::State::Ended);
        QTRY_COMPARE_WITH_TIMEOUT(f.sim->stats().activeDeliveryConnections, qint64(0), 3000);
        sub.start(); // restartable
        QTRY_COMPARE(sub.state(), DeliverySubscription::State::Live);
    }
};

QTEST_GUILESS_MAIN(TstDelivery)
#include "tst_delivery.moc"

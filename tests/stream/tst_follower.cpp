// ExecutionFollower against the simulator: history + pushes + polling merged by event id.
#include "streamtestutil.h"

#include <cloacina/executionfollower.h>
#include <cloacina/types.h>

#include <QSet>

#include <memory>
#include <optional>

using namespace Cloacina;
using namespace StreamTest;

class TstFollower : public QObject {
    Q_OBJECT

    struct Sink {
        QList<RunEvent> events;
        QSet<QString> ids;
        int duplicates = 0;
        int batches = 0;
        QList<RunEvent> updated;
        QList<ExecutionFollower::Source> sources;
    };

    static void collect(ExecutionFollower* f, Sink* s)
    {
        QObject::connect(f, &ExecutionFollower::eventsReceived, f, [s](const QList<RunEvent>& batch) {
            ++s->batches;
            for (const RunEvent& e : batch) {
                if (s->ids.contains(e.id))
                    ++s->duplicates;
                s->ids.insert(e.id);
                s->events.append(e);
            }
        });
        QObject::connect(f, &ExecutionFollower::eventsUpdated, f, [s](const QList<RunEvent>& b) { s->updated += b; });
        QObject::connect(f, &ExecutionFollower::sourceChanged, f,
            [s](ExecutionFollower::Source source) { s->sources.append(source); });
    }

    static FollowerTiming fast()
    {
        FollowerTiming t;
        t.pollIntervalMs = 200;
        t.silenceMs = 400;
        t.stream = fastTiming();
        return t;
    }

    //! fast(), but a live socket is trusted: no polling while it is up.
    static FollowerTiming trustingTheSocket()
    {
        FollowerTiming t = fast();
        t.silenceMs = 60000;
        return t;
    }

    //! Collects \a follower's signals into \a sink, starts it with trustingTheSocket() and waits
    //! until its socket is live.
    static bool startTrustingTheSocket(ExecutionFollower& follower, Sink& sink)
    {
        follower.setTiming(trustingTheSocket());
        collect(&follower, &sink);
        follower.start();
        return QTest::qWaitFor([&follower] { return follower.source() == ExecutionFollower::Source::Live; }, 5000);
    }

    static int historySize(SimFixture& f, const QString& id)
    {
        auto future = f.client->getExecutionEvents(id);
        QElapsedTimer clock;
        clock.start();
        while (!future.isFinished() && clock.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!future.isFinished())
            return -1;
        return future.result() ? int(future.result().value().events.size()) : -1;
    }

    //! A follower backend whose answers the test sets: status, history (or an error), no tasks,
    //! and the delivery socket of a ScriptedServer.
    struct ScriptedBackend {
        QString status = QStringLiteral("Running");
        QList<RunEvent> history;
        std::optional<QList<RunTask>> tasks; // the task rows, when the backend serves them
        std::optional<Error> historyError;
        bool deferHistory = false; // the next history answers wait for answerHistory()
        QList<std::shared_ptr<QPromise<Result<QList<RunEvent>>>>> pendingHistory;
        int statusCalls = 0;
        int historyCalls = 0;
        void answerHistory()
        {
            for (const auto& p : std::as_const(pendingHistory)) {
                p->addResult(Result<QList<RunEvent>>(history));
                p->finish();
            }
            pendingHistory.clear();
        }
        ExecutionFollowerBackend make(const StreamEndpoint& stream)
        {
            ExecutionFollowerBackend b;
            b.stream = stream;
            b.fetchStatus = [this] {
                ++statusCalls;
                return settled(Result<QString>(status));
            };
            b.fetchEvents = [this] {
                ++historyCalls;
                if (deferHistory) {
                    auto promise = std::make_shared<QPromise<Result<QList<RunEvent>>>>();
                    promise->start();
                    pendingHistory.append(promise);
                    return promise->future();
                }
                return historyError ? settled(Result<QList<RunEvent>>(*historyError))
                                    : settled(Result<QList<RunEvent>>(history));
            };
            if (tasks)
                b.fetchTasks = [this] { return settled(Result<QList<RunTask>>(*tasks)); };
            return b;
        }
    };

    static RunEvent historyEvent(const QString& exec, const QString& id, const QString& type, qint64 seq)
    {
        RunEvent e;
        e.id = id;
        e.executionId = exec;
        e.eventType = type;
        e.createdAtText = QStringLiteral("2026-12-01T10:00:%1Z").arg(seq, 2, 10, QLatin1Char('0'));
        e.eventData = QJsonValue(QJsonValue::Null);
        e.sequenceNum = seq;
        return e;
    }

    static QByteArray pushPayload(const QString& exec, const QString& id, const QString& type, const QString& task = {})
    {
        return QJsonDocument(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("workflow_execution_id"), exec },
                                 { QStringLiteral("task_execution_id"), task.isEmpty() ? QJsonValue() : QJsonValue(task) },
                                 { QStringLiteral("event_type"), type },
                                 { QStringLiteral("created_at"), QStringLiteral("2026-12-01T10:00:00Z") },
                                 { QStringLiteral("event_data"), QJsonValue() } })
            .toJson(QJsonDocument::Compact);
    }

    static QStringList idsOf(const QList<RunEvent>& events)
    {
        QStringList ids;
        for (const RunEvent& e : events)
            ids.append(e.id);
        return ids;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        qRegisterMetaType<QList<RunEvent>>();
    }

    void historyThenLiveExactlyOnce()
    {
        SimFixture f;
        QVERIFY(f.start());
        const QString exec = f.sim->createExecutions(1, QStringLiteral("Running")).value(0);
        const int initialHistory = historySize(f, exec);
        QVERIFY(initialHistory > 0);
        ExecutionFollower follower(followerBackend(f.client.get(), exec), exec);
        follower.setTiming(fast());
        follower.setRetainEvents(true); // events() below
        Sink sink;
        collect(&follower, &sink);
        QSignalSpy tasks(&follower, &ExecutionFollower::tasksChanged);
        follower.start();
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.events.size()), initialHistory, 5000);
        QCOMPARE(sink.batches, 1); // the history is one batch
        QVERIFY(tasks.count() >= 1);
        QCOMPARE(follower.status(), QStringLiteral("Running"));
        QTRY_VERIFY_WITH_TIMEOUT(follower.subscription()
                && follower.subscription()->state() == DeliverySubscription::State::Live,
            5000);

        f.sim->faults().duplicatePushes = true;
        f.sim->faults().dropProbability = 0.003;
        for (int round = 0; round < 5; ++round) {
            QCOMPARE(f.sim->emitBurst(exec, 600), 600);
            QTRY_COMPARE_WITH_TIMEOUT(int(sink.ids.size()), initialHistory + 600 * (round + 1), 30000);
            f.sim->closeDeliverySockets(1001);
        }
        QCOMPARE(sink.duplicates, 0);
        QVERIFY(sink.batches < int(sink.events.size()) / 10); // batches, not one signal per event
        QVERIFY(follower.subscription()->pushCount() > 0);
        // The fifth close is seen once the loop runs again.
        QTRY_VERIFY_WITH_TIMEOUT(follower.subscription()->reconnectCount() >= 5, 10000);

        // Ordering becomes known once REST has seen every event.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<RunEvent> all = follower.events();
                return std::all_of(all.cbegin(), all.cend(), [](const RunEvent& e) { return e.sequenceNum.has_value(); });
            }(),
            10000);
        const QList<RunEvent> ordered = follower.events();
        QCOMPARE(int(ordered.size()), initialHistory + 3000);
        for (int i = 1; i < ordered.size(); ++i)
            QVERIFY(*ordered.at(i - 1).sequenceNum < *ordered.at(i).sequenceNum);
        for (const RunEvent& e : std::as_const(sink.updated))
            QVERIFY(e.sequenceNum.has_value());
        follower.stop();
        QCOMPARE(follower.source(), ExecutionFollower::Source::Ended);
    }

    void pushedEventsGetTheirSequenceLater()
    {
        SimFixture f;
        QVERIFY(f.start());
        const QString exec = f.sim->createExecutions(1, QStringLiteral("Running")).value(0);
        ExecutionFollower follower(followerBackend(f.client.get(), exec), exec);
        follower.setTiming(trustingTheSocket());
        Sink sink;
        collect(&follower, &sink);
        follower.start();
        QTRY_VERIFY_WITH_TIMEOUT(follower.source() == ExecutionFollower::Source::Live, 5000);
        const int before = int(sink.events.size());
        const int polls = follower.pollCount();
        QCOMPARE(f.sim->emitBurst(exec, 20), 20);
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.events.size()), before + 20, 5000);
        for (int i = before; i < sink.events.size(); ++i) {
            QCOMPARE(sink.events.at(i).origin, RunEvent::Origin::Push);
            QVERIFY(!sink.events.at(i).sequenceNum);
        }
        QCOMPARE(follower.pollCount(), polls);
        QCOMPARE(follower.source(), ExecutionFollower::Source::Live);
        // A lost socket triggers a REST catch-up, which fills the sequence numbers.
        f.sim->closeDeliverySockets(1001);
        QTRY_VERIFY_WITH_TIMEOUT(sink.updated.size() >= 20, 5000);
        for (const RunEvent& e : std::as_const(sink.updated))
            QVERIFY(e.sequenceNum.has_value());
        QCOMPARE(int(sink.events.size()), before + 20); // updates are not new events
    }

    void liveRunEnds_data()
    {
        QTest::addColumn<bool>("pushless");
        QTest::newRow("pushes") << false;
        QTest::newRow("push-less") << true;
    }
    void liveRunEnds()
    {
        QFETCH(bool, pushless);
        CloacinaSim::Options options;
        options.pushless = pushless;
        options.taskMinMs = 30;
        options.taskMaxMs = 120;
        SimFixture f;
        QVERIFY(f.start(options));
        for (int run = 0; run < 3; ++run) {
            const QString exec = f.sim->startExecution();
            QVERIFY(!exec.isEmpty());
            ExecutionFollower follower(followerBackend(f.client.get(), exec), exec);
            follower.setTiming(fast());
            Sink sink;
            collect(&follower, &sink);
            QSignalSpy finished(&follower, &ExecutionFollower::finished);
            follower.start();
            QVERIFY(finished.wait(20000));
            const QString status = finished.first().first().toString();
            QCOMPARE(status, f.sim->executionStatus(exec));
            QVERIFY(isTerminalExecutionStatus(status));
            QCOMPARE(follower.source(), ExecutionFollower::Source::Ended);
            QCOMPARE(sink.duplicates, 0);
            QCOMPARE(int(sink.ids.size()), historySize(f, exec));
            QVERIFY(sink.events.last().isTerminalType() || status == QLatin1String("Cancelled"));
            if (pushless && follower.subscription())
                QCOMPARE(follower.subscription()->pushCount(), qint64(0));
        }
    }

    void pushlessBurstArrivesByPolling()
    {
        CloacinaSim::Options options;
        options.pushless = true;
        SimFixture f;
        QVERIFY(f.start(options));
        const QString exec = f.sim->createExecutions(1, QStringLiteral("Running")).value(0);
        ExecutionFollower follower(followerBackend(f.client.get(), exec), exec);
        follower.setTiming(fast());
        Sink sink;
        collect(&follower, &sink);
        follower.start();
        QTRY_VERIFY_WITH_TIMEOUT(follower.subscription()
                && follower.subscription()->state() == DeliverySubscription::State::Live,
            5000);
        const int before = int(sink.events.size());
        QCOMPARE(f.sim->emitBurst(exec, 1000), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.events.size()), before + 1000, 10000);
        QCOMPARE(follower.source(), ExecutionFollower::Source::Polling); // silent socket
        QVERIFY(sink.sources.contains(ExecutionFollower::Source::Polling));
        QCOMPARE(sink.duplicates, 0);
        // The first history is History; what the polling fallback brought later is Poll.
        QCOMPARE(sink.events.first().origin, RunEvent::Origin::History);
        for (int i = before; i < sink.events.size(); ++i)
            QCOMPARE(sink.events.at(i).origin, RunEvent::Origin::Poll);
    }

    // A follower that takes over from another (RunSession::reconnect) emits only what is new,
    // and reports what REST teaches about the events it was told of.
    void knownEventsAreNotEmittedAgain()
    {
        ScriptedBackend backend;
        const QString exec = QStringLiteral("00000000-0000-4000-8000-000000000001");
        for (int i = 1; i <= 4; ++i)
            backend.history.append(historyEvent(exec, QStringLiteral("e%1").arg(i), QStringLiteral("task_completed"), i));
        RunEvent pushed = backend.history.at(1); // delivered as a push: no sequence yet
        pushed.sequenceNum.reset();
        pushed.origin = RunEvent::Origin::Push;
        ExecutionFollower follower(backend.make(StreamEndpoint()), exec);
        follower.setTiming(fast());
        follower.setKnownEvents({ backend.history.at(0), pushed });
        Sink sink;
        collect(&follower, &sink);
        follower.start();
        QTRY_COMPARE(int(sink.events.size()), 2);
        QCOMPARE(idsOf(sink.events), (QStringList { QStringLiteral("e3"), QStringLiteral("e4") }));
        QCOMPARE(sink.updated.size(), 1);
        QCOMPARE(sink.updated.first().id, QStringLiteral("e2"));
        QCOMPARE(sink.updated.first().sequenceNum.value_or(-1), qint64(2));
        QCOMPARE(sink.updated.first().origin, RunEvent::Origin::Push); // where it was first seen
        QCOMPARE(follower.eventCount(), 4);
        QTRY_VERIFY(follower.pollCount() >= 2); // later cycles add nothing
        QCOMPARE(int(sink.events.size()), 2);
        QCOMPARE(sink.duplicates, 0);
    }

    void socketFailureLeavesPolling()
    {
        SimFixture f;
        QVERIFY(f.start());
        const QString exec = f.sim->createExecutions(1, QStringLiteral("Running")).value(0);
        ExecutionFollower follower(followerBackend(f.client.get(), exec), exec);
        follower.setTiming(fast());
        Sink sink;
        collect(&follower, &sink);
        QSignalSpy errors(&follower, &ExecutionFollower::errorOccurred);
        QSignalSpy failed(&follower, &ExecutionFollower::failed);
        follower.start();
        QTRY_VERIFY_WITH_TIMEOUT(follower.source() == ExecutionFollower::Source::Live, 5000);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("failed:.*4426")));
        f.sim->closeDeliverySockets(4426);
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1, 5000);
        QCOMPARE(errors.last().first().value<Error>().kind, Error::Kind::Protocol);
        QTRY_COMPARE(follower.source(), ExecutionFollower::Source::Polling);
        const int before = int(sink.events.size());
        QCOMPARE(f.sim->emitBurst(exec, 50), 50);
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.events.size()), before + 50, 5000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!follower.isEnded());
    }

    void unknownExecutionIsFatal()
    {
        SimFixture f;
        QVERIFY(f.start());
        const QString exec = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ExecutionFollower follower(followerBackend(f.client.get(), exec), exec);
        follower.setTiming(fast());
        QSignalSpy failed(&follower, &ExecutionFollower::failed);
        QSignalSpy finished(&follower, &ExecutionFollower::finished);
        follower.start();
        QVERIFY(failed.wait(5000));
        const Error e = failed.first().first().value<Error>();
        QCOMPARE(e.httpStatus, 404);
        QVERIFY(!e.requestId.isEmpty());
        QCOMPARE(follower.source(), ExecutionFollower::Source::Ended);
        QCOMPARE(finished.count(), 0);
    }

    // A pushed workflow_completed is not emitted before the events the history lists before it
    // (a competing consumer took task_completed's push; REST recovers it afterwards).
    void terminalPushWaitsForEarlierHistoryEvents()
    {
        ScriptedServer server;
        const QString exec = QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f50");
        ScriptedBackend backend;
        backend.history = { historyEvent(exec, QStringLiteral("e1"), QStringLiteral("task_started"), 1) };
        ExecutionFollower follower(backend.make(server.endpoint()), exec);
        follower.setTiming(trustingTheSocket());
        Sink sink;
        collect(&follower, &sink);
        QSignalSpy finished(&follower, &ExecutionFollower::finished);
        follower.start();
        QTRY_COMPARE_WITH_TIMEOUT(follower.source(), ExecutionFollower::Source::Live, 5000);
        QCOMPARE(idsOf(sink.events), QStringList { QStringLiteral("e1") });

        const int polls = follower.pollCount();
        server.sendAll(pushFrame(1, QStringLiteral("exec_events:") + exec, pushPayload(exec, QStringLiteral("e3"), QStringLiteral("workflow_completed"))));
        // The push triggers a REST cycle; the run is not over yet and the history already has e2.
        backend.history.append(historyEvent(exec, QStringLiteral("e2"), QStringLiteral("task_completed"), 2));
        backend.history.append(historyEvent(exec, QStringLiteral("e3"), QStringLiteral("workflow_completed"), 3));
        QTRY_VERIFY_WITH_TIMEOUT(follower.pollCount() > polls, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.events.size()), 3, 5000);
        QCOMPARE(idsOf(sink.events), (QStringList { QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("e3") }));
        QCOMPARE(sink.events.last().sequenceNum.value_or(0), qint64(3)); // placed by the history
        QCOMPARE(sink.duplicates, 0);
        backend.status = QStringLiteral("Completed");
        QVERIFY(finished.wait(5000));
        QCOMPARE(idsOf(sink.events), (QStringList { QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("e3") }));
    }

    // A push that arrives while a REST cycle is in flight (a restart: the socket came back
    // before the catch-up answered) waits for that cycle and is emitted in sequence order
    // after the earlier events the history recovers.
    void pushDuringACycleIsMergedInSequenceOrder()
    {
        ScriptedServer server;
        const QString exec = QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f54");
        ScriptedBackend backend;
        backend.history = { historyEvent(exec, QStringLiteral("e1"), QStringLiteral("task_started"), 1) };
        ExecutionFollower follower(backend.make(server.endpoint()), exec);
        Sink sink;
        QVERIFY(startTrustingTheSocket(follower, sink));
        const int historyCalls = backend.historyCalls;
        backend.deferHistory = true;
        server.sockets.last()->close(QWebSocketProtocol::CloseCodeGoingAway); // the catch-up starts
        QTRY_VERIFY_WITH_TIMEOUT(backend.historyCalls > historyCalls, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(follower.source(), ExecutionFollower::Source::Live, 5000);
        server.sendAll(pushFrame(7, QStringLiteral("exec_events:") + exec, pushPayload(exec, QStringLiteral("e4"), QStringLiteral("task_completed"))));
        QTRY_COMPARE(follower.subscription()->pushCount(), qint64(1));
        backend.history += { historyEvent(exec, QStringLiteral("e2"), QStringLiteral("task_completed"), 2),
            historyEvent(exec, QStringLiteral("e3"), QStringLiteral("task_started"), 3),
            historyEvent(exec, QStringLiteral("e4"), QStringLiteral("task_completed"), 4) };
        backend.deferHistory = false;
        backend.answerHistory();
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.events.size()), 4, 5000);
        QCOMPARE(idsOf(sink.events), (QStringList { QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("e3"), QStringLiteral("e4") }));
        QCOMPARE(sink.events.last().sequenceNum.value_or(0), qint64(4));
        QCOMPARE(sink.duplicates, 0);
    }

    // Pushes that repeat delivered events (a history row, a redelivered push, the same UUID in
    // upper case) among new ones, and one of another run: each event is emitted once, in
    // arrival order, and a later history completes the sequence_num of every push.
    void repeatedPushesAmongNewOnesAreDeliveredOnce()
    {
        ScriptedServer server;
        const QString exec = QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f58");
        const QString otherExec = QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f59");
        const auto id = [](int n) { return QStringLiteral("0b7e0d8e-1111-4222-8333-9444455556%1").arg(n, 2, 10, QLatin1Char('0')); };
        const QString done = QStringLiteral("task_completed");
        ScriptedBackend backend;
        backend.history = { historyEvent(exec, id(1), QStringLiteral("task_started"), 1), historyEvent(exec, id(2), done, 2) };
        ExecutionFollower follower(backend.make(server.endpoint()), exec);
        Sink sink;
        QVERIFY(startTrustingTheSocket(follower, sink));
        QCOMPARE(idsOf(sink.events), (QStringList { id(1), id(2) }));

        const QList<std::pair<QString, QString>> pushed { { exec, id(3) }, { exec, id(4) }, { exec, id(1) },
            { exec, id(3) }, { exec, id(4).toUpper() }, { otherExec, id(7) }, { exec, id(5) }, { exec, id(2) },
            { exec, id(6) } };
        qint64 pushId = 100;
        for (const auto& [run, event] : pushed)
            server.sendAll(pushFrame(++pushId, QStringLiteral("exec_events:") + exec, pushPayload(run, event, done)));
        QTRY_COMPARE_WITH_TIMEOUT(follower.subscription()->pushCount(), qint64(pushed.size()), 5000);
        QCOMPARE(idsOf(sink.events), (QStringList { id(1), id(2), id(3), id(4), id(5), id(6) }));
        QCOMPARE(sink.duplicates, 0);
        QCOMPARE(follower.eventCount(), 6);

        // The catch-up after a lost socket lists the pushes in order: updates, not new events.
        for (int n = 3; n <= 6; ++n)
            backend.history.append(historyEvent(exec, id(n), done, n));
        server.sockets.last()->close(QWebSocketProtocol::CloseCodeGoingAway);
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.updated.size()), 4, 5000);
        for (int n = 3; n <= 6; ++n) {
            const RunEvent& e = sink.updated.at(n - 3);
            QCOMPARE(e.id, id(n));
            QCOMPARE(e.sequenceNum.value_or(0), qint64(n));
            QCOMPARE(e.origin, RunEvent::Origin::Push);
        }
        QCOMPARE(int(sink.events.size()), 6);
        QCOMPARE(sink.duplicates, 0);
    }

    // A push names a task the follower does not know yet: the task rows complete it (an
    // update), and the next push of that task carries the name at once.
    void pushedEventsGetTheirTaskNameFromTheTaskRows()
    {
        ScriptedServer server;
        const QString exec = QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f5a");
        const QString task = QStringLiteral("7b5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f5a");
        const QString name = QStringLiteral("t::pkg::wf::extract");
        ScriptedBackend backend;
        backend.tasks = QList<RunTask>();
        ExecutionFollower follower(backend.make(server.endpoint()), exec);
        Sink sink;
        QVERIFY(startTrustingTheSocket(follower, sink));

        const QString started = QStringLiteral("0b7e0d8e-1111-4222-8333-944445555601");
        server.sendAll(pushFrame(1, QStringLiteral("exec_events:") + exec,
            pushPayload(exec, started, QStringLiteral("task_started"), task)));
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.events.size()), 1, 5000);
        QVERIFY(sink.events.first().taskName.isEmpty()); // not known yet
        RunTask row;
        row.id = task;
        row.taskName = name;
        row.status = QStringLiteral("Running");
        backend.tasks = QList<RunTask> { row };
        // The unknown task makes the next poll fetch the task rows, which complete the event.
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.updated.size()), 1, 5000);
        QCOMPARE(sink.updated.first().id, started);
        QCOMPARE(sink.updated.first().taskName, name);

        const QString completed = QStringLiteral("0b7e0d8e-1111-4222-8333-944445555602");
        server.sendAll(pushFrame(2, QStringLiteral("exec_events:") + exec,
            pushPayload(exec, completed, QStringLiteral("task_completed"), task)));
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.events.size()), 2, 5000);
        QCOMPARE(sink.events.last().id, completed);
        QCOMPARE(sink.events.last().taskName, name);
        QCOMPARE(sink.duplicates, 0);
    }

    // A history above the client's response limit is not fatal while the socket delivers the
    // run: the follower ends with the run's status once the terminal event was pushed.
    void historyTooLargeFollowsBySocket()
    {
        ScriptedServer server;
        const QString exec = QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f51");
        ScriptedBackend backend;
        Error tooLarge = Error::make(Error::Kind::Decode, QStringLiteral("response above maxResponseBytes"), QStringLiteral("get_execution_events"));
        tooLarge.code = QStringLiteral("response_too_large");
        backend.historyError = tooLarge;
        ExecutionFollower follower(backend.make(server.endpoint()), exec);
        follower.setTiming(fast());
        Sink sink;
        collect(&follower, &sink);
        QSignalSpy finished(&follower, &ExecutionFollower::finished);
        QSignalSpy failed(&follower, &ExecutionFollower::failed);
        QSignalSpy errors(&follower, &ExecutionFollower::errorOccurred);
        follower.start();
        QTRY_VERIFY_WITH_TIMEOUT(follower.subscription()
                && follower.subscription()->state() == DeliverySubscription::State::Live,
            5000);
        QCOMPARE(errors.count(), 1); // reported once
        const int historyCalls = backend.historyCalls;
        const QString recipient = QStringLiteral("exec_events:") + exec;
        server.sendAll(pushFrame(1, recipient, pushPayload(exec, QStringLiteral("p1"), QStringLiteral("task_started"))));
        server.sendAll(pushFrame(2, recipient, pushPayload(exec, QStringLiteral("p2"), QStringLiteral("task_completed"))));
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.events.size()), 2, 5000);
        backend.status = QStringLiteral("Completed");
        server.sendAll(pushFrame(3, recipient, pushPayload(exec, QStringLiteral("p3"), QStringLiteral("workflow_completed"))));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toString(), QStringLiteral("Completed"));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(idsOf(sink.events), (QStringList { QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3") }));
        QCOMPARE(backend.historyCalls, historyCalls); // not fetched again
        QCOMPARE(errors.count(), 1);
    }

    // Without a socket that can show the end of the run, a too-large history is still not
    // fatal (issue #14): the follower finishes with the run's real status, keeps the error as
    // a warning and says the history is incomplete.
    void historyTooLargeWithoutSocketFinishesWithTheRealStatus()
    {
        const QString exec = QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f52");
        ScriptedBackend backend;
        Error tooLarge = Error::make(Error::Kind::Decode, QStringLiteral("response above maxResponseBytes"), QStringLiteral("get_execution_events"));
        tooLarge.code = QStringLiteral("response_too_large");
        backend.historyError = tooLarge;
        backend.status = QStringLiteral("Completed");
        ExecutionFollower follower(backend.make(StreamEndpoint {}), exec);
        follower.setTiming(fast());
        QSignalSpy failed(&follower, &ExecutionFollower::failed);
        QSignalSpy finished(&follower, &ExecutionFollower::finished);
        QSignalSpy status(&follower, &ExecutionFollower::statusChanged);
        follower.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toString(), QStringLiteral("Completed"));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(follower.lastError().code, QStringLiteral("response_too_large"));
        QVERIFY(!follower.isHistoryComplete());
        QCOMPARE(follower.status(), QStringLiteral("Completed"));
        QCOMPARE(status.count(), 1);
    }

    // A running push-less run whose history outgrew the response limit is followed on by
    // status polls: the error is a warning reported once, never the end of the follow.
    void historyTooLargeKeepsFollowingTheStatus()
    {
        const QString exec = QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f54");
        ScriptedBackend backend;
        backend.history = { historyEvent(exec, QStringLiteral("e1"), QStringLiteral("workflow_started"), 1) };
        ExecutionFollower follower(backend.make(StreamEndpoint {}), exec);
        follower.setTiming(fast());
        Sink sink;
        collect(&follower, &sink);
        QSignalSpy errors(&follower, &ExecutionFollower::errorOccurred);
        QSignalSpy finished(&follower, &ExecutionFollower::finished);
        follower.start();
        QTRY_COMPARE(int(sink.events.size()), 1);
        Error tooLarge = Error::make(Error::Kind::Decode, QStringLiteral("response above maxResponseBytes"), QStringLiteral("get_execution_events"));
        tooLarge.code = QStringLiteral("response_too_large");
        backend.historyError = tooLarge;
        backend.status = QStringLiteral("Paused"); // a change: the next poll fetches the history
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 5000);
        const int historyCalls = backend.historyCalls;
        const int statusCalls = backend.statusCalls;
        backend.status = QStringLiteral("Running");
        QTRY_VERIFY_WITH_TIMEOUT(backend.statusCalls >= statusCalls + 4, 5000);
        QVERIFY(!follower.isEnded());
        QCOMPARE(follower.status(), QStringLiteral("Running"));
        QCOMPARE(backend.historyCalls, historyCalls); // not fetched again
        QCOMPARE(errors.count(), 1);
        QVERIFY(!follower.isHistoryComplete());
        backend.status = QStringLiteral("Completed");
        QVERIFY(finished.wait(5000));
        QCOMPARE(int(sink.events.size()), 1); // what it had is kept
    }

    // Push-less polling is cheap (issue #14): a poll that sees neither the status nor the task
    // rows change does not download the whole history again (here it is not due for 30 s), a
    // poll that sees a change does.
    void pollsFetchTheHistoryOnlyWhenSomethingChanged()
    {
        const QString exec = QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f55");
        ScriptedBackend backend;
        backend.history = { historyEvent(exec, QStringLiteral("e1"), QStringLiteral("workflow_started"), 1) };
        ExecutionFollower follower(backend.make(StreamEndpoint {}), exec);
        FollowerTiming timing = fast();
        timing.pollIntervalMs = 50;
        timing.historyMsPerThousandEvents = 10000000; // 1 event: 10 s after a change, 30 s idle
        follower.setTiming(timing);
        Sink sink;
        collect(&follower, &sink);
        follower.start();
        QTRY_COMPARE(int(sink.events.size()), 1);
        const int polls = follower.pollCount();
        QTRY_VERIFY_WITH_TIMEOUT(follower.pollCount() >= polls + 10, 10000);
        QCOMPARE(backend.historyCalls, 1);
        QCOMPARE(follower.historyFetchCount(), 1);
        QVERIFY(backend.statusCalls >= polls + 10); // the cheap part of the poll goes on

        ScriptedBackend changing;
        changing.history = backend.history;
        ExecutionFollower second(changing.make(StreamEndpoint {}), exec);
        timing.historyMsPerThousandEvents = 0; // a change is fetched at the next poll
        second.setTiming(timing);
        Sink secondSink;
        collect(&second, &secondSink);
        second.start();
        QTRY_COMPARE(int(secondSink.events.size()), 1);
        changing.history.append(historyEvent(exec, QStringLiteral("e2"), QStringLiteral("workflow_paused"), 2));
        changing.status = QStringLiteral("Paused");
        const int pollsAtChange = second.pollCount();
        QTRY_COMPARE_WITH_TIMEOUT(int(secondSink.events.size()), 2, 5000);
        QVERIFY(second.pollCount() <= pollsAtChange + 2);
    }

    // The history refetch interval grows with the run: with a large history a change is
    // still fetched, but not at every poll.
    void historyIntervalGrowsWithTheHistory()
    {
        const QString exec = QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f56");
        ScriptedBackend backend;
        for (int i = 1; i <= 100; ++i)
            backend.history.append(historyEvent(exec, QStringLiteral("e%1").arg(i), QStringLiteral("task_completed"), i));
        ExecutionFollower follower(backend.make(StreamEndpoint {}), exec);
        FollowerTiming timing = fast();
        timing.pollIntervalMs = 50;
        timing.historyMsPerThousandEvents = 10000; // 100 events: at most one history per second
        follower.setTiming(timing);
        Sink sink;
        collect(&follower, &sink);
        follower.start();
        QTRY_COMPARE(int(sink.events.size()), 100);
        QElapsedTimer clock;
        clock.start();
        int flips = 0;
        const int polls = follower.pollCount();
        while (follower.pollCount() < polls + 10) { // every poll sees a change
            backend.status = (++flips % 2) ? QStringLiteral("Paused") : QStringLiteral("Running");
            QTest::qWait(20);
        }
        const int fetches = follower.historyFetchCount() - 1;
        QVERIFY2(fetches <= int(clock.elapsed() / 1000) + 1,
            qPrintable(QStringLiteral("%1 fetches in %2 ms").arg(fetches).arg(clock.elapsed())));
    }

    // A follower that replaces another (RunSession::reconnect) gets its knowledge without a
    // copy of the events, and emits only what is new.
    void continueFromHandsOverWhatWasDelivered()
    {
        const QString exec = QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f57");
        ScriptedBackend backend;
        for (int i = 1; i <= 3; ++i)
            backend.history.append(historyEvent(exec, QStringLiteral("6a5f0c2e-0000-4000-8000-00000000000%1").arg(i),
                QStringLiteral("task_completed"), i));
        ExecutionFollower first(backend.make(StreamEndpoint {}), exec);
        first.setTiming(fast());
        Sink firstSink;
        collect(&first, &firstSink);
        first.start();
        QTRY_COMPARE(int(firstSink.events.size()), 3);
        QVERIFY(first.events().isEmpty()); // not retained by default
        first.stop();
        backend.history.append(historyEvent(exec, QStringLiteral("e4"), QStringLiteral("task_completed"), 4));
        ExecutionFollower second(backend.make(StreamEndpoint {}), exec);
        second.setTiming(fast());
        second.continueFrom(first);
        QCOMPARE(second.eventCount(), 3);
        Sink sink;
        collect(&second, &sink);
        second.start();
        QTRY_COMPARE(int(sink.events.size()), 1);
        QCOMPARE(sink.events.first().id, QStringLiteral("e4"));
        QCOMPARE(second.eventCount(), 4);
        QTRY_VERIFY(second.pollCount() >= 3);
        QCOMPARE(sink.duplicates, 0);
        QCOMPARE(int(sink.events.size()), 1);
    }

    // Any other failure of the final sync also leaves the real status visible.
    void statusIsKnownEvenWhenTheFinalSyncFails()
    {
        const QString exec = QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f53");
        ScriptedBackend backend;
        backend.historyError = Error::make(Error::Kind::Decode, QStringLiteral("events[3].id: expected string"), QStringLiteral("get_execution_events"));
        backend.status = QStringLiteral("Completed");
        ExecutionFollower follower(backend.make(StreamEndpoint {}), exec);
        QSignalSpy failed(&follower, &ExecutionFollower::failed);
        follower.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(follower.status(), QStringLiteral("Completed"));
    }

    // Ids as users type them reach the same run, and the socket subscribes to the server's
    // spelling (otherwise no push ever arrives).
    void executionIdIsNormalised_data()
    {
        QTest::addColumn<int>("form");
        QTest::newRow("upper case") << 0;
        QTest::newRow("braces") << 1;
        QTest::newRow("urn:uuid:") << 2;
        QTest::newRow("32 hex digits") << 3;
    }
    void executionIdIsNormalised()
    {
        QFETCH(int, form);
        SimFixture f;
        QVERIFY(f.start());
        const QString exec = f.sim->createExecutions(1, QStringLiteral("Running")).value(0);
        QString typed = exec;
        if (form == 0)
            typed = exec.toUpper();
        else if (form == 1)
            typed = QLatin1Char('{') + exec.toUpper() + QLatin1Char('}');
        else if (form == 2)
            typed = QStringLiteral("urn:uuid:") + exec;
        else
            typed = QString(exec).remove(QLatin1Char('-'));
        ExecutionFollower* follower = followExecution(f.client.get(), typed, this);
        QCOMPARE(follower->executionId(), exec);
        Sink sink;
        collect(follower, &sink);
        QTRY_VERIFY_WITH_TIMEOUT(follower->subscription()
                && follower->subscription()->state() == DeliverySubscription::State::Live,
            5000);
        QCOMPARE(follower->subscription()->recipient(), QStringLiteral("exec_events:") + exec);
        const int before = int(sink.events.size());
        QVERIFY(before > 0);
        QCOMPARE(f.sim->emitBurst(exec, 20), 20);
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.events.size()), before + 20, 10000);
        QVERIFY(follower->subscription()->pushCount() > 0); // pushed, not merely polled
        delete follower;
    }

    void invalidExecutionIdFailsWithoutARequest()
    {
        ScriptedBackend backend;
        const QString typed = QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f50/../x");
        ExecutionFollower follower(backend.make(StreamEndpoint {}), typed);
        QSignalSpy failed(&follower, &ExecutionFollower::failed);
        follower.start();
        QCOMPARE(failed.count(), 1);
        const Error e = failed.first().first().value<Error>();
        QCOMPARE(e.code, QStringLiteral("invalid_execution_id"));
        QCOMPARE(backend.statusCalls + backend.historyCalls, 0);
        QCOMPARE(follower.source(), ExecutionFollower::Source::Ended);
    }

    void destroyWhileFollowing()
    {
        SimFixture f;
        QVERIFY(f.start());
        const QString exec = f.sim->createExecutions(1, QStringLiteral("Running")).value(0);
        {
            auto* follower = followExecution(f.client.get(), exec);
            delete follower; // REST calls in flight
        }
        {
            auto* follower = followExecution(f.client.get(), exec);
            QTRY_VERIFY_WITH_TIMEOUT(follower->subscription(), 5000);
            delete follower; // socket connecting
        }
        {
            auto* follower = followExecution(f.client.get(), exec);
            QTRY_VERIFY_WITH_TIMEOUT(follower->source() == ExecutionFollower::Source::Live, 5000);
            f.client.reset(); // the client goes first: calls fail as Canceled, no crash
            QTRY_VERIFY_WITH_TIMEOUT(follower->isEnded() || follower->lastError().kind == Error::Kind::Canceled
                    || follower->source() != ExecutionFollower::Source::Live,
                10000);
            delete follower;
        }
        QTRY_COMPARE_WITH_TIMEOUT(f.sim->stats().activeDeliveryConnections, qint64(0), 5000);
    }
};

QTEST_GUILESS_MAIN(TstFollower)
#include "tst_follower.moc"

// waitForExecution() and ExecutionStatus: the one-call wait of the Python SDK, against the
// in-process simulator.
#include "streamtestutil.h"

#include <cloacina/executionfollower.h>
#include <cloacina/waitforexecution.h>

#include <QtTest>

using namespace Cloacina;
using namespace StreamTest;
using namespace std::chrono_literals;

namespace {

// Waits (bounded) for \a future and returns its result count and, when settled, the result.
template <typename T>
bool settles(const QFuture<T>& future, int ms = 20000)
{
    QFutureWatcher<T> watcher;
    QSignalSpy done(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    return future.isFinished() || done.wait(ms);
}

WaitOptions fastOptions()
{
    WaitOptions options;
    options.timing.pollIntervalMs = 100;
    options.timing.silenceMs = 300;
    return options;
}

} // namespace

class TstWaitForExecution : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusEnum()
    {
        for (const QString& s : { QStringLiteral("Pending"), QStringLiteral("Running"), QStringLiteral("Paused"),
                 QStringLiteral("Completed"), QStringLiteral("Failed"), QStringLiteral("Cancelled") }) {
            const ExecutionStatus status = executionStatusFromString(s);
            QVERIFY(status != ExecutionStatus::Unknown);
            QCOMPARE(executionStatusToString(status), s);
            QCOMPARE(isTerminal(status), isTerminalExecutionStatus(s));
        }
        QCOMPARE(executionStatusFromString(QStringLiteral("running")), ExecutionStatus::Unknown);
        QCOMPARE(executionStatusFromString(QString()), ExecutionStatus::Unknown);
        QVERIFY(executionStatusToString(ExecutionStatus::Unknown).isEmpty());
    }

    void waitsUntilTheRunEnds_data()
    {
        QTest::addColumn<double>("failureShare");
        QTest::addColumn<bool>("live");
        QTest::addColumn<ExecutionStatus>("expected");
        QTest::newRow("completes, live") << 0.0 << true << ExecutionStatus::Completed;
        QTest::newRow("fails, polling only") << 1.0 << false << ExecutionStatus::Failed;
    }

    void waitsUntilTheRunEnds()
    {
        QFETCH(double, failureShare);
        QFETCH(bool, live);
        QFETCH(ExecutionStatus, expected);
        CloacinaSim::Options options;
        options.failureShare = failureShare;
        options.taskMinMs = 20;
        options.taskMaxMs = 60;
        SimFixture f;
        QVERIFY(f.start(options));
        const QString exec = f.sim->startExecution();
        QVERIFY(!exec.isEmpty());
        WaitOptions wait = fastOptions();
        wait.live = live;
        const QFuture<Result<ExecutionOutcome>> future = waitForExecution(f.client.get(), exec, wait);
        QVERIFY(settles(future));
        QCOMPARE(future.resultCount(), 1);
        const Result<ExecutionOutcome> r = future.result();
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r.value().executionId, exec);
        QCOMPARE(r.value().status, expected);
        QCOMPARE(r.value().statusText, f.sim->executionStatus(exec));
        QVERIFY(!r.value().events.isEmpty());
        // The follower is gone: nothing of it stays on the client.
        QTRY_VERIFY(f.client->findChildren<ExecutionFollower*>().isEmpty());
    }

    void unknownExecutionIsAnError()
    {
        SimFixture f;
        QVERIFY(f.start());
        const auto future = waitForExecution(f.client.get(), QStringLiteral("00000000-0000-4000-8000-000000000000"), fastOptions());
        QVERIFY(settles(future));
        QCOMPARE(future.resultCount(), 1);
        QVERIFY(!future.result());
        QCOMPARE(future.result().error().httpStatus, 404);
    }

    void timesOut()
    {
        SimFixture f;
        QVERIFY(f.start());
        const QString exec = f.sim->createExecutions(1, QStringLiteral("Running")).value(0);
        WaitOptions wait = fastOptions();
        wait.timeout = 300ms;
        const auto future = waitForExecution(f.client.get(), exec, wait);
        QVERIFY(settles(future));
        QCOMPARE(future.resultCount(), 1);
        QVERIFY(!future.result());
        QCOMPARE(future.result().error().kind, Error::Kind::Timeout);
        QTRY_VERIFY(f.client->findChildren<ExecutionFollower*>().isEmpty());
    }

    void cancelStopsFollowing()
    {
        SimFixture f;
        QVERIFY(f.start());
        const QString exec = f.sim->createExecutions(1, QStringLiteral("Running")).value(0);
        QFuture<Result<ExecutionOutcome>> future = waitForExecution(f.client.get(), exec, fastOptions());
        future.cancel();
        QTRY_VERIFY(f.client->findChildren<ExecutionFollower*>().isEmpty());
        QVERIFY(future.isCanceled());
    }

    void destroyingTheClientCancels()
    {
        SimFixture f;
        QVERIFY(f.start());
        const QString exec = f.sim->createExecutions(1, QStringLiteral("Running")).value(0);
        const auto future = waitForExecution(f.client.get(), exec, fastOptions());
        f.client.reset();
        QVERIFY(settles(future, 5000));
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstWaitForExecution)
#include "tst_waitforexecution.moc"

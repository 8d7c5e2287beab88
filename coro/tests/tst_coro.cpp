// CloacinaQt::Coro: co_await on SDK futures and on a follower's end, against the in-process
// simulator. Coroutines are free functions (coroutine lambdas must not capture).
#include <cloacina/cloacinaclient.h>
#include <cloacina/coro.h>
#include <cloacina/streams.h>
#include <cloacina/types.h>
#include <cloacinasim/simulator.h>

#include <QCoroTask>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Cloacina;

namespace {

// QCoro::waitFor() default-constructs the task's value, which Result<T> is not: the test
// coroutines hand out std::optional<Result<T>>.
template <typename T>
using Maybe = std::optional<Result<T>>;

QCoro::Task<Maybe<ExecutionSummaryList>> listPage(CloacinaClient* client)
{
    ListExecutionsQuery query;
    query.status = QStringLiteral("Failed");
    co_return co_await client->listExecutions(query);
}

QCoro::Task<Maybe<ExecutionSummaryList>> listPageThenDrop(std::unique_ptr<CloacinaClient>* client)
{
    QFuture<Result<ExecutionSummaryList>> future = (*client)->listExecutions({});
    client->reset(); // destroying the client cancels the call in flight
    co_return co_await future;
}

QCoro::Task<Maybe<QString>> followToTheEnd(CloacinaClient* client, QString executionId)
{
    ExecutionFollower* follower = followExecution(client, executionId, client);
    const Result<QString> status = co_await Coro::finished(follower);
    delete follower; // the coroutine resumes from the event loop: deleting here is safe
    co_return status;
}

QCoro::Task<Maybe<ExecutionOutcome>> waitInOneCall(CloacinaClient* client, QString executionId)
{
    WaitOptions options;
    options.timing.pollIntervalMs = 100;
    co_return co_await waitForExecution(client, executionId, options);
}

struct Sim {
    std::unique_ptr<CloacinaSim::Simulator> sim;
    std::unique_ptr<CloacinaClient> client;
    bool start(CloacinaSim::Options options = {})
    {
        sim = std::make_unique<CloacinaSim::Simulator>(options);
        if (!sim->start())
            return false;
        client = std::make_unique<CloacinaClient>(sim->url());
        client->setApiKey(sim->adminKey());
        return true;
    }
};

CloacinaSim::Options quickRuns(double failureShare)
{
    CloacinaSim::Options options;
    options.failureShare = failureShare;
    options.taskMinMs = 20;
    options.taskMaxMs = 60;
    return options;
}

} // namespace

class TstCoro : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void awaitAnSdkFuture()
    {
        Sim s;
        QVERIFY(s.start());
        s.sim->createExecutions(3, QStringLiteral("Failed"));
        const Result<ExecutionSummaryList> page = *QCoro::waitFor(listPage(s.client.get()));
        QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
        QCOMPARE(page.value().items.size(), 3);
    }

    void aCanceledFutureYieldsCanceled()
    {
        // QCoro 0.8's own QFuture awaiter would read result() of a future that has none.
        Sim s;
        QVERIFY(s.start());
        const Result<ExecutionSummaryList> page = *QCoro::waitFor(listPageThenDrop(&s.client));
        QVERIFY(!page);
        QCOMPARE(page.error().kind, Error::Kind::Canceled);
    }

    void awaitTheFollowersEnd_data()
    {
        QTest::addColumn<double>("failureShare");
        QTest::addColumn<QString>("expected");
        QTest::newRow("completed") << 0.0 << QStringLiteral("Completed");
        QTest::newRow("failed") << 1.0 << QStringLiteral("Failed");
    }

    void awaitTheFollowersEnd()
    {
        QFETCH(double, failureShare);
        QFETCH(QString, expected);
        Sim s;
        QVERIFY(s.start(quickRuns(failureShare)));
        const QString exec = s.sim->startExecution();
        const Result<QString> status = *QCoro::waitFor(followToTheEnd(s.client.get(), exec));
        QVERIFY2(status, qPrintable(status ? QString() : status.error().toString()));
        QCOMPARE(status.value(), expected);
    }

    void aFailingFollowerYieldsItsError()
    {
        Sim s;
        QVERIFY(s.start());
        const Result<QString> status
            = *QCoro::waitFor(followToTheEnd(s.client.get(), QStringLiteral("00000000-0000-4000-8000-000000000000")));
        QVERIFY(!status);
        QCOMPARE(status.error().httpStatus, 404);
    }

    void awaitWaitForExecution()
    {
        Sim s;
        QVERIFY(s.start(quickRuns(0.0)));
        const QString exec = s.sim->startExecution();
        const Result<ExecutionOutcome> outcome = *QCoro::waitFor(waitInOneCall(s.client.get(), exec));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        QCOMPARE(outcome.value().status, ExecutionStatus::Completed);
    }
};

QTEST_GUILESS_MAIN(TstCoro)
#include "tst_coro.moc"

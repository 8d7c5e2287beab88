// OverviewModel over a fake backend: the numbers, the time buckets and the failure rates come
// from the answers; an unchanged refresh signals nothing (no flicker); a failed part keeps its
// numbers and reports the error; /ready's 503 becomes "not ready" with the server's reason.
#include <cloacinamodels/console/overviewmodel.h>

#include "settledfuture.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Cloacina;
using CloacinaTest::settled;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 5, 1), QTime(12, 5), Qt::UTC);

ExecutionSummary run(const QString& workflow, const QString& status, int minutesAgo)
{
    ExecutionSummary r;
    static int serial = 0;
    r.id = QStringLiteral("00000000-0000-0000-0000-%1").arg(++serial, 12, 10, QLatin1Char('0'));
    r.workflowName = workflow;
    r.status = status;
    r.startedAt = Now.addSecs(-60 * minutesAgo).toString(Qt::ISODate);
    return r;
}

GraphStatus graph(const QString& name, const QString& state)
{
    GraphStatus g;
    g.name = name;
    g.health = QJsonObject { { QStringLiteral("state"), state } };
    return g;
}

// What the fake server answers; tests change it between refreshes.
struct FakeServer {
    QList<WorkflowSummary> workflows = QList<WorkflowSummary>(3);
    // Newest first, as list_executions answers.
    QList<ExecutionSummary> runs { run(QStringLiteral("etl"), QStringLiteral("Running"), 1),
        run(QStringLiteral("etl"), QStringLiteral("Failed"), 5), run(QStringLiteral("etl"), QStringLiteral("Completed"), 30),
        run(QStringLiteral("report"), QStringLiteral("Completed"), 90), run(QStringLiteral("report"), QStringLiteral("Failed"), 300),
        run(QStringLiteral("etl"), QStringLiteral("Completed"), 23 * 60), run(QStringLiteral("etl"), QStringLiteral("Failed"), 25 * 60) };
    int running = 2;
    int pending = 1;
    QList<GraphStatus> graphs { graph(QStringLiteral("a"), QStringLiteral("live")), graph(QStringLiteral("b"), QStringLiteral("live")),
        graph(QStringLiteral("c"), QStringLiteral("degraded")), graph(QStringLiteral("d"), QStringLiteral("stopped")),
        graph(QStringLiteral("e"), QStringLiteral("warming")) };
    std::optional<Error> graphsError;
    std::optional<Error> readyError;
    QDateTime askedSince;
    int askedMax = 0;

    OverviewBackend backend()
    {
        OverviewBackend b;
        b.listWorkflows = [this] { return settled<QList<WorkflowSummary>>(workflows); };
        b.recentRuns = [this](const QDateTime& since, int maxRuns) {
            askedSince = since;
            askedMax = maxRuns;
            // The real walk stops at `since` and at maxRuns.
            QList<ExecutionSummary> out;
            for (const ExecutionSummary& r : runs) {
                if (QDateTime::fromString(r.startedAt, Qt::ISODate) < since || out.size() >= maxRuns)
                    break;
                out.append(r);
            }
            return settled<QList<ExecutionSummary>>(out);
        };
        b.runsWithStatus = [this](const QString& status) {
            return settled<QList<ExecutionSummary>>(QList<ExecutionSummary>(status == QLatin1String("Running") ? running : pending));
        };
        b.listGraphs = [this] {
            return graphsError ? settled<QList<GraphStatus>>(*graphsError) : settled<QList<GraphStatus>>(graphs);
        };
        b.health = [] { return settled<QJsonValue>(QJsonValue(QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") } })); };
        b.ready = [this] {
            return readyError ? settled<QJsonValue>(*readyError)
                              : settled<QJsonValue>(QJsonValue(QJsonObject { { QStringLiteral("status"), QStringLiteral("ready") } }));
        };
        b.serverVersion = [] { return QStringLiteral("0.10.0"); };
        return b;
    }
};

int sumOf(const QVariantList& timeline, const char* key)
{
    int sum = 0;
    for (const QVariant& bucket : timeline)
        sum += bucket.toMap().value(QLatin1String(key)).toInt();
    return sum;
}

} // namespace

class TestOverviewModel : public QObject {
    Q_OBJECT

    FakeServer server;
    std::unique_ptr<OverviewModel> model;
    // Refreshing needs a client; the fake backend answers in its place.
    CloacinaClient client { QUrl(QStringLiteral("http://127.0.0.1:1")) };

    bool refreshAndWait()
    {
        QSignalSpy refreshed(model.get(), &RefreshableListModel::refreshed);
        model->refresh();
        return refreshed.wait(5000);
    }

private Q_SLOTS:
    void init()
    {
        server = FakeServer();
        model = std::make_unique<OverviewModel>();
        model->setClock([] { return Now; });
        QSignalSpy refreshed(model.get(), &RefreshableListModel::refreshed);
        model->setBackend(server.backend());
        model->setClientObject(&client);
        QVERIFY(refreshed.wait(5000));
        QVERIFY(refreshed.at(0).at(0).toBool());
    }
    void cleanup() { model.reset(); }

    void countsComeFromTheAnswers()
    {
        QCOMPARE(server.askedSince, Now.addSecs(-24 * 3600));
        QCOMPARE(server.askedMax, 5000);
        QCOMPARE(model->workflowCount(), 3);
        QCOMPARE(model->runsInFlight(), 3);
        QCOMPARE(model->startedLastHour(), 3);
        QCOMPARE(model->completedLastHour(), 1);
        QCOMPARE(model->failedLastHour(), 1);
        QCOMPARE(model->startedLastDay(), 6); // the run of 25 h ago is outside
        QCOMPARE(model->completedLastDay(), 3);
        QCOMPARE(model->failedLastDay(), 2);
        QCOMPARE(model->graphCount(), 5);
        QCOMPARE(model->graphsLive(), 2);
        QCOMPARE(model->graphsDegraded(), 1);
        QCOMPARE(model->graphsStarting(), 1);
        QCOMPARE(model->graphsDown(), 1);
        QVERIFY(!model->isTruncated());
        QCOMPARE(model->serverVersion(), QStringLiteral("0.10.0"));
        QVERIFY(model->isAlive());
        QVERIFY(model->isReady());
        QVERIFY(model->readyReason().isEmpty());
        QVERIFY(!model->hasError());
        QVERIFY(model->lastRefreshed().isValid());
    }

    void timelineHasTenMinuteBucketsOverADay()
    {
        const QVariantList timeline = model->timeline();
        QCOMPARE(timeline.size(), 24 * 6);
        QCOMPARE(sumOf(timeline, "runs"), 6);
        QCOMPARE(sumOf(timeline, "failed"), 2);
        // Aligned to bucket boundaries; the last bucket holds now.
        const QDateTime lastStart = timeline.last().toMap().value(QStringLiteral("start")).toDateTime();
        QCOMPARE(lastStart, QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(timeline.last().toMap().value(QStringLiteral("runs")).toInt(), 2); // 1 and 5 min ago
        QCOMPARE(timeline.last().toMap().value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(model->timelinePeak(), 2);
    }

    void theBucketsAreTheRows()
    {
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 24 * 6);
        QCOMPARE(model->index(model->rowCount() - 1, OverviewModel::RunsColumn).data().toInt(), 2);
        QCOMPARE(model->index(model->rowCount() - 1, 0).data(OverviewModel::FailedRole).toInt(), 1);
        QVERIFY(model->roleNames().values().contains("start"));
        // One new run changes one bucket in place; ten minutes later the window slides by one.
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy timeline(model.get(), &OverviewModel::timelineChanged);
        server.runs.prepend(run(QStringLiteral("etl"), QStringLiteral("Completed"), 0));
        QVERIFY(refreshAndWait());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(timeline.size(), 1);
        model->setClock([] { return Now.addSecs(600); });
        QVERIFY(refreshAndWait());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model->rowCount(), 24 * 6);
    }

    void failureRatePerWorkflow()
    {
        WorkflowFailureRateModel* rates = model->failureRates();
        QAbstractItemModelTester tester(rates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(rates->rowCount(), 2);
        QCOMPARE(rates->rateAt(0).workflow, QStringLiteral("etl")); // ordered by name
        QCOMPARE(rates->rateAt(0).finished, 3); // the Running one has not finished
        QCOMPARE(rates->rateAt(0).failed, 1);
        QCOMPARE(rates->rateAt(1).workflow, QStringLiteral("report"));
        QCOMPARE(rates->rateAt(1).rate(), 0.5);
        QCOMPARE(rates->index(1, WorkflowFailureRateModel::RateColumn).data(Qt::EditRole).toDouble(), 0.5);
        QVERIFY(rates->roleNames().values().contains("rate"));
    }

    void anUnchangedRefreshSignalsNothing()
    {
        QSignalSpy summary(model.get(), &OverviewModel::summaryChanged);
        QSignalSpy timeline(model.get(), &OverviewModel::timelineChanged);
        QSignalSpy serverState(model.get(), &OverviewModel::serverChanged);
        QSignalSpy rateRows(model->failureRates(), &QAbstractItemModel::dataChanged);
        QSignalSpy rateInserts(model->failureRates(), &QAbstractItemModel::rowsInserted);
        QVERIFY(refreshAndWait());
        QCOMPARE(summary.size(), 0);
        QCOMPARE(timeline.size(), 0);
        QCOMPARE(serverState.size(), 0);
        QCOMPARE(rateRows.size(), 0);
        QCOMPARE(rateInserts.size(), 0);
    }

    void aNewRunChangesOnceAndKeepsRateRows()
    {
        QAbstractItemModelTester tester(model->failureRates(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy summary(model.get(), &OverviewModel::summaryChanged);
        QSignalSpy timeline(model.get(), &OverviewModel::timelineChanged);
        QSignalSpy rateRows(model->failureRates(), &QAbstractItemModel::dataChanged);
        QSignalSpy rateInserts(model->failureRates(), &QAbstractItemModel::rowsInserted);
        QSignalSpy rateResets(model->failureRates(), &QAbstractItemModel::modelReset);
        const QPersistentModelIndex report = model->failureRates()->index(1, 0);
        server.runs.prepend(run(QStringLiteral("etl"), QStringLiteral("Failed"), 0));
        server.runs.prepend(run(QStringLiteral("alpha"), QStringLiteral("Completed"), 0));
        QVERIFY(refreshAndWait());
        QCOMPARE(summary.size(), 1);
        QCOMPARE(timeline.size(), 1);
        QCOMPARE(model->failedLastHour(), 2);
        QCOMPARE(rateRows.size(), 1); // etl's tally
        QCOMPARE(rateInserts.size(), 1); // alpha
        QCOMPARE(rateResets.size(), 0);
        QCOMPARE(report.row(), 2);
        QCOMPARE(report.data().toString(), QStringLiteral("report"));
    }

    void aFailedPartKeepsItsNumbersAndReportsTheError()
    {
        Error forbidden = Error::make(Error::Kind::Api, QStringLiteral("forbidden"), QStringLiteral("list_graphs"));
        forbidden.httpStatus = 403;
        forbidden.requestId = QStringLiteral("req-1");
        server.graphsError = forbidden;
        server.workflows.append(WorkflowSummary {});
        QSignalSpy refreshed(model.get(), &RefreshableListModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(refreshed.at(0).at(0).toBool(), false);
        QVERIFY(model->hasError());
        QCOMPARE(model->lastError().requestId, QStringLiteral("req-1"));
        QCOMPARE(model->graphsLive(), 2); // kept
        QCOMPARE(model->workflowCount(), 4); // the other parts still update
        server.graphsError.reset();
        QVERIFY(refreshAndWait());
        QVERIFY(!model->hasError());
    }

    void notReadyCarriesTheServersReason()
    {
        Error unavailable = Error::make(Error::Kind::Http, QStringLiteral("HTTP 503"), QStringLiteral("ready"));
        unavailable.httpStatus = 503;
        unavailable.bodySample = R"({"status":"not ready","reason":"database unreachable"})";
        server.readyError = unavailable;
        QSignalSpy serverState(model.get(), &OverviewModel::serverChanged);
        QVERIFY(refreshAndWait());
        QCOMPARE(serverState.size(), 1);
        QVERIFY(model->isAlive());
        QVERIFY(!model->isReady());
        QCOMPARE(model->readyReason(), QStringLiteral("database unreachable"));
        QVERIFY(!model->hasError()); // a state to show, not a failed refresh
    }

    void theWalkBoundIsReported()
    {
        model->setMaxRuns(3);
        QVERIFY(refreshAndWait());
        QCOMPARE(server.askedMax, 3);
        QVERIFY(model->isTruncated());
        QCOMPARE(model->startedLastDay(), 3);
    }

    void withoutBackendRefreshFails()
    {
        OverviewModel bare;
        QSignalSpy refreshed(&bare, &RefreshableListModel::refreshed);
        bare.refresh();
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(bare.hasError());
        QCOMPARE(bare.lastError().kind, Error::Kind::Network);
    }

    void aNewBackendForgetsTheNumbers()
    {
        QSignalSpy summary(model.get(), &OverviewModel::summaryChanged);
        model->setClientObject(nullptr);
        QCOMPARE(model->workflowCount(), 0);
        QVERIFY(!model->isLoaded());
        QVERIFY(model->timeline().isEmpty());
        QCOMPARE(model->failureRates()->rowCount(), 0);
        QCOMPARE(summary.size(), 1);
    }
};

QTEST_MAIN(TestOverviewModel)
#include "tst_overviewmodel.moc"

// WorkflowListModel and WorkflowInspector over a fake backend: rows with build state and
// recent-run strips, keyed refreshes, an upload followed until its build settles, errors that
// keep what was shown; one pass against the simulator.
#include <cloacinamodels/console/workflowinspector.h>
#include <cloacinamodels/console/workflowlistmodel.h>

#include <cloacinasim/simulator.h>

#include "settledfuture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Cloacina;
using CloacinaTest::settled;

namespace {

// What the fake server holds; tests edit it between refreshes.
struct FakeServer {
    QList<WorkflowSummary> listed;
    QHash<QString, QStringList> buildSteps; // package id -> statuses answered in turn (last repeats)
    QList<ExecutionRecord> runs;
    std::optional<Error> listError;
    std::optional<Error> runsError;
    int listCalls = 0;
    QStringList actions;
};

WorkflowSummary summary(const QString& id, const QString& workflow, const QString& package, bool paused = false)
{
    WorkflowSummary s;
    s.id = id;
    s.workflowName = workflow;
    s.packageName = package;
    s.version = QStringLiteral("1.0.0");
    s.paused = paused;
    s.tasks = { QStringLiteral("a"), QStringLiteral("b") };
    return s;
}

WorkflowBackend fakeBackend(const std::shared_ptr<FakeServer>& server)
{
    WorkflowBackend b;
    b.defaultTenant = [] { return QStringLiteral("public"); };
    b.listWorkflows = [server](const QString&) -> QFuture<Result<QList<WorkflowSummary>>> {
        ++server->listCalls;
        if (server->listError)
            return settled<QList<WorkflowSummary>>(*server->listError);
        return settled<QList<WorkflowSummary>>(server->listed);
    };
    b.recentRuns = [server](const QString&, int) -> QFuture<Result<QList<ExecutionRecord>>> {
        if (server->runsError)
            return settled<QList<ExecutionRecord>>(*server->runsError);
        return settled<QList<ExecutionRecord>>(server->runs);
    };
    b.getWorkflow = [server](const QString& id, const QString& tenant) -> QFuture<Result<WorkflowDetail>> {
        QStringList& steps = server->buildSteps[id];
        WorkflowDetail d;
        d.id = id;
        d.tenantId = tenant;
        d.workflowName = QStringLiteral("uploaded_flow");
        d.packageName = QStringLiteral("uploaded-pkg");
        d.version = QStringLiteral("2.0.0");
        d.buildStatus = steps.isEmpty() ? QStringLiteral("success") : steps.size() > 1 ? steps.takeFirst()
                                                                                       : steps.first();
        if (d.buildStatus == QLatin1String("failed"))
            d.buildError = Nullable<QString>(QStringLiteral("cargo build failed"));
        return settled<WorkflowDetail>(d);
    };
    b.getSource = [](const QString& id, const QString&) -> QFuture<Result<WorkflowSourceResponse>> {
        WorkflowSourceResponse r;
        r.id = id;
        WorkflowSourceFile f;
        f.path = QStringLiteral("src/lib.rs");
        f.contents = QStringLiteral("// source");
        r.files = { f };
        return settled<WorkflowSourceResponse>(r);
    };
    b.setPaused = [server](const QString& name, bool pause, const QString&) -> QFuture<Result<WorkflowPauseResponse>> {
        server->actions << (pause ? QStringLiteral("pause ") : QStringLiteral("resume ")) + name;
        WorkflowPauseResponse r;
        r.name = name;
        r.paused = pause;
        return settled<WorkflowPauseResponse>(r);
    };
    b.deleteWorkflow = [server](const QString& name, const QString& version, const QString&) -> QFuture<Result<WorkflowDeletedResponse>> {
        server->actions << QStringLiteral("delete %1 %2").arg(name, version);
        WorkflowDeletedResponse r;
        r.packageName = name;
        r.version = version;
        return settled<WorkflowDeletedResponse>(r);
    };
    b.upload = [server](const QByteArray& bytes, const QString& fileName, const QString&) -> QFuture<Result<WorkflowUploadedResponse>> {
        server->actions << QStringLiteral("upload %1 %2").arg(fileName).arg(bytes.size());
        WorkflowUploadedResponse r;
        r.packageId = QStringLiteral("p-new");
        return settled<WorkflowUploadedResponse>(r);
    };
    return b;
}

ExecutionRecord run(const QString& id, const QString& workflow, const QString& status)
{
    ExecutionRecord r;
    r.id = id;
    r.workflow = workflow;
    r.status = status;
    return r;
}

} // namespace

class TestWorkflowListModel : public QObject {
    Q_OBJECT
    // Never asked: the fake backend answers; the base class wants a client to refresh with.
    CloacinaClient m_client { QUrl(QStringLiteral("http://127.0.0.1:9")) };

    std::unique_ptr<WorkflowListModel> makeModel(const std::shared_ptr<FakeServer>& server)
    {
        auto model = std::make_unique<WorkflowListModel>();
        model->setSettlePollInterval(50);
        model->setClientObject(&m_client);
        model->setBackend(fakeBackend(server));
        return model;
    }

private Q_SLOTS:
    void rowsCarryBuildStateAndRecentRuns()
    {
        auto server = std::make_shared<FakeServer>();
        server->listed = { summary(QStringLiteral("p1"), QStringLiteral("etl"), QStringLiteral("acme-etl")),
            summary(QStringLiteral("p2"), QStringLiteral("billing"), QStringLiteral("acme-billing"), true) };
        for (int i = 0; i < 25; ++i)
            server->runs << run(QStringLiteral("r%1").arg(i), QStringLiteral("etl"), i == 0 ? QStringLiteral("Failed") : QStringLiteral("Completed"));
        auto model = makeModel(server);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model->rowCount(), 2);
        QTRY_COMPARE(model->row(0).buildStatus, QStringLiteral("success"));
        const WorkflowRow etl = model->row(model->rowOfWorkflow(QStringLiteral("etl")));
        QCOMPARE(etl.recentRuns.size(), 20); // the strip's length, newest first
        QCOMPARE(etl.recentRuns.first().status, QStringLiteral("Failed"));
        QCOMPARE(etl.taskCount, 2);
        const int billing = model->rowOfWorkflow(QStringLiteral("billing"));
        QVERIFY(model->row(billing).recentRuns.isEmpty());
        QCOMPARE(model->data(model->index(billing, WorkflowListModel::PausedColumn)).toString(), QStringLiteral("paused"));
        QCOMPARE(model->data(model->index(billing, 0), WorkflowListModel::PausedRole).toBool(), true);
        QCOMPARE(model->data(model->index(0, 0), WorkflowListModel::RecentRunsRole).toList().size(), 20);
        QVERIFY(model->roleNames().values().contains("recentRuns"));
    }

    void refreshMergesByKeyAndSignalsOnlyChanges()
    {
        auto server = std::make_shared<FakeServer>();
        server->listed = { summary(QStringLiteral("p1"), QStringLiteral("etl"), QStringLiteral("acme-etl")),
            summary(QStringLiteral("p2"), QStringLiteral("billing"), QStringLiteral("acme-billing")) };
        auto model = makeModel(server);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model->row(1).buildStatus, QStringLiteral("success"));
        const QPersistentModelIndex billing = model->index(1, 0);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy refreshed(model.get(), &RefreshableListModel::refreshed);
        server->listed[1].paused = true;
        model->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(billing.row(), 1);
        QVERIFY(model->row(1).paused);
    }

    void anUploadIsFollowedUntilItsBuildSettles()
    {
        auto server = std::make_shared<FakeServer>();
        server->listed = { summary(QStringLiteral("p1"), QStringLiteral("etl"), QStringLiteral("acme-etl")) };
        server->buildSteps.insert(QStringLiteral("p-new"),
            { QStringLiteral("pending"), QStringLiteral("building"), QStringLiteral("building"), QStringLiteral("failed") });
        auto model = makeModel(server);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model->rowCount(), 1);
        QSignalSpy settledSpy(model.get(), &WorkflowListModel::buildSettled);
        QStringList seen;
        connect(model.get(), &QAbstractItemModel::dataChanged, this, [&] {
            const int row = model->rowOfPackage(QStringLiteral("p-new"));
            if (row >= 0 && (seen.isEmpty() || seen.last() != model->row(row).buildStatus))
                seen << model->row(row).buildStatus;
        });
        model->trackUpload(QStringLiteral("p-new")); // not listed: the server lists built packages
        QTRY_COMPARE(settledSpy.size(), 1);
        QCOMPARE(settledSpy.at(0).at(1).toString(), QStringLiteral("failed"));
        QCOMPARE(settledSpy.at(0).at(2).toString(), QStringLiteral("cargo build failed"));
        const int row = model->rowOfPackage(QStringLiteral("p-new"));
        QVERIFY(row >= 0);
        QCOMPARE(model->row(row).buildStatus, QStringLiteral("failed"));
        QCOMPARE(model->data(model->index(row, WorkflowListModel::BuildColumn), Qt::ToolTipRole).toString(),
            QStringLiteral("cargo build failed"));
        QVERIFY2(seen.contains(QStringLiteral("building")), qPrintable(seen.join(QLatin1Char(','))));
        // Settled: no more polling (a poll queued before the answer may still run once).
        QTest::qWait(200);
        const int calls = server->listCalls;
        QTest::qWait(300);
        QCOMPARE(server->listCalls, calls);
    }

    void aFailedRefreshKeepsRowsAndStrips()
    {
        auto server = std::make_shared<FakeServer>();
        server->listed = { summary(QStringLiteral("p1"), QStringLiteral("etl"), QStringLiteral("acme-etl")) };
        server->runs = { run(QStringLiteral("r1"), QStringLiteral("etl"), QStringLiteral("Completed")) };
        auto model = makeModel(server);
        QTRY_COMPARE(model->row(0).recentRuns.size(), 1);
        QSignalSpy refreshed(model.get(), &RefreshableListModel::refreshed);
        server->runsError = Error::make(Error::Kind::Network, QStringLiteral("down"));
        model->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(model->row(0).recentRuns.size(), 1); // the strip keeps what it showed
        Error e = Error::make(Error::Kind::Api, QStringLiteral("boom"));
        e.httpStatus = 500;
        e.code = QStringLiteral("internal_error");
        server->listError = e;
        model->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(refreshed.last().at(0).toBool(), false);
        QVERIFY(model->hasError());
        QCOMPARE(model->lastError().code, QStringLiteral("internal_error"));
        QCOMPARE(model->rowCount(), 1);
    }

    void inspectorShowsDetailAndRunsActions()
    {
        auto server = std::make_shared<FakeServer>();
        WorkflowInspector inspector;
        inspector.setBackend(fakeBackend(server));
        QSignalSpy detail(&inspector, &WorkflowInspector::detailChanged);
        inspector.inspect(QStringLiteral("p9"));
        QTRY_VERIFY(inspector.hasDetail());
        QTRY_COMPARE(inspector.sourceFiles().size(), 1);
        QCOMPARE(inspector.buildStatus(), QStringLiteral("success"));
        QSignalSpy finished(&inspector, &WorkflowInspector::actionFinished);
        inspector.setPaused(true);
        QVERIFY(finished.wait());
        QVERIFY(inspector.isPaused());
        inspector.deleteVersion();
        QVERIFY(finished.wait());
        QCOMPARE(server->actions, QStringList({ QStringLiteral("pause uploaded-pkg"), QStringLiteral("delete uploaded-pkg 2.0.0") }));
        QVERIFY(inspector.packageId().isEmpty()); // the deleted version is no longer shown
        QSignalSpy uploaded(&inspector, &WorkflowInspector::uploaded);
        inspector.upload(QByteArray(10, 'x'), QStringLiteral("x.cloacina"));
        QVERIFY(uploaded.wait());
        QCOMPARE(uploaded.at(0).at(0).toString(), QStringLiteral("p-new"));
    }

    void againstTheSimulator()
    {
        CloacinaSim::Simulator sim;
        QVERIFY(sim.start());
        sim.createExecutions(3, QStringLiteral("Failed"), QStringLiteral("etl_daily"));
        CloacinaClient client(sim.url());
        client.setApiKey(sim.adminKey());
        WorkflowListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClientObject(&client);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfWorkflow(QStringLiteral("etl_daily")) >= 0, 10000);
        const int row = model.rowOfWorkflow(QStringLiteral("etl_daily"));
        QTRY_COMPARE_WITH_TIMEOUT(model.row(row).buildStatus, QStringLiteral("success"), 10000);
        QCOMPARE(model.row(row).packageName, QStringLiteral("acme-etl"));
        QVERIFY(model.row(row).recentRuns.size() >= 3);
        QCOMPARE(model.row(row).recentRuns.first().status, QStringLiteral("Failed"));
    }
};

QTEST_MAIN(TestWorkflowListModel)
#include "tst_workflowlistmodel.moc"

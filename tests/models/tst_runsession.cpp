// RunSession (the run view of both monitors and QML's RunFollower) against the simulator: what
// the end of a big run does to the event log and the status.
#include <cloacinamodels/runeventmodel.h>
#include <cloacinamodels/runmodels.h>

#include <cloacina/cloacinaclient.h>
#include <cloacinasim/simulator.h>

#include "awaitresult.h"
#include "cloacinapackage.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Cloacina;

namespace {
// True once every row knows its sequence_num and nothing is queued.
bool everyRowHasItsSequence(const RunEventModel* model)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->event(row).sequenceNum)
            return false;
    }
    return model->pendingCount() == 0;
}
} // namespace

class TestRunSession : public QObject {
    Q_OBJECT

    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<CloacinaClient> m_client;

private slots:
    void init()
    {
        m_sim = std::make_unique<CloacinaSim::Simulator>();
        QVERIFY(m_sim->start());
        m_client = std::make_unique<CloacinaClient>(m_sim->url());
        m_client->setApiKey(m_sim->adminKey());
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    // Pushed events get their sequence_num from the next REST sync, as eventsUpdated: for a
    // run larger than the log's cap, updates about trimmed events must not come back as rows.
    void syncAfterTrimmingDoesNotReinsertEvents()
    {
        const QString exec = m_sim->createExecutions(1, QStringLiteral("Running")).value(0);
        RunSession session;
        session.setClient(m_client.get());
        RunEventModel* model = session.eventModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setMaxEvents(300);
        session.open(exec.toUpper()); // as a user might paste it
        QCOMPARE(session.executionId(), exec);
        QTRY_COMPARE_WITH_TIMEOUT(session.source(), RunSession::Source::Live, 10000);
        QCOMPARE(m_sim->emitBurst(exec, 1000), 1000);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 300
                && model->pendingCount() == 0 && model->trimmedCount() >= 1000 - 300,
            15000);
        QTRY_VERIFY_WITH_TIMEOUT(session.follower()->eventCount() >= 1000, 15000);
        const qint64 trimmed = model->trimmedCount();
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        // Lose the socket: the follower syncs by REST and learns every pushed event's sequence.
        m_sim->closeDeliverySockets(1001);
        QTRY_VERIFY_WITH_TIMEOUT(everyRowHasItsSequence(model), 15000);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model->rowCount(), 300);
        QCOMPARE(model->trimmedCount(), trimmed);
    }

    // reconnect() keeps the rows: the new follower is told what the old one delivered, so the
    // log shows no event twice and still learns the sequence of events first seen as pushes.
    void reconnectKeepsRowsAndLearnsSequences()
    {
        const QString exec = m_sim->createExecutions(1, QStringLiteral("Running")).value(0);
        RunSession session;
        session.setClient(m_client.get());
        session.setPollInterval(60000); // no poll fills the sequences before the reconnect
        RunEventModel* model = session.eventModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.open(exec);
        QTRY_COMPARE_WITH_TIMEOUT(session.source(), RunSession::Source::Live, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && model->pendingCount() == 0, 10000);
        const int history = model->rowCount();
        QCOMPARE(m_sim->emitBurst(exec, 200), 200);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == history + 200 && model->pendingCount() == 0, 10000);
        QVERIFY(!model->event(model->rowCount() - 1).sequenceNum); // pushes carry none
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        session.reconnect();
        QTRY_VERIFY_WITH_TIMEOUT(everyRowHasItsSequence(model), 15000);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model->rowCount(), history + 200);
        QCOMPARE(model->event(model->rowCount() - 1).origin, RunEvent::Origin::Push); // kept
    }

    // A completed run whose final history is too big to fetch (issue #15: the pill stayed
    // "Running" after a 722k-event run): the session shows the real status and the error.
    void statusOfARunWhoseHistoryIsTooBig()
    {
        const QString exec = m_sim->createExecutions(1, QStringLiteral("Completed")).value(0);
        QCOMPARE(m_sim->emitBurst(exec, 2000), 2000);
        m_client->setMaxResponseBytes(64 * 1024);
        RunSession session;
        session.setClient(m_client.get());
        session.setLiveEnabled(false); // as against a push-less server: REST only
        session.open(exec);
        QTRY_COMPARE_WITH_TIMEOUT(session.source(), RunSession::Source::Ended, 10000);
        QCOMPARE(session.status(), QStringLiteral("Completed"));
        QVERIFY(session.hasError());
        QCOMPARE(session.lastError().code, QStringLiteral("response_too_large"));
    }

    // A run opened while its package is being rebuilt: by name the package is not found until
    // the new build succeeds, so the first graph fetch finds nothing. The session asks again
    // until the build settles (the qml_views "task graph loads" flake).
    void graphArrivesOnceThePackageRebuildSettles()
    {
        CloacinaSim::Options options;
        options.buildStepMs = 1500; // pending 1.5 s, building 1.5 s: well after the first fetch
        m_client.reset();
        m_sim = std::make_unique<CloacinaSim::Simulator>(options);
        QVERIFY(m_sim->start());
        m_client = std::make_unique<CloacinaClient>(m_sim->url());
        m_client->setApiKey(m_sim->adminKey());
        const QString exec = m_sim->createExecutions(1, QStringLiteral("Completed"), QStringLiteral("etl_daily")).value(0);
        QVERIFY(!exec.isEmpty());
        const QByteArray package = CloacinaTest::packPackage(CloacinaTest::rustPackage(QStringLiteral("acme-etl"),
            QStringLiteral("1.3.0"), QStringLiteral("etl_daily"), { QStringLiteral("extract"), QStringLiteral("load:extract") }));
        QVERIFY(!package.isEmpty());
        const auto uploaded = CloacinaTest::await(m_client->uploadWorkflow(package, QStringLiteral("acme-etl.cloacina")));
        QVERIFY2(uploaded, uploaded ? "" : qPrintable(uploaded.error().toString()));

        RunSession session;
        session.setClient(m_client.get());
        session.open(exec, {}, QStringLiteral("etl_daily"));
        QTRY_VERIFY_WITH_TIMEOUT(session.graphError().isError(), 10000); // mid-rebuild: not found
        QVERIFY(session.taskGraph().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(session.graphTaskIds(), QStringList({ QStringLiteral("extract"), QStringLiteral("load") }), 20000);
        QVERIFY(!session.graphError().isError());
    }

    void graphIsAskedAgainAfterABadGateway()
    {
        const QString exec = m_sim->createExecutions(1, QStringLiteral("Completed"), QStringLiteral("etl_daily")).value(0);
        QVERIFY(!exec.isEmpty());
        // The proxy spoils the package lookup once (the task graph's get_workflow).
        CloacinaSim::FaultConfig& faults = m_sim->faults();
        faults.badGateway.enabled = true;
        faults.badGateway.pathPrefix = QStringLiteral("/v1/tenants/public/workflows/acme-etl");
        faults.badGateway.remaining = 1;
        RunSession session;
        session.setClient(m_client.get());
        session.open(exec, {}, QStringLiteral("etl_daily"));
        QTRY_COMPARE_WITH_TIMEOUT(session.graphTaskIds().size(), 5, 15000);
        QVERIFY(!session.graphError().isError());
        QCOMPARE(faults.badGateway.remaining, 0); // the 502 was served, and then asked again
    }
};

QTEST_GUILESS_MAIN(TestRunSession)
#include "tst_runsession.moc"

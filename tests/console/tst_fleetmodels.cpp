// AgentListModel and CompilerStatusModel over a fake backend: rows and properties come from the
// answers, a refresh merges by agent id (no reset), late heartbeats are flagged, and a key that
// may not call the operation asks nothing and is told why.
#include <cloacinamodels/console/agentlistmodel.h>
#include <cloacinamodels/console/compilerstatusmodel.h>

#include "settledfuture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Cloacina;
using CloacinaTest::settled;

namespace {

AgentInfo agent(const QString& id, int inFlight, int max, qint64 heartbeat)
{
    AgentInfo a;
    a.agentId = id;
    a.targetTriple = QStringLiteral("x86_64-unknown-linux-gnu");
    a.capabilities = { QStringLiteral("python"), QStringLiteral("rust") };
    a.inFlight = inFlight;
    a.maxConcurrency = max;
    a.availableCapacity = max - inFlight;
    a.secondsSinceHeartbeat = heartbeat;
    a.tenantId = Nullable<QString>(QStringLiteral("acme"));
    return a;
}

struct FakeFleet {
    QList<AgentInfo> agents { agent(QStringLiteral("a1"), 0, 4, 3), agent(QStringLiteral("a2"), 4, 4, 10),
        agent(QStringLiteral("a3"), 1, 4, 40) };
    CompilerStatus compiler;
    int agentCalls = 0;
    int compilerCalls = 0;

    FleetBackend backend()
    {
        FleetBackend b;
        b.listAgents = [this] {
            ++agentCalls;
            return settled<QList<AgentInfo>>(agents);
        };
        b.compilerStatus = [this] {
            ++compilerCalls;
            return settled<CompilerStatus>(compiler);
        };
        return b;
    }
};

bool refreshAndWait(RefreshableListModel& model)
{
    QSignalSpy refreshed(&model, &RefreshableListModel::refreshed);
    model.refresh();
    return refreshed.wait(5000) && refreshed.at(0).at(0).toBool();
}

} // namespace

class TestFleetModels : public QObject {
    Q_OBJECT
    CloacinaClient client { QUrl(QStringLiteral("http://127.0.0.1:1")) };

private Q_SLOTS:
    void agentsAreListedWithTheirState()
    {
        FakeFleet fleet;
        AgentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackend(fleet.backend());
        QSignalSpy refreshed(&model, &RefreshableListModel::refreshed);
        model.setClientObject(&client);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, AgentListModel::StateColumn)).toString(), QStringLiteral("idle"));
        QCOMPARE(model.data(model.index(1, AgentListModel::StateColumn)).toString(), QStringLiteral("full"));
        QCOMPARE(model.data(model.index(2, AgentListModel::StateColumn)).toString(), QStringLiteral("late heartbeat"));
        QCOMPARE(model.data(model.index(2, 0), AgentListModel::LateRole).toBool(), true);
        QCOMPARE(model.lateCount(), 1);
        QCOMPARE(model.data(model.index(0, AgentListModel::CapacityColumn)).toString(), QStringLiteral("4 of 4 free"));
        QCOMPARE(model.data(model.index(0, AgentListModel::TenantColumn)).toString(), QStringLiteral("acme"));
        QVERIFY(model.roleNames().values().contains("heartbeatSeconds"));
    }

    void aRefreshMergesByAgentId()
    {
        FakeFleet fleet;
        AgentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackend(fleet.backend());
        model.setClientObject(&client);
        QTRY_COMPARE(model.rowCount(), 3);
        const QPersistentModelIndex a3 = model.index(2, 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        fleet.agents.removeAt(0); // a1 left the roster
        fleet.agents[1].secondsSinceHeartbeat = 2; // a3 beat again
        QVERIFY(refreshAndWait(model));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(a3.row(), 1);
        QCOMPARE(model.lateCount(), 0);
    }

    void aKeyWithoutTheRoleAsksNothingAndIsToldWhy()
    {
        FakeFleet fleet;
        AgentListModel model;
        model.setBackend(fleet.backend());
        model.setDeniedReason(QStringLiteral("Your key's role is read; listing agents needs admin."));
        QSignalSpy refreshed(&model, &RefreshableListModel::refreshed);
        model.setClientObject(&client);
        QTRY_COMPARE(refreshed.size(), 1); // settled at once: nothing was asked
        QCOMPARE(fleet.agentCalls, 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasError());
        QVERIFY(model.emptyText().contains(QStringLiteral("needs admin")));
        // The role allows it again (another key): the list is fetched.
        model.setDeniedReason({});
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(fleet.agentCalls, 1);
    }

    void compilerStatusHasItsNumbers()
    {
        FakeFleet fleet;
        fleet.compiler.status = QStringLiteral("running");
        fleet.compiler.pending = 3;
        fleet.compiler.building = 1;
        fleet.compiler.lastSuccessAt = Nullable<QString>(QStringLiteral("2026-05-01T12:00:00Z"));
        fleet.compiler.lastFailureAt = Nullable<QString>();
        fleet.compiler.secondsSinceHeartbeat = Nullable<qint64>(4);
        CompilerStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackend(fleet.backend());
        QSignalSpy status(&model, &CompilerStatusModel::statusChanged);
        model.setClientObject(&client);
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.status(), QStringLiteral("running"));
        QCOMPARE(model.pending(), 3);
        QCOMPARE(model.building(), 1);
        QCOMPARE(model.lastSuccessAt(), QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(!model.lastFailureAt().isValid());
        QCOMPARE(model.heartbeatSeconds(), 4);
        QCOMPARE(model.data(model.index(0, CompilerStatusModel::LastFailureColumn)).toString(), QStringLiteral("never"));
        const int before = int(status.size());
        QVERIFY(refreshAndWait(model)); // unchanged: no signal
        QCOMPARE(status.size(), before);
        fleet.compiler.pending = 0;
        QVERIFY(refreshAndWait(model));
        QCOMPARE(status.size(), before + 1);
        QCOMPARE(model.pending(), 0);
    }

    void compilerStatusIsGated()
    {
        FakeFleet fleet;
        CompilerStatusModel model;
        model.setBackend(fleet.backend());
        model.setDeniedReason(QStringLiteral("Only a global admin key may read the compiler's state."));
        model.setClientObject(&client);
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(fleet.compilerCalls, 0);
        QVERIFY(model.emptyText().contains(QStringLiteral("global admin")));
        QCOMPARE(model.heartbeatSeconds(), -1);
    }

    void aBackendWithoutFetchersFailsTheRefresh()
    {
        // Fleet lists are BackendListModels: a backend lacking a fetcher is an error, not a call.
        FleetBackend partial = FakeFleet().backend();
        partial.compilerStatus = nullptr;
        AgentListModel agents;
        agents.setBackend(partial);
        CompilerStatusModel compiler;
        compiler.setBackend(partial);
        for (RefreshableListModel* model : { static_cast<RefreshableListModel*>(&agents), static_cast<RefreshableListModel*>(&compiler) }) {
            QSignalSpy refreshed(model, &RefreshableListModel::refreshed);
            model->setClientObject(&client);
            QTRY_COMPARE(refreshed.size(), 1);
            QCOMPARE(refreshed.at(0).at(0).toBool(), false);
            QCOMPARE(model->lastError().kind, Error::Kind::Canceled);
            QCOMPARE(model->rowCount(), 0);
        }
    }

    void settingABackendWhileConnectedRefreshes()
    {
        FakeFleet fleet;
        AgentListModel model;
        QSignalSpy refreshed(&model, &RefreshableListModel::refreshed);
        model.setClientObject(&client); // lists through the client's backend (no server here)
        QTRY_COMPARE(refreshed.size(), 1);
        model.setBackend(fleet.backend());
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(fleet.agentCalls, 1);
    }
};

QTEST_MAIN(TestFleetModels)
#include "tst_fleetmodels.moc"

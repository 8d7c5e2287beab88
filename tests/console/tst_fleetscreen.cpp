// The Fleet screen against the simulator: agents and the compiler's state are listed for the
// admin key, the agent list follows the fleet's heartbeats, and a read key (minted through the
// SDK) is told why instead of getting a 403.
#include "consolecontext.h"
#include "consolefixture.h"
#include "consolenavigator.h"
#include "fleetscreen.h"
#include "listpane.h"
#include "mintkey.h"

#include <cloacinamodels/console/agentlistmodel.h>
#include <cloacinamodels/console/compilerstatusmodel.h>

#include <QLabel>
#include <QTableView>

using namespace Cloacina;
using namespace Cloacina::Monitor;

class TestFleetScreen : public QObject {
    Q_OBJECT
    ConsoleFixture f;

    FleetScreen* fleet() const
    {
        return qobject_cast<FleetScreen*>(f.window->navigator()->screen(QStringLiteral("fleet")));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.start());
        QVERIFY(fleet());
        QVERIFY(f.window->showScreen(QStringLiteral("fleet")));
    }
    void cleanup() { f.stop(); }

    void listsAgentsAndTheCompiler()
    {
        FleetScreen* s = fleet();
        QTRY_VERIFY_WITH_TIMEOUT(s->agents()->rowCount() > 0, 10000);
        QVERIFY(s->agentPane()->table()->isVisible());
        QVERIFY(!s->agents()->agentAt(0).agentId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(s->compiler()->rowCount(), 1, 10000);
        QVERIFY(!s->compiler()->status().isEmpty());
        QVERIFY(!s->agentPane()->errorBanner()->isVisible());
    }

    void theListFollowsTheFleet()
    {
        FleetScreen* s = fleet();
        QTRY_VERIFY_WITH_TIMEOUT(s->agents()->rowCount() > 0, 10000);
        const qint64 before = s->agents()->agentAt(0).secondsSinceHeartbeat;
        s->agentPane()->table()->selectRow(0);
        const QString selected = s->agents()->agentAt(0).agentId;
        // Time passes on the server: heartbeats age or arrive, the selection stays on its agent.
        f.sim->advanceWorkload(20000);
        s->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(s->agents()->rowCount() == 0 || s->agents()->agentAt(0).secondsSinceHeartbeat != before
                || s->agents()->agentAt(0).agentId != selected,
            10000);
        const int row = s->agentPane()->currentSourceRow();
        if (row >= 0)
            QCOMPARE(s->agents()->agentAt(row).agentId, selected);
    }

    void aReadKeyIsToldWhy()
    {
        const QString key = CloacinaTest::mintTenantKey(f.window->console()->client(), KeyRole::Read, QStringLiteral("fleet-reader"));
        QVERIFY(!key.isEmpty());
        ConnectionSettings settings;
        settings.url = f.sim->url();
        settings.tenant = QStringLiteral("public");
        f.window->connectTo(settings, key);
        QTRY_COMPARE_WITH_TIMEOUT(f.window->serverSession()->role(), QStringLiteral("read"), 10000);
        FleetScreen* s = fleet();
        QTRY_VERIFY_WITH_TIMEOUT(!s->agents()->deniedReason().isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(s->agents()->isLoaded(), 10000);
        QCOMPARE(s->agents()->rowCount(), 0);
        QVERIFY(!s->agents()->hasError()); // nothing was asked, so no 403
        QVERIFY(s->agentPane()->emptyLabel()->isVisible());
        QVERIFY2(s->agentPane()->emptyLabel()->text().contains(s->agents()->deniedReason()),
            qPrintable(s->agentPane()->emptyLabel()->text()));
        QVERIFY(!s->compiler()->deniedReason().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(s->compilerPane()->emptyLabel()->isVisible(), 10000);
    }
};

QTEST_MAIN(TestFleetScreen)
#include "tst_fleetscreen.moc"

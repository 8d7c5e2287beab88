// The Graphs screen against the simulator: graphs load with topology, chart and accumulators;
// Fire and Inject dialogs check what is typed, send, and show the server's error in place;
// pause asks first and goes over the reactor socket; a read key sees the reactor actions
// disabled with the reason; a failing list shows its error; a lost source is flagged.
#include "consolefixture.h"

#include "consolecontext.h"
#include "consolenavigator.h"
#include "firechartview.h"
#include "firereactordialog.h"
#include "graphsscreen.h"
#include "graphtopologyview.h"
#include "injectaccumulatordialog.h"
#include "listpane.h"

#include "awaitresult.h"

#include <cloacinamodels/console/accumulatorlistmodel.h>
#include <cloacinamodels/console/fireseriesmodel.h>
#include <cloacinamodels/console/graphlistmodel.h>
#include <cloacinamodels/console/reactorfirelistmodel.h>
#include <cloacinamodels/console/reactorlistmodel.h>

#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>

using namespace Cloacina;
using namespace Cloacina::Monitor;

namespace {

GraphsScreen* graphsScreen(ConsoleFixture& f)
{
    for (ConsoleScreen* s : f.window->navigator()->screens()) {
        if (s->screenId() == QLatin1String("graphs"))
            return qobject_cast<GraphsScreen*>(s);
    }
    return nullptr;
}

//! Shows the screen and waits for the graphs and the first graph's accumulators and chart.
GraphsScreen* openScreen(ConsoleFixture& f)
{
    if (!f.window->showScreen(QStringLiteral("graphs")))
        return nullptr;
    GraphsScreen* s = graphsScreen(f);
    if (!s)
        return nullptr;
    const bool ready = QTest::qWaitFor([s] {
        return s->graphs()->rowCount() > 0 && !s->currentGraph().isEmpty() && s->accumulators()->rowCount() > 0
            && s->series()->rowCount() > 0 && !s->accumulators()->isLoading();
    },
        10000);
    return ready ? s : nullptr;
}

template <typename Dialog>
Dialog* waitForDialog(QWidget* parent)
{
    Dialog* d = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        d = parent->findChild<Dialog*>();
        return d && d->isVisible() && d->isInterfaceLoaded();
    },
        10000);
    return shown ? d : nullptr;
}

} // namespace

class TestGraphsScreen : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsGraphsTopologyChartAndFreshness()
    {
        ConsoleFixture f;
        QVERIFY(f.start());
        GraphsScreen* s = openScreen(f);
        QVERIFY(s);
        QCOMPARE(s->currentGraph(), s->graphs()->graph(0).name);
        // Topology: every accumulator of the graph and its reactor are drawn.
        const GraphStatus g = s->graphs()->graph(0);
        for (const QString& a : g.accumulators)
            QVERIFY2(s->topology()->nodeRects().contains(a), qPrintable(a));
        QVERIFY(s->topology()->nodeRects().contains(g.reactor->value()));
        // Chart: one point per minute of the last hour.
        QTRY_COMPARE(s->chart()->points().size(), 60);
        QCOMPARE(s->accumulators()->rowCount(), int(g.accumulators.size()));
        QVERIFY(s->graphPane()->table()->isVisible());
        QVERIFY(s->width() <= 1280 && s->window()->height() <= 800);

        // Another graph: the lists follow it.
        const int other = 1 - s->graphs()->rowOf(s->currentGraph());
        QVERIFY(other >= 0 && other < s->graphs()->rowCount());
        s->graphPane()->selectSourceRow(other);
        QTRY_COMPARE(s->fires()->reactor(), s->graphs()->graph(other).reactor->value());
        QCOMPARE(s->series()->reactor(), s->fires()->reactor());
        QTRY_COMPARE(s->accumulators()->rowCount(), int(s->graphs()->graph(other).accumulators.size()));
    }

    void fireChecksTheInputsSendsAndIsListed()
    {
        ConsoleFixture f;
        QVERIFY(f.start());
        GraphsScreen* s = openScreen(f);
        QVERIFY(s);
        s->graphPane()->selectSourceRow(s->graphs()->rowOf(QStringLiteral("market_maker")));
        QTRY_VERIFY(s->fireButton()->isEnabled());
        s->fireButton()->click();
        auto* dialog = waitForDialog<FireReactorDialog>(s);
        QVERIFY(dialog);
        auto* orderbook = qobject_cast<QPlainTextEdit*>(dialog->editor(QStringLiteral("orderbook")));
        QVERIFY(orderbook); // declared slot of type object: a JSON field
        QVERIFY(!orderbook->isEnabled()); // force fire by default
        dialog->withInputsButton()->setChecked(true);
        QVERIFY(orderbook->isEnabled());

        // Typed check before sending: nothing goes to the server.
        orderbook->setPlainText(QStringLiteral("{bid"));
        dialog->submitButton()->click();
        QVERIFY(dialog->shownError().contains(QStringLiteral("Not valid JSON")));
        QVERIFY(dialog->isVisible());

        // The server's error is shown in place, and what was typed is kept.
        orderbook->setPlainText(QStringLiteral("{\"bid\": 101.5, \"ask\": 101.7}"));
        f.sim->faults().badGateway = { true, QStringLiteral("/v1/health/reactors/market_maker_reactor/fire"), 1 };
        dialog->submitButton()->click();
        QTRY_VERIFY(dialog->shownError().contains(QStringLiteral("502")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(orderbook->toPlainText(), QStringLiteral("{\"bid\": 101.5, \"ask\": 101.7}"));

        QSignalSpy closed(dialog, &QDialog::finished);
        dialog->submitButton()->click();
        QVERIFY(closed.wait(10000));
        QTRY_VERIFY(s->actionStatus()->isVisible());
        QVERIFY(s->actionStatus()->text().contains(QStringLiteral("orderbook")));
        // The fire is listed as manual, with its inputs.
        QTRY_VERIFY_WITH_TIMEOUT(s->fires()->rowCount() > 0
                && s->fires()->index(0, 0).data(ReactorFireListModel::ManualRole).toBool(),
            10000);
        QVERIFY(s->fires()->index(0, 0).data(ReactorFireListModel::InputsRole).toString().contains(QStringLiteral("101.5")));
    }

    void injectSendsATypedEvent()
    {
        ConsoleFixture f;
        QVERIFY(f.start());
        GraphsScreen* s = openScreen(f);
        QVERIFY(s);
        QVERIFY(!s->injectButton()->isEnabled()); // no accumulator selected yet
        s->accumulatorPane()->selectSourceRow(0);
        QTRY_VERIFY(s->injectButton()->isEnabled());
        const QString name = s->accumulators()->accumulator(0).name;
        const qint64 before = s->accumulators()->index(0, 0).data(AccumulatorListModel::OperatorInjectsRole).toLongLong();
        s->injectButton()->click();
        auto* dialog = waitForDialog<InjectAccumulatorDialog>(s);
        QVERIFY(dialog);
        auto* event = qobject_cast<QPlainTextEdit*>(dialog->editor(name));
        QVERIFY(event);
        dialog->submitButton()->click(); // required and empty
        QVERIFY(dialog->shownError().contains(QStringLiteral("required")));
        event->setPlainText(QStringLiteral("[1, 2]")); // the slot wants an object
        dialog->submitButton()->click();
        QVERIFY(dialog->shownError().contains(QStringLiteral("object")));
        event->setPlainText(QStringLiteral("{\"price\": 3}"));
        QSignalSpy closed(dialog, &QDialog::finished);
        dialog->submitButton()->click();
        QVERIFY(closed.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(
            s->accumulators()->index(0, 0).data(AccumulatorListModel::OperatorInjectsRole).toLongLong(), before + 1, 10000);
    }

    void pauseAsksFirstAndGoesOverTheReactorSocket()
    {
        ConsoleFixture f;
        QVERIFY(f.start());
        GraphsScreen* s = openScreen(f);
        QVERIFY(s);
        const QString reactor = s->graphs()->graph(s->graphs()->rowOf(s->currentGraph())).reactor->value();
        QTRY_VERIFY(s->reactors()->rowOf(reactor) >= 0);
        const auto paused = [&] {
            return s->reactors()->index(s->reactors()->rowOf(reactor), 0).data(ReactorListModel::PausedRole).toBool();
        };
        QVERIFY(!paused());

        // Declined: nothing happens.
        f.window->console()->setConfirmHook([](const QString&) { return false; });
        s->pauseButton()->click();
        QVERIFY(f.window->console()->lastConfirmation().contains(reactor));
        QTest::qWait(0);
        QVERIFY(!s->actionStatus()->isVisible());

        f.window->console()->setConfirmHook([](const QString&) { return true; });
        s->pauseButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(paused(), 10000);
        QTRY_COMPARE(s->pauseButton()->text(), QStringLiteral("Resume reactor"));
        QVERIFY(s->graphs()->index(s->graphs()->rowOf(s->currentGraph()), 0).data(GraphListModel::PausedRole).toBool());

        // Resuming asks nothing.
        f.window->console()->setConfirmHook([](const QString&) { return false; });
        QTRY_VERIFY(s->pauseButton()->isEnabled());
        s->pauseButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!paused(), 10000);
    }

    void aReadKeySeesReactorActionsDisabledWithTheReason()
    {
        ConsoleFixture f;
        QVERIFY(f.start());
        CloacinaClient admin(f.sim->url());
        admin.setApiKey(f.sim->adminKey());
        CreateKeyRequest request;
        request.name = QStringLiteral("viewer");
        request.role = KeyRole::Read;
        const Result<KeyCreatedResponse> key = CloacinaTest::await(admin.createTenantKey(request, QStringLiteral("public")));
        if (!key)
            QFAIL(qPrintable(key.error().toString()));
        ConnectionSettings settings;
        settings.url = f.sim->url();
        settings.tenant = QStringLiteral("public");
        f.window->connectTo(settings, key.value().key);
        QTRY_COMPARE_WITH_TIMEOUT(f.window->serverSession()->role(), QStringLiteral("read"), 10000);
        GraphsScreen* s = openScreen(f);
        QVERIFY(s);
        QTRY_VERIFY(!s->fireButton()->isEnabled());
        QVERIFY(s->fireButton()->toolTip().contains(QStringLiteral("read")));
        QVERIFY(!s->pauseButton()->isEnabled());
        QVERIFY(s->pauseButton()->toolTip().contains(QStringLiteral("read")));
        // Looking is still allowed.
        QVERIFY(s->graphs()->rowCount() > 0);
    }

    void aDialogClosesWhenTheConnectionChanges()
    {
        ConsoleFixture f;
        QVERIFY(f.start());
        GraphsScreen* s = openScreen(f);
        QVERIFY(s);
        QTRY_VERIFY(s->fireButton()->isEnabled());
        s->fireButton()->click();
        QPointer<FireReactorDialog> dialog = waitForDialog<FireReactorDialog>(s);
        QVERIFY(dialog);
        // The dialog holds the old client: reconnecting must not leave it able to call it.
        ConnectionSettings settings;
        settings.url = f.sim->url();
        settings.tenant = QStringLiteral("public");
        f.window->connectTo(settings, f.sim->adminKey());
        QTRY_VERIFY(!dialog || !dialog->isVisible());
    }

    void aFailingListShowsItsErrorAndKeepsRows()
    {
        ConsoleFixture f;
        QVERIFY(f.start());
        GraphsScreen* s = openScreen(f);
        QVERIFY(s);
        const int rows = s->graphs()->rowCount();
        f.sim->faults().badGateway = { true, QStringLiteral("/v1/health/graphs"), -1 };
        QSignalSpy refreshed(s->graphs(), &RefreshableListModel::refreshed);
        s->graphs()->refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(s->graphs()->hasError());
        QCOMPARE(s->graphs()->rowCount(), rows);
        QVERIFY(s->graphPane()->errorBanner()->isVisible());
        QVERIFY(s->graphPane()->errorBanner()->text().contains(QStringLiteral("502")));
    }

    void aLostSourceIsFlagged()
    {
        ConsoleFixture f;
        QVERIFY(f.start());
        GraphsScreen* s = openScreen(f);
        QVERIFY(s);
        // Let workload time pass until a source disconnects (seeded: deterministic).
        bool degraded = false;
        for (int i = 0; i < 120 && !degraded; ++i) {
            f.sim->advanceWorkload(30000);
            QSignalSpy refreshed(s->graphs(), &RefreshableListModel::refreshed);
            s->graphs()->refresh();
            QVERIFY(refreshed.wait(10000));
            degraded = s->graphs()->degradedCount() > 0;
        }
        QVERIFY2(degraded, "no source disconnected in an hour of workload");
        int row = -1;
        for (int r = 0; r < s->graphs()->rowCount(); ++r) {
            if (s->graphs()->index(r, 0).data(GraphListModel::DegradedRole).toBool())
                row = r;
        }
        const QStringList lost = s->graphs()->index(row, 0).data(GraphListModel::DisconnectedRole).toStringList();
        QVERIFY(!lost.isEmpty());
        QVERIFY(s->graphs()->index(row, GraphListModel::HealthColumn).data().toString().contains(lost.first()));
        s->graphPane()->selectSourceRow(row);
        QTRY_VERIFY(s->topology()->flaggedNodes().contains(lost.first()));
    }
};

QTEST_MAIN(TestGraphsScreen)
#include "tst_graphsscreen.moc"

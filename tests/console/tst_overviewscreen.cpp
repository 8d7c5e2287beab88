// The Overview screen against the simulator: it is the start screen, shows the server's numbers,
// each tile opens its list pre-filtered, the failure-rate table opens a workflow's failures, a
// failing operation shows the error with its status and keeps the numbers, and the client-built
// backend's walk stops at the window's start.
#include "consolecontext.h"
#include "consolefixture.h"
#include "consolenavigator.h"
#include "consolescreen.h"
#include "overviewscreen.h"
#include "overviewtile.h"
#include "runstimelinechart.h"

#include <cloacinamodels/console/overviewmodel.h>
#include <cloacinamodels/executionlistmodel.h>

#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>

using namespace Cloacina;
using namespace Cloacina::Monitor;

class TestOverviewScreen : public QObject {
    Q_OBJECT
    ConsoleFixture f;

    OverviewScreen* overview() const
    {
        return qobject_cast<OverviewScreen*>(f.window->navigator()->screen(QStringLiteral("overview")));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.start());
        f.sim->createExecutions(3, QStringLiteral("Failed"), QStringLiteral("etl_daily"));
        f.sim->createExecutions(2, QStringLiteral("Completed"), QStringLiteral("etl_daily"));
        QVERIFY(overview());
        overview()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(overview()->tile(QStringLiteral("failedDay"))->value(), QStringLiteral("3"), 10000);
    }
    void cleanup() { f.stop(); }

    void isTheStartScreenAndShowsTheServersNumbers()
    {
        ConsoleNavigator* nav = f.window->navigator();
        QCOMPARE(nav->screens().first()->screenId(), QStringLiteral("overview"));
        QCOMPARE(nav->currentScreen(), overview());
        OverviewScreen* s = overview();
        QCOMPARE(s->tile(QStringLiteral("completedDay"))->value(), QStringLiteral("2"));
        QCOMPARE(s->tile(QStringLiteral("failedDay"))->detail(), QStringLiteral("of 5 started"));
        QVERIFY(s->model()->workflowCount() > 0);
        QCOMPARE(s->tile(QStringLiteral("workflows"))->value(), QString::number(s->model()->workflowCount()));
        QTRY_COMPARE_WITH_TIMEOUT(s->tile(QStringLiteral("server"))->value(), QStringLiteral("0.10.0"), 10000);
        QCOMPARE(s->tile(QStringLiteral("server"))->detail(), QStringLiteral("alive and ready"));
        QVERIFY(s->model()->graphCount() > 0);
        // The chart plots every run of the day, the table rates etl_daily at 3 of 5.
        qreal plotted = 0;
        for (const QPointF& p : s->chart()->runsSeries()->points())
            plotted += p.y();
        QCOMPARE(plotted, 5.0);
        QCOMPARE(s->ratesTable()->model()->rowCount(), 1);
        QCOMPARE(s->ratesTable()->model()->index(0, WorkflowFailureRateModel::RateColumn).data(Qt::EditRole).toDouble(), 0.6);
    }

    void aTileOpensItsListPreFiltered()
    {
        QTest::mouseClick(overview()->tile(QStringLiteral("failedDay")), Qt::LeftButton);
        QCOMPARE(f.window->navigator()->currentScreen()->screenId(), QStringLiteral("runs"));
        QCOMPARE(f.window->executions()->statusFilter(), QStringList { QStringLiteral("Failed") });
        QTRY_COMPARE_WITH_TIMEOUT(f.window->executions()->rowCount(), 3, 10000);

        QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(f.window->navigator()->currentScreen(), overview());
        overview()->tile(QStringLiteral("inFlight"))->setFocus();
        QTest::keyClick(overview()->tile(QStringLiteral("inFlight")), Qt::Key_Return);
        QCOMPARE(f.window->executions()->statusFilter(), (QStringList { QStringLiteral("Running"), QStringLiteral("Pending") }));
    }

    void aWorkflowsRateOpensItsFailures()
    {
        QTableView* table = overview()->ratesTable();
        table->setCurrentIndex(table->model()->index(0, 0));
        Q_EMIT table->activated(table->currentIndex());
        QCOMPARE(f.window->navigator()->currentScreen()->screenId(), QStringLiteral("runs"));
        QCOMPARE(f.window->executions()->statusFilter(), QStringList { QStringLiteral("Failed") });
        QCOMPARE(f.window->executions()->workflowFilter(), QStringLiteral("etl_daily"));
    }

    void aNewRunAppearsOnTheNextRefresh()
    {
        OverviewScreen* s = overview();
        QSignalSpy summary(s->model(), &OverviewModel::summaryChanged);
        f.sim->createExecutions(1, QStringLiteral("Failed"), QStringLiteral("etl_daily"));
        s->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(s->tile(QStringLiteral("failedDay"))->value(), QStringLiteral("4"), 10000);
        QCOMPARE(summary.size(), 1);
    }

    void aFailingOperationShowsTheErrorAndKeepsTheNumbers()
    {
        OverviewScreen* s = overview();
        const int graphs = s->model()->graphCount();
        f.sim->faults().badGateway.enabled = true;
        f.sim->faults().badGateway.pathPrefix = QStringLiteral("/v1/health/graphs");
        QSignalSpy refreshed(s->model(), &OverviewModel::refreshed);
        s->refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(s->errorBanner()->isVisible());
        QVERIFY2(s->errorBanner()->text().contains(QStringLiteral("502")), qPrintable(s->errorBanner()->text()));
        QCOMPARE(s->model()->graphCount(), graphs);
        QCOMPARE(s->tile(QStringLiteral("failedDay"))->value(), QStringLiteral("3"));
        f.sim->resetFaults();
        s->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!s->errorBanner()->isVisible(), 10000);
    }

    void aClientDestroyedMidRefreshSettlesIt()
    {
        // The model never waits forever: the walk's pager dies with the client, the other calls
        // are cancelled, and the refresh ends with an error.
        auto* client = new CloacinaClient(f.sim->url());
        client->setTenant(QStringLiteral("public"));
        client->setApiKey(f.sim->adminKey());
        OverviewModel model;
        QSignalSpy refreshed(&model, &RefreshableListModel::refreshed);
        model.setClientObject(client);
        QVERIFY(model.isLoading());
        delete client;
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10000);
        QCOMPARE(refreshed.first().first().toBool(), false);
        QCOMPARE(model.lastError().kind, Error::Kind::Canceled);
        QVERIFY(!model.isLoading());
    }

    void theWalkStopsAtTheWindowsStart()
    {
        OverviewBackend backend = overviewBackend(f.window->console()->client());
        // Every run started before "in an hour": the first row already ends the walk.
        auto none = backend.recentRuns(QDateTime::currentDateTimeUtc().addSecs(3600), 100);
        QTRY_VERIFY_WITH_TIMEOUT(none.isFinished(), 10000);
        QVERIFY(none.result());
        QCOMPARE(none.result().value().size(), 0);
        auto all = backend.recentRuns(QDateTime::currentDateTimeUtc().addDays(-1), 100);
        QTRY_VERIFY_WITH_TIMEOUT(all.isFinished(), 10000);
        QCOMPARE(all.result().value().size(), 5);
        auto bounded = backend.recentRuns(QDateTime::currentDateTimeUtc().addDays(-1), 2);
        QTRY_VERIFY_WITH_TIMEOUT(bounded.isFinished(), 10000);
        QCOMPARE(bounded.result().value().size(), 2);
    }
};

QTEST_MAIN(TestOverviewScreen)
#include "tst_overviewscreen.moc"

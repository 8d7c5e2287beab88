// The Workflows screen against the simulator: the list with build state and run strips, the
// detail (graph with docs, source), a click on a run cell opens that run, pause and delete with
// their confirmations, an upload followed through its build, role gating with a read key, and
// the error state.
#include "consolecontext.h"
#include "consolefixture.h"
#include "consolenavigator.h"
#include "listpane.h"
#include "recentrunsstrip.h"
#include "taskgraphwidget.h"
#include "workflowdetailpane.h"
#include "workflowsscreen.h"

#include "cloacinapackage.h"
#include "readkey.h"

#include <cloacinamodels/console/workflowinspector.h>
#include <cloacinamodels/console/workflowlistmodel.h>
#include <cloacinamodels/runmodels.h>

#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace Cloacina;
using namespace Cloacina::Monitor;

class TestWorkflowsScreen : public QObject {
    Q_OBJECT
    ConsoleFixture f;

    WorkflowsScreen* screen() const
    {
        return qobject_cast<WorkflowsScreen*>(f.window->navigator()->screen(QStringLiteral("workflows")));
    }

    // Shows the screen and selects workflow \a name; false when it never appeared.
    bool select(const QString& name)
    {
        if (!f.window->showScreen(QStringLiteral("workflows"), { { QStringLiteral("workflow"), name } }))
            return false;
        return QTest::qWaitFor([&] { return screen()->inspector()->workflowName() == name; }, 10000);
    }

private Q_SLOTS:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void listsWorkflowsAndShowsTheSelectedOne()
    {
        f.sim->createExecutions(4, QStringLiteral("Failed"), QStringLiteral("etl_daily"));
        WorkflowsScreen* s = screen();
        QVERIFY(s);
        QVERIFY(select(QStringLiteral("etl_daily")));
        QVERIFY(s->pane()->table()->isVisible());
        const int row = s->model()->rowOfWorkflow(QStringLiteral("etl_daily"));
        QTRY_COMPARE_WITH_TIMEOUT(s->model()->row(row).buildStatus, QStringLiteral("success"), 10000);
        QVERIFY(s->detail()->buildLabel()->text().contains(QStringLiteral("built")));
        QTRY_VERIFY_WITH_TIMEOUT(!s->detail()->graph()->layout().isEmpty(), 10000);
        QVERIFY(s->detail()->graph()->layout().contains(QStringLiteral("extract")));
        QVERIFY(s->detail()->taskDocs()->toPlainText().contains(QStringLiteral("extract")));
        QTRY_VERIFY_WITH_TIMEOUT(!s->detail()->sourceView()->toPlainText().isEmpty(), 10000);
        QVERIFY(s->detail()->sourceView()->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(s->detail()->strip()->runs().size() >= 4, 10000);
    }

    void aRunCellOpensThatRun()
    {
        const QStringList ids = f.sim->createExecutions(3, QStringLiteral("Completed"), QStringLiteral("etl_daily"));
        WorkflowsScreen* s = screen();
        QVERIFY(select(QStringLiteral("etl_daily")));
        RecentRunsStrip* strip = s->detail()->strip();
        QTRY_VERIFY_WITH_TIMEOUT(strip->runs().size() >= 3, 10000);
        QCOMPARE(strip->runs().first().id, ids.last()); // newest first, drawn at the right
        QTest::mouseClick(strip, Qt::LeftButton, {}, strip->cellRect(0).center());
        QCOMPARE(f.window->navigator()->currentScreen()->screenId(), QStringLiteral("runs"));
        QCOMPARE(f.window->runSession()->executionId(), ids.last());
    }

    void aCellOfTheListsStripOpensThatRun()
    {
        const QStringList ids = f.sim->createExecutions(2, QStringLiteral("Failed"), QStringLiteral("etl_daily"));
        WorkflowsScreen* s = screen();
        QVERIFY(select(QStringLiteral("etl_daily")));
        const int row = s->model()->rowOfWorkflow(QStringLiteral("etl_daily"));
        QTRY_VERIFY_WITH_TIMEOUT(s->model()->row(row).recentRuns.size() >= 2, 10000);
        QTableView* table = s->pane()->table();
        table->scrollTo(s->model()->index(row, WorkflowListModel::RunsColumn));
        const QRect rect = table->visualRect(s->model()->index(row, WorkflowListModel::RunsColumn)).adjusted(4, 0, -4, 0);
        const int runs = int(s->model()->row(row).recentRuns.size());
        const QPoint newest = RunStripLayout::cell(rect, RunStripLayout::fitting(rect, runs), 0).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, newest);
        QTRY_COMPARE(f.window->navigator()->currentScreen()->screenId(), QStringLiteral("runs"));
        QCOMPARE(f.window->runSession()->executionId(), ids.last());
    }

    void pauseAndDeleteAreConfirmed()
    {
        WorkflowsScreen* s = screen();
        QVERIFY(select(QStringLiteral("etl_daily")));
        QTRY_VERIFY_WITH_TIMEOUT(s->pauseButton()->isEnabled(), 10000);
        bool answer = false;
        f.window->console()->setConfirmHook([&](const QString&) { return answer; });
        s->pauseButton()->click(); // declined: nothing happens
        QVERIFY(f.window->console()->lastConfirmation().contains(QStringLiteral("etl_daily")));
        QTest::qWait(200);
        QVERIFY(!s->inspector()->isPaused());
        answer = true;
        s->pauseButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(s->inspector()->isPaused(), 10000);
        const int row = s->model()->rowOfWorkflow(QStringLiteral("etl_daily"));
        QTRY_VERIFY_WITH_TIMEOUT(s->model()->row(row).paused, 10000);
        QTRY_VERIFY(s->resumeButton()->isEnabled());
        QVERIFY(!s->pauseButton()->isEnabled());

        const QString version = s->inspector()->detail().version;
        s->deleteButton()->click();
        QVERIFY(f.window->console()->lastConfirmation().contains(version)); // names the version
        QTRY_COMPARE_WITH_TIMEOUT(s->model()->rowOfWorkflow(QStringLiteral("etl_daily")), -1, 10000);
        QVERIFY(s->actionStatus()->text().contains(QStringLiteral("Deleted")));
    }

    void anUploadIsFollowedThroughItsBuild()
    {
        WorkflowsScreen* s = screen();
        f.window->showScreen(QStringLiteral("workflows"));
        QTRY_VERIFY_WITH_TIMEOUT(s->model()->rowCount() > 0, 10000);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("billing.cloacina"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(CloacinaTest::packPackage(CloacinaTest::rustPackage(QStringLiteral("qt-billing"), QStringLiteral("0.3.0"),
            QStringLiteral("billing_run"), { QStringLiteral("fetch"), QStringLiteral("charge:fetch") })));
        file.close();
        s->model()->setSettlePollInterval(100); // the simulator builds in 2 × 300 ms
        QSignalSpy settled(s->model(), &WorkflowListModel::buildSettled);
        QStringList states;
        connect(s->model(), &QAbstractItemModel::dataChanged, this, [&] {
            const int row = s->model()->rowOfWorkflow(QStringLiteral("billing_run"));
            const QString status = s->model()->row(row).buildStatus;
            if (row >= 0 && !status.isEmpty() && (states.isEmpty() || states.last() != status))
                states << status;
        });
        QSignalSpy progress(f.window->client(), &CloacinaClient::uploadProgress);
        const qint64 size = QFileInfo(path).size();
        QVERIFY(s->uploadFile(path));
        QVERIFY(settled.wait(15000));
        // The upload reported its bytes (multipart: the package plus the form's framing).
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toString(), QStringLiteral("upload_workflow"));
        QCOMPARE(progress.last().at(1).toLongLong(), progress.last().at(2).toLongLong());
        QVERIFY(progress.last().at(2).toLongLong() > size);
        QCOMPARE(settled.at(0).at(1).toString(), QStringLiteral("success"));
        QVERIFY2(states.contains(QStringLiteral("building")), qPrintable(states.join(QLatin1Char(','))));
        QTRY_COMPARE_WITH_TIMEOUT(s->inspector()->workflowName(), QStringLiteral("billing_run"), 10000); // selected
        QTRY_COMPARE_WITH_TIMEOUT(s->inspector()->buildStatus(), QStringLiteral("success"), 10000);
        QVERIFY(s->actionStatus()->text().contains(QStringLiteral("built")));
        QVERIFY(!s->uploadFile(dir.filePath(QStringLiteral("missing.cloacina"))));
        QVERIFY(s->actionStatus()->text().contains(QStringLiteral("missing.cloacina")));
    }

    void aReadKeyGetsNoActionsAndIsToldWhy()
    {
        QVERIFY(reconnectWithReadKey(f));
        WorkflowsScreen* s = screen();
        QVERIFY(select(QStringLiteral("etl_daily")));
        QTRY_VERIFY_WITH_TIMEOUT(s->inspector()->hasDetail(), 10000);
        for (QPushButton* b : { s->uploadButton(), s->pauseButton(), s->deleteButton() }) {
            QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
            QVERIFY2(b->toolTip().contains(QStringLiteral("read")), qPrintable(b->toolTip()));
        }
    }

    void aFailingListShowsTheErrorAndKeepsRows()
    {
        WorkflowsScreen* s = screen();
        f.window->showScreen(QStringLiteral("workflows"));
        QTRY_VERIFY_WITH_TIMEOUT(s->model()->rowCount() > 0, 10000);
        const int rows = s->model()->rowCount();
        f.sim->faults().badGateway.enabled = true;
        f.sim->faults().badGateway.pathPrefix = QStringLiteral("/v1/tenants/public/workflows");
        QSignalSpy refreshed(s->model(), &RefreshableListModel::refreshed);
        s->refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(s->pane()->errorBanner()->isVisible());
        QVERIFY(s->pane()->errorBanner()->text().contains(QStringLiteral("502")));
        QCOMPARE(s->model()->rowCount(), rows);
    }

    void theTaskGraphUsesItsPane()
    {
        // etl_daily is a chain of five tasks: left to right it would be drawn at a third of its
        // size in the detail pane; top to bottom it is drawn (nearly) full size.
        WorkflowsScreen* s = screen();
        QVERIFY(select(QStringLiteral("etl_daily")));
        TaskGraphWidget* graph = s->detail()->graph();
        QTRY_COMPARE_WITH_TIMEOUT(graph->layout().size(), 5, 10000);
        QTRY_VERIFY(graph->isVisible() && graph->width() > 0);
        QVERIFY(graph->isVertical());
        QVERIFY2(graph->drawScale() >= 0.9, qPrintable(QString::number(graph->drawScale())));
        const QRectF extract = graph->layout().value(QStringLiteral("extract"));
        QVERIFY(graph->layout().value(QStringLiteral("transform")).top() > extract.bottom()); // the layers run down
    }

    void fitsA1280x800Screen()
    {
        f.window->showScreen(QStringLiteral("workflows"));
        QVERIFY(f.window->minimumSizeHint().width() <= 1280);
        QVERIFY(f.window->minimumSizeHint().height() <= 800);
    }
};

QTEST_MAIN(TestWorkflowsScreen)
#include "tst_workflowsscreen.moc"

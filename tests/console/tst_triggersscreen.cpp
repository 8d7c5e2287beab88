// The Triggers screen against the simulator: schedules with fires and instances, a fire through
// the typed form (and the server's error shown in it), pause confirmed, instances created and
// deleted, role gating with a read key.
#include "consolecontext.h"
#include "consolefixture.h"
#include "consolenavigator.h"
#include "createinstancedialog.h"
#include "firetriggerdialog.h"
#include "listpane.h"
#include "triggerdetailpane.h"
#include "triggersscreen.h"

#include "readkey.h"

#include <cloacinamodels/console/triggerinspector.h>
#include <cloacinamodels/console/triggerlistmodel.h>
#include <cloacinamodels/runmodels.h>

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTableWidget>

using namespace Cloacina;
using namespace Cloacina::Monitor;

class TestTriggersScreen : public QObject {
    Q_OBJECT
    ConsoleFixture f;

    TriggersScreen* screen() const
    {
        return qobject_cast<TriggersScreen*>(f.window->navigator()->screen(QStringLiteral("triggers")));
    }

    bool select(const QString& name)
    {
        if (!f.window->showScreen(QStringLiteral("triggers"), { { QStringLiteral("name"), name } }))
            return false;
        return QTest::qWaitFor([&] { return screen()->inspector()->name() == name && screen()->inspector()->hasDetail(); }, 10000);
    }

private Q_SLOTS:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void listsSchedulesWithFiresAndInstances()
    {
        TriggersScreen* s = screen();
        QVERIFY(s);
        QVERIFY(select(QStringLiteral("etl_daily")));
        const TriggerRow cron = s->model()->row(s->model()->rowOfName(QStringLiteral("etl_daily")));
        QCOMPARE(cron.kind, QStringLiteral("cron"));
        QTRY_VERIFY_WITH_TIMEOUT(s->detail()->firesTable()->rowCount() > 0, 10000);
        QVERIFY(!s->fireButton()->isEnabled()); // a cron schedule fires on its clock
        QVERIFY(s->fireButton()->toolTip().contains(QStringLiteral("cron")));
        QVERIFY(select(QStringLiteral("s3_file_arrived")));
        QTRY_COMPARE_WITH_TIMEOUT(s->detail()->instancesTable()->rowCount(), 1, 10000);
        QCOMPARE(s->detail()->instancesTable()->item(0, 0)->text(), QStringLiteral("eu-quarter-hourly"));
        // A double click on a fire opens that run.
        QVERIFY(select(QStringLiteral("etl_daily")));
        QTRY_VERIFY_WITH_TIMEOUT(s->detail()->firesTable()->rowCount() > 0, 10000);
        const QString run = s->detail()->firesTable()->item(0, 2)->text();
        Q_EMIT s->detail()->firesTable()->cellActivated(0, 0);
        QCOMPARE(f.window->navigator()->currentScreen()->screenId(), QStringLiteral("runs"));
        QCOMPARE(f.window->runSession()->executionId(), run);
    }

    void everyColumnOfTheListIsShownWhole()
    {
        // At 1280×800 the list is wide enough for a whole "Next fire" time and the State column.
        TriggersScreen* s = screen();
        QVERIFY(select(QStringLiteral("etl_daily")));
        QTableView* table = s->pane()->table();
        QTRY_VERIFY(table->isVisible() && s->model()->rowCount() > 0);
        const QString next = table->model()->index(s->model()->rowOfName(QStringLiteral("etl_daily")), TriggerListModel::NextColumn).data().toString();
        QVERIFY(!next.isEmpty());
        const int textMargin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1; // each side
        QVERIFY(table->columnWidth(TriggerListModel::NextColumn) >= table->fontMetrics().horizontalAdvance(next) + 2 * textMargin);
        QHeaderView* header = table->horizontalHeader();
        const int stateRight = header->sectionViewportPosition(TriggerListModel::PausedColumn) + header->sectionSize(TriggerListModel::PausedColumn);
        QVERIFY2(stateRight <= table->viewport()->width(), qPrintable(QStringLiteral("%1 > %2").arg(stateRight).arg(table->viewport()->width())));
        QVERIFY(header->sectionSize(TriggerListModel::PausedColumn) >= header->sectionSizeHint(TriggerListModel::PausedColumn));
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        QVERIFY(f.window->minimumSizeHint().width() <= 1280);
    }

    void fireThroughTheTypedForm()
    {
        TriggersScreen* s = screen();
        QVERIFY(select(QStringLiteral("s3_file_arrived")));
        QTRY_VERIFY_WITH_TIMEOUT(s->fireButton()->isEnabled(), 10000);
        s->fireButton()->click();
        QPointer<FireTriggerDialog> dialog = s->fireDialog();
        QVERIFY(dialog);
        auto* region = qobject_cast<QLineEdit*>(dialog->editor(QStringLiteral("region")));
        QVERIFY(region); // the interface's string slot
        region->setText(QStringLiteral("eu"));

        // The server's answer to a bad fire is shown in the dialog, which stays open.
        f.sim->faults().badGateway.enabled = true;
        f.sim->faults().badGateway.pathPrefix = QStringLiteral("/v1/tenants/public/triggers/s3_file_arrived/fire");
        dialog->fireButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorBanner()->isVisible(), 10000);
        QVERIFY(dialog->errorBanner()->text().contains(QStringLiteral("502")));
        QVERIFY(dialog->isVisible());
        f.sim->resetFaults();

        dialog->fireButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
        QVERIFY(s->actionStatus()->text().contains(QStringLiteral("started")));
    }

    void pauseIsConfirmed()
    {
        TriggersScreen* s = screen();
        QVERIFY(select(QStringLiteral("etl_daily")));
        QTRY_VERIFY_WITH_TIMEOUT(s->pauseButton()->isEnabled(), 10000);
        f.window->console()->setConfirmHook([](const QString&) { return true; });
        s->pauseButton()->click();
        QVERIFY(f.window->console()->lastConfirmation().contains(QStringLiteral("etl_daily")));
        QTRY_VERIFY_WITH_TIMEOUT(s->model()->row(s->model()->rowOfName(QStringLiteral("etl_daily"))).paused, 10000);
        QTRY_VERIFY(s->resumeButton()->isEnabled());
    }

    void instancesAreCreatedAndDeleted()
    {
        TriggersScreen* s = screen();
        QVERIFY(select(QStringLiteral("s3_file_arrived")));
        QTRY_COMPARE_WITH_TIMEOUT(s->detail()->instancesTable()->rowCount(), 1, 10000);
        QTRY_VERIFY(s->detail()->newInstanceButton()->isEnabled());
        s->detail()->newInstanceButton()->click();
        QPointer<CreateInstanceDialog> dialog = s->instanceDialog();
        QVERIFY(dialog);
        dialog->createButton()->click(); // no name
        QVERIFY(dialog->problemLabel()->isVisible());
        dialog->nameEdit()->setText(QStringLiteral("us-hourly"));
        dialog->cronEdit()->setText(QStringLiteral("0 * * * *"));
        dialog->createButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(s->detail()->instancesTable()->rowCount(), 2, 10000);
        QVERIFY(!dialog || !dialog->isVisible());

        QTableWidget* table = s->detail()->instancesTable();
        const auto found = table->findItems(QStringLiteral("us-hourly"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        table->setCurrentCell(found.first()->row(), 0);
        QTRY_VERIFY(s->detail()->deleteInstanceButton()->isEnabled());
        // A refresh (the auto-refresh's path) keeps the selected instance.
        QSignalSpy reloaded(s->inspector(), &TriggerInspector::instancesChanged);
        s->model()->refresh();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(s->detail()->selectedInstance(), QStringLiteral("us-hourly"));
        f.window->console()->setConfirmHook([](const QString&) { return true; });
        s->detail()->deleteInstanceButton()->click();
        QVERIFY(f.window->console()->lastConfirmation().contains(QStringLiteral("us-hourly")));
        QTRY_COMPARE_WITH_TIMEOUT(s->detail()->instancesTable()->rowCount(), 1, 10000);
    }

    void aReadKeyGetsNoActionsAndIsToldWhy()
    {
        QVERIFY(reconnectWithReadKey(f));
        TriggersScreen* s = screen();
        QVERIFY(select(QStringLiteral("s3_file_arrived")));
        QTRY_VERIFY_WITH_TIMEOUT(s->inspector()->hasInterface(), 10000);
        for (QPushButton* b : { s->pauseButton(), s->fireButton(), s->detail()->newInstanceButton() }) {
            QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
            QVERIFY2(b->toolTip().contains(QStringLiteral("read")), qPrintable(b->toolTip()));
        }
    }
};

QTEST_MAIN(TestTriggersScreen)
#include "tst_triggersscreen.moc"

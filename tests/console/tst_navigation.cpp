// The console's sidebar: every screen has an entry and Ctrl+<n>; other screens open the runs
// screen pre-filtered or on a run; the window still fits 1280×800.
#include "consolecontext.h"
#include "consolefixture.h"
#include "consolenavigator.h"
#include "consolescreen.h"
#include "failedrunsview.h"

#include <cloacinamodels/executionlistmodel.h>
#include <cloacinamodels/runmodels.h>

#include <QComboBox>
#include <QListWidget>
#include <QTableView>

using namespace Cloacina;
using namespace Cloacina::Monitor;

class TestNavigation : public QObject {
    Q_OBJECT
    ConsoleFixture f;

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.start());
        f.sim->createExecutions(3, QStringLiteral("Failed"));
        f.sim->createExecutions(2, QStringLiteral("Completed"));
        // The window's first list may have been fetched before the runs existed; the next
        // auto-refresh is seconds away.
        f.window->executions()->reload();
    }
    void cleanup() { f.stop(); }

    void everyScreenHasAnEntryAndAShortcut()
    {
        ConsoleNavigator* nav = f.window->navigator();
        const QList<ConsoleScreen*> screens = nav->screens();
        QVERIFY(!screens.isEmpty());
        QCOMPARE(nav->sidebar()->count(), screens.size());
        for (int i = 0; i < screens.size() && i < 9; ++i) {
            if (!screens.at(i)->isAvailable())
                continue;
            QTest::keyClick(f.window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(nav->currentScreen(), screens.at(i));
            QCOMPARE(nav->sidebar()->currentRow(), i);
            QVERIFY(!screens.at(i)->title().isEmpty());
        }
    }

    void anotherScreenOpensTheRunsListFiltered()
    {
        QVERIFY(f.window->showScreen(QStringLiteral("runs"), { { QStringLiteral("status"), QStringLiteral("Completed") } }));
        QCOMPARE(f.window->navigator()->currentScreen()->screenId(), QStringLiteral("runs"));
        QCOMPARE(f.window->executions()->statusFilter(), QStringList { QStringLiteral("Completed") });
        QTRY_COMPARE_WITH_TIMEOUT(f.window->executions()->rowCount(), 2, 10000);
        f.window->showScreen(QStringLiteral("runs"), { { QStringLiteral("status"), QStringLiteral("any") } });
        QVERIFY(f.window->executions()->statusFilter().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(f.window->executions()->rowCount(), 5, 10000);
        QVERIFY(!f.window->showScreen(QStringLiteral("no-such-screen")));
    }

    void anotherScreenOpensARun()
    {
        QTRY_VERIFY_WITH_TIMEOUT(f.window->executions()->rowCount() >= 3, 10000);
        const QString id = f.window->executions()->record(1).id;
        f.window->console()->openRun(id, QStringLiteral("public"));
        QCOMPARE(f.window->navigator()->currentScreen()->screenId(), QStringLiteral("runs"));
        QCOMPARE(f.window->runSession()->executionId(), id);
        QCOMPARE(f.window->failedRunsView()->currentRow(), 1);
    }

    void fitsA1280x800Screen()
    {
        QVERIFY(f.window->minimumSizeHint().width() <= 1280);
        QVERIFY(f.window->minimumSizeHint().height() <= 800);
    }
};

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"

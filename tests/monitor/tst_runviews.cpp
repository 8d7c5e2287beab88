// The run view's tabs fed directly through a RunSession's models (no server): what the
// operator sees of tasks, the timeline and the event filter.
#include "elidinglabel.h"
#include "ganttwidget.h"
#include "runview.h"

#include <cloacinamodels/failingtask.h>
#include <cloacinamodels/runmodels.h>
#include <cloacinamodels/taskfiltermodel.h>

#include <QCheckBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Cloacina;
using namespace Cloacina::Monitor;

namespace {
const QDateTime base = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

RunTask task(const QString& name, const QString& status, int startSec, int endSec = -1)
{
    RunTask t;
    t.id = QStringLiteral("id-") + name;
    t.taskName = QStringLiteral("public::pkg::wf::") + name;
    t.status = status;
    t.attempt = 1;
    t.maxAttempts = 3;
    t.createdAt = base; // rows are created when the run starts
    if (startSec >= 0)
        t.startedAt = base.addSecs(startSec);
    if (endSec >= 0)
        t.completedAt = base.addSecs(endSec);
    t.updatedAt = base.addSecs(endSec >= 0 ? endSec : 600);
    return t;
}

RunEvent makeEvent(int n, const QString& type)
{
    RunEvent r;
    r.id = QStringLiteral("ev-%1").arg(n);
    r.eventType = type;
    r.createdAt = base.addSecs(n);
    r.sequenceNum = n;
    return r;
}
} // namespace

//! Changes a scroll bar's range when the watched widget is hidden.
class RangeChangeOnHide : public QObject {
public:
    explicit RangeChangeOnHide(QScrollBar* bar)
        : m_bar(bar)
    {
    }
    bool fired = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Hide && !fired) {
            fired = true;
            m_bar->setRange(0, m_bar->maximum() + 10);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QScrollBar* m_bar;
};

class TestRunViews : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<RunSession> m_session;
    std::unique_ptr<RunView> m_view;

    int rowOf(const QString& name) const { return m_session->taskModel()->rowOfName(name); }

private slots:
    void init()
    {
        m_session = std::make_unique<RunSession>();
        m_view = std::make_unique<RunView>(m_session.get());
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_session->open(QStringLiteral("run-1")); // no client: models only
    }

    void cleanup()
    {
        m_view.reset();
        m_session.reset();
    }

    // Destroying a shown top-level view whose event log scrolls: ~QWidget hides the table, the
    // table resizes its scroll bar, and the auto-scroll handlers must not run on the
    // half-destroyed view (found by UBSan in the monitor benchmark; CI's sanitizer lane fails
    // this test without RunView's destructor).
    void destroyingAShownViewWithAFullLogIsSafe()
    {
        QList<RunEvent> events;
        for (int i = 1; i <= 500; ++i)
            events.append(makeEvent(i, QStringLiteral("task_completed")));
        m_session->eventModel()->appendEvents(events, m_session->eventModel()->generation());
        m_session->eventModel()->flush();
        auto* table = m_view->findChild<QTableView*>(QStringLiteral("eventTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->verticalScrollBar()->maximum() > 0);
        QTRY_COMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
        // What the table's layout does on a slow, crowded screen (the benchmark's case): its
        // scroll range changes while ~QWidget hides it.
        QScrollBar* bar = table->verticalScrollBar();
        RangeChangeOnHide growOnHide(bar);
        table->installEventFilter(&growOnHide);
        m_view.reset();
        QVERIFY(growOnHide.fired);
    }

    // Issue #16.4: skipped and not-started tasks have no start time and no bar.
    void neverStartedTasksHaveNoStartAndNoBar()
    {
        m_session->taskModel()->setTasks({ task(QStringLiteral("extract"), QStringLiteral("Completed"), 1, 30),
            task(QStringLiteral("cleanup"), QStringLiteral("Skipped"), -1),
            task(QStringLiteral("publish"), QStringLiteral("NotStarted"), -1),
            task(QStringLiteral("train"), QStringLiteral("Failed"), 30, 90) });
        TaskListModel* model = m_session->taskModel();
        for (const QString& name : { QStringLiteral("cleanup"), QStringLiteral("publish") }) {
            const QModelIndex idx = model->index(rowOf(name), 0);
            QVERIFY2(!idx.data(TaskListModel::StartedAtRole).toDateTime().isValid(), qPrintable(name));
            QCOMPARE(model->index(rowOf(name), TaskListModel::StartedColumn).data().toString(), QString());
            QCOMPARE(idx.data(TaskListModel::DurationRole).toLongLong(), -1);
            QVERIFY2(m_view->gantt()->barOfRow(rowOf(name)).isNull(), qPrintable(name));
        }
        QVERIFY(!m_view->gantt()->barOfRow(rowOf(QStringLiteral("extract"))).isNull());
        // The failed task's bar is as long as the task, not as the run.
        const QRect failed = m_view->gantt()->barOfRow(rowOf(QStringLiteral("train")));
        const QRect done = m_view->gantt()->barOfRow(rowOf(QStringLiteral("extract")));
        QVERIFY(failed.left() > done.left());
        // Without a run in progress nothing ticks as "running".
        QCOMPARE(model->lastEnd(), base.addSecs(90));
    }

    // Issue #16.4: the task table sorts by typed values and filters by text / problems.
    void taskTableSortsAndFilters()
    {
        m_session->taskModel()->setTasks({ task(QStringLiteral("extract"), QStringLiteral("Completed"), 0, 5),
            task(QStringLiteral("load_orders"), QStringLiteral("Completed"), 5, 125),
            task(QStringLiteral("load_users"), QStringLiteral("Failed"), 5, 15),
            task(QStringLiteral("report"), QStringLiteral("Skipped"), -1),
            task(QStringLiteral("notify"), QStringLiteral("Completed"), 15, 24) });
        m_view->tabs()->setCurrentIndex(RunView::TasksTab);
        QTableView* table = m_view->taskTable();
        QAbstractItemModel* shown = table->model();
        QCOMPARE(shown->rowCount(), 5);
        // No sort yet: the model's order.
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("extract"));
        QTest::keyClicks(m_view->taskSearch(), QStringLiteral("load"));
        QCOMPARE(shown->rowCount(), 2);
        m_view->taskSearch()->clear();
        m_view->findChild<QCheckBox*>(QStringLiteral("taskProblemsOnly"))->setChecked(true);
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("load_users"));
        m_view->findChild<QCheckBox*>(QStringLiteral("taskProblemsOnly"))->setChecked(false);
        // Sort by duration (numbers, not text: "2 min" > "10 s"), longest first.
        table->sortByColumn(TaskListModel::DurationColumn, Qt::DescendingOrder);
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("load_orders"));
        QCOMPARE(shown->index(1, 0).data().toString(), QStringLiteral("load_users"));
        table->sortByColumn(TaskListModel::DurationColumn, Qt::AscendingOrder);
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("extract"));
        QCOMPARE(shown->index(4, 0).data().toString(), QStringLiteral("report")); // no duration: last
    }

    // Issue #16.4: while a run is followed, rows keep their place (no sort chosen).
    void taskOrderStableWhileLive()
    {
        TaskListModel* model = m_session->taskModel();
        model->setTasks({ task(QStringLiteral("a"), QStringLiteral("Running"), 0),
            task(QStringLiteral("b"), QStringLiteral("Pending"), -1), task(QStringLiteral("c"), QStringLiteral("Running"), 1) });
        QAbstractItemModel* shown = m_view->taskTable()->model();
        const QStringList before = { shown->index(0, 0).data().toString(), shown->index(1, 0).data().toString(),
            shown->index(2, 0).data().toString() };
        // The server lists them in another order, b starts, a finishes.
        model->setTasks({ task(QStringLiteral("c"), QStringLiteral("Running"), 1), task(QStringLiteral("b"), QStringLiteral("Running"), 3),
            task(QStringLiteral("a"), QStringLiteral("Completed"), 0, 4), task(QStringLiteral("d"), QStringLiteral("Pending"), -1) });
        for (int i = 0; i < 3; ++i)
            QCOMPARE(shown->index(i, 0).data().toString(), before.at(i));
        QCOMPARE(shown->index(3, 0).data().toString(), QStringLiteral("d"));
    }

    // Issue #16.4: the timeline zooms, groups by status and jumps to the failed task.
    void timelineZoomsGroupsAndJumps()
    {
        QList<RunTask> tasks;
        for (int i = 0; i < 300; ++i)
            tasks.append(task(QStringLiteral("t%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("Completed"), i, i + 2));
        tasks[250] = task(QStringLiteral("t250"), QStringLiteral("Failed"), 250, 251);
        m_session->taskModel()->setTasks(tasks);
        m_view->tabs()->setCurrentIndex(RunView::TimelineTab);
        QScrollArea* scroll = m_view->timelineScroll();
        GanttWidget* gantt = m_view->gantt();
        QTRY_VERIFY(gantt->width() > 0 && gantt->width() <= scroll->viewport()->width());
        const int fitted = gantt->width();
        QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("zoomIn")), Qt::LeftButton);
        QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("zoomIn")), Qt::LeftButton);
        QCOMPARE(gantt->zoom(), 4.0);
        QTRY_VERIFY(gantt->width() > 3 * fitted);
        QVERIFY(scroll->horizontalScrollBar()->maximum() > 0);
        QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("zoomFit")), Qt::LeftButton);
        QCOMPARE(gantt->zoom(), 1.0);

        // Jump: the failed task's lane (deep down) is scrolled into view.
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("jumpToFailure")), Qt::LeftButton);
        const int failedRow = rowOf(QStringLiteral("t250"));
        const QRect lane = gantt->laneRect(gantt->laneOfRow(failedRow));
        const int top = scroll->verticalScrollBar()->value();
        QVERIFY2(lane.top() >= top && lane.bottom() <= top + scroll->viewport()->height(),
            qPrintable(QStringLiteral("lane %1..%2, visible %3..%4").arg(lane.top()).arg(lane.bottom()).arg(top).arg(top + scroll->viewport()->height())));

        // Group: problems first.
        m_view->findChild<QCheckBox*>(QStringLiteral("groupByStatus"))->setChecked(true);
        QCOMPARE(gantt->laneOfRow(failedRow), 0);
        QCOMPARE(gantt->laneOfRow(rowOf(QStringLiteral("t000"))), 1);
    }

    // Issue #16.5: a text filter does not carry over to the next run, and an active filter says so.
    void eventFilterIsVisibleAndPerRun()
    {
        QList<RunEvent> events;
        for (int i = 1; i <= 40; ++i)
            events.append(makeEvent(i, i == 40 ? QStringLiteral("task_failed") : QStringLiteral("task_completed")));
        m_session->eventModel()->appendEvents(events, m_session->eventModel()->generation());
        m_session->eventModel()->flush();
        QVERIFY(!m_view->eventFilterNotice()->isVisible());
        QTest::keyClicks(m_view->eventSearch(), QStringLiteral("failed"));
        QVERIFY(m_view->eventFilterNotice()->isVisible());
        QVERIFY2(m_view->eventFilterNotice()->text().contains(QStringLiteral("Showing 1 of 40")), qPrintable(m_view->eventFilterNotice()->text()));
        // The next run starts unfiltered.
        m_session->open(QStringLiteral("run-2"));
        m_session->eventModel()->appendEvents(events, m_session->eventModel()->generation());
        m_session->eventModel()->flush();
        QCOMPARE(m_view->eventSearch()->text(), QString());
        QCOMPARE(m_view->eventTable()->model()->rowCount(), 40);
        QVERIFY(!m_view->eventFilterNotice()->isVisible());
        // Failures only is a mode: it stays, and the notice says it hides rows.
        m_view->failuresOnlyBox()->setChecked(true);
        m_session->open(QStringLiteral("run-3"));
        m_session->eventModel()->appendEvents(events, m_session->eventModel()->generation());
        m_session->eventModel()->flush();
        QTRY_VERIFY(m_view->eventFilterNotice()->text().contains(QStringLiteral("of 40")));
        QVERIFY(m_view->eventFilterNotice()->isVisible());
        QVERIFY(m_view->eventFilterNotice()->text().contains(QStringLiteral("failures only")));
    }

    // Issue #16.5: the header counts failed tasks, not failure events.
    void headerCountsFailedTasks()
    {
        QList<RunEvent> events;
        for (int i = 1; i <= 3; ++i)
            events.append(makeEvent(i, QStringLiteral("task_failed"))); // one task, three attempts
        m_session->eventModel()->appendEvents(events, m_session->eventModel()->generation());
        m_session->eventModel()->flush();
        m_session->taskModel()->setTasks({ task(QStringLiteral("extract"), QStringLiteral("Completed"), 0, 5),
            task(QStringLiteral("train"), QStringLiteral("Failed"), 5, 9) });
        const QString counts = m_view->countsLabel()->text();
        QVERIFY2(counts.contains(QStringLiteral("1 failed")), qPrintable(counts));
        QVERIFY2(!counts.contains(QStringLiteral("3 failure")), qPrintable(counts));
    }

    // Issue #13.3: the failure pane shows what the QML monitor shows (one FailingTask): a
    // workflow-level failure without a failed task gives its reason, copyable.
    void failurePaneShowsAWorkflowFailureReason()
    {
        QVERIFY(!m_view->failure()->hasFailure());
        QVERIFY(m_view->errorText()->toPlainText().isEmpty());
        RunEvent failed = makeEvent(1, QStringLiteral("workflow_failed"));
        failed.rawEventData = QStringLiteral("{\"reason\":\"no runner available\"}");
        failed.eventData = QJsonObject { { QStringLiteral("reason"), QStringLiteral("no runner available") } };
        m_session->eventModel()->appendEvents({ failed }, m_session->eventModel()->generation());
        m_session->eventModel()->flush();
        QCOMPARE(m_view->errorText()->toPlainText(), QStringLiteral("no runner available"));
        auto* title = m_view->findChild<QLabel*>(QStringLiteral("failureTitle"));
        QVERIFY(title);
        QVERIFY2(title->text().contains(QStringLiteral("Failure")), qPrintable(title->text()));
        // A failed task row with its own text takes precedence, with attempt and time.
        RunTask t = task(QStringLiteral("train"), QStringLiteral("Failed"), 5, 9);
        t.lastError = QStringLiteral("Task execution failed: OOM");
        m_session->taskModel()->setTasks({ t });
        QCOMPARE(m_view->errorText()->toPlainText(), QStringLiteral("Task execution failed: OOM"));
        QVERIFY2(title->text().contains(QStringLiteral("train")) && title->text().contains(QStringLiteral("attempt 1/3")),
            qPrintable(title->text()));
    }
};

QTEST_MAIN(TestRunViews)
#include "tst_runviews.moc"

// FailingTask: the failure panel of both monitors (which task failed, its full error text and
// cause, the attempt, the time, the event fallback) read from a run's task rows and event log.
#include <cloacinamodels/failingtask.h>
#include <cloacinamodels/runeventmodel.h>
#include <cloacinamodels/tasklistmodel.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Cloacina;

namespace {
const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);

RunTask task(const QString& id, const QString& name, const QString& status, int minutes, const QString& error = {})
{
    RunTask t;
    t.id = id;
    t.taskName = name;
    t.status = status;
    t.attempt = 2;
    t.maxAttempts = 3;
    t.createdAt = t0;
    t.startedAt = t0;
    t.completedAt = t0.addSecs(60 * minutes);
    t.updatedAt = t.completedAt;
    t.lastError = error;
    return t;
}

RunEvent failureEvent(const QString& id, const QString& type, const QString& taskName, const QString& dataJson)
{
    RunEvent r;
    r.id = id;
    r.eventType = type;
    r.taskName = taskName;
    r.createdAt = t0.addSecs(600);
    r.rawEventData = dataJson;
    r.eventData = QJsonDocument::fromJson(dataJson.toUtf8()).object();
    r.origin = RunEvent::Origin::Push;
    return r;
}
} // namespace

class TestFailingTask : public QObject {
    Q_OBJECT
private slots:
    void noFailure()
    {
        TaskListModel tasks;
        RunEventModel events;
        FailingTask failing(&tasks, &events);
        tasks.setTasks({ task(QStringLiteral("a"), QStringLiteral("t::p::w::load"), QStringLiteral("Completed"), 1) });
        QVERIFY(!failing.hasFailure());
        QVERIFY(failing.taskName().isEmpty());
        QVERIFY(failing.errorText().isEmpty());
        QVERIFY(failing.copyText().isEmpty());
    }

    void lastFailedTaskRowWithItsFullErrorAndCause()
    {
        TaskListModel tasks;
        RunEventModel events;
        FailingTask failing(&tasks, &events);
        QSignalSpy changed(&failing, &FailingTask::changed);
        const QString error = QStringLiteral("Task execution error: Task execution failed: KeyError: 'id'\nTraceback line");
        tasks.setTasks({ task(QStringLiteral("a"), QStringLiteral("t::p::w::extract"), QStringLiteral("Failed"), 1, QStringLiteral("older")),
            task(QStringLiteral("b"), QStringLiteral("t::p::w::load"), QStringLiteral("Failed"), 5, error),
            task(QStringLiteral("c"), QStringLiteral("t::p::w::report"), QStringLiteral("Completed"), 9) });
        QCOMPARE(changed.count(), 1);
        QVERIFY(failing.hasFailure());
        QCOMPARE(failing.taskName(), QStringLiteral("load"));
        QCOMPARE(failing.taskFullName(), QStringLiteral("t::p::w::load"));
        QCOMPARE(failing.errorText(), error);
        QCOMPARE(failing.copyText(), error);
        QCOMPARE(failing.cause(), QStringLiteral("KeyError: 'id'\nTraceback line"));
        QCOMPARE(failing.attempt(), 2);
        QCOMPARE(failing.maxAttempts(), 3);
        QCOMPARE(failing.failedAt(), t0.addSecs(300));
        QVERIFY(!failing.fromEvent());
        // Nothing differs: no signal.
        tasks.setTasks(tasks.tasks());
        QCOMPARE(changed.count(), 1);
    }

    void errorDetailsWhenNoLastError()
    {
        TaskListModel tasks;
        FailingTask failing(&tasks, nullptr);
        RunTask t = task(QStringLiteral("a"), QStringLiteral("extract"), QStringLiteral("Failed"), 1);
        t.errorDetails = QStringLiteral("details only");
        tasks.setTasks({ t });
        QCOMPARE(failing.errorText(), QStringLiteral("details only"));
    }

    void failureEventWhenTheRowHasNoText()
    {
        TaskListModel tasks;
        RunEventModel events;
        events.setExecution(QStringLiteral("run"));
        FailingTask failing(&tasks, &events);
        tasks.setTasks({ task(QStringLiteral("a"), QStringLiteral("t::p::w::extract"), QStringLiteral("Failed"), 1) });
        QVERIFY(failing.hasFailure());
        QVERIFY(failing.errorText().isEmpty());
        events.appendEvents({ failureEvent(QStringLiteral("e1"), QStringLiteral("task_failed"), QStringLiteral("t::p::w::extract"),
            QStringLiteral("{\"error\":\"boom\"}")) });
        events.flush();
        QCOMPARE(failing.errorText(), QStringLiteral("boom"));
        QVERIFY(failing.fromEvent());
        QCOMPARE(failing.taskName(), QStringLiteral("extract"));
        QCOMPARE(failing.attempt(), 2); // still the row's
    }

    void workflowFailureWithoutAFailedTask()
    {
        TaskListModel tasks;
        RunEventModel events;
        events.setExecution(QStringLiteral("run"));
        FailingTask failing(&tasks, &events);
        events.appendEvents({ failureEvent(QStringLiteral("e1"), QStringLiteral("workflow_failed"), QString(),
            QStringLiteral("{\"reason\":\"no runner\"}")) });
        events.flush();
        QVERIFY(failing.hasFailure());
        QVERIFY(failing.taskName().isEmpty());
        QCOMPARE(failing.errorText(), QStringLiteral("no runner"));
        QCOMPARE(failing.attempt(), 0);
        QCOMPARE(failing.failedAt(), t0.addSecs(600));
        QVERIFY(failing.fromEvent());
        // A new run clears it.
        events.setExecution(QStringLiteral("next"));
        QVERIFY(!failing.hasFailure());
        QVERIFY(failing.errorText().isEmpty());
    }

    void modelsDestroyedFirst()
    {
        auto* tasks = new TaskListModel;
        FailingTask failing(tasks, nullptr);
        tasks->setTasks({ task(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("Failed"), 1, QStringLiteral("e")) });
        QVERIFY(failing.hasFailure());
        delete tasks;
        failing.update();
        QVERIFY(!failing.hasFailure());
    }
};

QTEST_MAIN(TestFailingTask)
#include "tst_failingtask.moc"

#include <cloacinamodels/tasklistmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Cloacina;

namespace {
RunTask task(const QString& id, const QString& status, int startSec, int endSec = -1)
{
    RunTask t;
    t.id = id;
    t.taskName = QStringLiteral("public::pkg::wf::") + id;
    t.status = status;
    t.attempt = 1;
    t.maxAttempts = 3;
    const QDateTime base = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    t.createdAt = base.addSecs(startSec);
    t.startedAt = base.addSecs(startSec);
    if (endSec >= 0)
        t.completedAt = base.addSecs(endSec);
    t.updatedAt = base.addSecs(endSec >= 0 ? endSec : startSec);
    return t;
}
} // namespace

class TestTaskListModel : public QObject {
    Q_OBJECT
private slots:
    void mergeById()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setExecution(QStringLiteral("run"));
        model.setTasks({ task(QStringLiteral("a"), QStringLiteral("Completed"), 0, 2),
            task(QStringLiteral("b"), QStringLiteral("Running"), 2) });
        QCOMPARE(model.rowCount(), 2);
        QPersistentModelIndex b = model.index(1, 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        RunTask failedB = task(QStringLiteral("b"), QStringLiteral("Failed"), 2, 5);
        failedB.lastError = QStringLiteral("ValueError: bad input\n  at line 3");
        model.setTasks({ task(QStringLiteral("a"), QStringLiteral("Completed"), 0, 2), failedB,
            task(QStringLiteral("c"), QStringLiteral("Skipped"), 5, 5) });
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(b.isValid());
        QCOMPARE(b.row(), 1);
        QCOMPARE(model.failingRow(), 1);
        QCOMPARE(model.index(1, TaskListModel::ErrorColumn).data().toString(), QStringLiteral("ValueError: bad input"));
        QCOMPARE(model.index(1, 0).data(TaskListModel::DurationRole).toLongLong(), 3000);
        QCOMPARE(model.index(1, TaskListModel::AttemptsColumn).data().toString(), QStringLiteral("1/3"));
        QCOMPARE(model.index(1, 0).data(TaskListModel::NameRole).toString(), QStringLiteral("b"));
        QCOMPARE(model.failedCount(), 1);
        model.setTasks({ failedB });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(b.row(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTaskListModel)
#include "tst_tasklistmodel.moc"

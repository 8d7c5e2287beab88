// Format::errorCause: the cause inside the engine's wrapped error texts (the shapes the
// engine's Display impls produce), used by the failed-runs list.
#include <cloacinamodels/format.h>

#include <QTest>

using namespace Cloacina;

class TestErrorCause : public QObject {
    Q_OBJECT
private slots:
    void cause_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cause");
        // ExecutorError::TaskExecution(TaskError::ExecutionFailed { message })
        QTest::newRow("executor + task") << "Task execution error: Task execution failed: KeyError: 'customer_id'"
                                         << "KeyError: 'customer_id'";
        // DispatchError::ExecutionFailed(message)
        QTest::newRow("dispatcher") << "Task execution failed: connection reset by peer"
                                    << "connection reset by peer";
        // WorkflowError::ExecutionFailed { message }
        QTest::newRow("workflow") << "Workflow execution failed: no runner"
                                  << "no runner";
        // ExecutorError::TaskExecution(TaskError::Unknown { task_id, message })
        QTest::newRow("unknown in task") << "Task execution error: Unknown error in task load: disk full"
                                         << "disk full";
        // Prefixes that say what failed are the cause themselves.
        QTest::newRow("timeout kept") << "Task execution error: Task timeout: extract exceeded 300s"
                                      << "Task timeout: extract exceeded 300s";
        QTest::newRow("context kept") << "Context error: Key not found: region"
                                      << "Context error: Key not found: region";
        QTest::newRow("no cause after prefixes") << "Task execution error: Task execution failed: "
                                                 << "Task execution error: Task execution failed: ";
        QTest::newRow("multi-line") << "Task execution error: Task execution failed: ValueError: bad\nTraceback…"
                                    << "ValueError: bad\nTraceback…";
        QTest::newRow("prefix not at start") << "retry: Task execution failed: x"
                                             << "retry: Task execution failed: x";
        QTest::newRow("plain") << "TimeoutError: deadline"
                               << "TimeoutError: deadline";
        QTest::newRow("empty") << QString() << QString();
    }

    void cause()
    {
        QFETCH(QString, text);
        QFETCH(QString, cause);
        QCOMPARE(Format::errorCause(text), cause);
    }
};

QTEST_MAIN(TestErrorCause)
#include "tst_errorcause.moc"

#pragma once

#include <cloacina/executionevent.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace Cloacina {

//! When a task row (the SDK's RunTask) ran, as the views draw it.
namespace TaskSpan {
    //! started_at; else created_at for a task that ran (running, retrying, completed, failed),
    //! since some runners do not stamp started_at. Invalid for a task that never started
    //! (pending, not started, skipped): it has no start time and no bar.
    QDateTime start(const RunTask& task);
    //! completed_at; for a terminal row that started but lacks it, updated_at. Invalid for a
    //! task that never started, and while it runs.
    QDateTime end(const RunTask& task);
    //! True when the task has started (it has a start()).
    inline bool hasStarted(const RunTask& task) { return start(task).isValid(); }
} // namespace TaskSpan

//! The tasks of one run, stored as the SDK's RunTask rows (ExecutionFollower::tasksChanged()).
//! setTasks() merges a fresh list by task execution id: changed rows
//! get dataChanged (per contiguous range), new rows are inserted, vanished rows removed; the
//! model is reset only by setExecution().
//!
//! Threading: GUI thread only.
class TaskListModel : public QAbstractTableModel {
    Q_OBJECT
    //! The execution whose tasks these are; set by setExecution().
    Q_PROPERTY(QString executionId READ executionId NOTIFY executionIdChanged)
    //! Number of rows.
    Q_PROPERTY(int count READ countProperty NOTIFY countChanged)
    //! Rows whose status is in the failure category.
    Q_PROPERTY(int failedCount READ failedCount NOTIFY countChanged)
    //! The earliest effective start of any row; invalid when none.
    Q_PROPERTY(QDateTime firstStart READ firstStart NOTIFY countChanged)
    //! The latest effective end of any row; invalid when none.
    Q_PROPERTY(QDateTime lastEnd READ lastEnd NOTIFY countChanged)
public:
    //! The table's columns, in display order.
    enum Column { NameColumn,
        StatusColumn,
        AttemptsColumn,
        StartedColumn,
        CompletedColumn,
        DurationColumn,
        ErrorColumn,
        ColumnCount };
    Q_ENUM(Column)
    //! Item data roles beyond Qt's; roleNames() gives their QML names.
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole, //!< short task name
        FullNameRole,
        StatusRole,
        SubStatusRole,
        CategoryRole, //!< status colour family ("failure", …)
        CategoryColorRole, //!< "#rrggbb"
        AttemptRole,
        MaxAttemptsRole,
        StartedAtRole, //!< QDateTime (effective start)
        CompletedAtRole, //!< QDateTime (effective end; invalid while running)
        DurationRole, //!< qint64 ms, -1 unknown
        ErrorTextRole, //!< full error text
        ErrorLineRole, //!< first line of the error
    };
    Q_ENUM(Role)

    //! An empty model with no execution.
    explicit TaskListModel(QObject* parent = nullptr);

    //! Number of rows; 0 for a valid \a parent.
    int rowCount(const QModelIndex& parent = {}) const override;
    //! ColumnCount; 0 for a valid \a parent.
    int columnCount(const QModelIndex& parent = {}) const override;
    //! The data of \a index for \a role: a column's display text, or one of the Role values.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    //! Translated column titles for horizontal headers.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! The QML names of the roles (e.g. `name`, `status`).
    QHash<int, QByteArray> roleNames() const override;

    //! The execution whose tasks these are.
    QString executionId() const { return m_executionId; }
    //! Clears the model (one reset) for \a executionId.
    Q_INVOKABLE void setExecution(const QString& executionId);
    //! Merges \a tasks (the complete current list) into the model.
    void setTasks(const QList<RunTask>& tasks);
    //! All rows, in model order.
    const QList<RunTask>& tasks() const { return m_rows; }
    //! The row \a row; must be in range.
    const RunTask& task(int row) const { return m_rows.at(row); }
    //! Row of the failed task that failed last (the failing task), or -1.
    Q_INVOKABLE int failingRow() const;
    //! Row of the task whose short or full name is \a name, or -1.
    int rowOfName(const QString& name) const;
    //! Rows whose status is in the failure category.
    int failedCount() const;
    //! The earliest effective start of any row; invalid when none.
    QDateTime firstStart() const;
    //! The latest effective end of any row; invalid when none.
    QDateTime lastEnd() const;

signals:
    //! setExecution() was called.
    void executionIdChanged();
    //! The rows changed: count, failedCount, firstStart or lastEnd may differ.
    void countChanged();

private:
    int countProperty() const { return rowCount(); }
    QList<RunTask> m_rows;
    QString m_executionId;
};

} // namespace Cloacina

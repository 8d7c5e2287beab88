#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace Cloacina {

//! One task of a run (`…/executions/{id}/tasks` row) as the model stores it.
struct TaskRecord {
    QString id; //!< Task execution UUID: the merge key.
    QString taskName; //!< As the server sends it (local or fully qualified).
    QString status; //!< e.g. "Running", "Completed", "Failed".
    QString subStatus; //!< empty when null
    int attempt = 0; //!< attempt number as the server reports it
    int maxAttempts = 0; //!< maximum number of attempts as the server reports it
    QDateTime createdAt; //!< when the task row was created
    QDateTime startedAt; //!< invalid until started (createdAt is the fallback start)
    QDateTime completedAt; //!< invalid while running
    QDateTime updatedAt; //!< when the task row last changed
    QString lastError; //!< `last_error`; empty when null
    QString errorDetails; //!< `error_details`; empty when null

    //! started_at; else created_at for a task that ran (running, retrying, completed, failed),
    //! since some runners do not stamp started_at. Invalid for a task that never started
    //! (pending, not started, skipped): it has no start time and no bar.
    QDateTime effectiveStart() const;
    //! True when the task has started (it has an effective start).
    bool hasStarted() const { return effectiveStart().isValid(); }
    //! completed_at; for a terminal row that started but lacks it, updated_at. Invalid for a
    //! task that never started.
    QDateTime effectiveEnd() const;
    //! last_error, else error_details.
    QString errorText() const { return lastError.isEmpty() ? errorDetails : lastError; }
    //! Member-wise equality (used to find changed rows).
    bool operator==(const TaskRecord& o) const;
};

//! The tasks of one run. setTasks() merges a fresh list by task execution id: changed rows
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
    enum Column { NameColumn, StatusColumn, AttemptsColumn, StartedColumn, CompletedColumn, DurationColumn, ErrorColumn, ColumnCount };
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
    void setTasks(const QList<TaskRecord>& tasks);
    //! All rows, in model order.
    const QList<TaskRecord>& tasks() const { return m_rows; }
    //! The row \a row; must be in range.
    const TaskRecord& task(int row) const { return m_rows.at(row); }
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
    QList<TaskRecord> m_rows;
    QString m_executionId;
};

} // namespace Cloacina

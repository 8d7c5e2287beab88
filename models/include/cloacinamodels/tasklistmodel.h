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
    QString status;
    QString subStatus;
    int attempt = 0;
    int maxAttempts = 0;
    QDateTime createdAt;
    QDateTime startedAt; //!< invalid until started (createdAt is the fallback start)
    QDateTime completedAt; //!< invalid while running
    QDateTime updatedAt;
    QString lastError;
    QString errorDetails;

    //! started_at, else created_at.
    QDateTime effectiveStart() const { return startedAt.isValid() ? startedAt : createdAt; }
    //! completed_at; for a terminal row without it, updated_at.
    QDateTime effectiveEnd() const;
    //! last_error, else error_details.
    QString errorText() const { return lastError.isEmpty() ? errorDetails : lastError; }
    bool operator==(const TaskRecord& o) const;
};

//! The tasks of one run. setTasks() merges a fresh list by task execution id: changed rows
//! get dataChanged (per contiguous range), new rows are inserted, vanished rows removed; the
//! model is reset only by setExecution().
//!
//! Threading: GUI thread only.
class TaskListModel : public QAbstractTableModel {
    Q_OBJECT
    Q_PROPERTY(QString executionId READ executionId NOTIFY executionIdChanged)
    Q_PROPERTY(int count READ countProperty NOTIFY countChanged)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY countChanged)
    Q_PROPERTY(QDateTime firstStart READ firstStart NOTIFY countChanged)
    Q_PROPERTY(QDateTime lastEnd READ lastEnd NOTIFY countChanged)
public:
    enum Column { NameColumn, StatusColumn, AttemptsColumn, StartedColumn, CompletedColumn, DurationColumn, ErrorColumn, ColumnCount };
    Q_ENUM(Column)
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

    explicit TaskListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString executionId() const { return m_executionId; }
    //! Clears the model (one reset) for \a executionId.
    Q_INVOKABLE void setExecution(const QString& executionId);
    //! Merges \a tasks (the complete current list) into the model.
    void setTasks(const QList<TaskRecord>& tasks);
    const QList<TaskRecord>& tasks() const { return m_rows; }
    const TaskRecord& task(int row) const { return m_rows.at(row); }
    //! Row of the failed task that failed last (the failing task), or -1.
    Q_INVOKABLE int failingRow() const;
    //! Row of the task whose short or full name is \a name, or -1.
    int rowOfName(const QString& name) const;
    int failedCount() const;
    QDateTime firstStart() const;
    QDateTime lastEnd() const;

signals:
    void executionIdChanged();
    void countChanged();

private:
    int countProperty() const { return rowCount(); }
    QList<TaskRecord> m_rows;
    QString m_executionId;
};

} // namespace Cloacina

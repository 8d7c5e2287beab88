#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace Cloacina {

class RunEventModel;
class TaskListModel;

//! What a run view's failure panel shows, for both monitors: which task failed, when, at which
//! attempt, and its full error text (with the engine's cause), read from the run's task rows
//! and event log.
//!
//! The failing task is the task row that failed last (TaskListModel::failingRow()). Its error
//! is the row's `last_error` (else `error_details`); when the row has none, or no task row
//! failed, the error of the last failure event is used (e.g. a `workflow_failed` reason), and
//! `fromEvent` says so. Everything updates when either model changes; `changed()` is emitted
//! only when a value differs.
//!
//! Lifetime: does not own the models; a model destroyed first reads as empty.
//! Threading: GUI thread only (the models' thread).
class FailingTask : public QObject {
    Q_OBJECT
    //! True when a task row failed or the log holds a failure event.
    Q_PROPERTY(bool hasFailure READ hasFailure NOTIFY changed)
    //! Short name of the failing task (`extract`), or empty (e.g. a workflow-level failure).
    Q_PROPERTY(QString taskName READ taskName NOTIFY changed)
    //! The name as the server sends it (`tenant::package::workflow::task`), or empty.
    Q_PROPERTY(QString taskFullName READ taskFullName NOTIFY changed)
    //! The full error text, every line; empty when the server reported none.
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    //! errorText without the engine's wrapping prefixes (Format::errorCause).
    Q_PROPERTY(QString cause READ cause NOTIFY changed)
    //! Attempt of the failing task row; 0 when the failure comes from an event only.
    Q_PROPERTY(int attempt READ attempt NOTIFY changed)
    //! Maximum attempts of the failing task row; 0 when the failure comes from an event only.
    Q_PROPERTY(int maxAttempts READ maxAttempts NOTIFY changed)
    //! When it failed: the row's effective end, else the failure event's time; invalid when unknown.
    Q_PROPERTY(QDateTime failedAt READ failedAt NOTIFY changed)
    //! True when errorText comes from a failure event rather than the task row.
    Q_PROPERTY(bool fromEvent READ fromEvent NOTIFY changed)

public:
    //! Watches \a tasks and (optionally) \a events; either may be null.
    explicit FailingTask(TaskListModel* tasks, RunEventModel* events, QObject* parent = nullptr);

    //! True when a task row failed or the log holds a failure event.
    bool hasFailure() const { return m_now.hasFailure; }
    //! Short name of the failing task, or empty.
    QString taskName() const { return m_now.taskName; }
    //! The failing task's name as the server sends it, or empty.
    QString taskFullName() const { return m_now.taskFullName; }
    //! The full error text; empty when the server reported none.
    QString errorText() const { return m_now.errorText; }
    //! errorText() without the engine's wrapping prefixes.
    QString cause() const;
    //! Attempt of the failing task row; 0 without one.
    int attempt() const { return m_now.attempt; }
    //! Maximum attempts of the failing task row; 0 without one.
    int maxAttempts() const { return m_now.maxAttempts; }
    //! When it failed; invalid when unknown.
    QDateTime failedAt() const { return m_now.failedAt; }
    //! True when errorText() comes from a failure event.
    bool fromEvent() const { return m_now.fromEvent; }
    //! What "Copy error" puts on the clipboard: the full error text (empty: nothing to copy).
    Q_INVOKABLE QString copyText() const { return m_now.errorText; }

    //! Re-reads both models now (they are also watched).
    void update();

signals:
    //! One or more of the values changed.
    void changed();

private:
    QPointer<TaskListModel> m_tasks;
    QPointer<RunEventModel> m_events;
    //! Everything the panel shows, compared as a whole to signal only real changes.
    struct Values {
        bool hasFailure = false;
        QString taskName;
        QString taskFullName;
        QString errorText;
        int attempt = 0;
        int maxAttempts = 0;
        QDateTime failedAt;
        bool fromEvent = false;
        bool operator==(const Values& o) const;
    };
    Values read() const;

    Values m_now;
};

} // namespace Cloacina

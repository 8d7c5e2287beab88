#include "cloacinamodels/failingtask.h"

#include "cloacinamodels/format.h"
#include "cloacinamodels/runeventmodel.h"
#include "cloacinamodels/tasklistmodel.h"

namespace Cloacina {

FailingTask::FailingTask(TaskListModel* tasks, RunEventModel* events, QObject* parent)
    : QObject(parent)
    , m_tasks(tasks)
    , m_events(events)
{
    for (QAbstractItemModel* model : { static_cast<QAbstractItemModel*>(tasks), static_cast<QAbstractItemModel*>(events) }) {
        if (!model)
            continue;
        connect(model, &QAbstractItemModel::modelReset, this, &FailingTask::update);
        connect(model, &QAbstractItemModel::rowsInserted, this, &FailingTask::update);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FailingTask::update);
        connect(model, &QAbstractItemModel::dataChanged, this, &FailingTask::update);
    }
    update();
}

QString FailingTask::cause() const
{
    return Format::errorCause(m_errorText);
}

void FailingTask::update()
{
    // Read through the roles: they are the models' stable surface.
    QString task;
    QString fullName;
    QString error;
    int attempt = 0;
    int maxAttempts = 0;
    QDateTime failedAt;
    bool fromEvent = false;
    const int row = m_tasks ? m_tasks->failingRow() : -1;
    if (row >= 0) {
        const QModelIndex index = m_tasks->index(row, 0);
        task = index.data(TaskListModel::NameRole).toString();
        fullName = index.data(TaskListModel::FullNameRole).toString();
        error = index.data(TaskListModel::ErrorTextRole).toString();
        attempt = index.data(TaskListModel::AttemptRole).toInt();
        maxAttempts = index.data(TaskListModel::MaxAttemptsRole).toInt();
        failedAt = index.data(TaskListModel::CompletedAtRole).toDateTime();
    }
    // The scan runs only when the log holds a failure (long logs rarely do).
    const int eventRow = m_events && m_events->failureCount() > 0 && error.isEmpty() ? m_events->lastFailureRow() : -1;
    if (eventRow >= 0) {
        const QModelIndex index = m_events->index(eventRow, 0);
        error = index.data(RunEventModel::ErrorTextRole).toString();
        fromEvent = !error.isEmpty();
        if (row < 0) {
            task = index.data(RunEventModel::TaskNameRole).toString();
            fullName = index.data(RunEventModel::TaskFullNameRole).toString();
            failedAt = index.data(RunEventModel::TimeRole).toDateTime();
        }
    }
    const bool hasFailure = row >= 0 || eventRow >= 0;
    if (hasFailure == m_hasFailure && task == m_taskName && fullName == m_taskFullName && error == m_errorText
        && attempt == m_attempt && maxAttempts == m_maxAttempts && failedAt == m_failedAt && fromEvent == m_fromEvent)
        return;
    m_hasFailure = hasFailure;
    m_taskName = task;
    m_taskFullName = fullName;
    m_errorText = error;
    m_attempt = attempt;
    m_maxAttempts = maxAttempts;
    m_failedAt = failedAt;
    m_fromEvent = fromEvent;
    emit changed();
}

} // namespace Cloacina

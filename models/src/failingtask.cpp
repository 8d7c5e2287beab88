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
    return Format::errorCause(m_now.errorText);
}

bool FailingTask::Values::operator==(const Values& o) const
{
    return hasFailure == o.hasFailure && taskName == o.taskName && taskFullName == o.taskFullName
        && errorText == o.errorText && attempt == o.attempt && maxAttempts == o.maxAttempts
        && failedAt == o.failedAt && fromEvent == o.fromEvent;
}

void FailingTask::update()
{
    const Values now = read();
    if (now == m_now)
        return;
    m_now = now;
    emit changed();
}

FailingTask::Values FailingTask::read() const
{
    // Read through the roles: they are the models' stable surface.
    Values v;
    const int row = m_tasks ? m_tasks->failingRow() : -1;
    if (row >= 0) {
        const QModelIndex index = m_tasks->index(row, 0);
        v.taskName = index.data(TaskListModel::NameRole).toString();
        v.taskFullName = index.data(TaskListModel::FullNameRole).toString();
        v.errorText = index.data(TaskListModel::ErrorTextRole).toString();
        v.attempt = index.data(TaskListModel::AttemptRole).toInt();
        v.maxAttempts = index.data(TaskListModel::MaxAttemptsRole).toInt();
        v.failedAt = index.data(TaskListModel::CompletedAtRole).toDateTime();
    }
    // The scan runs only when the log holds a failure (long logs rarely do).
    const int eventRow = m_events && m_events->failureCount() > 0 && v.errorText.isEmpty() ? m_events->lastFailureRow() : -1;
    if (eventRow >= 0) {
        const QModelIndex index = m_events->index(eventRow, 0);
        v.errorText = index.data(RunEventModel::ErrorTextRole).toString();
        v.fromEvent = !v.errorText.isEmpty();
        if (row < 0) {
            v.taskName = index.data(RunEventModel::TaskNameRole).toString();
            v.taskFullName = index.data(RunEventModel::TaskFullNameRole).toString();
            v.failedAt = index.data(RunEventModel::TimeRole).toDateTime();
        }
    }
    v.hasFailure = row >= 0 || eventRow >= 0;
    return v;
}

} // namespace Cloacina

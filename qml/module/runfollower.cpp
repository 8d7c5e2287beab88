#include "runfollower.h"

#include <cloacinamodels/eventtypes.h>

namespace Cloacina::Qml {

RunFollower::RunFollower(QObject* parent)
    : RunSession(parent)
    , m_filter(new RunEventFilterModel(this))
{
    m_filter->setSourceModel(eventModel());
    connect(m_filter, &RunEventFilterModel::failuresOnlyChanged, this, &RunFollower::failuresOnlyChanged);
    connect(m_filter, &RunEventFilterModel::textChanged, this, &RunFollower::filterTextChanged);

    TaskListModel* tasks = taskModel();
    connect(tasks, &QAbstractItemModel::modelReset, this, &RunFollower::updateFailure);
    connect(tasks, &QAbstractItemModel::rowsInserted, this, &RunFollower::updateFailure);
    connect(tasks, &QAbstractItemModel::rowsRemoved, this, &RunFollower::updateFailure);
    connect(tasks, &QAbstractItemModel::dataChanged, this, &RunFollower::updateFailure);
    connect(eventModel(), &RunEventModel::flushed, this, &RunFollower::updateFailure);
    connect(eventModel(), &QAbstractItemModel::modelReset, this, &RunFollower::updateFailure);
}

void RunFollower::updateFailure()
{
    QString task;
    QString error;
    const TaskListModel* tasks = taskModel();
    const int row = tasks->failingRow();
    if (row >= 0) {
        const TaskRecord& record = tasks->task(row);
        task = EventTypes::shortTaskName(record.taskName);
        error = record.errorText();
    }
    if (error.isEmpty() && eventModel()->failureCount() > 0) {
        const RunEventModel* events = eventModel();
        const int eventRow = events->lastFailureRow();
        if (eventRow >= 0) {
            const QModelIndex index = events->index(eventRow, 0);
            error = events->data(index, RunEventModel::ErrorTextRole).toString();
            if (task.isEmpty())
                task = events->data(index, RunEventModel::TaskNameRole).toString();
        }
    }
    if (task == m_failingTask && error == m_failingError)
        return;
    m_failingTask = task;
    m_failingError = error;
    emit failureChanged();
}

void RunFollower::setPollIntervalMs(int ms)
{
    if (ms == m_pollInterval || ms <= 0)
        return;
    m_pollInterval = ms;
    setPollInterval(ms);
    emit pollIntervalChanged();
}

bool RunFollower::isTerminal() const
{
    return EventTypes::isTerminalStatus(status());
}

} // namespace Cloacina::Qml

#include "runfollower.h"

#include <cloacinamodels/eventtypes.h>
#include <cloacinamodels/taskgraphlayout.h>

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

    connect(this, &RunSession::taskGraphChanged, this, &RunFollower::updateGraphNodes);
    connect(tasks, &TaskListModel::countChanged, this, &RunFollower::updateGraphNodes);
}

void RunFollower::updateGraphNodes()
{
    const QList<TaskGraphNode>& nodes = taskGraph();
    const QList<QList<int>> columns = layeredColumns(nodes);
    const TaskListModel* tasks = taskModel();
    QVariantList placed;
    int rows = 0;
    for (int c = 0; c < columns.size(); ++c) {
        rows = qMax(rows, int(columns.at(c).size()));
        for (int k = 0; k < columns.at(c).size(); ++k) {
            const TaskGraphNode& n = nodes.at(columns.at(c).at(k));
            const int row = tasks->rowOfName(n.id);
            const QString status = row >= 0 ? tasks->task(row).status : QString();
            placed.append(QVariantMap { { QStringLiteral("id"), n.id }, { QStringLiteral("column"), c },
                { QStringLiteral("row"), k }, { QStringLiteral("dependencies"), n.dependencies },
                { QStringLiteral("description"), n.description }, { QStringLiteral("status"), status },
                { QStringLiteral("color"), status.isEmpty() ? QStringLiteral("#9e9e9e") : EventTypes::categoryColor(EventTypes::statusCategory(status)) } });
        }
    }
    if (placed == m_graphNodes && rows == m_graphRows && int(columns.size()) == m_graphColumns)
        return;
    m_graphNodes = placed;
    m_graphRows = rows;
    m_graphColumns = int(columns.size());
    emit graphNodesChanged();
}

void RunFollower::updateFailure()
{
    QString task;
    QString error;
    const TaskListModel* tasks = taskModel();
    const int row = tasks->failingRow();
    if (row >= 0) {
        const RunTask& record = tasks->task(row);
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

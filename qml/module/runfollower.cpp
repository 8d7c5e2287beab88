#include "runfollower.h"

#include <cloacinamodels/eventtypes.h>
#include <cloacinamodels/taskgraphlayout.h>

namespace Cloacina::Qml {

RunFollower::RunFollower(QObject* parent)
    : RunSession(parent)
    , m_filter(new RunEventFilterModel(this))
    , m_failure(new FailingTask(taskModel(), eventModel(), this))
{
    m_filter->setSourceModel(eventModel());
    connect(m_filter, &RunEventFilterModel::failuresOnlyChanged, this, &RunFollower::failuresOnlyChanged);
    connect(m_filter, &RunEventFilterModel::textChanged, this, &RunFollower::filterTextChanged);

    connect(m_failure, &FailingTask::changed, this, &RunFollower::failureChanged);

    connect(this, &RunSession::taskGraphChanged, this, &RunFollower::updateGraphNodes);
    connect(taskModel(), &TaskListModel::countChanged, this, &RunFollower::updateGraphNodes);
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

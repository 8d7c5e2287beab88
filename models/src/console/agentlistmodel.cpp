#include <cloacinamodels/console/agentlistmodel.h>

#include <cloacinamodels/format.h>

namespace Cloacina {

namespace {
    bool isLate(const AgentInfo& agent)
    {
        return agent.secondsSinceHeartbeat >= AgentListModel::LateAfterSeconds;
    }

    QString tenantOf(const AgentInfo& agent)
    {
        return agent.tenantId && !agent.tenantId->isNull() ? agent.tenantId->value() : QString();
    }
} // namespace

AgentListModel::AgentListModel(QObject* parent)
    : FleetListModel(parent)
{
}

int AgentListModel::lateCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), isLate));
}

QString AgentListModel::stateText(const AgentInfo& agent)
{
    if (isLate(agent))
        return tr("late heartbeat");
    if (agent.maxConcurrency > 0 && agent.availableCapacity == 0)
        return tr("full");
    return agent.inFlight > 0 ? tr("working") : tr("idle");
}

void AgentListModel::fetch(quint64 ticket)
{
    const auto keyOf = [](const AgentInfo& a) { return a.agentId; };
    if (!deniedReason().isEmpty()) {
        // The server would answer 403: ask nothing, and say why (emptyMessage()).
        mergeRows(m_rows, {}, keyOf, std::equal_to<AgentInfo>());
        finishRefresh(ticket);
        return;
    }
    if (backendReady(ticket))
        mergeAnswer(ticket, backend().listAgents(), m_rows, keyOf);
}

QString AgentListModel::emptyMessage() const
{
    if (!deniedReason().isEmpty())
        return tr("Agents are not listed for this key. %1").arg(deniedReason());
    return tr("No execution agent is connected: runs are executed by the server itself, or the agents are down.");
}

int AgentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgentInfo& a = m_rows.at(index.row());
    switch (role) {
    case AgentIdRole:
        return a.agentId;
    case TenantRole:
        return tenantOf(a);
    case TargetRole:
        return a.targetTriple;
    case CapabilitiesRole:
        return QStringList(a.capabilities);
    case InFlightRole:
        return a.inFlight;
    case MaxConcurrencyRole:
        return a.maxConcurrency;
    case AvailableRole:
        return a.availableCapacity;
    case HeartbeatSecondsRole:
        return a.secondsSinceHeartbeat;
    case LateRole:
        return isLate(a);
    case StateRole:
        return stateText(a);
    case Qt::ToolTipRole:
        if (index.column() == CapabilitiesColumn)
            return a.capabilities.join(QStringLiteral(", "));
        if (index.column() == HeartbeatColumn && isLate(a))
            return tr("Agents heartbeat every 15 s; the server drops an agent after 45 s of silence.");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == InFlightColumn || index.column() == CapacityColumn || index.column() == HeartbeatColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case AgentColumn:
            return a.agentId;
        case StateColumn:
            return stateText(a);
        case TenantColumn:
            return tenantOf(a).isEmpty() ? tr("(any)") : tenantOf(a);
        case TargetColumn:
            return a.targetTriple;
        case InFlightColumn:
            return a.inFlight;
        case CapacityColumn:
            return tr("%1 of %2 free").arg(a.availableCapacity).arg(a.maxConcurrency);
        case HeartbeatColumn:
            return tr("%1 s ago").arg(a.secondsSinceHeartbeat);
        case CapabilitiesColumn:
            return a.capabilities.join(QStringLiteral(", "));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AgentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case StateColumn:
        return tr("State");
    case TenantColumn:
        return tr("Tenant");
    case TargetColumn:
        return tr("Target");
    case InFlightColumn:
        return tr("In flight");
    case CapacityColumn:
        return tr("Capacity");
    case HeartbeatColumn:
        return tr("Last heartbeat");
    case CapabilitiesColumn:
        return tr("Capabilities");
    default:
        return {};
    }
}

QHash<int, QByteArray> AgentListModel::roleNames() const
{
    return { { AgentIdRole, "agentId" }, { TenantRole, "tenant" }, { TargetRole, "target" },
        { CapabilitiesRole, "capabilities" }, { InFlightRole, "inFlight" }, { MaxConcurrencyRole, "maxConcurrency" },
        { AvailableRole, "available" }, { HeartbeatSecondsRole, "heartbeatSeconds" }, { LateRole, "late" },
        { StateRole, "state" } };
}

} // namespace Cloacina

#include <cloacinamodels/console/reactorlistmodel.h>

#include "graphfields_p.h"

namespace Cloacina {

ReactorListModel::ReactorListModel(QObject* parent)
    : GraphConsoleModel(parent)
{
}

int ReactorListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReactorListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReactorStatus& r = m_rows.at(index.row());
    const ComponentHealth health = componentHealth(r.health);
    const QDateTime lastFired = Detail::timeOf(r.lastFiredAt);
    const QStringList graphs = r.boundGraphs.value_or(QList<QString>());
    switch (role) {
    case NameRole:
        return r.name;
    case HealthRole:
        return health.state;
    case HealthTextRole:
        return health.text();
    case HealthLevelRole:
        return int(health.level);
    case DegradedRole:
        return health.isDegraded();
    case AccumulatorsRole:
        return QStringList(r.accumulators);
    case BoundGraphsRole:
        return graphs;
    case ReactionModeRole:
        return Detail::textOf(r.reactionMode);
    case InputStrategyRole:
        return Detail::textOf(r.inputStrategy);
    case FiresRole:
        return Detail::countOf(r.fires);
    case LastFiredRole:
        return lastFired;
    case PausedRole:
        return r.paused;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case HealthColumn:
            return r.paused ? tr("%1 (paused)").arg(health.text()) : health.text();
        case ModeColumn: {
            const QString mode = Detail::textOf(r.reactionMode);
            const QString strategy = Detail::textOf(r.inputStrategy);
            return strategy.isEmpty() ? mode : tr("%1, %2").arg(mode, strategy);
        }
        case GraphsColumn:
            return graphs.join(QStringLiteral(", "));
        case FiresColumn:
            return Detail::countOf(r.fires);
        case LastFiredColumn:
            return Detail::ageCell(lastFired, role);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == FiresColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ReactorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Reactor");
    case HealthColumn:
        return tr("Health");
    case ModeColumn:
        return tr("Reaction");
    case GraphsColumn:
        return tr("Graphs");
    case FiresColumn:
        return tr("Fires");
    case LastFiredColumn:
        return tr("Last fired");
    }
    return {};
}

QHash<int, QByteArray> ReactorListModel::roleNames() const
{
    return { { NameRole, "name" }, { HealthRole, "health" }, { HealthTextRole, "healthText" },
        { HealthLevelRole, "healthLevel" }, { DegradedRole, "degraded" },
        { AccumulatorsRole, "accumulators" }, { BoundGraphsRole, "boundGraphs" },
        { ReactionModeRole, "reactionMode" }, { InputStrategyRole, "inputStrategy" },
        { FiresRole, "fires" }, { LastFiredRole, "lastFiredAt" }, { PausedRole, "paused" } };
}

int ReactorListModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

void ReactorListModel::fetch(quint64 ticket)
{
    if (backendReady(ticket))
        mergeAnswer(ticket, backend().listReactors(), m_rows, [](const ReactorStatus& r) { return r.name; });
}

QString ReactorListModel::emptyMessage() const
{
    return tr("No reactors are running.");
}

} // namespace Cloacina

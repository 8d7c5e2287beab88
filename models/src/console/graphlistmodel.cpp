#include <cloacinamodels/console/graphlistmodel.h>

#include "graphfields_p.h"

namespace Cloacina {

GraphListModel::GraphListModel(QObject* parent)
    : GraphConsoleModel(parent)
{
    connect(this, &RefreshableListModel::refreshed, this, &GraphListModel::countsChanged);
    connect(this, &RefreshableListModel::countChanged, this, &GraphListModel::countsChanged);
}

int GraphListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GraphListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GraphStatus& g = m_rows.at(index.row());
    const ComponentHealth health = componentHealth(g.health);
    const QDateTime lastFired = Detail::timeOf(g.lastFiredAt);
    switch (role) {
    case NameRole:
        return g.name;
    case HealthRole:
        return health.state;
    case HealthTextRole:
        return health.text();
    case HealthLevelRole:
        return int(health.level);
    case DegradedRole:
        return health.isDegraded();
    case DisconnectedRole:
        return health.disconnected;
    case AccumulatorsRole:
        return QStringList(g.accumulators);
    case ReactorRole:
        return Detail::textOf(g.reactor);
    case FiresRole:
        return Detail::countOf(g.fires);
    case LastFiredRole:
        return lastFired;
    case PausedRole:
        return g.paused;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return g.name;
        case HealthColumn:
            return g.paused ? tr("%1 (paused)").arg(health.text()) : health.text();
        case AccumulatorsColumn:
            return QStringList(g.accumulators).join(QStringLiteral(", "));
        case FiresColumn:
            return Detail::countOf(g.fires);
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

QVariant GraphListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Graph");
    case HealthColumn:
        return tr("Health");
    case AccumulatorsColumn:
        return tr("Accumulators");
    case FiresColumn:
        return tr("Fires");
    case LastFiredColumn:
        return tr("Last fired");
    }
    return {};
}

QHash<int, QByteArray> GraphListModel::roleNames() const
{
    return { { NameRole, "name" }, { HealthRole, "health" }, { HealthTextRole, "healthText" },
        { HealthLevelRole, "healthLevel" }, { DegradedRole, "degraded" },
        { DisconnectedRole, "disconnected" }, { AccumulatorsRole, "accumulators" },
        { ReactorRole, "reactor" }, { FiresRole, "fires" }, { LastFiredRole, "lastFiredAt" },
        { PausedRole, "paused" } };
}

int GraphListModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

int GraphListModel::degradedCount() const
{
    int n = 0;
    for (const GraphStatus& g : m_rows)
        n += componentHealth(g.health).isDegraded();
    return n;
}

void GraphListModel::fetch(quint64 ticket)
{
    if (backendReady(ticket))
        mergeAnswer(ticket, backend().listGraphs(), m_rows, [](const GraphStatus& g) { return g.name; });
}

QString GraphListModel::emptyMessage() const
{
    return tr("No computation graphs are loaded.");
}

} // namespace Cloacina

#include <cloacinamodels/console/accumulatorlistmodel.h>

#include "graphfields_p.h"

namespace Cloacina {

AccumulatorListModel::AccumulatorListModel(QObject* parent)
    : GraphConsoleModel(parent)
{
}

void AccumulatorListModel::setNames(const QStringList& names)
{
    if (names == m_names)
        return;
    m_names = names;
    Q_EMIT namesChanged();
    if (client())
        refresh();
}

int AccumulatorListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccumulatorListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccumulatorStatus& a = m_rows.at(index.row());
    // `state` is the health word; older servers only send `status`.
    const QString stateText = Detail::textOf(a.state);
    const ComponentHealth health = componentHealth(stateText.isEmpty() ? a.status : QJsonValue(stateText));
    const QDateTime lastEvent = Detail::timeOf(a.lastEventAt);
    switch (role) {
    case NameRole:
        return a.name;
    case StateRole:
        return health.state;
    case HealthLevelRole:
        return int(health.level);
    case DegradedRole:
        return health.isDegraded();
    case LastEventRole:
        return lastEvent;
    case LastEventAgeRole:
        return lastEvent.isValid() ? QVariant(qMax<qint64>(0, lastEvent.secsTo(QDateTime::currentDateTimeUtc())))
                                   : QVariant();
    case EventsRole:
        return Detail::countOf(a.eventsTotal);
    case OperatorInjectsRole:
        return Detail::countOf(a.operatorInjects);
    case ReactorRole:
        return Detail::textOf(a.reactor);
    case ErrorRole:
        return Detail::textOf(a.error);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return a.name;
        case StateColumn: {
            const QString error = Detail::textOf(a.error);
            return error.isEmpty() ? health.state : tr("%1: %2").arg(health.state, error);
        }
        case LastEventColumn:
            if (!lastEvent.isValid())
                return role == Qt::DisplayRole ? tr("never") : QVariant();
            return Detail::ageCell(lastEvent, role);
        case EventsColumn:
            return Detail::countOf(a.eventsTotal);
        case InjectsColumn:
            return Detail::countOf(a.operatorInjects);
        case ReactorColumn:
            return Detail::textOf(a.reactor);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == EventsColumn || index.column() == InjectsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant AccumulatorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Accumulator");
    case StateColumn:
        return tr("State");
    case LastEventColumn:
        return tr("Last event");
    case EventsColumn:
        return tr("Events");
    case InjectsColumn:
        return tr("Injects");
    case ReactorColumn:
        return tr("Reactor");
    }
    return {};
}

QHash<int, QByteArray> AccumulatorListModel::roleNames() const
{
    return { { NameRole, "name" }, { StateRole, "state" }, { HealthLevelRole, "healthLevel" },
        { DegradedRole, "degraded" }, { LastEventRole, "lastEventAt" },
        { LastEventAgeRole, "lastEventAgeSeconds" }, { EventsRole, "events" },
        { OperatorInjectsRole, "operatorInjects" }, { ReactorRole, "reactor" }, { ErrorRole, "error" } };
}

void AccumulatorListModel::fetch(quint64 ticket)
{
    if (!backendReady(ticket))
        return;
    adoptAnswer(ticket, backend().listAccumulators(), [this](const AccumulatorStatusList& list) {
        QList<AccumulatorStatus> fresh;
        if (m_names.isEmpty()) {
            fresh = list.items;
        } else {
            for (const QString& name : std::as_const(m_names)) {
                for (const AccumulatorStatus& a : list.items) {
                    if (a.name == name) {
                        fresh.append(a);
                        break;
                    }
                }
            }
        }
        mergeRows(
            m_rows, fresh, [](const AccumulatorStatus& a) { return a.name; }, std::equal_to<AccumulatorStatus>());
    });
}

QString AccumulatorListModel::emptyMessage() const
{
    return m_names.isEmpty() ? tr("No accumulators are running.") : tr("None of this graph's accumulators is running.");
}

} // namespace Cloacina

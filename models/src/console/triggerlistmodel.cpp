#include <cloacinamodels/console/triggerlistmodel.h>

#include "dtoconvert_p.h"

#include <cloacinamodels/format.h>

#include <cloacina/whenready.h>

namespace Cloacina {

QString TriggerRow::scheduleText() const
{
    if (!cronExpression.isEmpty())
        return cronExpression;
    if (pollIntervalMs > 0 && pollIntervalMs % 1000 == 0)
        return TriggerListModel::tr("every %1 s").arg(pollIntervalMs / 1000);
    if (pollIntervalMs > 0)
        return TriggerListModel::tr("every %1").arg(Format::duration(pollIntervalMs));
    return {};
}

bool TriggerRow::operator==(const TriggerRow& o) const
{
    return id == o.id && name == o.name && kind == o.kind && workflowName == o.workflowName
        && cronExpression == o.cronExpression && pollIntervalMs == o.pollIntervalMs && nextRunAt == o.nextRunAt
        && lastRunAt == o.lastRunAt && paused == o.paused && enabled == o.enabled;
}

TriggerListModel::TriggerListModel(QObject* parent)
    : RefreshableListModel(parent)
{
}

void TriggerListModel::setBackend(const TriggerBackend& backend)
{
    m_backend = backend;
    m_ownBackend = false;
    if (m_backend.isValid() && client())
        refresh();
}

void TriggerListModel::clientReplaced()
{
    if (m_ownBackend)
        m_backend = client() ? triggerBackend(client()) : TriggerBackend();
}

TriggerRow TriggerListModel::rowFrom(const TriggerScheduleSummary& s)
{
    TriggerRow r;
    r.id = s.id;
    r.kind = s.scheduleType;
    r.workflowName = s.workflowName;
    const QString trigger = Detail::textOf(s.triggerName);
    r.name = trigger.isEmpty() ? s.workflowName : trigger;
    r.cronExpression = Detail::textOf(s.cronExpression);
    if (s.pollIntervalMs && !s.pollIntervalMs->isNull())
        r.pollIntervalMs = s.pollIntervalMs->value();
    r.nextRunAt = Format::parseTimestamp(Detail::textOf(s.nextRunAt));
    r.lastRunAt = Format::parseTimestamp(Detail::textOf(s.lastRunAt));
    r.paused = s.paused.value_or(false);
    r.enabled = s.enabled;
    return r;
}

int TriggerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TriggerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TriggerRow& r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case NameRole:
        return r.name;
    case KindRole:
        return r.kind;
    case WorkflowNameRole:
        return r.workflowName;
    case ScheduleRole:
        return r.scheduleText();
    case NextRunRole:
        return r.nextRunAt;
    case LastRunRole:
        return r.lastRunAt;
    case PausedRole:
        return r.paused;
    case EnabledRole:
        return r.enabled;
    case Qt::ToolTipRole:
        if (index.column() == NextColumn)
            return Format::dateTime(r.nextRunAt);
        if (index.column() == LastColumn)
            return Format::dateTime(r.lastRunAt);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case KindColumn:
            return r.kind;
        case WorkflowColumn:
            return r.workflowName;
        case ScheduleColumn:
            return r.scheduleText();
        case NextColumn:
            return r.paused ? tr("paused") : Format::dateTime(r.nextRunAt);
        case LastColumn:
            return r.lastRunAt.isValid() ? Format::relativeTime(r.lastRunAt) : tr("never");
        case PausedColumn:
            return r.paused ? tr("paused") : r.enabled ? QString()
                                                       : tr("disabled");
        }
        return {};
    }
    return {};
}

QVariant TriggerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case WorkflowColumn:
        return tr("Workflow");
    case ScheduleColumn:
        return tr("Schedule");
    case NextColumn:
        return tr("Next fire");
    case LastColumn:
        return tr("Last fire");
    case PausedColumn:
        return tr("State");
    }
    return {};
}

QHash<int, QByteArray> TriggerListModel::roleNames() const
{
    return { { IdRole, "scheduleId" }, { NameRole, "name" }, { KindRole, "kind" }, { WorkflowNameRole, "workflowName" },
        { ScheduleRole, "schedule" }, { NextRunRole, "nextRunAt" }, { LastRunRole, "lastRunAt" },
        { PausedRole, "paused" }, { EnabledRole, "enabled" }, { Qt::DisplayRole, "display" } };
}

TriggerRow TriggerListModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : TriggerRow();
}

int TriggerListModel::rowOfId(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int TriggerListModel::rowOfName(const QString& name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

QString TriggerListModel::emptyMessage() const
{
    return tr("No schedule or trigger is registered in this tenant.");
}

void TriggerListModel::fetch(quint64 ticket)
{
    if (!m_backend.isValid()) {
        finishRefresh(ticket, Error::make(Error::Kind::Network, tr("Not connected to a server.")));
        return;
    }
    whenReady(m_backend.listTriggers(m_backend.defaultTenant()), this,
        [this, ticket](const Result<QList<TriggerScheduleSummary>>& r) {
            if (!isCurrent(ticket))
                return;
            if (!r) {
                finishRefresh(ticket, r.error());
                return;
            }
            QList<TriggerRow> fresh;
            for (const TriggerScheduleSummary& s : r.value())
                fresh.append(rowFrom(s));
            mergeRows(
                m_rows, fresh, [](const TriggerRow& x) { return x.id; },
                [](const TriggerRow& a, const TriggerRow& b) { return a == b; });
            finishRefresh(ticket);
        });
}

} // namespace Cloacina

#include <cloacinamodels/console/compilerstatusmodel.h>

#include <cloacinamodels/format.h>

namespace Cloacina {

namespace {
    QDateTime timeOf(const std::optional<Nullable<QString>>& text)
    {
        return text && !text->isNull() ? Format::parseTimestamp(text->value()) : QDateTime();
    }

    QString whenText(const QDateTime& when)
    {
        return when.isValid() ? Format::relativeTime(when) : CompilerStatusModel::tr("never");
    }
} // namespace

CompilerStatusModel::CompilerStatusModel(QObject* parent)
    : FleetListModel(parent)
{
    // Every change of the one row is a change of the properties.
    connect(this, &QAbstractItemModel::dataChanged, this, &CompilerStatusModel::statusChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &CompilerStatusModel::statusChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &CompilerStatusModel::statusChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &CompilerStatusModel::statusChanged);
}

void CompilerStatusModel::adopt(QList<CompilerStatus> rows)
{
    mergeRows(
        m_rows, std::move(rows), [](const CompilerStatus&) { return 0; }, std::equal_to<CompilerStatus>());
}

void CompilerStatusModel::fetch(quint64 ticket)
{
    if (!deniedReason().isEmpty()) {
        // The server would answer 403: ask nothing, and say why (emptyMessage()).
        adopt({});
        finishRefresh(ticket);
        return;
    }
    if (backendReady(ticket))
        adoptAnswer(ticket, backend().compilerStatus(), [this](const CompilerStatus& status) { adopt({ status }); });
}

QString CompilerStatusModel::emptyMessage() const
{
    if (!deniedReason().isEmpty())
        return tr("The compiler's state is not shown to this key. %1").arg(deniedReason());
    return tr("The server reported no compiler state.");
}

QString CompilerStatusModel::status() const
{
    return m_rows.isEmpty() ? QString() : m_rows.first().status;
}

qint64 CompilerStatusModel::pending() const
{
    return m_rows.isEmpty() ? 0 : m_rows.first().pending;
}

qint64 CompilerStatusModel::building() const
{
    return m_rows.isEmpty() ? 0 : m_rows.first().building;
}

QDateTime CompilerStatusModel::lastSuccessAt() const
{
    return m_rows.isEmpty() ? QDateTime() : timeOf(m_rows.first().lastSuccessAt);
}

QDateTime CompilerStatusModel::lastFailureAt() const
{
    return m_rows.isEmpty() ? QDateTime() : timeOf(m_rows.first().lastFailureAt);
}

qint64 CompilerStatusModel::heartbeatSeconds() const
{
    if (m_rows.isEmpty())
        return -1;
    const auto& beat = m_rows.first().secondsSinceHeartbeat;
    return beat && !beat->isNull() ? beat->value() : -1;
}

int CompilerStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompilerStatusModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::ToolTipRole) {
        if (index.column() == LastSuccessColumn)
            return Format::dateTime(lastSuccessAt());
        if (index.column() == LastFailureColumn)
            return Format::dateTime(lastFailureAt());
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StatusColumn:
        return status();
    case PendingColumn:
        return pending();
    case BuildingColumn:
        return building();
    case LastSuccessColumn:
        return whenText(lastSuccessAt());
    case LastFailureColumn:
        return whenText(lastFailureAt());
    case HeartbeatColumn:
        return heartbeatSeconds() < 0 ? tr("unknown") : tr("%1 s ago").arg(heartbeatSeconds());
    default:
        return {};
    }
}

QVariant CompilerStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("State");
    case PendingColumn:
        return tr("Pending");
    case BuildingColumn:
        return tr("Building");
    case LastSuccessColumn:
        return tr("Last success");
    case LastFailureColumn:
        return tr("Last failure");
    case HeartbeatColumn:
        return tr("Heartbeat");
    default:
        return {};
    }
}

} // namespace Cloacina

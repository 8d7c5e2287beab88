#include <cloacinamodels/format.h>
#include <cloacinamodels/runeventmodel.h>

#include "logging_p.h"
#include "runeventrows_p.h"

#include <QSet>

#include <algorithm>

namespace Cloacina {

namespace {
    QString sourceName(RunEvent::Origin origin)
    {
        switch (origin) {
        case RunEvent::Origin::History:
            return QStringLiteral("history");
        case RunEvent::Origin::Push:
            return QStringLiteral("live");
        case RunEvent::Origin::Poll:
            return QStringLiteral("poll");
        }
        return {};
    }

    bool isFailureType(const QString& eventType)
    {
        return EventTypes::category(eventType) == EventTypes::Category::Failure;
    }

    using Row = Detail::RunEventRows::Row;

    QDateTime timeOf(const Row& r) { return Detail::RunEventRows::timeOf(r); }

    QVariant sequenceOf(const Row& r)
    {
        return r.sequence == Detail::RunEventRows::noSequence ? QVariant() : QVariant(r.sequence);
    }

    // Event data stays bytes in a row: the text only for the rows shown.
    QString dataOf(const Row& r) { return r.data.isNull() ? QString() : QString::fromUtf8(r.data); }
} // namespace

RunEventModel::RunEventModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_rows(std::make_unique<Detail::RunEventRows>())
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &RunEventModel::flush);
}

RunEventModel::~RunEventModel() = default;

int RunEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows->size());
}

int RunEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 RunEventModel::trimmedCount() const { return m_rows->trimmed() + m_droppedFromBatches; }

int RunEventModel::failureCount() const { return m_rows->failureCount(); }

RunEvent RunEventModel::event(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows->size());
    return m_rows->event(row, m_executionId);
}

int RunEventModel::rowOfId(const QString& id) const
{
    return int(m_rows->rowOf(id));
}

int RunEventModel::lastFailureRow() const
{
    return int(m_rows->lastFailureRow());
}

QVariant RunEventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows->at(index.row());
    const QString type = m_rows->name(r.type);
    const QString task = m_rows->name(r.task);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return Format::timeOfDay(timeOf(r));
        case EventColumn:
            return EventTypes::label(type);
        case TaskColumn:
            return EventTypes::shortTaskName(task);
        case DetailsColumn: {
            const QString data = dataOf(r);
            const QString error = EventTypes::errorText(type, data);
            return error.isEmpty() ? EventTypes::summarizeEventData(type, data) : Format::firstLine(error, 300);
        }
        case SequenceColumn:
            return sequenceOf(r);
        case SourceColumn:
            return sourceName(r.origin);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == EventColumn)
            return type;
        if (index.column() == TaskColumn)
            return task;
        if (index.column() == DetailsColumn)
            return EventTypes::prettyEventData(dataOf(r));
        return {};
    case IdRole:
        return Detail::RunEventRows::idOf(r);
    case TimeRole:
        return timeOf(r);
    case TimeTextRole:
        return Format::timeOfDay(timeOf(r));
    case EventTypeRole:
        return type;
    case LabelRole:
        return EventTypes::label(type);
    case CategoryRole:
        return EventTypes::categoryName(EventTypes::category(type));
    case CategoryColorRole:
        return EventTypes::categoryColor(EventTypes::category(type));
    case KnownTypeRole:
        return EventTypes::isKnown(type);
    case TaskNameRole:
        return EventTypes::shortTaskName(task);
    case TaskFullNameRole:
        return task;
    case EventDataRole:
        return EventTypes::prettyEventData(dataOf(r));
    case SummaryRole:
        return EventTypes::summarizeEventData(type, dataOf(r));
    case ErrorTextRole:
        return EventTypes::errorText(type, dataOf(r));
    case SequenceNumRole:
        return r.sequence == Detail::RunEventRows::noSequence ? qint64(-1) : r.sequence;
    case SourceRole:
        return sourceName(r.origin);
    case IsFailureRole:
        return r.failure;
    default:
        return {};
    }
}

QVariant RunEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case TaskColumn:
        return tr("Task");
    case DetailsColumn:
        return tr("Details");
    case SequenceColumn:
        return tr("Seq");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

QHash<int, QByteArray> RunEventModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({
        { IdRole, "eventId" },
        { TimeRole, "time" },
        { TimeTextRole, "timeText" },
        { EventTypeRole, "eventType" },
        { LabelRole, "label" },
        { CategoryRole, "category" },
        { CategoryColorRole, "categoryColor" },
        { KnownTypeRole, "knownType" },
        { TaskNameRole, "taskName" },
        { TaskFullNameRole, "taskFullName" },
        { EventDataRole, "eventData" },
        { SummaryRole, "summary" },
        { ErrorTextRole, "errorText" },
        { SequenceNumRole, "sequenceNum" },
        { SourceRole, "source" },
        { IsFailureRole, "isFailure" },
    });
    return names;
}

void RunEventModel::setExecution(const QString& executionId)
{
    m_flushTimer.stop();
    beginResetModel();
    m_rows->clear();
    m_pendingUpdates.clear();
    m_droppedFromBatches = 0;
    m_executionId = executionId;
    ++m_generation;
    endResetModel();
    qCDebug(lcModel) << "event log reset for" << executionId << "generation" << m_generation;
    emit executionIdChanged();
    emit countChanged();
}

void RunEventModel::scheduleFlush()
{
    if (!m_flushTimer.isActive() && !m_flushQueued)
        m_flushTimer.start();
}

bool RunEventModel::appendEvents(const QList<RunEvent>& events, quint64 generation)
{
    if (generation != m_generation) {
        qCDebug(lcModel) << "dropping" << events.size() << "events of stale generation" << generation
                         << "(current" << m_generation << ")";
        return false;
    }
    if (events.isEmpty())
        return true;
    // Compact at once: a backlog waiting for its flush costs rows, not RunEvents. The feeder
    // merged them (ExecutionFollower): an id seen before is a feeder fault, dropped so that no
    // event shows twice.
    qsizetype duplicates = 0;
    for (const RunEvent& e : events)
        duplicates += m_rows->queue(e, isFailureType(e.eventType)) ? 0 : 1;
    if (duplicates > 0)
        qCDebug(lcModel) << "dropped" << duplicates << "event(s) already in the log";
    scheduleFlush();
    return true;
}

int RunEventModel::pendingCount() const { return int(m_rows->queuedCount()); }

void RunEventModel::appendEvents(const QList<RunEvent>& events)
{
    appendEvents(events, m_generation);
}

bool RunEventModel::updateEvents(const QList<RunEvent>& updates, quint64 generation)
{
    if (generation != m_generation)
        return false;
    if (updates.isEmpty())
        return true;
    m_pendingUpdates.append(updates);
    scheduleFlush();
    return true;
}

void RunEventModel::setMaxEvents(int max)
{
    if (max == m_maxEvents)
        return;
    m_maxEvents = max;
    emit maxEventsChanged();
    // Applied at the next flush: trimming stays one removal per flush.
    if (m_maxEvents > 0 && m_rows->size() > m_maxEvents)
        scheduleFlush();
}

void RunEventModel::flush()
{
    m_flushTimer.stop();
    // Bound the work of one flush so that a backlog (a large history, a burst) cannot stall the
    // event loop: the rest goes into the next flush, queued behind what else the loop has to do
    // (painting, input, the socket).
    std::vector<Row> fresh = m_rows->takeQueued(maxPerFlush);
    if (m_rows->queuedCount() > 0 && !m_flushQueued) {
        m_flushQueued = true;
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            m_flushQueued = false;
            if (generation == m_generation && (m_rows->queuedCount() > 0 || !m_pendingUpdates.isEmpty()))
                flush();
        });
    }
    std::vector<qint64> updatedSerials;

    // 1. Cap: trim the oldest rows in one removal (a batch larger than the cap keeps its tail).
    size_t keepFromFresh = fresh.size();
    qint64 trimNow = 0;
    const size_t rowsNow = size_t(m_rows->size());
    if (m_maxEvents > 0) {
        const size_t cap = size_t(m_maxEvents);
        if (fresh.size() >= cap) {
            keepFromFresh = cap;
            trimNow = qint64(rowsNow);
        } else if (rowsNow + fresh.size() > cap) {
            trimNow = qint64(rowsNow + fresh.size() - cap);
        }
    }
    const qint64 droppedFromBatch = qint64(fresh.size() - keepFromFresh);
    if (trimNow > 0) {
        beginRemoveRows({}, 0, int(trimNow - 1));
        m_rows->trimFront(trimNow);
        endRemoveRows();
    }

    // 2. One insertion for all new rows.
    if (keepFromFresh > 0) {
        const int first = int(m_rows->size());
        beginInsertRows({}, first, first + int(keepFromFresh) - 1);
        for (size_t i = size_t(droppedFromBatch); i < fresh.size(); ++i)
            m_rows->append(std::move(fresh[i]));
        endInsertRows();
    }
    m_droppedFromBatches += droppedFromBatch;

    // 2b. Updates touch rows still in the log and never add one (a trimmed id stays gone).
    // They wait until every queued event is in: an update may concern one of them.
    QList<RunEvent> updates;
    if (m_rows->queuedCount() == 0)
        updates.swap(m_pendingUpdates);
    for (const RunEvent& u : std::as_const(updates)) {
        const qsizetype row = m_rows->update(u);
        if (row >= 0)
            updatedSerials.push_back(m_rows->trimmed() + row);
    }

    // 3. One dataChanged per contiguous range of merged rows, with explicit roles.
    int updated = 0;
    if (!updatedSerials.empty()) {
        const qint64 trimmed = m_rows->trimmed();
        std::sort(updatedSerials.begin(), updatedSerials.end());
        updatedSerials.erase(std::unique(updatedSerials.begin(), updatedSerials.end()), updatedSerials.end());
        static const QList<int> roles = { Qt::DisplayRole, Qt::ToolTipRole, TaskNameRole, TaskFullNameRole,
            SequenceNumRole };
        size_t i = 0;
        while (i < updatedSerials.size()) {
            size_t j = i;
            while (j + 1 < updatedSerials.size() && updatedSerials[j + 1] == updatedSerials[j] + 1)
                ++j;
            const int top = int(updatedSerials[i] - trimmed);
            const int bottom = int(updatedSerials[j] - trimmed);
            updated += bottom - top + 1;
            emit dataChanged(index(top, 0), index(bottom, ColumnCount - 1), roles);
            i = j + 1;
        }
    }

    if (keepFromFresh > 0 || trimNow > 0)
        emit countChanged();
    if (keepFromFresh > 0 || updated > 0)
        emit flushed(int(keepFromFresh), updated);
}

RunEventFilterModel::RunEventFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void RunEventFilterModel::setFailuresOnly(bool on)
{
    if (m_failuresOnly == on)
        return;
    m_failuresOnly = on;
    invalidateFilter();
    emit failuresOnlyChanged();
}

void RunEventFilterModel::setText(const QString& text)
{
    if (m_text == text)
        return;
    m_text = text;
    invalidateFilter();
    emit textChanged();
}

bool RunEventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_failuresOnly && !idx.data(RunEventModel::IsFailureRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int role : { int(RunEventModel::LabelRole), int(RunEventModel::EventTypeRole),
             int(RunEventModel::TaskFullNameRole), int(RunEventModel::SummaryRole) }) {
        if (idx.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Cloacina

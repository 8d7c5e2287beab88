#include <cloacinamodels/format.h>
#include <cloacinamodels/runeventmodel.h>

#include "logging_p.h"

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

    bool isFailure(const RunEvent& r)
    {
        return EventTypes::category(r.eventType) == EventTypes::Category::Failure;
    }

    qint64 sequenceOf(const RunEvent& r) { return r.sequenceNum.value_or(-1); }
} // namespace

RunEventModel::RunEventModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &RunEventModel::flush);
}

RunEventModel::~RunEventModel() = default;

int RunEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const RunEvent& RunEventModel::event(int row) const
{
    Q_ASSERT(row >= 0 && size_t(row) < m_rows.size());
    return m_rows[size_t(row)];
}

int RunEventModel::rowOfId(const QString& id) const
{
    const auto it = m_serialOfId.constFind(id);
    return it == m_serialOfId.constEnd() ? -1 : int(*it - m_trimmed);
}

int RunEventModel::lastFailureRow() const
{
    for (qsizetype i = qsizetype(m_rows.size()) - 1; i >= 0; --i) {
        if (isFailure(m_rows[size_t(i)]))
            return int(i);
    }
    return -1;
}

QVariant RunEventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunEvent& r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return Format::timeOfDay(r.createdAt);
        case EventColumn:
            return EventTypes::label(r.eventType);
        case TaskColumn:
            return EventTypes::shortTaskName(r.taskName);
        case DetailsColumn: {
            const QString error = EventTypes::errorText(r.eventType, r.rawEventData);
            return error.isEmpty() ? EventTypes::summarizeEventData(r.eventType, r.rawEventData)
                                   : Format::firstLine(error, 300);
        }
        case SequenceColumn:
            return r.sequenceNum ? QVariant(*r.sequenceNum) : QVariant();
        case SourceColumn:
            return sourceName(r.origin);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == EventColumn)
            return r.eventType;
        if (index.column() == TaskColumn)
            return r.taskName;
        if (index.column() == DetailsColumn)
            return EventTypes::prettyEventData(r.rawEventData);
        return {};
    case IdRole:
        return r.id;
    case TimeRole:
        return r.createdAt;
    case TimeTextRole:
        return Format::timeOfDay(r.createdAt);
    case EventTypeRole:
        return r.eventType;
    case LabelRole:
        return EventTypes::label(r.eventType);
    case CategoryRole:
        return EventTypes::categoryName(EventTypes::category(r.eventType));
    case CategoryColorRole:
        return EventTypes::categoryColor(EventTypes::category(r.eventType));
    case KnownTypeRole:
        return EventTypes::isKnown(r.eventType);
    case TaskNameRole:
        return EventTypes::shortTaskName(r.taskName);
    case TaskFullNameRole:
        return r.taskName;
    case EventDataRole:
        return EventTypes::prettyEventData(r.rawEventData);
    case SummaryRole:
        return EventTypes::summarizeEventData(r.eventType, r.rawEventData);
    case ErrorTextRole:
        return EventTypes::errorText(r.eventType, r.rawEventData);
    case SequenceNumRole:
        return sequenceOf(r);
    case SourceRole:
        return sourceName(r.origin);
    case IsFailureRole:
        return isFailure(r);
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
    m_rows.clear();
    m_serialOfId.clear();
    m_pending.clear();
    m_pendingUpdates.clear();
    m_interned.clear();
    m_trimmed = 0;
    m_droppedFromBatches = 0;
    m_failures = 0;
    m_executionId = executionId;
    ++m_generation;
    endResetModel();
    qCDebug(lcModel) << "event log reset for" << executionId << "generation" << m_generation;
    emit executionIdChanged();
    emit countChanged();
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
    m_pending.append(events);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
    return true;
}

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
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
    return true;
}

bool RunEventModel::applyUpdate(RunEvent& row, const RunEvent& update)
{
    bool changed = false;
    if (update.sequenceNum && row.sequenceNum != update.sequenceNum) {
        row.sequenceNum = update.sequenceNum;
        changed = true;
    }
    if (!update.taskName.isEmpty() && row.taskName != update.taskName) {
        row.taskName = intern(update.taskName);
        changed = true;
    }
    return changed;
}

void RunEventModel::setMaxEvents(int max)
{
    if (max == m_maxEvents)
        return;
    m_maxEvents = max;
    emit maxEventsChanged();
    // Applied at the next flush: trimming stays one removal per flush.
    if (m_maxEvents > 0 && m_rows.size() > size_t(m_maxEvents) && !m_flushTimer.isActive())
        m_flushTimer.start();
}

QString RunEventModel::intern(const QString& s)
{
    if (s.isEmpty())
        return s;
    const auto it = m_interned.constFind(s);
    if (it != m_interned.constEnd())
        return *it;
    if (m_interned.size() > 4096) // bounded: event types and task names are few
        return s;
    m_interned.insert(s, s);
    return s;
}

void RunEventModel::flush()
{
    m_flushTimer.stop();
    QList<RunEvent> pending;
    // Bound the work of one flush so that a huge backlog (a 1M-event history) cannot stall the
    // event loop: the rest goes into the next flush, started right after this one.
    constexpr qsizetype maxPerFlush = 50000;
    if (m_pending.size() > maxPerFlush) {
        pending = m_pending.mid(0, maxPerFlush);
        m_pending.remove(0, maxPerFlush);
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation && !m_pending.isEmpty() && !m_flushTimer.isActive())
                flush();
        });
    } else {
        pending.swap(m_pending);
    }

    // 1. Keep the events new to the log. The feeder merged them (ExecutionFollower): an id seen
    // before is a feeder fault, dropped so that no event shows twice.
    std::vector<RunEvent> fresh;
    fresh.reserve(size_t(pending.size()));
    QSet<QString> freshIds;
    qsizetype duplicates = 0;
    for (RunEvent& e : pending) {
        if (!e.id.isEmpty()) {
            if (m_serialOfId.contains(e.id) || freshIds.contains(e.id)) {
                ++duplicates;
                continue;
            }
            freshIds.insert(e.id);
        }
        e.eventType = intern(e.eventType);
        e.taskName = intern(e.taskName);
        fresh.push_back(std::move(e));
    }
    if (duplicates > 0)
        qCDebug(lcModel) << "dropped" << duplicates << "event(s) already in the log";
    std::vector<qint64> updatedSerials;

    // 2. Cap: trim the oldest rows in one removal (a batch larger than the cap keeps its tail).
    size_t keepFromFresh = fresh.size();
    qint64 trimNow = 0;
    if (m_maxEvents > 0) {
        const size_t cap = size_t(m_maxEvents);
        if (fresh.size() >= cap) {
            keepFromFresh = cap;
            trimNow = qint64(m_rows.size());
        } else if (m_rows.size() + fresh.size() > cap) {
            trimNow = qint64(m_rows.size() + fresh.size() - cap);
        }
    }
    const qint64 droppedFromBatch = qint64(fresh.size() - keepFromFresh);
    if (trimNow > 0) {
        beginRemoveRows({}, 0, int(trimNow - 1));
        for (qint64 i = 0; i < trimNow; ++i) {
            const RunEvent& r = m_rows.front();
            if (!r.id.isEmpty())
                m_serialOfId.remove(r.id);
            if (isFailure(r))
                --m_failures;
            m_rows.pop_front();
        }
        m_trimmed += trimNow;
        endRemoveRows();
    }

    // 3. One insertion for all new rows.
    if (keepFromFresh > 0) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(keepFromFresh) - 1);
        qint64 serial = m_trimmed + qint64(m_rows.size());
        for (size_t i = size_t(droppedFromBatch); i < fresh.size(); ++i) {
            RunEvent& r = fresh[i];
            if (!r.id.isEmpty())
                m_serialOfId.insert(r.id, serial);
            if (isFailure(r))
                ++m_failures;
            ++serial;
            m_rows.push_back(std::move(r));
        }
        endInsertRows();
    }
    m_droppedFromBatches += droppedFromBatch;

    // 3b. Updates touch rows still in the log and never add one (a trimmed id stays gone).
    // They wait until every queued event is in: an update may concern one of them.
    QList<RunEvent> updates;
    if (m_pending.isEmpty())
        updates.swap(m_pendingUpdates);
    for (const RunEvent& u : std::as_const(updates)) {
        const auto known = u.id.isEmpty() ? m_serialOfId.constEnd() : m_serialOfId.constFind(u.id);
        if (known != m_serialOfId.constEnd() && applyUpdate(m_rows[size_t(*known - m_trimmed)], u))
            updatedSerials.push_back(*known);
    }

    // 4. One dataChanged per contiguous range of merged rows, with explicit roles.
    int updated = 0;
    if (!updatedSerials.empty()) {
        std::sort(updatedSerials.begin(), updatedSerials.end());
        updatedSerials.erase(std::unique(updatedSerials.begin(), updatedSerials.end()), updatedSerials.end());
        static const QList<int> roles = { Qt::DisplayRole, Qt::ToolTipRole, TaskNameRole, TaskFullNameRole,
            SequenceNumRole };
        size_t i = 0;
        while (i < updatedSerials.size()) {
            if (updatedSerials[i] < m_trimmed) {
                ++i;
                continue;
            }
            size_t j = i;
            while (j + 1 < updatedSerials.size() && updatedSerials[j + 1] == updatedSerials[j] + 1)
                ++j;
            const int top = int(updatedSerials[i] - m_trimmed);
            const int bottom = int(updatedSerials[j] - m_trimmed);
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

#include "runeventrows_p.h"

namespace Cloacina::Detail {

bool RunEventRows::queue(const RunEvent& e, bool failure)
{
    const StreamDetail::EventKey key = StreamDetail::EventKey::of(e.id);
    if (!e.id.isEmpty() && (m_serialOfId.contains(key) || !m_queuedIds.insert(key)))
        return false;
    m_queued.push_back(makeRow(e, key, failure));
    return true;
}

std::vector<RunEventRows::Row> RunEventRows::takeQueued(qsizetype count)
{
    std::vector<Row> out;
    out.reserve(size_t(qMin(count, queuedCount())));
    while (qsizetype(out.size()) < count && !m_queued.empty()) {
        m_queuedIds.remove(keyOf(m_queued.front()));
        out.push_back(std::move(m_queued.front()));
        m_queued.pop_front();
    }
    return out;
}

RunEventRows::Row RunEventRows::makeRow(const RunEvent& e, const StreamDetail::EventKey& key, bool failure)
{
    Row row;
    row.uuid = key.uuid;
    // The text is kept only when the 16 bytes do not give it back as it came.
    if (key.uuid.isNull() || uuidText(key.uuid) != e.id)
        row.otherId = e.id;
    row.createdAtMs = e.createdAt.isValid() ? e.createdAt.toMSecsSinceEpoch() : noTime;
    row.sequence = e.sequenceNum.value_or(noSequence);
    row.data = e.rawEventData.isNull() ? QByteArray() : e.rawEventData.toUtf8();
    row.type = m_names.intern(e.eventType);
    row.task = m_names.intern(e.taskName);
    row.taskExecution = m_names.intern(e.taskExecutionId);
    row.origin = e.origin;
    row.failure = failure;
    return row;
}

void RunEventRows::append(Row&& row)
{
    const qint64 serial = m_trimmed + qint64(m_rows.size());
    if (!row.uuid.isNull() || !row.otherId.isEmpty())
        m_serialOfId.insert(keyOf(row), serial);
    if (row.failure)
        m_failureSerials.push_back(serial);
    m_rows.push_back(std::move(row));
}

void RunEventRows::trimFront(qsizetype count)
{
    for (qsizetype i = 0; i < count && !m_rows.empty(); ++i) {
        m_serialOfId.remove(keyOf(m_rows.front()));
        m_rows.pop_front();
        ++m_trimmed;
    }
    while (!m_failureSerials.empty() && m_failureSerials.front() < m_trimmed)
        m_failureSerials.pop_front();
}

qsizetype RunEventRows::update(const RunEvent& e)
{
    const qsizetype i = e.id.isEmpty() ? -1 : rowOf(e.id);
    if (i < 0)
        return -1;
    Row& row = m_rows[size_t(i)];
    bool changed = false;
    if (e.sequenceNum && row.sequence != *e.sequenceNum) {
        row.sequence = *e.sequenceNum;
        changed = true;
    }
    if (!e.taskName.isEmpty() && name(row.task) != e.taskName) {
        row.task = m_names.intern(e.taskName);
        changed = true;
    }
    return changed ? i : -1;
}

RunEvent RunEventRows::event(qsizetype i, const QString& executionId) const
{
    const Row& r = at(i);
    RunEvent e;
    e.id = idOf(r);
    e.executionId = executionId;
    e.taskExecutionId = name(r.taskExecution);
    e.taskName = name(r.task);
    e.eventType = name(r.type);
    e.rawEventData = r.data.isNull() ? QString() : QString::fromUtf8(r.data);
    e.eventData = r.data.isNull() ? QJsonValue(QJsonValue::Null) : RunEvent::parseEventData(e.rawEventData);
    e.createdAt = timeOf(r);
    if (e.createdAt.isValid())
        e.createdAtText = e.createdAt.toString(Qt::ISODateWithMs);
    if (r.sequence != noSequence)
        e.sequenceNum = r.sequence;
    e.origin = r.origin;
    return e;
}

void RunEventRows::clear()
{
    m_rows.clear();
    m_queued.clear();
    m_queuedIds = {};
    m_serialOfId = {};
    m_failureSerials.clear();
    m_names.clear();
    m_trimmed = 0;
}

} // namespace Cloacina::Detail

#pragma once

#include <cloacina/executionevent.h>

#include "stream_eventids_p.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <deque>
#include <limits>
#include <vector>

namespace Cloacina::Detail {

//! The rows of an event log, stored compactly (issue #14: a RunEvent costs ~700 bytes, a row
//! here ~100 plus its event data): type, task name and task execution id interned, the id as
//! 16 bytes when it is a UUID, event_data kept as its UTF-8 text and parsed only when shown,
//! created_at kept once (as ms), the execution id once for the whole log.
//!
//! Rows are numbered by a serial that keeps counting across trims of the oldest rows, so that
//! the id index survives them without renumbering.
class RunEventRows {
public:
    //! One row.
    struct Row {
        QUuid uuid; //!< the id, when it is a UUID (see StreamDetail::EventKey)
        QString otherId; //!< the id as text, when it is not a UUID or not in its canonical spelling
        qint64 createdAtMs = 0; //!< created_at; noTime when unparsable
        qint64 sequence = noSequence; //!< sequence_num; noSequence while unknown
        QByteArray data; //!< event_data as received (UTF-8); null for null
        quint32 type = 0; //!< event_type (name index)
        quint32 task = 0; //!< full task name (name index; 0: none)
        quint32 taskExecution = 0; //!< task execution id (name index; 0: none)
        RunEvent::Origin origin = RunEvent::Origin::History;
        bool failure = false; //!< a failure-category event type
    };
    static constexpr qint64 noSequence = std::numeric_limits<qint64>::min();
    static constexpr qint64 noTime = std::numeric_limits<qint64>::min();

    //! Number of rows.
    qsizetype size() const { return qsizetype(m_rows.size()); }
    //! Row \a i (0 = oldest kept).
    const Row& at(qsizetype i) const { return m_rows[size_t(i)]; }
    //! Rows removed from the front so far: serial of row i is trimmed() + i.
    qint64 trimmed() const { return m_trimmed; }
    //! An interned name (event type, task name, task execution id).
    QString name(quint32 index) const { return m_names.at(index); }
    //! Number of failure rows.
    int failureCount() const { return int(m_failureSerials.size()); }

    //! created_at of \a row (UTC, as the decoders build it); invalid when it was unparsable.
    static QDateTime timeOf(const Row& row)
    {
        return row.createdAtMs == noTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(row.createdAtMs, Qt::UTC);
    }
    //! The id of \a row as text.
    static QString idOf(const Row& row) { return row.otherId.isEmpty() ? uuidText(row.uuid) : row.otherId; }
    //! True when an event with \a id is stored.
    bool contains(const QString& id) const { return m_serialOfId.contains(id); }
    //! Row of \a id, or -1.
    qsizetype rowOf(const QString& id) const
    {
        const qint64* serial = m_serialOfId.find(id);
        return serial ? qsizetype(*serial - m_trimmed) : -1;
    }
    //! Row of the newest failure, or -1.
    qsizetype lastFailureRow() const
    {
        return m_failureSerials.empty() ? -1 : qsizetype(m_failureSerials.back() - m_trimmed);
    }

    //! Queues the row of \a e (\a failure: a failure-category type) for a later append,
    //! compact already: a backlog costs rows, not RunEvents. False (nothing queued) when an
    //! event with its id is stored or queued.
    bool queue(const RunEvent& e, bool failure);
    //! Number of queued rows.
    qsizetype queuedCount() const { return qsizetype(m_queued.size()); }
    //! Takes the \a count oldest queued rows, for append().
    std::vector<Row> takeQueued(qsizetype count);
    //! Appends \a row (its id not stored yet; an empty id is not indexed).
    void append(Row&& row);
    //! Removes the \a count oldest rows.
    void trimFront(qsizetype count);
    //! Applies a sequence number (when \a e has one) and a task name (when not empty) to the
    //! row of \a e's id; the row changed, or -1 (unknown id, or nothing new).
    qsizetype update(const RunEvent& e);
    //! Row \a i as a RunEvent of \a executionId (createdAtText rebuilt from the time, in UTC
    //! with milliseconds).
    RunEvent event(qsizetype i, const QString& executionId) const;
    //! Removes every row, queued row and name.
    void clear();

private:
    static QString uuidText(const QUuid& uuid) { return uuid.toString(QUuid::WithoutBraces); }
    static StreamDetail::EventKey keyOf(const Row& row)
    {
        return { row.uuid, row.uuid.isNull() ? row.otherId : QString() };
    }
    Row makeRow(const RunEvent& e, const StreamDetail::EventKey& key, bool failure);

    std::deque<Row> m_rows;
    std::deque<Row> m_queued;
    StreamDetail::EventIdSet m_queuedIds;
    StreamDetail::EventIdTable<qint64> m_serialOfId; // id → serial
    std::deque<qint64> m_failureSerials; // ascending
    StreamDetail::NameTable m_names;
    qint64 m_trimmed = 0;
};

} // namespace Cloacina::Detail

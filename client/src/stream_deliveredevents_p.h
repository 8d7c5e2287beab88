#pragma once

#include "cleanhash_p.h"
#include "stream_eventids_p.h"
#include "stream_uuidtable_p.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Cloacina::StreamDetail {

//! What a follower keeps of the events it delivered, one hash entry per event: the event's id
//! and, while the event lacks its sequence_num (a 0.10.0 push carries none), the task
//! execution id the push named, for the history row that will complete it.
class DeliveredEvents {
public:
    //! True when the event of \a key was delivered.
    bool contains(const EventKey& key) const
    {
        return key.uuid.isNull() ? m_others.contains(Text { key.text }) : m_uuids.contains(key.uuid);
    }

    //! Records the event of \a key as delivered, awaiting its sequence_num when \a awaitsSequence
    //! (of a push naming \a taskExecutionId). False, changing nothing, when it was delivered
    //! already: the duplicate check and the record are one hash lookup.
    bool insert(const EventKey& key, bool awaitsSequence, const QString& taskExecutionId)
    {
        quint32* slot = key.uuid.isNull() ? insertNewText(key.text) : m_uuids.insertNew(key.uuid);
        if (!slot)
            return false;
        *slot = awaitsSequence ? m_taskExecutionIds.intern(taskExecutionId) : notAwaiting;
        return true;
    }

    //! The task execution id of the delivered event of \a key if it awaits its sequence_num
    //! (it then awaits nothing more), else nullopt.
    std::optional<QString> takeAwaiting(const EventKey& key)
    {
        quint32* slot = key.uuid.isNull() ? findText(key.text) : m_uuids.find(key.uuid);
        if (!slot || *slot == notAwaiting)
            return std::nullopt;
        const quint32 index = *slot;
        *slot = notAwaiting;
        return m_taskExecutionIds.at(index);
    }

    //! No event awaits its sequence_num any more (no history will bring them).
    void forgetAwaiting()
    {
        m_uuids.forEachValue([](quint32& v) { v = notAwaiting; });
        for (quint32& v : m_others)
            v = notAwaiting;
        m_taskExecutionIds.clear();
    }

    //! Number of delivered events.
    qsizetype size() const { return m_uuids.size() + m_others.size(); }

private:
    using Text = Internal::CleanKey<QString>;

    quint32* insertNewText(const QString& id)
    {
        const qsizetype before = m_others.size();
        quint32& slot = m_others[Text { id }];
        return m_others.size() == before ? nullptr : &slot;
    }
    quint32* findText(const QString& id)
    {
        const auto it = m_others.find(Text { id });
        return it == m_others.end() ? nullptr : &*it;
    }

    // The value of an event that awaits nothing; otherwise its task execution id's index in
    // m_taskExecutionIds (0 for none).
    static constexpr quint32 notAwaiting = 0xffffffffu;
    UuidTable<quint32> m_uuids; // the ids the server writes
    QHash<Text, quint32> m_others; // any other id
    NameTable m_taskExecutionIds;
};

} // namespace Cloacina::StreamDetail

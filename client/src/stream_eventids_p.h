#pragma once

#include <QHash>
#include <QString>
#include <QUuid>

namespace Cloacina::StreamDetail {

//! Event ids of a followed run mapped to a small value, kept compact: a UUID (what the server
//! sends) as its 16 bytes, anything else as its text. A run of a million events costs tens of
//! MB here instead of a copy of every event. With the default value type it is a set.
template <typename Value = QHashDummyValue>
class EventIdTable {
public:
    //! True when \a id is in the table.
    bool contains(const QString& id) const
    {
        const QUuid uuid = uuidOf(id);
        return uuid.isNull() ? m_others.contains(id) : m_uuids.contains(uuid);
    }
    //! Inserts \a id (with \a value); false when it was already in (its value is then replaced).
    bool insert(const QString& id, const Value& value = Value())
    {
        const QUuid uuid = uuidOf(id);
        const qsizetype before = size();
        if (uuid.isNull())
            m_others.insert(id, value);
        else
            m_uuids.insert(uuid, value);
        return size() != before;
    }
    //! The value of \a id, or nullptr when it is not in the table.
    const Value* find(const QString& id) const
    {
        const QUuid uuid = uuidOf(id);
        if (uuid.isNull()) {
            const auto it = m_others.constFind(id);
            return it == m_others.constEnd() ? nullptr : &*it;
        }
        const auto it = m_uuids.constFind(uuid);
        return it == m_uuids.constEnd() ? nullptr : &*it;
    }
    //! Removes \a id.
    void remove(const QString& id)
    {
        const QUuid uuid = uuidOf(id);
        if (uuid.isNull())
            m_others.remove(id);
        else
            m_uuids.remove(uuid);
    }
    //! Number of ids.
    qsizetype size() const { return m_uuids.size() + m_others.size(); }

private:
    // Only the 36-character form the server writes is parsed, in any case (the same UUID is
    // the same event); braces and other spellings stay text. The nil UUID stays text too.
    static QUuid uuidOf(const QString& id)
    {
        return id.size() == 36 ? QUuid::fromString(QStringView(id)) : QUuid();
    }

    QHash<QUuid, Value> m_uuids;
    QHash<QString, Value> m_others;
};

//! The ids of the events a follower delivered.
using EventIdSet = EventIdTable<>;

} // namespace Cloacina::StreamDetail

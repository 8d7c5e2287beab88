#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Cloacina::StreamDetail {

//! An event id as a table key: a UUID (what the server sends) as its 16 bytes, anything else
//! as its text. Parse an id once with of() and use the key for every lookup.
struct EventKey {
    QUuid uuid; //!< the id, when it is a UUID
    QString text; //!< the id, when it is not (then uuid is null)

    //! The key of \a id. Only the 36-character form the server writes is parsed, in any case
    //! (the same UUID is the same event); braces, other spellings and the nil UUID stay text.
    static EventKey of(const QString& id)
    {
        EventKey key;
        if (id.size() == 36)
            key.uuid = QUuid::fromString(QStringView(id));
        if (key.uuid.isNull())
            key.text = id;
        return key;
    }
};

//! Event ids of a followed run mapped to a small value, kept compact (see EventKey): a run of
//! a million events costs tens of MB here instead of a copy of every event. With the default
//! value type it is a set.
template <typename Value = QHashDummyValue>
class EventIdTable {
public:
    //! True when \a key is in the table.
    bool contains(const EventKey& key) const
    {
        return key.uuid.isNull() ? m_others.contains(key.text) : m_uuids.contains(key.uuid);
    }
    bool contains(const QString& id) const { return contains(EventKey::of(id)); }
    //! Inserts \a key (with \a value); false when it was already in (its value is then replaced).
    bool insert(const EventKey& key, const Value& value = Value())
    {
        const qsizetype before = size();
        if (key.uuid.isNull())
            m_others.insert(key.text, value);
        else
            m_uuids.insert(key.uuid, value);
        return size() != before;
    }
    bool insert(const QString& id, const Value& value = Value()) { return insert(EventKey::of(id), value); }
    //! The value of \a key, or nullptr when it is not in the table.
    const Value* find(const EventKey& key) const
    {
        if (key.uuid.isNull()) {
            const auto it = m_others.constFind(key.text);
            return it == m_others.constEnd() ? nullptr : &*it;
        }
        const auto it = m_uuids.constFind(key.uuid);
        return it == m_uuids.constEnd() ? nullptr : &*it;
    }
    const Value* find(const QString& id) const { return find(EventKey::of(id)); }
    //! Removes \a key.
    void remove(const EventKey& key)
    {
        if (key.uuid.isNull())
            m_others.remove(key.text);
        else
            m_uuids.remove(key.uuid);
    }
    void remove(const QString& id) { remove(EventKey::of(id)); }
    //! Number of ids.
    qsizetype size() const { return m_uuids.size() + m_others.size(); }

private:
    QHash<QUuid, Value> m_uuids;
    QHash<QString, Value> m_others;
};

//! The ids of the events a follower delivered.
using EventIdSet = EventIdTable<>;

//! Strings a run repeats on every event (event types, task names, task execution ids), each
//! stored once and named by a 32-bit index; index 0 is the empty string.
class NameTable {
public:
    //! The index of \a name, adding it when new.
    quint32 intern(const QString& name)
    {
        if (name.isEmpty())
            return 0;
        const auto it = m_index.constFind(name);
        if (it != m_index.constEnd())
            return *it;
        const auto index = quint32(m_names.size());
        m_names.append(name);
        m_index.insert(name, index);
        return index;
    }
    //! The name of \a index (empty for 0 or an unknown index).
    QString at(quint32 index) const { return m_names.value(qsizetype(index)); }
    //! Forgets every name.
    void clear() { *this = NameTable(); }

private:
    QStringList m_names { QString() };
    QHash<QString, quint32> m_index;
};

} // namespace Cloacina::StreamDetail

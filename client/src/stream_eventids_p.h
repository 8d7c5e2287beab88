#pragma once

#include "cleanhash_p.h"
#include "recentstrings_p.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <array>

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
            key.uuid = parseCanonicalUuid(QStringView(id).utf16());
        if (key.uuid.isNull())
            key.text = id;
        return key;
    }

    //! The UUID of the 36 characters at \a text (`8-4-4-4-12` hex digits, any case), as
    //! `QUuid::fromString` reads them, or the null UUID. By hand: QUuid::fromString converts the
    //! text to Latin-1 first, which cost more than the hash lookups the key is made for.
    static QUuid parseCanonicalUuid(const char16_t* text)
    {
        if (text[8] != u'-' || text[13] != u'-' || text[18] != u'-' || text[23] != u'-')
            return QUuid();
        // Without a branch per digit: random hex digits would mispredict about every other one.
        static constexpr int digitAt[32] = { 0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17, 19, 20, 21, 22,
            24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35 };
        uchar bytes[16];
        int invalid = 0;
        for (int n = 0; n < 16; ++n) {
            const int high = hexDigit(text[digitAt[2 * n]]);
            const int low = hexDigit(text[digitAt[2 * n + 1]]);
            invalid |= high | low;
            bytes[n] = uchar(unsigned(high) << 4 | unsigned(low)); // -1 (invalid) is refused below
        }
        if (invalid < 0)
            return QUuid();
        return QUuid(uint(bytes[0]) << 24 | uint(bytes[1]) << 16 | uint(bytes[2]) << 8 | bytes[3],
            ushort(bytes[4] << 8 | bytes[5]), ushort(bytes[6] << 8 | bytes[7]), bytes[8], bytes[9], bytes[10],
            bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]);
    }

private:
    //! The value of hex digit \a c, or -1.
    static int hexDigit(char16_t c)
    {
        static constexpr auto values = [] {
            std::array<signed char, 128> t {};
            for (auto& v : t)
                v = -1;
            for (int i = 0; i < 10; ++i)
                t[size_t('0' + i)] = static_cast<signed char>(i);
            for (int i = 0; i < 6; ++i) {
                t[size_t('a' + i)] = static_cast<signed char>(10 + i);
                t[size_t('A' + i)] = static_cast<signed char>(10 + i);
            }
            return t;
        }();
        return c < 128 ? values[c] : -1;
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
        if (const quint32* recent = m_recent.find(name))
            return *recent;
        auto it = m_index.constFind(Internal::CleanKey<QString> { name });
        if (it == m_index.constEnd()) {
            it = m_index.insert(Internal::CleanKey<QString> { name }, quint32(m_names.size()));
            m_names.append(name);
        }
        m_recent.put(name, *it);
        return *it;
    }
    //! The name of \a index (empty for 0 or an unknown index).
    QString at(quint32 index) const { return m_names.value(qsizetype(index)); }
    //! Forgets every name.
    void clear() { *this = NameTable(); }

private:
    QStringList m_names { QString() };
    QHash<Internal::CleanKey<QString>, quint32> m_index; // looked up on every event
    RecentStrings<quint32> m_recent;
};

} // namespace Cloacina::StreamDetail

#pragma once

// Private: a lookup shortcut for the shared strings a followed run repeats.

#include <QString>

#include <algorithm>
#include <iterator>

namespace Cloacina::StreamDetail {

//! The last few (key, value) pairs looked up by a QString key, found by the key's identity:
//! keys decoded by PushPayloadDecoder share their data, so the same task execution id on the
//! next push is the same buffer and is found without hashing it. A key with other data (an
//! equal string decoded apart) is simply not found here; the caller's table answers then.
template <typename Value, int Count = 4>
class RecentStrings {
public:
    //! The value stored for \a key's data, or nullptr.
    const Value* find(const QString& key) const
    {
        for (const Entry& e : m_entries) {
            // The stored key holds a reference, so its buffer cannot be freed and reused.
            if (!e.key.isNull() && e.key.constData() == key.constData() && e.key.size() == key.size())
                return &e.value;
        }
        return nullptr;
    }
    //! Remembers \a value for \a key, forgetting the oldest entry.
    void put(const QString& key, const Value& value)
    {
        Entry& e = m_entries[m_next++ % Count];
        e.key = key;
        e.value = value;
    }
    //! Forgets every entry (the caller's table changed).
    void clear() { std::fill(std::begin(m_entries), std::end(m_entries), Entry()); }

private:
    struct Entry {
        QString key;
        Value value {};
    };
    Entry m_entries[Count];
    unsigned m_next = 0;
};

} // namespace Cloacina::StreamDetail

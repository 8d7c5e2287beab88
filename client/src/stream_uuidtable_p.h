#pragma once

// Private: the follower's table of delivered event ids.

#include <QHashSeed>
#include <QUuid>

#include <cstring>
#include <utility>
#include <vector>

namespace Cloacina::StreamDetail {

//! UUIDs (never the null UUID) mapped to a small value, in one flat array with open addressing:
//! one cache line per lookup, and no per-bucket storage that grows and moves as QHash's spans
//! do — the follower inserts every pushed event id into a table of the whole run.
template <typename Value>
class UuidTable {
public:
    //! Inserts \a id with a default value unless it is in already; the new value, for the caller
    //! to fill, or nullptr when \a id was in (its value is then kept).
    Value* insertNew(const QUuid& id)
    {
        Q_ASSERT(!id.isNull()); // the null UUID marks a free slot
        if ((m_size + 1) * 4 > qsizetype(m_slots.size()) * 3)
            grow();
        const Key key = keyOf(id);
        Slot* slot = const_cast<Slot*>(probe(key));
        if (!isFree(*slot))
            return nullptr;
        slot->key = key;
        ++m_size;
        return &slot->value;
    }
    //! The value of \a id, or nullptr when it is not in the table.
    Value* find(const QUuid& id) { return const_cast<Value*>(std::as_const(*this).find(id)); }
    //! \overload
    const Value* find(const QUuid& id) const
    {
        if (m_slots.empty() || id.isNull())
            return nullptr;
        const Slot* slot = probe(keyOf(id));
        return isFree(*slot) ? nullptr : &slot->value;
    }
    bool contains(const QUuid& id) const { return find(id) != nullptr; }
    //! Number of ids.
    qsizetype size() const { return m_size; }
    //! Calls \a fn with a reference to every value.
    template <typename Fn>
    void forEachValue(Fn fn)
    {
        for (Slot& s : m_slots) {
            if (!isFree(s))
                fn(s.value);
        }
    }

private:
    struct Key {
        quint64 a = 0, b = 0;
    };
    struct Slot {
        Key key;
        Value value {};
    };

    static Key keyOf(const QUuid& id)
    {
        static_assert(sizeof(QUuid) == 16, "QUuid is 16 bytes");
        Key k;
        std::memcpy(&k.a, &id, 8);
        std::memcpy(&k.b, reinterpret_cast<const char*>(&id) + 8, 8);
        return k;
    }
    static bool isFree(const Slot& s) { return (s.key.a | s.key.b) == 0; }
    size_t hash(const Key& k) const
    {
        // Seeded like QHash, so that a server cannot choose ids that collide.
        quint64 h = (k.a ^ m_seed) * 0x9e3779b97f4a7c15ull;
        h ^= k.b + (h >> 29);
        h *= 0xbf58476d1ce4e5b9ull;
        return size_t(h ^ (h >> 32));
    }
    //! The slot of \a k, or the free slot where it would go (linear probing).
    const Slot* probe(const Key& k) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash(k) & mask;; i = (i + 1) & mask) {
            const Slot& s = m_slots[i];
            if (isFree(s) || (s.key.a == k.a && s.key.b == k.b))
                return &s;
        }
    }
    void grow()
    {
        std::vector<Slot> old(m_slots.empty() ? 64 : m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot& s : old) {
            if (!isFree(s))
                *const_cast<Slot*>(probe(s.key)) = s;
        }
    }

    std::vector<Slot> m_slots; // a power of two in size, at most three quarters used
    qsizetype m_size = 0;
    quint64 m_seed = QHashSeed::globalSeed();
};

} // namespace Cloacina::StreamDetail

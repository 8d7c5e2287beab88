#pragma once

// Private: the follower's table of delivered event ids.

#include <QHashSeed>
#include <QUuid>

#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace Cloacina::StreamDetail {

//! Memory for a table's slots from calloc, left untouched: a large table comes as zero pages the
//! kernel maps when a slot is first written, not all at once when the table is allocated
//! (constructing slots is a no-op: calloc's zeroes are free slots).
template <typename T>
struct ZeroedSlotAllocator {
    using value_type = T;
    ZeroedSlotAllocator() = default;
    template <typename U>
    ZeroedSlotAllocator(const ZeroedSlotAllocator<U>&) noexcept
    {
    }
    T* allocate(std::size_t n)
    {
        void* memory = std::calloc(n, sizeof(T));
        if (!memory)
            throw std::bad_alloc();
        return static_cast<T*>(memory);
    }
    void deallocate(T* memory, std::size_t) noexcept { std::free(memory); }
    template <typename U>
    void construct(U*) noexcept
    {
    }
    template <typename U, typename... Args>
    void construct(U* at, Args&&... args)
    {
        ::new (static_cast<void*>(at)) U(std::forward<Args>(args)...);
    }
    friend bool operator==(const ZeroedSlotAllocator&, const ZeroedSlotAllocator&) { return true; }
    friend bool operator!=(const ZeroedSlotAllocator&, const ZeroedSlotAllocator&) { return false; }
};

//! UUIDs (never the null UUID) mapped to a small value, in one flat array with open addressing:
//! one cache line per lookup, and no per-bucket storage that grows and moves as QHash's spans
//! do — the follower inserts every pushed event id into a table of the whole run.
//!
//! Growing is incremental: the doubled table is taken from zero pages, and each insert moves a
//! few slots of the old one over, so a run of a million events never stops the thread to
//! rehash (and fault in) tens of megabytes at once. Lookups meanwhile look in both.
template <typename Value>
class UuidTable {
    static_assert(std::is_trivially_copyable_v<Value>, "slots are moved and zeroed as bytes");

public:
    //! Inserts \a id with a default value unless it is in already; the new value, for the caller
    //! to fill, or nullptr when \a id was in (its value is then kept). Values found or inserted
    //! before may move: use a pointer before the next insertNew().
    Value* insertNew(const QUuid& id)
    {
        Q_ASSERT(!id.isNull()); // the null UUID marks a free slot
        migrateSome();
        if ((m_size + 1) * 4 > qsizetype(m_slots.size()) * 3)
            startGrowing();
        const Key key = keyOf(id);
        if (!m_old.empty() && !isFree(*probe(m_old, key)))
            return nullptr; // in the old table, not moved over yet
        Slot* slot = const_cast<Slot*>(probe(m_slots, key));
        if (!isFree(*slot))
            return nullptr;
        slot->key = key;
        slot->value = Value {};
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
        const Key key = keyOf(id);
        const Slot* slot = probe(m_slots, key);
        if (isFree(*slot) && !m_old.empty())
            slot = probe(m_old, key); // a match there has not been moved yet
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
        for (std::size_t i = m_moved; i < m_old.size(); ++i) {
            if (!isFree(m_old[i]))
                fn(m_old[i].value);
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
    using Slots = std::vector<Slot, ZeroedSlotAllocator<Slot>>;
    //! Old slots moved over per insert: the old table is empty long before the new one fills.
    static constexpr std::size_t movedPerInsert = 8;

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
    //! The slot of \a k in \a table, or the free slot where it would go (linear probing).
    const Slot* probe(const Slots& table, const Key& k) const
    {
        const size_t mask = table.size() - 1;
        for (size_t i = hash(k) & mask;; i = (i + 1) & mask) {
            const Slot& s = table[i];
            if (isFree(s) || (s.key.a == k.a && s.key.b == k.b))
                return &s;
        }
    }
    void migrateSome(std::size_t count = movedPerInsert)
    {
        for (; count > 0 && m_moved < m_old.size(); --count, ++m_moved) {
            const Slot& s = m_old[m_moved];
            if (!isFree(s))
                *const_cast<Slot*>(probe(m_slots, s.key)) = s;
        }
        if (!m_old.empty() && m_moved == m_old.size())
            Slots().swap(m_old);
    }
    void startGrowing()
    {
        migrateSome(m_old.size()); // never two generations at once
        const std::size_t doubled = m_slots.empty() ? 64 : m_slots.size() * 2;
        m_old.swap(m_slots);
        Slots(doubled).swap(m_slots);
        m_moved = 0;
    }

    Slots m_slots; // a power of two in size, at most three quarters used
    Slots m_old; // the table before the last doubling, while its slots move over
    std::size_t m_moved = 0; // slots of m_old moved over (or free)
    qsizetype m_size = 0;
    quint64 m_seed = QHashSeed::globalSeed();
};

} // namespace Cloacina::StreamDetail

#pragma once

#include <cloacina/cloacina_export.h>

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

//! \file
//! A set of row ids for walks over long lists (PageWalk): one compact open-addressing table of
//! 64-bit hashes, the ids themselves compared only when hashes match. A QSet<QString> of 100,000
//! ids costs about a microsecond per insert on a busy machine (a scattered node per id, the id's
//! text read on every probe); this costs one probe into a small table. Not installed.
//!
//! The ids are copied into one buffer (one byte per character when they are Latin-1, as UUIDs
//! are), not held as QStrings: holding a QString is an atomic reference count per id, and each
//! atomic instruction waits for the cache misses before it, which made inserting into a large
//! set several times slower than the probes themselves. For the same reason a page of ids is
//! best inserted in one go: hash them first (hashOf), reserve(), then insert each with its hash
//! while prefetch()ing the slot of an id a few places ahead.

namespace Cloacina::Internal {

class CLOACINA_EXPORT IdSet {
public:
    //! The hash of an id; replaceable so that tests can force collisions.
    using HashFunction = std::uint64_t (*)(QStringView id);

    explicit IdSet(HashFunction hash = &defaultHash)
        : m_hash(hash)
    {
    }

    //! Adds \a id; false when it was already in the set.
    bool insert(QStringView id) { return insert(id, hashOf(id)); }
    //! True when \a id is in the set.
    bool contains(QStringView id) const { return contains(id, hashOf(id)); }

    //! The hash this set files \a id under.
    std::uint64_t hashOf(QStringView id) const { return m_hash(id); }
    //! insert() with \a hash = hashOf(\a id) computed beforehand.
    bool insert(QStringView id, std::uint64_t hash);
    //! contains() with \a hash = hashOf(\a id) computed beforehand.
    bool contains(QStringView id, std::uint64_t hash) const;
    //! Makes room for \a more ids, so that the next \a more inserts do not rebuild the table
    //! (which would make earlier prefetch() hints useless).
    void reserve(qsizetype more);
    //! Starts loading the slot where \a hash is looked up first into the cache; a hint only.
    void prefetch(std::uint64_t hash) const
    {
        // Unconditional: GCC 12 drops a prefetch that sits alone in a branch. An empty table
        // has a null data() and a zero mask, and a prefetch never faults.
        __builtin_prefetch(m_slots.data() + (std::size_t(hash) & m_mask));
    }

    qsizetype size() const { return qsizetype(m_entries.size()); }
    void clear();

    //! qHash() with the process's seed (so a server cannot choose colliding ids).
    static std::uint64_t defaultHash(QStringView id);

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::int64_t index = -1; // into m_entries; -1: empty
    };
    // Where id `index` starts in m_text (<< 1), and whether it is stored as UTF-16 (bit 0).
    using Entry = std::uint64_t;

    // The slot holding \a id, or the empty slot where it would go.
    std::size_t find(std::uint64_t hash, QStringView id) const;
    bool equals(std::int64_t index, QStringView id) const;
    void append(QStringView id);
    void rehash(std::size_t slotCount);

    HashFunction m_hash;
    QByteArray m_text; // every id back to back, Latin-1 or UTF-16 (see Entry)
    std::vector<Entry> m_entries; // in insertion order
    std::vector<Slot> m_slots; // a power of two in size, at most half full
    std::size_t m_mask = 0; // m_slots.size() - 1, or 0 while m_slots is empty
};

} // namespace Cloacina::Internal

#pragma once

#include <cloacina/cloacina_export.h>

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

//! \file
//! A set of row ids for walks over long lists (PageWalk): one compact open-addressing table of
//! 64-bit hashes, the ids themselves compared only when hashes match. A QSet<QString> of 100,000
//! ids costs about a microsecond per insert on a busy machine (a scattered node per id, the id's
//! text read on every probe); this costs one probe into a small table. Not installed.

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
    bool insert(const QString& id);
    //! True when \a id is in the set.
    bool contains(QStringView id) const;
    qsizetype size() const { return m_ids.size(); }
    void clear();

    //! qHash() with the process's seed (so a server cannot choose colliding ids).
    static std::uint64_t defaultHash(QStringView id);

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::int64_t index = -1; // into m_ids; -1: empty
    };
    // The slot holding \a id, or the empty slot where it would go.
    std::size_t find(std::uint64_t hash, QStringView id) const;
    void grow();

    HashFunction m_hash;
    QList<QString> m_ids;
    std::vector<Slot> m_slots; // a power of two in size, at most half full
};

} // namespace Cloacina::Internal

#include "idset_p.h"

#include <QHash>

namespace Cloacina::Internal {

std::uint64_t IdSet::defaultHash(QStringView id)
{
    return std::uint64_t(qHash(id, QHashSeed::globalSeed()));
}

std::size_t IdSet::find(std::uint64_t hash, QStringView id) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = std::size_t(hash) & mask;; i = (i + 1) & mask) {
        const Slot& slot = m_slots[i];
        if (slot.index < 0 || (slot.hash == hash && m_ids.at(qsizetype(slot.index)) == id))
            return i;
    }
}

bool IdSet::contains(QStringView id) const
{
    if (m_slots.empty())
        return false;
    return m_slots[find(m_hash(id), id)].index >= 0;
}

bool IdSet::insert(const QString& id)
{
    if (2 * (std::size_t(m_ids.size()) + 1) > m_slots.size())
        grow();
    const std::uint64_t hash = m_hash(id);
    Slot& slot = m_slots[find(hash, id)];
    if (slot.index >= 0)
        return false;
    slot.hash = hash;
    slot.index = m_ids.size();
    m_ids.append(id);
    return true;
}

void IdSet::clear()
{
    m_ids.clear();
    m_slots.clear();
}

void IdSet::grow()
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.resize(old.empty() ? 64 : 2 * old.size());
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot& slot : old) {
        if (slot.index < 0)
            continue;
        std::size_t i = std::size_t(slot.hash) & mask;
        while (m_slots[i].index >= 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace Cloacina::Internal

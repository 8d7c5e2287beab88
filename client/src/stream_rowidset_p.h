#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace Cloacina::StreamDetail {

//! The set of row ids a DedupWindow holds: one flat open-addressing table (linear probing,
//! deletion by backward shift) sized once for the window. A QSet<qint64> allocates a node
//! span per few ids and chases it on every lookup; the dedup window inserts, looks up and
//! evicts once per push, so this is on the hottest path of a subscription.
//!
//! Slots are addressed by a multiplicative hash with a per-process odd multiplier, so that a
//! server cannot line ids up on one probe chain.
class RowIdSet {
public:
    RowIdSet() { reset(16); }

    //! Empties the set and sizes it for at most \a capacity ids (at most half the slotCount used).
    void reset(int capacity)
    {
        std::size_t slotCount = 32;
        while (slotCount < std::size_t(qMax(1, capacity)) * 2)
            slotCount *= 2;
        m_ids.assign(slotCount, 0);
        m_used.assign(slotCount, 0);
        m_mask = slotCount - 1;
        m_shift = 64 - log2(slotCount);
        m_multiplier = processMultiplier();
        m_size = 0;
    }

    int size() const { return m_size; }

    bool contains(qint64 id) const { return m_used[slotOf(id)] != 0; }

    //! Adds \a id, which must not be in the set; the set must have room (size() < capacity).
    void insert(qint64 id)
    {
        const std::size_t i = slotOf(id);
        if (m_used[i])
            return;
        m_ids[i] = id;
        m_used[i] = 1;
        ++m_size;
    }

    void remove(qint64 id)
    {
        std::size_t hole = slotOf(id);
        if (!m_used[hole])
            return;
        // Backward shift: pull later members of the probe run into the hole, so that every
        // member stays reachable from its home slot without tombstones.
        for (std::size_t j = (hole + 1) & m_mask; m_used[j]; j = (j + 1) & m_mask) {
            const std::size_t home = homeOf(m_ids[j]);
            const bool homeBetween = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
            if (homeBetween)
                continue; // reachable where it is
            m_ids[hole] = m_ids[j];
            hole = j;
        }
        m_used[hole] = 0;
        --m_size;
    }

private:
    static int log2(std::size_t n)
    {
        int bits = 0;
        while ((std::size_t(1) << bits) < n)
            ++bits;
        return bits;
    }

    std::size_t homeOf(qint64 id) const
    {
        return std::size_t((std::uint64_t(id) * m_multiplier) >> m_shift);
    }

    //! The slot holding \a id, or the empty slot where it would go.
    std::size_t slotOf(qint64 id) const
    {
        std::size_t i = homeOf(id);
        while (m_used[i] && m_ids[i] != id)
            i = (i + 1) & m_mask;
        return i;
    }

    static std::uint64_t processMultiplier()
    {
        static const std::uint64_t odd = QRandomGenerator::system()->generate64() | 1;
        return odd;
    }

    std::vector<qint64> m_ids;
    std::vector<std::uint8_t> m_used;
    std::size_t m_mask = 0;
    int m_shift = 59;
    std::uint64_t m_multiplier = 1;
    int m_size = 0;
};

} // namespace Cloacina::StreamDetail

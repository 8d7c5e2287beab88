#pragma once

#include "stream_rowidset_p.h"

#include <QtGlobal>

#include <deque>
#include <set>
#include <vector>

namespace Cloacina::StreamDetail {

//! Remembers the most recent `capacity` distinct row ids (a ring buffer in insertion order
//! plus a hash set for lookups) and a floor below which every id counts as seen. Memory is
//! O(capacity) whatever the subscription's length.
//!
//! An id is new when it is not in the window and above the floor. Outbox ids grow with
//! insertion and the server pushes a recipient's pending rows oldest first, so an id below
//! the floor is one that was evicted (seen) or one committed more than `capacity` rows late.
//! The floor keeps exactly-once delivery when a reconnect replays more rows than the window
//! holds (the server streams without waiting for acks, so a replay after a drop can be large).
//!
//! The floor only rises to min(evicted id, smallest id still in the window): it never exceeds
//! an id the window holds. One bogus huge id (a buggy server, an id space change) therefore
//! cannot poison it: once evicted, the floor stops at the genuine ids that followed it, and
//! ids above those are still delivered. An evicted id left above the floor (an outlier) is
//! kept in a set of at most `capacity` ids, so it still counts as seen; only when more than
//! `capacity` outliers are pending does the smallest of them become the floor. Every id ever
//! inserted thus stays "seen" (exactly-once holds for any id order), and poisoning the floor
//! takes more than `capacity` ids above the genuine sequence.
class DedupWindow {
public:
    explicit DedupWindow(int capacity = 8192) { setCapacity(capacity); }

    void setCapacity(int capacity)
    {
        const std::vector<qint64> keep = ordered();
        m_capacity = qMax(16, capacity);
        m_ring.clear();
        m_set.reset(m_capacity);
        m_minima.clear();
        m_head = 0;
        // Outliers stay: they are still seen, and the new capacity bounds them on the next eviction.
        // Re-insert in order: the oldest ids beyond the new capacity are evicted the usual way.
        for (qint64 id : keep)
            remember(id);
    }
    int capacity() const { return m_capacity; }
    int size() const { return int(m_set.size()); }
    qint64 highest() const { return m_highest; }
    //! Every id at or below it counts as seen; -1 (nothing) until the first eviction.
    qint64 floor() const { return m_floor; }
    bool contains(qint64 id) const
    {
        return id <= m_floor || m_set.contains(id) || m_outliers.count(id) != 0;
    }
    //! Evicted ids still above the floor (diagnostics and tests).
    int outlierCount() const { return int(m_outliers.size()); }

    //! Remembers \a id (no-op when known). Returns false when it was already known.
    bool insert(qint64 id)
    {
        if (contains(id))
            return false;
        remember(id);
        m_highest = qMax(m_highest, id);
        return true;
    }

private:
    void remember(qint64 id)
    {
        if (int(m_ring.size()) < m_capacity) {
            m_ring.push_back(id);
            pushMinimum(id);
            m_set.insert(id);
            return;
        }
        const qint64 evicted = m_ring[size_t(m_head)];
        m_set.remove(evicted);
        if (!m_minima.empty() && m_minima.front() == evicted)
            m_minima.pop_front();
        m_ring[size_t(m_head)] = id;
        m_head = (m_head + 1) % m_capacity;
        pushMinimum(id);
        m_set.insert(id);
        raiseFloor(qMin(evicted, m_minima.front()));
        if (evicted > m_floor)
            m_outliers.insert(evicted);
        if (int(m_outliers.size()) > m_capacity)
            raiseFloor(*m_outliers.begin());
    }

    void raiseFloor(qint64 to)
    {
        m_floor = qMax(m_floor, to);
        while (!m_outliers.empty() && *m_outliers.begin() <= m_floor)
            m_outliers.erase(m_outliers.begin());
    }

    // Sliding-window minimum: m_minima holds, in ring order, the ids smaller than every id
    // inserted after them, so its front is the window's smallest id (amortised O(1)).
    void pushMinimum(qint64 id)
    {
        while (!m_minima.empty() && m_minima.back() > id)
            m_minima.pop_back();
        m_minima.push_back(id);
    }

    std::vector<qint64> ordered() const
    {
        std::vector<qint64> out;
        out.reserve(m_ring.size());
        for (size_t i = 0; i < m_ring.size(); ++i)
            out.push_back(m_ring[(size_t(m_head) + i) % m_ring.size()]);
        return out;
    }

    int m_capacity = 8192;
    std::vector<qint64> m_ring;
    int m_head = 0;
    RowIdSet m_set;
    std::deque<qint64> m_minima;
    std::set<qint64> m_outliers; // evicted ids above the floor, at most m_capacity
    qint64 m_highest = -1;
    qint64 m_floor = -1;
};

} // namespace Cloacina::StreamDetail

#pragma once

#include <QSet>
#include <QtGlobal>

#include <vector>

namespace Cloacina::StreamDetail {

//! Remembers the most recent `capacity` distinct row ids (a ring buffer in insertion order
//! plus a hash set for lookups) and a floor: the largest id ever evicted. Memory is
//! O(capacity) whatever the subscription's length.
//!
//! An id is new when it is not in the window and above the floor. Ids at or below the floor
//! count as already seen: they were either evicted (seen) or never seen although `capacity`
//! later rows were — outbox ids grow with insertion, and the server pushes a recipient's
//! pending rows oldest first, so that only happens to a row committed more than `capacity`
//! rows late. The floor keeps exactly-once delivery when a reconnect replays more rows than
//! the window holds (the server streams without waiting for acks, so a replay after a drop can
//! be large).
class DedupWindow {
public:
    explicit DedupWindow(int capacity = 8192) { setCapacity(capacity); }

    void setCapacity(int capacity)
    {
        m_capacity = qMax(16, capacity);
        const std::vector<qint64> keep = ordered();
        const size_t drop = keep.size() > size_t(qMax(16, capacity)) ? keep.size() - size_t(qMax(16, capacity)) : 0;
        for (size_t i = 0; i < drop; ++i)
            m_floor = qMax(m_floor, keep[i]);
        m_ring.clear();
        m_set.clear();
        m_head = 0;
        const size_t start = keep.size() > size_t(m_capacity) ? keep.size() - size_t(m_capacity) : 0;
        for (size_t i = start; i < keep.size(); ++i)
            insert(keep[i]);
    }
    int capacity() const { return m_capacity; }
    int size() const { return int(m_set.size()); }
    qint64 highest() const { return m_highest; }
    //! Largest id evicted so far, or -1.
    qint64 floor() const { return m_floor; }
    bool contains(qint64 id) const { return id <= m_floor || m_set.contains(id); }

    //! Remembers \a id (no-op when known). Returns false when it was already known.
    bool insert(qint64 id)
    {
        if (contains(id))
            return false;
        if (int(m_ring.size()) < m_capacity) {
            m_ring.push_back(id);
        } else {
            const qint64 evicted = m_ring[size_t(m_head)];
            m_floor = qMax(m_floor, evicted);
            m_set.remove(evicted);
            m_ring[size_t(m_head)] = id;
            m_head = (m_head + 1) % m_capacity;
        }
        m_set.insert(id);
        m_highest = qMax(m_highest, id);
        return true;
    }

private:
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
    QSet<qint64> m_set;
    qint64 m_highest = -1;
    qint64 m_floor = -1;
};

} // namespace Cloacina::StreamDetail

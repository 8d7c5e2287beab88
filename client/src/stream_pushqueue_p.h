#pragma once

#include <cloacina/deliverysubscription.h>

#include <QList>

namespace Cloacina::StreamDetail {

//! Pushes decoded but not yet handed to the application, oldest first. Taking a chunk moves
//! the pushes out without shifting the rest (a burst of 10,000 frames read in one go is
//! emitted 512 at a time; removing each chunk from the front of a list moved the remainder
//! every time).
class PushQueue {
public:
    bool isEmpty() const { return m_head == m_items.size(); }
    qsizetype size() const { return m_items.size() - m_head; }
    void append(DeliveryPush&& push) { m_items.append(std::move(push)); }
    void clear()
    {
        m_items.clear();
        m_head = 0;
    }
    //! Removes and returns the oldest \a count pushes (fewer when fewer are queued).
    QList<DeliveryPush> take(qsizetype count)
    {
        QList<DeliveryPush> chunk;
        count = qMin(count, size());
        chunk.reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            chunk.append(std::move(m_items[m_head + i]));
        m_head += count;
        if (m_head == m_items.size()) {
            clear(); // keeps the capacity for the next burst
        } else if (m_head >= compactAfter && m_head * 2 >= m_items.size()) {
            // A queue that never drains (frames keep arriving) is compacted now and then:
            // moving at most as many pushes as were taken keeps this amortised O(1).
            m_items.remove(0, m_head);
            m_head = 0;
        }
        return chunk;
    }

private:
    static constexpr qsizetype compactAfter = 4096;
    QList<DeliveryPush> m_items;
    qsizetype m_head = 0;
};

} // namespace Cloacina::StreamDetail

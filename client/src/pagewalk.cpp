#include "pagewalk_p.h"

#include <QtGlobal>

namespace Cloacina::Internal {

void PageWalk::restart(qint64 startOffset)
{
    m_seen.clear();
    m_anchor.clear();
    m_cursor = qMax<qint64>(0, startOffset);
    m_requestOffset = m_cursor;
    m_requestLimit = 0;
    m_rowsSoFar = 0;
    m_backtracks = 0;
    m_lastPage = false;
}

void PageWalk::resume(qint64 cursor, const QString& anchorId)
{
    m_cursor = qMax<qint64>(0, cursor);
    m_anchor = anchorId;
    if (!anchorId.isEmpty())
        m_seen.insert(anchorId);
    m_backtracks = 0;
    m_lastPage = false;
}

PageWalk::Request PageWalk::next(int pageSize)
{
    // Overlap by one row (the anchor) once there is one, to detect shifts.
    m_requestOffset = m_anchor.isEmpty() ? m_cursor : qMax<qint64>(0, m_cursor - 1);
    m_requestLimit = qMax(1, pageSize);
    return { m_requestOffset, m_requestLimit };
}

PageWalk::Request PageWalk::nextFresh(int freshRows, int maxLimit)
{
    const int overlap = m_anchor.isEmpty() || m_cursor == 0 ? 0 : 1;
    return next(qMin(freshRows + overlap, qMax(1, maxLimit)));
}

PageWalk::Accepted PageWalk::accept(const QStringList& ids, qint64 maxRows)
{
    QList<QStringView> views;
    views.reserve(ids.size());
    for (const QString& id : ids)
        views.append(id);
    return accept(views, maxRows);
}

PageWalk::Accepted PageWalk::accept(const QList<QStringView>& ids, qint64 maxRows)
{
    Accepted accepted;
    if (ids.isEmpty()) {
        m_lastPage = true;
        return accepted;
    }
    const std::size_t count = std::size_t(ids.size());
    m_hashes.resize(count);
    for (std::size_t i = 0; i < count; ++i)
        m_hashes[i] = m_seen.hashOf(ids[qsizetype(i)]);
    bool anySeen = false;
    for (std::size_t i = 0; i < count && !anySeen; ++i)
        anySeen = m_seen.contains(ids[qsizetype(i)], m_hashes[i]);
    if (!m_anchor.isEmpty() && !anySeen && m_requestOffset > 0 && m_backtracks < maxBacktracksInARow) {
        // Lost our place: rows ahead of the walk went away (or many arrived). Step back one
        // page; the next request re-fetches the overlap.
        ++m_backtracks;
        accepted.backtrack = true;
        m_cursor = qMax<qint64>(1, m_requestOffset - m_requestLimit + 2);
        return accepted;
    }
    m_backtracks = 0;
    // The set outgrows the cache on long walks: fetch the slots of the ids a few places ahead
    // while inserting this one, so the misses overlap instead of queueing.
    constexpr std::size_t prefetchDistance = 16;
    m_seen.reserve(ids.size());
    accepted.fresh.reserve(ids.size());
    for (std::size_t i = 0; i < count; ++i) {
        if (maxRows > 0 && m_rowsSoFar + accepted.fresh.size() >= maxRows)
            break;
        if (i + prefetchDistance < count)
            m_seen.prefetch(m_hashes[i + prefetchDistance]);
        if (m_seen.insert(ids[qsizetype(i)], m_hashes[i]))
            accepted.fresh.append(qsizetype(i));
    }
    m_rowsSoFar += accepted.fresh.size();
    m_anchor = ids.last().toString();
    m_cursor = m_requestOffset + ids.size();
    m_lastPage = ids.size() < m_requestLimit || (maxRows > 0 && m_rowsSoFar >= maxRows);
    return accepted;
}

} // namespace Cloacina::Internal

#include "pagewalk_p.h"

#include <QtGlobal>

#include <algorithm>

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
    Accepted accepted;
    if (ids.isEmpty()) {
        m_lastPage = true;
        return accepted;
    }
    const bool anySeen = std::any_of(ids.begin(), ids.end(), [this](const QString& id) { return m_seen.contains(id); });
    if (!m_anchor.isEmpty() && !anySeen && m_requestOffset > 0 && m_backtracks < maxBacktracksInARow) {
        // Lost our place: rows ahead of the walk went away (or many arrived). Step back one
        // page; the next request re-fetches the overlap.
        ++m_backtracks;
        accepted.backtrack = true;
        m_cursor = qMax<qint64>(1, m_requestOffset - m_requestLimit + 2);
        return accepted;
    }
    m_backtracks = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (maxRows > 0 && m_rowsSoFar + accepted.fresh.size() >= maxRows)
            break;
        if (m_seen.insert(ids.at(i)))
            accepted.fresh.append(i);
    }
    m_rowsSoFar += accepted.fresh.size();
    m_anchor = ids.last();
    m_cursor = m_requestOffset + ids.size();
    m_lastPage = ids.size() < m_requestLimit || (maxRows > 0 && m_rowsSoFar >= maxRows);
    return accepted;
}

} // namespace Cloacina::Internal

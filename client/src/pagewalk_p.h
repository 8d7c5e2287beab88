#pragma once

#include "idset_p.h"

#include <cloacina/cloacina_export.h>

#include <QList>
#include <QSet> // not used here; kept for includers that relied on it (executionlistmodel.cpp)
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <vector>

//! \file
//! The shift-safe walk over one offset-paged, newest-first list: which offset to ask next and
//! what an answer means. Shared by PagerBase (client) and ExecutionListModel (models), which
//! link it through the build-only target Cloacina::ClientPrivate. Not installed.

namespace Cloacina::Internal {

//! Bookkeeping of a walk over an offset-paged list whose rows move while it is walked (rows
//! arriving at the head push later rows to higher offsets; deleted rows pull them back).
//!
//! - Every page after the first overlaps the previous one by one row, the *anchor* (the last
//!   row accepted), and rows are de-duplicated by id: a forward shift costs duplicates only.
//! - A page holding no row seen before (anchor lost: rows ahead of the walk went away, or more
//!   than a page arrived) is not accepted; the walk steps back about a page and the caller asks
//!   again (at most maxBacktracksInARow times in a row, then the page is taken as it is).
//! - A page shorter than asked for ends the walk.
//!
//! Pure bookkeeping: no I/O, no QObject, no signals. Usage: next() → fetch that range →
//! accept() the ids of the answer, in list order → next() again unless atEnd().
class CLOACINA_EXPORT PageWalk {
public:
    //! How many times in a row a lost anchor makes the walk step back before it moves on.
    static constexpr int maxBacktracksInARow = 3;

    //! The range to fetch next.
    struct Request {
        qint64 offset = 0;
        int limit = 0;
    };
    //! What accept() made of a page.
    struct Accepted {
        //! The page is not accepted: the walk stepped back, ask next() again.
        bool backtrack = false;
        //! Indexes (in page order) of the rows not seen before; empty when backtracking.
        QList<qsizetype> fresh;
    };

    //! Forgets everything and starts over at \a startOffset.
    void restart(qint64 startOffset = 0);
    //! Continues a walk whose rows \a cursor rows from the head were learnt elsewhere (e.g. by
    //! a refresh of the head), \a anchorId being the last of them: the next page overlaps it.
    //! An empty \a anchorId starts at \a cursor without overlap. Keeps the rows seen so far.
    void resume(qint64 cursor, const QString& anchorId);
    //! The range to fetch next, \a pageSize rows; remembers it for accept().
    Request next(int pageSize);
    //! Like next(), but asks one row more when the page overlaps the anchor (at most \a maxLimit
    //! rows), so that each page can bring \a freshRows rows not seen before.
    Request nextFresh(int freshRows, int maxLimit);
    //! Takes the answer to the last next(): the row \a ids in list order. With \a maxRows > 0
    //! the walk accepts no more than that many rows in all and then ends. The walk keeps copies
    //! of the ids: \a ids may point into rows that the caller frees or moves afterwards.
    Accepted accept(const QList<QStringView>& ids, qint64 maxRows = 0);
    //! accept() for ids held as strings.
    Accepted accept(const QStringList& ids, qint64 maxRows = 0);
    //! Moves the walk's position by \a rows (> 0: rows were inserted ahead of it, < 0: removed),
    //! as learnt elsewhere (e.g. by a refresh of the head). Keeps the anchor.
    void shift(qint64 rows) { m_cursor = qMax<qint64>(0, m_cursor + rows); }
    //! Counts \a id as seen (a row learnt outside the walk), so a page holding it is not
    //! "lost" and it is not fresh.
    void markSeen(QStringView id) { m_seen.insert(id); }
    //! True once a page ended the walk (short page, empty page or maxRows reached).
    bool atEnd() const { return m_lastPage; }
    //! Distinct rows accepted since restart().
    qint64 rowsSoFar() const { return m_rowsSoFar; }
    //! The offset just past the last row accepted.
    qint64 cursor() const { return m_cursor; }
    //! The offset the last next() asked for.
    qint64 requestOffset() const { return m_requestOffset; }

private:
    IdSet m_seen; // every row id accepted or marked seen since restart()
    std::vector<std::uint64_t> m_hashes; // the hashes of the page being accepted (kept: no allocation per page)
    QString m_anchor;
    qint64 m_cursor = 0;
    qint64 m_requestOffset = 0;
    int m_requestLimit = 0;
    qint64 m_rowsSoFar = 0;
    int m_backtracks = 0;
    bool m_lastPage = false;
};

} // namespace Cloacina::Internal

// Internal::PageWalk, the shift-safe offset bookkeeping shared by the pagers and
// ExecutionListModel, driven by hand over a list that changes between pages.
#include "idset_p.h"
#include "pagewalk_p.h"

#include <QTest>

using Cloacina::Internal::IdSet;
using Cloacina::Internal::PageWalk;

namespace {

// A newest-first list of ids "r<n>".
QStringList rows(int from, int to)
{
    QStringList ids;
    for (int i = from; i < to; ++i)
        ids.append(QStringLiteral("r%1").arg(i));
    return ids;
}

QStringList freshIds(const QStringList& page, const PageWalk::Accepted& accepted)
{
    QStringList ids;
    for (qsizetype i : accepted.fresh)
        ids.append(page.at(i));
    return ids;
}

} // namespace

class TestPageWalk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pagesOverlapByTheAnchor()
    {
        const QStringList list = rows(0, 25);
        PageWalk walk;
        walk.restart();
        PageWalk::Request r = walk.next(10);
        QCOMPARE(r.offset, 0);
        QCOMPARE(r.limit, 10);
        PageWalk::Accepted a = walk.accept(list.mid(r.offset, r.limit));
        QVERIFY(!a.backtrack);
        QCOMPARE(a.fresh.size(), 10);
        QVERIFY(!walk.atEnd());
        r = walk.next(10);
        QCOMPARE(r.offset, 9); // overlaps r9
        const QStringList second = list.mid(r.offset, r.limit);
        a = walk.accept(second);
        QCOMPARE(freshIds(second, a), rows(10, 19));
        r = walk.next(10);
        QCOMPARE(r.offset, 18);
        a = walk.accept(list.mid(r.offset, r.limit)); // 7 rows: the end
        QCOMPARE(a.fresh.size(), 6);
        QVERIFY(walk.atEnd());
        QCOMPARE(walk.rowsSoFar(), 25);
    }

    void nextFreshAsksOneMoreRowWhenOverlapping()
    {
        PageWalk walk;
        walk.restart();
        QCOMPARE(walk.nextFresh(10, 1000).limit, 10);
        walk.accept(rows(0, 10));
        const PageWalk::Request r = walk.nextFresh(10, 1000);
        QCOMPARE(r.offset, 9);
        QCOMPARE(r.limit, 11);
        QCOMPARE(walk.nextFresh(1000, 1000).limit, 1000); // capped at what the server accepts
    }

    void forwardShiftCostsDuplicatesOnly()
    {
        QStringList list = rows(0, 30);
        PageWalk walk;
        walk.restart();
        walk.accept(list.mid(walk.next(10).offset, 10));
        list = QStringList { QStringLiteral("n1"), QStringLiteral("n2") } + list; // two arrive at the head
        const PageWalk::Request r = walk.next(10);
        const QStringList page = list.mid(r.offset, r.limit);
        const PageWalk::Accepted a = walk.accept(page);
        QVERIFY(!a.backtrack);
        QCOMPARE(freshIds(page, a), rows(10, 17));
    }

    void backwardShiftStepsBack()
    {
        QStringList list = rows(0, 40);
        PageWalk walk;
        walk.restart();
        walk.accept(list.mid(walk.next(10).offset, 10));
        list = list.mid(15); // r0..r14 deleted: the next plain page would skip r15..r23
        PageWalk::Request r = walk.next(10);
        QCOMPARE(r.offset, 9);
        PageWalk::Accepted a = walk.accept(list.mid(r.offset, r.limit));
        QVERIFY(a.backtrack);
        QVERIFY(a.fresh.isEmpty());
        r = walk.next(10);
        QCOMPARE(r.offset, 0);
        const QStringList page = list.mid(r.offset, r.limit);
        a = walk.accept(page);
        QVERIFY(!a.backtrack);
        QCOMPARE(freshIds(page, a), rows(15, 25));
    }

    void backtracksAreBounded()
    {
        PageWalk walk;
        walk.restart();
        walk.accept(rows(0, 10));
        for (int i = 0; i < PageWalk::maxBacktracksInARow; ++i) {
            walk.shift(100); // keep asking far from the start
            walk.next(10);
            QVERIFY(walk.accept(rows(1000 + 10 * i, 1010 + 10 * i)).backtrack);
        }
        walk.shift(100);
        const PageWalk::Request r = walk.next(10);
        QVERIFY(r.offset > 0);
        const PageWalk::Accepted a = walk.accept(rows(2000, 2010));
        QVERIFY(!a.backtrack); // taken as it is
        QCOMPARE(a.fresh.size(), 10);
    }

    void maxRowsEndsTheWalk()
    {
        PageWalk walk;
        walk.restart();
        walk.next(10);
        const PageWalk::Accepted a = walk.accept(rows(0, 10), 4);
        QCOMPARE(a.fresh.size(), 4);
        QVERIFY(walk.atEnd());
    }

    void emptyPageEndsTheWalk()
    {
        PageWalk walk;
        walk.restart(5);
        QCOMPARE(walk.next(10).offset, 5);
        walk.accept({});
        QVERIFY(walk.atEnd());
    }

    // Rows learnt elsewhere (a refresh of the head) count as seen, and resume() re-anchors the
    // walk behind them.
    void resumeAndMarkSeen()
    {
        PageWalk walk;
        walk.restart();
        walk.markSeen(QStringLiteral("r3"));
        walk.resume(4, QStringLiteral("r3"));
        const PageWalk::Request r = walk.nextFresh(5, 1000);
        QCOMPARE(r.offset, 3);
        QCOMPARE(r.limit, 6);
        const QStringList page = rows(3, 9);
        const PageWalk::Accepted a = walk.accept(page);
        QVERIFY(!a.backtrack);
        QCOMPARE(freshIds(page, a), rows(4, 9));
        walk.shift(-2);
        QCOMPARE(walk.cursor(), 7);
    }

    // A long walk: every row of 30 pages is fresh exactly once, whatever the overlap.
    void longWalkDeduplicatesEveryRow()
    {
        const QStringList list = rows(0, 30000);
        PageWalk walk;
        walk.restart();
        qint64 fresh = 0;
        while (!walk.atEnd()) {
            const PageWalk::Request r = walk.next(1000);
            const PageWalk::Accepted a = walk.accept(list.mid(r.offset, r.limit));
            QVERIFY(!a.backtrack);
            fresh += a.fresh.size();
        }
        QCOMPARE(fresh, 30000);
        QCOMPARE(walk.rowsSoFar(), 30000);
    }

    // The id set behind the walk compares ids, not only their hashes: with every hash equal it
    // still tells each id apart, across growth of its table.
    void idSetComparesIdsOnEqualHashes()
    {
        IdSet colliding([](QStringView) -> std::uint64_t { return 42; });
        IdSet normal;
        const QStringList ids = rows(0, 300);
        for (const QString& id : ids) {
            QVERIFY(colliding.insert(id));
            QVERIFY(normal.insert(id));
        }
        for (const QString& id : ids) {
            QVERIFY(!colliding.insert(id));
            QVERIFY(!normal.insert(id));
            QVERIFY(colliding.contains(id));
            QVERIFY(normal.contains(id));
        }
        QVERIFY(!colliding.contains(QStringLiteral("r300")));
        QVERIFY(!normal.contains(QStringLiteral("r300")));
        QCOMPARE(colliding.size(), 300);
        colliding.clear();
        QVERIFY(!colliding.contains(QStringLiteral("r1")));
        QVERIFY(colliding.insert(QStringLiteral("r1")));
    }
};

QTEST_GUILESS_MAIN(TestPageWalk)
#include "tst_pagewalk.moc"

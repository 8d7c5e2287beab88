// Internal::PageWalk, the shift-safe offset bookkeeping shared by the pagers and
// ExecutionListModel, driven by hand over a list that changes between pages.
#include "idset_p.h"
#include "pagewalk_p.h"

#include <cloacina/pager.h>

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
        walk.accept(QStringList());
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

    // Ids are kept one byte per character when they are Latin-1 and as UTF-16 otherwise; with
    // every hash equal, only the stored text tells them apart.
    void idSetKeepsEveryEncodingExact()
    {
        IdSet set([](QStringView) -> std::uint64_t { return 7; });
        const QStringList ids { QStringLiteral("ab"), QStringLiteral("abc"), QString(), QStringLiteral("caf\u00e9"),
            QStringLiteral("caf\u20ac"), QStringLiteral("\U0001F600"), QStringLiteral("caf\u0065"),
            QStringLiteral("abcd\u20ac"), QStringLiteral("abcd\u00e9"), QStringLiteral("0b6f2d8e-3c1a-4f5e-9a7b-000000000001") };
        for (const QString& id : ids)
            QVERIFY2(set.insert(id), qPrintable(id));
        for (const QString& id : ids) {
            QVERIFY2(!set.insert(id), qPrintable(id));
            QVERIFY2(set.contains(id), qPrintable(id));
        }
        QVERIFY(!set.contains(QStringLiteral("a")));
        QVERIFY(!set.contains(QStringLiteral("abcd")));
        QVERIFY(!set.contains(QStringLiteral("caf\u00e8")));
        QVERIFY(!set.contains(QStringLiteral("caf\u20ad")));
        QVERIFY(!set.contains(QStringLiteral("\U0001F601")));
        QVERIFY(!set.contains(QStringLiteral("abcd\u20ad")));
        QVERIFY(!set.contains(QStringLiteral("0b6f2d8e-3c1a-4f5e-9a7b-000000000002")));
        QCOMPARE(set.size(), ids.size());
    }

    // A page inserted the way PageWalk does (hashes first, room reserved, slots prefetched)
    // files the same ids as one-by-one inserts, across many table growths.
    void idSetBatchInsertMatchesSingleInserts()
    {
        IdSet batch;
        IdSet single;
        const QStringList ids = rows(0, 5000) + rows(2500, 7500); // the second half repeats 2500
        for (qsizetype from = 0; from < ids.size(); from += 1000) {
            const QStringList page = ids.mid(from, 1000);
            std::vector<std::uint64_t> hashes;
            for (const QString& id : page)
                hashes.push_back(batch.hashOf(id));
            batch.reserve(page.size());
            for (qsizetype i = 0; i < page.size(); ++i) {
                if (i + 4 < page.size())
                    batch.prefetch(hashes[std::size_t(i + 4)]);
                QCOMPARE(batch.insert(page.at(i), hashes[std::size_t(i)]), single.insert(page.at(i)));
            }
        }
        QCOMPARE(batch.size(), 7500);
        QCOMPARE(single.size(), 7500);
        for (const QString& id : rows(0, 7500))
            QVERIFY(batch.contains(id));
        QVERIFY(!batch.contains(QStringLiteral("r7500")));
    }

    // The pager passes a page's fresh rows on in the page's own list (Detail::keepRows).
    void keepRowsKeepsTheIndexedRowsInOrder()
    {
        using Cloacina::Detail::keepRows;
        const QStringList page = rows(0, 6);
        QStringList all = page;
        keepRows(all, { 0, 1, 2, 3, 4, 5 });
        QCOMPARE(all, page);
        QStringList tail = page;
        keepRows(tail, { 1, 2, 3, 4, 5 }); // the usual page: all but the anchor
        QCOMPARE(tail, rows(1, 6));
        QStringList scattered = page;
        keepRows(scattered, { 0, 2, 3, 5 });
        QCOMPARE(scattered, (QStringList { QStringLiteral("r0"), QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("r5") }));
        QStringList head = page;
        keepRows(head, { 0, 1 }); // maxRows cut the page short
        QCOMPARE(head, rows(0, 2));
        QStringList none = page;
        keepRows(none, {});
        QVERIFY(none.isEmpty());
    }

    // accept() takes views of ids and keeps its own copies: the rows may go away afterwards.
    void acceptKeepsCopiesOfViewedIds()
    {
        PageWalk walk;
        walk.restart();
        {
            QStringList page = rows(0, 10);
            QList<QStringView> views;
            for (const QString& id : page)
                views.append(id);
            walk.next(10);
            QCOMPARE(walk.accept(views).fresh.size(), 10);
        } // page and views freed
        walk.next(10);
        const QStringList second = rows(9, 19);
        QCOMPARE(freshIds(second, walk.accept(second)), rows(10, 19));
    }
};

QTEST_GUILESS_MAIN(TestPageWalk)
#include "tst_pagewalk.moc"

// RefreshableListModel: a refresh merges by key (rows, selection and persistent indexes
// survive), states (loading, error, empty text) follow the refreshes, late answers are dropped.
#include <cloacinamodels/console/refreshablelistmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Cloacina;

namespace {

struct Row {
    QString key;
    int value = 0;
};

// A list whose fetch() answers are delivered by the test (answer()/fail()).
class FakeListModel : public RefreshableListModel {
public:
    using RefreshableListModel::RefreshableListModel;
    QList<Row> rows;
    QList<quint64> pending;

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        const Row& r = rows.at(index.row());
        return index.column() == 0 ? QVariant(r.key) : QVariant(r.value);
    }
    void answer(const QList<Row>& fresh)
    {
        const quint64 ticket = pending.takeFirst();
        if (!isCurrent(ticket))
            return;
        mergeRows(
            rows, fresh, [](const Row& r) { return r.key; },
            [](const Row& a, const Row& b) { return a.value == b.value; });
        finishRefresh(ticket);
    }
    void fail(const Error& error) { finishRefresh(pending.takeFirst(), error); }

protected:
    void fetch(quint64 ticket) override { pending.append(ticket); }
    QString emptyMessage() const override { return QStringLiteral("Nothing here."); }
    int storedRowCount() const override { return int(rows.size()); }
    void clearRows() override { rows.clear(); }
};

QList<Row> make(const QStringList& keys, int value = 0)
{
    QList<Row> out;
    for (const QString& k : keys)
        out.append({ k, value });
    return out;
}

QStringList keysOf(const FakeListModel& m)
{
    QStringList out;
    for (const Row& r : m.rows)
        out << r.key;
    return out;
}

} // namespace

class TestRefreshableListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void withoutClientRefreshFailsAndSaysNotConnected()
    {
        FakeListModel m;
        QSignalSpy refreshed(&m, &RefreshableListModel::refreshed);
        m.refresh();
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(refreshed.at(0).at(0).toBool(), false);
        QVERIFY(m.hasError());
        QVERIFY(m.pending.isEmpty());
        QCOMPARE(m.emptyText(), QStringLiteral("Not connected."));
    }

    void mergeKeepsPersistentIndexesAcrossInsertsMovesAndRemovals()
    {
        FakeListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CloacinaClient client(QUrl(QStringLiteral("http://127.0.0.1:1")));
        m.setAutoRefreshInterval(0);
        m.setClientObject(&client);
        QCOMPARE(m.pending.size(), 1); // a client triggers a refresh
        QVERIFY(m.isLoading());
        QCOMPARE(m.emptyText(), QStringLiteral("Loading…"));
        m.answer(make({ "a", "b", "c", "d" }));
        QCOMPARE(keysOf(m), QStringList({ "a", "b", "c", "d" }));
        QVERIFY(m.isLoaded());

        const QPersistentModelIndex c = m.index(2, 1);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&m, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        m.refresh();
        QList<Row> fresh = make({ "new", "c", "a", "d" });
        fresh[1].value = 7; // c changed
        m.answer(fresh);
        QCOMPARE(keysOf(m), QStringList({ "new", "c", "a", "d" }));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1); // b
        QCOMPARE(inserted.size(), 1); // new
        QVERIFY(moved.size() >= 1); // c moved above a
        QCOMPARE(changed.size(), 1); // only c's values changed
        QVERIFY(c.isValid());
        QCOMPARE(c.row(), 1);
        QCOMPARE(c.data().toInt(), 7);
    }

    void unchangedRefreshEmitsNoRowSignals()
    {
        FakeListModel m;
        CloacinaClient client(QUrl(QStringLiteral("http://127.0.0.1:1")));
        m.setClientObject(&client);
        m.answer(make({ "a", "b" }));
        QSignalSpy any(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy count(&m, &RefreshableListModel::countChanged);
        m.refresh();
        m.answer(make({ "a", "b" }));
        QCOMPARE(any.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(count.size(), 0);
    }

    void failureKeepsRowsAndSaysWhyWhenEmpty()
    {
        FakeListModel m;
        CloacinaClient client(QUrl(QStringLiteral("http://127.0.0.1:1")));
        m.setClientObject(&client);
        Error e = Error::make(Error::Kind::Api, QStringLiteral("boom"));
        e.requestId = QStringLiteral("req-1");
        m.fail(e);
        QVERIFY(m.hasError());
        QCOMPARE(m.emptyText(), QStringLiteral("Could not load: boom"));
        m.refresh();
        m.answer(make({ "a" }));
        QVERIFY(!m.hasError());
        m.refresh();
        m.fail(e);
        QCOMPARE(m.rowCount(), 1); // rows of earlier refreshes stay
        QVERIFY(m.emptyText().isEmpty());
        m.refresh();
        m.answer({});
        QCOMPARE(m.emptyText(), QStringLiteral("Nothing here."));
    }

    void refreshDuringRefreshRunsOnceMoreAfterwards()
    {
        FakeListModel m;
        CloacinaClient client(QUrl(QStringLiteral("http://127.0.0.1:1")));
        m.setClientObject(&client);
        m.refresh();
        m.refresh();
        QCOMPARE(m.pending.size(), 1);
        m.answer(make({ "a" }));
        QCOMPARE(m.pending.size(), 1); // the queued one
        m.answer(make({ "a", "b" }));
        QCOMPARE(m.rowCount(), 2);
        QVERIFY(!m.isLoading());
    }

    void answersForAReplacedClientAreDropped()
    {
        FakeListModel m;
        CloacinaClient first(QUrl(QStringLiteral("http://127.0.0.1:1")));
        CloacinaClient second(QUrl(QStringLiteral("http://127.0.0.1:2")));
        m.setClientObject(&first);
        m.setClientObject(&second);
        QCOMPARE(m.pending.size(), 2);
        m.answer(make({ "stale" })); // the first client's answer
        QCOMPARE(m.rowCount(), 0);
        m.answer(make({ "fresh" }));
        QCOMPARE(keysOf(m), QStringList({ "fresh" }));
    }

    void autoRefreshAsksAgain()
    {
        FakeListModel m;
        CloacinaClient client(QUrl(QStringLiteral("http://127.0.0.1:1")));
        m.setClientObject(&client);
        m.answer({});
        m.setAutoRefreshInterval(20);
        QTRY_COMPARE(m.pending.size(), 1);
        m.setAutoRefreshInterval(0);
        m.answer({});
        QCOMPARE(m.autoRefreshInterval(), 0);
    }
};

QTEST_MAIN(TestRefreshableListModel)
#include "tst_refreshablelistmodel.moc"

// The computation-graph models over a fake backend: health read from the server's shapes,
// keyed refreshes (no resets, one dataChanged per changed row), errors that keep the rows,
// accumulator freshness and filtering, the fire series' minute window; and one pass against
// the simulator.
#include <cloacinamodels/console/accumulatorlistmodel.h>
#include <cloacinamodels/console/fireseriesmodel.h>
#include <cloacinamodels/console/graphlistmodel.h>
#include <cloacinamodels/console/reactorfirelistmodel.h>
#include <cloacinamodels/console/reactorlistmodel.h>
#include <cloacinamodels/console/slotvalue.h>

#include "settledfuture.h"
#include "simfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Cloacina;
using CloacinaTest::settled;

namespace {

QJsonObject degraded(const QStringList& lost)
{
    return { { QStringLiteral("state"), QStringLiteral("degraded") },
        { QStringLiteral("disconnected"), QJsonArray::fromStringList(lost) } };
}

QJsonObject live()
{
    return { { QStringLiteral("state"), QStringLiteral("live") } };
}

GraphStatus graph(const QString& name, const QJsonValue& health, qint64 fires = 0)
{
    GraphStatus g;
    g.name = name;
    g.health = health;
    g.accumulators = { name + QStringLiteral("_in") };
    g.fires = fires;
    return g;
}

AccumulatorStatus accumulator(const QString& name, const QString& state, const QDateTime& lastEvent)
{
    AccumulatorStatus a;
    a.name = name;
    a.status = state;
    a.state = Nullable<QString>(state);
    if (lastEvent.isValid())
        a.lastEventAt = Nullable<QString>(lastEvent.toString(Qt::ISODateWithMs));
    return a;
}

Error serverError()
{
    Error e = Error::make(Error::Kind::Api, QStringLiteral("boom"), QStringLiteral("list_graphs"));
    e.httpStatus = 500;
    e.code = QStringLiteral("internal_error");
    e.requestId = QStringLiteral("req-42");
    return e;
}

//! A backend answering from the fields below (settled futures), counting its calls.
struct FakeGraphs {
    QList<GraphStatus> graphs;
    QList<ReactorStatus> reactors;
    QList<AccumulatorStatus> accumulators;
    QList<ReactorFire> fires;
    QList<int> buckets;
    Error failure; //!< when set, every call fails with it
    QStringList asked; //!< "fires:<reactor>", "series:<reactor>", …

    template <typename T>
    QFuture<Result<T>> answer(const T& value) const
    {
        return failure.isError() ? settled<T>(failure) : settled<T>(value);
    }
    template <typename T>
    static ListResponse<T> list(const QList<T>& items)
    {
        ListResponse<T> l;
        l.items = items;
        l.total = items.size();
        return l;
    }

    GraphBackend backend()
    {
        GraphBackend b;
        b.listGraphs = [this] { return answer(list(graphs)); };
        b.getGraph = [this](const QString& name) {
            for (const GraphStatus& g : std::as_const(graphs)) {
                if (g.name == name)
                    return answer(g);
            }
            return settled<GraphStatus>(Error::make(Error::Kind::Api, QStringLiteral("not found")));
        };
        b.listReactors = [this] { return answer(list(reactors)); };
        b.listAccumulators = [this] { return answer(list(accumulators)); };
        b.listReactorFires = [this](const QString& r) {
            asked << QStringLiteral("fires:") + r;
            return answer(list(fires));
        };
        b.reactorFireTimeseries = [this](const QString& r) {
            asked << QStringLiteral("series:") + r;
            ReactorFireTimeseries t;
            t.buckets = buckets;
            return answer(t);
        };
        return b;
    }
};

//! Refreshes \a model and waits for the answer.
bool refreshed(RefreshableListModel& model)
{
    QSignalSpy done(&model, &RefreshableListModel::refreshed);
    model.refresh();
    return done.wait(5000);
}

} // namespace

class TestGraphModels : public QObject {
    Q_OBJECT

    CloacinaClient m_client { QUrl(QStringLiteral("http://127.0.0.1:1")) };

private Q_SLOTS:
    void healthReadsObjectsAndStrings()
    {
        const ComponentHealth d = componentHealth(degraded({ "orders", "prices" }));
        QCOMPARE(d.level, ComponentHealth::Level::Degraded);
        QCOMPARE(d.disconnected, QStringList({ "orders", "prices" }));
        QCOMPARE(d.text(), QStringLiteral("degraded: orders, prices"));
        QCOMPARE(componentHealth(live()).level, ComponentHealth::Level::Healthy);
        QCOMPARE(componentHealth(QStringLiteral("disconnected")).level, ComponentHealth::Level::Degraded);
        QCOMPARE(componentHealth(QStringLiteral("socket_only")).level, ComponentHealth::Level::Healthy);
        const ComponentHealth warming = componentHealth(QJsonObject { { "state", "warming" },
            { "healthy", QJsonArray { "a" } }, { "waiting", QJsonArray { "b" } } });
        QCOMPARE(warming.level, ComponentHealth::Level::Starting);
        QCOMPARE(warming.waiting, QStringList({ "b" }));
        QCOMPARE(componentHealth(QJsonValue(42)).level, ComponentHealth::Level::Unknown);
    }

    void slotValuesAreTypedByTheSchema()
    {
        const auto schema = [](const char* type) { return QJsonObject { { "type", type } }; };
        QString error;
        QCOMPARE(parseSlotValue(schema("integer"), " 42 ", &error), QJsonValue(qint64(42)));
        QVERIFY(!parseSlotValue(schema("integer"), "4.5", &error));
        QVERIFY(error.contains("whole number"));
        QCOMPARE(parseSlotValue(schema("number"), "4.5", &error), QJsonValue(4.5));
        QCOMPARE(parseSlotValue(schema("boolean"), "No", &error), QJsonValue(false));
        QVERIFY(!parseSlotValue(schema("boolean"), "maybe", &error));
        QCOMPARE(parseSlotValue(schema("string"), " a b ", &error), QJsonValue(" a b "));
        QCOMPARE(parseSlotValue(schema("object"), "{\"bid\": 1}", &error), QJsonValue(QJsonObject { { "bid", 1 } }));
        QVERIFY(!parseSlotValue(schema("object"), "[1]", &error));
        QVERIFY(!parseSlotValue(schema("object"), "{bid", &error));
        QVERIFY(error.startsWith("Not valid JSON"));
        QVERIFY(!parseSlotValue(schema("integer"), "", &error)); // empty is no value
        QCOMPARE(parseSlotValue(QJsonObject(), "\"x\"", &error), QJsonValue("x")); // untyped: JSON
        QCOMPARE(parseSlotValue(QJsonObject { { "type", QJsonArray { "null", "integer" } } }, "7", &error),
            QJsonValue(qint64(7)));
    }

    void graphListFlagsDegradedAndMergesByName()
    {
        FakeGraphs fake;
        fake.graphs = { graph("a", live(), 1), graph("b", degraded({ "b_in" })) };
        GraphListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setBackend(fake.backend());
        QSignalSpy first(&m, &RefreshableListModel::refreshed);
        m.setClientObject(&m_client);
        QVERIFY(first.wait(5000));
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.degradedCount(), 1);
        const QModelIndex b = m.index(m.rowOf("b"), 0);
        QVERIFY(b.data(GraphListModel::DegradedRole).toBool());
        QCOMPARE(b.data(GraphListModel::DisconnectedRole).toStringList(), QStringList({ "b_in" }));
        QCOMPARE(m.index(b.row(), GraphListModel::HealthColumn).data().toString(), QStringLiteral("degraded: b_in"));
        QVERIFY(m.roleNames().values().contains("degraded"));

        // b recovers, a fires again, c appears: one change per row, nothing reset.
        const QPersistentModelIndex keep(m.index(0, 0));
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        fake.graphs = { graph("a", live(), 2), graph("b", live()), graph("c", live()) };
        QVERIFY(refreshed(m));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m.degradedCount(), 0);
        QVERIFY(keep.isValid());
        QCOMPARE(keep.data().toString(), QStringLiteral("a"));

        // Unchanged answer: no row signal at all.
        changed.clear();
        QVERIFY(refreshed(m));
        QCOMPARE(changed.size(), 0);
    }

    void anErrorKeepsTheRowsAndCarriesTheRequestId()
    {
        FakeGraphs fake;
        fake.graphs = { graph("a", live()) };
        GraphListModel m;
        m.setBackend(fake.backend());
        QSignalSpy first(&m, &RefreshableListModel::refreshed);
        m.setClientObject(&m_client);
        QVERIFY(first.wait(5000));
        fake.failure = serverError();
        QVERIFY(refreshed(m));
        QCOMPARE(m.rowCount(), 1);
        QVERIFY(m.hasError());
        QCOMPARE(m.lastError().code, QStringLiteral("internal_error"));
        QCOMPARE(m.lastError().requestId, QStringLiteral("req-42"));
    }

    void anIncompleteBackendFailsInsteadOfCrashing()
    {
        GraphListModel m;
        GraphBackend partial;
        m.setBackend(partial);
        QSignalSpy done(&m, &RefreshableListModel::refreshed);
        m.setClientObject(&m_client);
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY(m.hasError());
    }

    void accumulatorsShowFreshnessAndFollowTheGraphsNames()
    {
        FakeGraphs fake;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        fake.accumulators = { accumulator("x", "live", now.addSecs(-300)),
            accumulator("y", "disconnected", now.addSecs(-3600)), accumulator("z", "socket_only", {}) };
        AccumulatorListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setBackend(fake.backend());
        QSignalSpy first(&m, &RefreshableListModel::refreshed);
        m.setClientObject(&m_client);
        QVERIFY(first.wait(5000));
        QCOMPARE(m.rowCount(), 3);
        const qint64 age = m.index(0, 0).data(AccumulatorListModel::LastEventAgeRole).toLongLong();
        QVERIFY2(age >= 299 && age <= 310, qPrintable(QString::number(age)));
        QCOMPARE(m.index(0, AccumulatorListModel::LastEventColumn).data().toString(), QStringLiteral("5 min ago"));
        QVERIFY(m.index(1, 0).data(AccumulatorListModel::DegradedRole).toBool());
        QVERIFY(m.index(2, 0).data(AccumulatorListModel::LastEventAgeRole).isNull());
        QCOMPARE(m.index(2, AccumulatorListModel::LastEventColumn).data().toString(), QStringLiteral("never"));

        // One graph's accumulators, in the graph's order; unknown names are skipped.
        QSignalSpy again(&m, &RefreshableListModel::refreshed);
        m.setNames({ "z", "missing", "x" });
        QVERIFY(again.wait(5000));
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, 0).data().toString(), QStringLiteral("z"));
        QCOMPARE(m.index(1, 0).data().toString(), QStringLiteral("x"));
    }

    void fireSeriesPlacesMinutesAndShiftsTheWindow()
    {
        FakeGraphs fake;
        fake.buckets = QList<int>(60, 0);
        fake.buckets[59] = 3;
        fake.buckets[58] = 5;
        QDateTime clock = QDateTime(QDate(2026, 1, 2), QTime(10, 30, 25), QTimeZone::utc());
        FireSeriesModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setClock([&clock] { return clock; });
        m.setBackend(fake.backend());
        m.setClientObject(&m_client);
        QVERIFY(refreshed(m) || m.isLoaded());
        QCOMPARE(m.rowCount(), 0); // no reactor yet
        QCOMPARE(m.emptyText(), QStringLiteral("Select a graph to chart its fires."));

        QSignalSpy series(&m, &FireSeriesModel::seriesChanged);
        QSignalSpy done(&m, &RefreshableListModel::refreshed);
        m.setReactor(QStringLiteral("r1"));
        QVERIFY(done.wait(5000));
        QCOMPARE(fake.asked.last(), QStringLiteral("series:r1"));
        QCOMPARE(m.rowCount(), 60);
        QCOMPARE(m.lastMinute(), QDateTime(QDate(2026, 1, 2), QTime(10, 30), QTimeZone::utc()));
        QCOMPARE(m.firstMinute(), QDateTime(QDate(2026, 1, 2), QTime(9, 31), QTimeZone::utc()));
        QCOMPARE(m.maxFires(), 5);
        QCOMPARE(m.totalFires(), 8);
        QVERIFY(series.size() >= 1);

        // A minute later the server's window moved by one bucket: one row leaves, one arrives.
        clock = clock.addSecs(60);
        fake.buckets.removeFirst();
        fake.buckets.append(7);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QVERIFY(refreshed(m));
        QCOMPARE(m.rowCount(), 60);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(m.index(59, FireSeriesModel::FiresColumn).data().toInt(), 7);
        QCOMPARE(m.totalFires(), 15);
    }

    void reactorFiresListTheChosenReactor()
    {
        FakeGraphs fake;
        ReactorFire ok;
        ok.firedAt = QStringLiteral("2026-01-02T10:00:00Z");
        ok.ok = true;
        ok.durationMs = 12;
        ok.manual = true;
        ok.inputs = QMap<QString, QJsonValue> { { "orderbook", QJsonObject { { "bid", 1 } } } };
        ReactorFire bad = ok;
        bad.firedAt = QStringLiteral("2026-01-02T09:59:00Z");
        bad.ok = false;
        bad.error = Nullable<QString>(QStringLiteral("division by zero"));
        fake.fires = { ok, bad };
        ReactorFireListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setBackend(fake.backend());
        m.setClientObject(&m_client);
        QSignalSpy done(&m, &RefreshableListModel::refreshed);
        m.setReactor(QStringLiteral("mm"));
        QVERIFY(done.wait(5000));
        QCOMPARE(fake.asked.last(), QStringLiteral("fires:mm"));
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(1, ReactorFireListModel::ResultColumn).data().toString(),
            QStringLiteral("failed: division by zero"));
        QCOMPARE(m.index(0, 0).data(ReactorFireListModel::InputsRole).toString(),
            QStringLiteral("{\"orderbook\":{\"bid\":1}}"));
    }

    void againstTheSimulator()
    {
        CloacinaTest::SimFixture f;
        QVERIFY(f.start());
        GraphListModel graphs;
        ReactorListModel reactors;
        AccumulatorListModel accumulators;
        FireSeriesModel series;
        ReactorFireListModel fires;
        for (RefreshableListModel* m : std::initializer_list<RefreshableListModel*> { &graphs, &reactors, &accumulators, &series, &fires }) {
            QSignalSpy done(m, &RefreshableListModel::refreshed);
            m->setClientObject(f.client.get());
            QVERIFY(!done.isEmpty() || done.wait(5000)); // without a reactor it settles at once
            QVERIFY2(!m->hasError(), qPrintable(m->lastError().toString()));
        }
        QVERIFY(graphs.rowCount() >= 1);
        QVERIFY(reactors.rowCount() >= 1);
        QVERIFY(accumulators.rowCount() >= 1);
        const QString reactor = graphs.index(0, 0).data(GraphListModel::ReactorRole).toString();
        QVERIFY(reactors.rowOf(reactor) >= 0);
        QSignalSpy charted(&series, &RefreshableListModel::refreshed);
        series.setReactor(reactor);
        QVERIFY(charted.wait(5000));
        QCOMPARE(series.rowCount(), 60); // upstream: one bucket per minute of the last hour
        QSignalSpy listed(&fires, &RefreshableListModel::refreshed);
        fires.setReactor(reactor);
        QVERIFY(listed.wait(5000));
        QVERIFY(!fires.hasError());
    }
};

QTEST_GUILESS_MAIN(TestGraphModels)
#include "tst_graphmodels.moc"

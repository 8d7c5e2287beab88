// Fault matrix (label: faults), area: ExecutionFollower. One program per area (tst_faultmatrix_*.cpp),
// sharing faultmatrix.h. Each row injects one failure mode and checks the outcome the
// application sees through the SDK: a typed Error or a clean recovery. No crash, no hang
// (every wait is bounded), no lost or repeated event. docs/RELIABILITY.md lists the rows.
#include "faultmatrix.h"
#include "holdsfor.h"

#include <QtTest>

#include <memory>

using namespace Cloacina;
using namespace FaultMatrix;

class TstFaultMatrixFollower : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepare(); }

    // ---------------------------------------------------------------------------------------
    // ExecutionFollower on a live run: it ends with the run's status and every history event
    // exactly once, whatever feeds it (socket, polling, both) and whatever fails.
    // ---------------------------------------------------------------------------------------
    void follower_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("baseline") << "baseline";
        QTest::newRow("push-less server") << "pushless";
        QTest::newRow("duplicate pushes + random drops") << "dup-drops";
        QTest::newRow("takeovers during the run") << "takeover";
        QTest::newRow("close 1001 during the run") << "going-away";
        QTest::newRow("close 4426 (socket fails, polling carries on)") << "4426";
        QTest::newRow("REST 502 pages on the polls") << "bad-gateway";
        QTest::newRow("REST truncation on the polls") << "truncate";
        QTest::newRow("slow REST (delay)") << "delay";
    }

    void follower()
    {
        QFETCH(QString, mode);
        Sim s;
        CloacinaSim::Options o;
        o.pushless = mode == QLatin1String("pushless");
        QVERIFY(s.start(o));
        CloacinaSim::FaultConfig& f = s.sim->faults();
        const QString exec = s.sim->startExecution(QStringLiteral("etl_daily"));
        QVERIFY(!exec.isEmpty());
        ExecutionFollower* follower = followExecution(s.client.get(), exec, this);
        std::unique_ptr<ExecutionFollower> owner(follower);
        FollowerTiming timing;
        timing.pollIntervalMs = 150;
        timing.silenceMs = 300;
        timing.stream = fastTiming();
        follower->setTiming(timing);
        QSet<QString> seen;
        int repeats = 0;
        connect(follower, &ExecutionFollower::eventsReceived, this, [&](const QList<RunEvent>& events) {
            for (const RunEvent& e : events) {
                repeats += seen.contains(e.id);
                seen.insert(e.id);
            }
        });
        QSignalSpy finished(follower, &ExecutionFollower::finished);
        QSignalSpy fatal(follower, &ExecutionFollower::failed);
        if (mode == QLatin1String("dup-drops")) {
            f.duplicatePushes = true;
            f.dropProbability = 0.05;
        } else if (mode == QLatin1String("bad-gateway")) {
            f.badGateway = { true, QStringLiteral("/v1/tenants/public/executions/") + exec, 4 };
        } else if (mode == QLatin1String("truncate")) {
            f.truncate = { true, QStringLiteral("/v1/tenants/public/executions/") + exec, 3 };
        } else if (mode == QLatin1String("delay")) {
            f.delay = { true, QStringLiteral("/v1/tenants"), -1 };
            f.delayMs = 150;
        }
        follower->start();
        for (int i = 0; i < 3 && finished.isEmpty(); ++i) {
            // Each disruption strikes a run in progress: after new events since the last one.
            const qsizetype before = seen.size();
            // Not asserted: a run that stalls fails the bounded wait for `finished` below.
            (void)QTest::qWaitFor([&] { return !finished.isEmpty() || seen.size() > before; }, 5000);
            if (mode == QLatin1String("takeover"))
                s.sim->forceTakeover();
            else if (mode == QLatin1String("going-away"))
                s.sim->closeDeliverySockets(1001);
            else if (mode == QLatin1String("4426"))
                s.sim->closeDeliverySockets(4426);
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(fatal.count(), 0);
        const QString status = finished.at(0).at(0).toString();
        QCOMPARE(status, s.sim->executionStatus(exec));
        s.sim->resetFaults();
        const QSet<QString> history = s.historyIds(exec);
        QVERIFY(!history.isEmpty());
        QCOMPARE(seen, history);
        QCOMPARE(repeats, 0);
        QCOMPARE(follower->source(), ExecutionFollower::Source::Ended);
        QVERIFY2(CloacinaTest::holdsFor([&finished] { return finished.count() == 1; }, 300), "finished twice"); // ends once
    }
};

QTEST_GUILESS_MAIN(TstFaultMatrixFollower)
#include "tst_faultmatrix_follower.moc"

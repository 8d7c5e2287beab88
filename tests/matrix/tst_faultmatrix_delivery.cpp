// Fault matrix (label: faults), area: the delivery socket. One program per area (tst_faultmatrix_*.cpp),
// sharing faultmatrix.h. Each row injects one failure mode and checks the outcome the
// application sees through the SDK: a typed Error or a clean recovery. No crash, no hang
// (every wait is bounded), no lost or repeated event. docs/RELIABILITY.md lists the rows.
#include "faultmatrix.h"
#include "holdsfor.h"

#include <QtTest>

using namespace Cloacina;
using namespace FaultMatrix;

class TstFaultMatrixDelivery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepare(); }

    // ---------------------------------------------------------------------------------------
    // Delivery socket against the simulator: each event of the run reaches the application
    // exactly once, whatever happens to the socket; fatal close codes fail without retrying.
    // ---------------------------------------------------------------------------------------
    void delivery_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("baseline") << "baseline";
        QTest::newRow("duplicate pushes") << "duplicates";
        QTest::newRow("random drops (no close frame)") << "random-drops";
        QTest::newRow("close 1001 mid-burst") << "going-away";
        QTest::newRow("takeover (dropped, no close frame)") << "takeover";
        QTest::newRow("tickets expired before reconnect") << "ticket-expiry";
        QTest::newRow("drop after N pushes, then healed") << "drop-after";
        QTest::newRow("1001 after N pushes, then healed") << "going-away-after";
        QTest::newRow("close 4400") << "4400";
        QTest::newRow("close 4426") << "4426";
    }

    void delivery()
    {
        QFETCH(QString, mode);
        Sim s;
        QVERIFY(s.start());
        const QString exec = s.sim->createExecutions(1, QStringLiteral("Running")).value(0);
        QVERIFY(!exec.isEmpty());
        const QString recipient = QStringLiteral("exec_events:") + exec;
        DeliverySubscription sub(streamEndpoint(s.client.get()), recipient);
        sub.setTiming(fastTiming());
        DeliverySink sink;
        sink.attach(&sub);
        QSignalSpy takeovers(&sub, &DeliverySubscription::takenOver);
        QSignalSpy failed(&sub, &DeliverySubscription::failed);
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
        CloacinaSim::FaultConfig& f = s.sim->faults();

        if (mode == QLatin1String("4400") || mode == QLatin1String("4426")) {
            const int code = mode.toInt();
            QCOMPARE(s.sim->closeDeliverySockets(code, recipient), 1);
            QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Failed, 5000);
            QCOMPARE(failed.count(), 1);
            QCOMPARE(sub.error().kind, Error::Kind::Protocol);
            QCOMPARE(sub.error().code, QStringLiteral("ws_close_%1").arg(code));
            QVERIFY(!sub.error().isTransient());
            const qint64 attempts = sub.connectionAttempts();
            QVERIFY2(CloacinaTest::holdsFor([&] { return sub.connectionAttempts() == attempts; }, 500), "retried after a fatal close");
            QCOMPARE(s.sim->stats().activeDeliveryConnections, qint64(0));
            return;
        }

        if (mode == QLatin1String("duplicates"))
            f.duplicatePushes = true;
        else if (mode == QLatin1String("random-drops"))
            f.dropProbability = 0.005;
        else if (mode == QLatin1String("drop-after"))
            f.dropAfterPushes = 3;
        else if (mode == QLatin1String("going-away-after"))
            f.goingAwayAfterPushes = 5;

        for (int round = 0; round < 4; ++round) {
            const qint64 sent = s.sim->stats().pushesSent;
            QCOMPARE(s.sim->emitBurst(exec, 150), 150);
            // The fault below strikes mid-burst: once the first pushes of this burst are out.
            QTRY_VERIFY_WITH_TIMEOUT(s.sim->stats().pushesSent > sent, 5000);
            if (mode == QLatin1String("going-away"))
                s.sim->closeDeliverySockets(1001, recipient);
            else if (mode == QLatin1String("takeover"))
                s.sim->forceTakeover(recipient);
            else if (mode == QLatin1String("ticket-expiry")) {
                s.sim->expireTickets();
                s.sim->forceTakeover(recipient);
            }
            if (mode == QLatin1String("going-away") || mode == QLatin1String("takeover") || mode == QLatin1String("ticket-expiry"))
                QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
        }
        if (mode == QLatin1String("drop-after") || mode == QLatin1String("going-away-after")) {
            // These faults fire before any ack can arrive (see docs/RELIABILITY.md): the client
            // must keep retrying with backoff — bounded, no tight loop — and repeat nothing.
            const qint64 before = sub.connectionAttempts();
            const bool bounded = CloacinaTest::holdsFor([&] { return sub.connectionAttempts() - before <= 40; }, 1500);
            QVERIFY2(bounded, qPrintable(QStringLiteral("%1 attempts within 1.5 s").arg(sub.connectionAttempts() - before)));
            QCOMPARE(sink.repeats, 0);
            s.sim->resetFaults();
        }

        const QSet<QString> history = s.historyIds(exec);
        QVERIFY(history.size() >= 600);
        QTRY_VERIFY_WITH_TIMEOUT(sink.uniqueEventIds == history, 90000); // generous: sanitizer lane
        QCOMPARE(sink.repeats, 0); // no event reached the application twice
        QCOMPARE(int(sink.eventIds.size()), int(history.size()));
        QCOMPARE(failed.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(s.sim->stats().outboxPending == 0 && s.sim->stats().outboxDelivered == 0, 10000);
        if (mode == QLatin1String("takeover") || mode == QLatin1String("ticket-expiry"))
            QVERIFY(takeovers.count() >= 1);
        if (mode == QLatin1String("duplicates"))
            QVERIFY(sub.duplicateCount() > 0);
        if (mode != QLatin1String("baseline") && mode != QLatin1String("duplicates"))
            QVERIFY(sub.reconnectCount() >= 1);
    }
};

QTEST_GUILESS_MAIN(TstFaultMatrixDelivery)
#include "tst_faultmatrix_delivery.moc"

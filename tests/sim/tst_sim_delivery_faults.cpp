// SPDX-License-Identifier: Apache-2.0
// Delivery under injected faults: drops, duplicates, 1001, forced takeover, redelivery.
#include "simtestsupport.h"

#include <QTest>

using namespace SimTest;

class TstSimDeliveryFaults : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_sim = startSimulator();
        m_http = std::make_unique<Http>(m_sim->url(), m_sim->adminKey());
        m_run = m_sim->createExecutions(1, QStringLiteral("Completed"), QStringLiteral("etl_daily"))
                    .first();
        m_rows = int(m_sim->stats().outboxPending);
        QVERIFY(m_rows > 5);
    }

    void dropAfterPushesThenRedeliver()
    {
        m_http->post(QStringLiteral("/_sim/faults"),
            { { QStringLiteral("delivery"),
                QJsonObject { { QStringLiteral("drop_after_pushes"), 3 } } } });
        Socket s;
        QVERIFY(s.open(m_sim->url(), path(), m_sim->adminKey()));
        QVERIFY(s.waitClosed());
        QCOMPARE(s.pushIds().size(), 3);
        QCOMPARE(m_sim->stats().drops, 1);
        // Nothing was acked: the next connection gets everything again, from the start.
        m_sim->resetFaults();
        Socket again;
        QVERIFY(again.open(m_sim->url(), path(), m_sim->adminKey()));
        QVERIFY(again.waitForText(1 + m_rows));
        QCOMPARE(again.pushIds().mid(0, 3), s.pushIds());
    }

    void duplicatePushes()
    {
        m_sim->faults().duplicatePushes = true;
        Socket s;
        QVERIFY(s.open(m_sim->url(), path(), m_sim->adminKey()));
        QVERIFY(s.waitForText(1 + 2 * m_rows));
        const QList<qint64> ids = s.pushIds();
        QCOMPARE(ids.size(), 2 * m_rows);
        QCOMPARE(ids.at(0), ids.at(1));
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), m_rows);
        QCOMPARE(m_sim->stats().duplicates, qint64(m_rows));
    }

    void goingAwayAfterPushes()
    {
        m_http->post(QStringLiteral("/_sim/faults"),
            { { QStringLiteral("delivery"),
                QJsonObject { { QStringLiteral("going_away_after_pushes"), 2 } } } });
        Socket s;
        QVERIFY(s.open(m_sim->url(), path(), m_sim->adminKey()));
        QVERIFY(s.waitClosed());
        QCOMPARE(s.closeCode(), 1001);
        QCOMPARE(s.pushIds().size(), 2);
    }

    void closeOnDemand()
    {
        Socket s;
        QVERIFY(s.open(m_sim->url(), path(), m_sim->adminKey()));
        QVERIFY(s.waitForText(1));
        QCOMPARE(
            m_http
                ->post(QStringLiteral("/_sim/delivery/close"), { { QStringLiteral("code"), 1001 } })
                .json()
                .value(QStringLiteral("closed"))
                .toInt(),
            1);
        QVERIFY(s.waitClosed());
        QCOMPARE(s.closeCode(), 1001);
    }

    void randomDropsAreSeededAndRecoverable()
    {
        // A drop cuts the connection within the same relay pass, so only a connection
        // that survives the whole backlog gets its acks in; reconnecting gets there.
        m_sim->faults().dropProbability = 0.2;
        int connections = 0;
        while (m_sim->stats().outboxAcked < m_rows && connections < 80) {
            Socket s;
            s.autoAck = true;
            QVERIFY(s.open(m_sim->url(), path(), m_sim->adminKey()));
            ++connections;
            (void)QTest::qWaitFor(
                [&] { return s.disconnected || m_sim->stats().outboxAcked >= m_rows; }, 2000);
        }
        QCOMPARE(m_sim->stats().outboxAcked, qint64(m_rows));
        QVERIFY(m_sim->stats().drops > 0);
    }

    void forcedTakeover()
    {
        Socket s;
        QVERIFY(s.open(m_sim->url(), path(), m_sim->adminKey()));
        QVERIFY(s.waitForText(1));
        const Reply r = m_http->post(QStringLiteral("/_sim/delivery/takeover"),
            { { QStringLiteral("recipient"), QStringLiteral("exec_events:") + m_run } });
        QCOMPARE(r.json().value(QStringLiteral("dropped")).toInt(), 1);
        QVERIFY(s.waitClosed());
        QCOMPARE(m_sim->stats().takeovers, 1);
    }

private:
    QString path() const { return QStringLiteral("/v1/ws/delivery/exec_events:") + m_run; }

    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<Http> m_http;
    QString m_run;
    int m_rows = 0;
};

QTEST_GUILESS_MAIN(TstSimDeliveryFaults)
#include "tst_sim_delivery_faults.moc"

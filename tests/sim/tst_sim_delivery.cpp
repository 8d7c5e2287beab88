// SPDX-License-Identifier: Apache-2.0
// The delivery protocol: welcome, pushes, acks, resync on reconnect, takeover,
// close codes, tenants and push-less mode.
#include "simtestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace SimTest;

class TstSimDelivery : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_sim = startSimulator();
        m_http = std::make_unique<Http>(m_sim->url(), m_sim->adminKey());
        m_run = m_sim->createExecutions(1, QStringLiteral("Running"), QStringLiteral("etl_daily"))
                    .first();
    }

    void welcomeFirstThenPushesOfTheHistory()
    {
        Socket s;
        QVERIFY(s.open(m_sim->url(), path(), m_sim->adminKey()));
        s.hello();
        QVERIFY(s.waitForText(1));
        const QJsonObject welcome = s.frames().first();
        QCOMPARE(welcome.value(QStringLiteral("type")).toString(), QStringLiteral("welcome"));
        QCOMPARE(welcome.value(QStringLiteral("protocol_version")).toInt(), 1);
        const int history = events().size();
        QVERIFY(s.waitForText(1 + history));
        const QJsonObject push = s.pushes().first();
        QCOMPARE(push.value(QStringLiteral("kind")).toString(), QStringLiteral("execution_event"));
        QCOMPARE(push.value(QStringLiteral("recipient")).toString(),
            QStringLiteral("exec_events:") + m_run);
        QVERIFY(push.value(QStringLiteral("tenant_id")).isNull());
        // Payload ids join the REST history.
        const QJsonObject payload = s.payloads().first();
        QCOMPARE(payload.value(QStringLiteral("id")).toString(),
            events().first().toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(payload.value(QStringLiteral("workflow_execution_id")).toString(), m_run);
        QVERIFY(payload.contains(QStringLiteral("task_execution_id")));
        QVERIFY(!payload.contains(QStringLiteral("sequence_num")));
    }

    void acksAreCountedAndUnackedRowsComeBack()
    {
        const int history = events().size();
        QList<qint64> firstIds;
        {
            Socket s;
            QVERIFY(s.open(m_sim->url(), path(), m_sim->adminKey()));
            QVERIFY(s.waitForText(1 + history));
            firstIds = s.pushIds();
            QSignalSpy acked(m_sim.get(), &CloacinaSim::Simulator::acked);
            s.ack(firstIds.at(0));
            s.ack(firstIds.at(1));
            QTRY_COMPARE(acked.size(), 2);
            QCOMPARE(m_http->get(QStringLiteral("/_sim/stats"))
                         .json()
                         .value(QStringLiteral("acks_received"))
                         .toInt(),
                2);
        }
        Socket again;
        QVERIFY(again.open(m_sim->url(), path(), m_sim->adminKey()));
        QVERIFY(again.waitForText(1 + history - 2));
        const QList<qint64> redelivered = again.pushIds();
        QCOMPARE(redelivered, firstIds.mid(2));
    }

    void percentEncodedRecipient()
    {
        Socket s;
        QVERIFY(s.open(m_sim->url(), QStringLiteral("/v1/ws/delivery/exec_events%3A") + m_run,
            m_sim->adminKey()));
        QVERIFY(s.waitForText(2));
        QCOMPARE(s.pushes().first().value(QStringLiteral("recipient")).toString(),
            QStringLiteral("exec_events:") + m_run);
    }

    void liveEventsArePushed()
    {
        QSignalSpy finished(m_sim.get(), &CloacinaSim::Simulator::executionFinished);
        const QString live = m_sim->startExecution(QStringLiteral("report_builder"));
        Socket s;
        QVERIFY(s.open(m_sim->url(), QStringLiteral("/v1/ws/delivery/exec_events:") + live,
            m_sim->adminKey()));
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY(!s.payloads().isEmpty()
            && s.payloads()
                   .last()
                   .value(QStringLiteral("event_type"))
                   .toString()
                   .startsWith(QStringLiteral("workflow_")));
        QCOMPARE(s.payloads().first().value(QStringLiteral("event_type")).toString(),
            QStringLiteral("task_marked_ready"));
    }

    void newSubscriberTakesOver()
    {
        Socket old;
        QVERIFY(old.open(m_sim->url(), path(), m_sim->adminKey()));
        QVERIFY(old.waitForText(1));
        Socket newcomer;
        QVERIFY(newcomer.open(m_sim->url(), path(), m_sim->adminKey()));
        QVERIFY(old.waitClosed());
        QVERIFY(newcomer.waitForText(2));
        QCOMPARE(m_sim->stats().takeovers, 1);
        QCOMPARE(newcomer.socket().state(), QAbstractSocket::ConnectedState);
    }

    void badFrameCloses4400()
    {
        Socket s;
        QVERIFY(s.open(m_sim->url(), path(), m_sim->adminKey()));
        s.socket().sendTextMessage(QStringLiteral("{not json"));
        QVERIFY(s.waitClosed());
        QCOMPARE(s.closeCode(), 4400);
    }

    void unknownVersionCloses4426()
    {
        Socket s;
        QVERIFY(s.open(m_sim->url(), path(), m_sim->adminKey()));
        s.hello(99);
        QVERIFY(s.waitClosed());
        QCOMPARE(s.closeCode(), 4426);
    }

    void tenantKeysGetNoEngineEventsWhenStrict()
    {
        const QString key = m_http
                                ->post(QStringLiteral("/v1/auth/keys"),
                                    { { QStringLiteral("name"), QStringLiteral("pub") } })
                                .json()
                                .value(QStringLiteral("key"))
                                .toString();
        Socket s;
        QVERIFY(s.open(m_sim->url(), path(), key));
        QVERIFY(s.waitForText(1));
        m_sim->emitBurst(m_run, 5);
        QVERIFY(!QTest::qWaitFor([&] { return s.texts.size() > 1; }, 300));
    }

    void lenientTenantsDeliverToTenantKeys()
    {
        CloacinaSim::Options o;
        o.strictTenantMatch = false;
        auto sim = startSimulator(o);
        Http http(sim->url(), sim->adminKey());
        const QString run
            = sim->createExecutions(1, QStringLiteral("Completed"), QStringLiteral("etl_daily"))
                  .first();
        const QString key = http.tenantKey(QStringLiteral("public"), QStringLiteral("read"));
        Socket s;
        QVERIFY(s.open(sim->url(), QStringLiteral("/v1/ws/delivery/exec_events:") + run, key));
        QVERIFY(s.waitForText(2));
        QCOMPARE(s.pushes().first().value(QStringLiteral("tenant_id")).toString(),
            QStringLiteral("public"));
    }

    void pushlessWritesHistoryOnly()
    {
        m_sim->setPushless(true);
        Socket s;
        QVERIFY(s.open(m_sim->url(), path(), m_sim->adminKey()));
        QVERIFY(s.waitForText(1 + events().size()));
        const int before = s.texts.size();
        QCOMPARE(m_sim->emitBurst(m_run, 20), 20);
        QVERIFY(!QTest::qWaitFor([&] { return s.texts.size() > before; }, 300));
        QCOMPARE(
            m_http->post(QStringLiteral("/_sim/pushless"), { { QStringLiteral("enabled"), false } })
                .json()
                .value(QStringLiteral("pushless"))
                .toBool(),
            false);
        m_sim->emitBurst(m_run, 3);
        QVERIFY(s.waitForText(before + 3));
    }

    void burstArrivesCompleteAndInOrder()
    {
        Socket s;
        QVERIFY(s.open(m_sim->url(), path(), m_sim->adminKey()));
        const int history = events().size();
        QVERIFY(s.waitForText(1 + history));
        const Reply r = m_http->post(QStringLiteral("/_sim/executions/%1/burst").arg(m_run),
            { { QStringLiteral("count"), 2000 } });
        QCOMPARE(r.json().value(QStringLiteral("emitted")).toInt(), 2000);
        QVERIFY(s.waitForText(1 + history + 2000, 20000));
        const QList<qint64> ids = s.pushIds();
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        QCOMPARE(events().size(), history + 2000);
    }

private:
    QString path() const { return QStringLiteral("/v1/ws/delivery/exec_events:") + m_run; }
    QJsonArray events() const
    {
        return m_http->get(QStringLiteral("/v1/tenants/public/executions/%1/events").arg(m_run))
            .json()
            .value(QStringLiteral("events"))
            .toArray();
    }

    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<Http> m_http;
    QString m_run;
};

QTEST_GUILESS_MAIN(TstSimDelivery)
#include "tst_sim_delivery.moc"

// SPDX-License-Identifier: Apache-2.0
// Accumulator (binary JSON, 403, 4404) and reactor (five commands, one answer each) sockets.
#include "simtestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace SimTest;

class TstSimEndpoints : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_sim = startSimulator();
        m_http = std::make_unique<Http>(m_sim->url(), m_sim->adminKey());
    }

    void accumulatorTakesBinaryIgnoresText()
    {
        Socket s;
        QVERIFY(s.open(
            m_sim->url(), QStringLiteral("/v1/ws/accumulator/orderbook"), m_sim->adminKey()));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("ignores text frames")));
        s.socket().sendTextMessage(QStringLiteral("{\"bid\":1}"));
        s.socket().sendBinaryMessage("{\"bid\":1.5}");
        QTRY_COMPARE(eventsTotal(QStringLiteral("orderbook")), 1);
        // The reactor's cache saw it.
        Socket reactor;
        QVERIFY(reactor.open(m_sim->url(), QStringLiteral("/v1/ws/reactor/market_maker_reactor"),
            m_sim->adminKey()));
        reactor.sendJson({ { QStringLiteral("command"), QStringLiteral("get_state") } });
        QVERIFY(reactor.waitForText(1));
        QCOMPARE(reactor.frames()
                     .first()
                     .value(QStringLiteral("cache"))
                     .toObject()
                     .value(QStringLiteral("orderbook"))
                     .toString(),
            QStringLiteral("{\"bid\":1.5}"));
    }

    void accumulatorThatCannotTakeMessagesCloses4404()
    {
        Socket s;
        QVERIFY(
            s.open(m_sim->url(), QStringLiteral("/v1/ws/accumulator/pricing"), m_sim->adminKey()));
        QCOMPARE(m_http
                     ->post(QStringLiteral("/_sim/accumulators/pricing/accepting"),
                         { { QStringLiteral("accepting"), false } })
                     .status,
            200);
        s.socket().sendBinaryMessage("{}");
        QVERIFY(s.waitClosed());
        QCOMPARE(s.closeCode(), 4404);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/health/accumulators/pricing/inject"),
                         { { QStringLiteral("event"), QJsonObject {} } })
                     .code(),
            QStringLiteral("accumulator_not_found"));
    }

    void reactorCommands_data()
    {
        QTest::addColumn<QJsonObject>("command");
        QTest::addColumn<QString>("type");
        QTest::newRow("force_fire")
            << QJsonObject { { QStringLiteral("command"), QStringLiteral("force_fire") } }
            << "fired";
        QTest::newRow("fire_with")
            << QJsonObject { { QStringLiteral("command"), QStringLiteral("fire_with") },
                   { QStringLiteral("cache"),
                       QJsonObject { { QStringLiteral("pricing"), QJsonArray { 123, 34 } } } } }
            << "fired";
        QTest::newRow("get_state")
            << QJsonObject { { QStringLiteral("command"), QStringLiteral("get_state") } }
            << "state";
        QTest::newRow("pause") << QJsonObject {
            { QStringLiteral("command"), QStringLiteral("pause") }
        } << "paused";
        QTest::newRow("resume") << QJsonObject {
            { QStringLiteral("command"), QStringLiteral("resume") }
        } << "resumed";
        QTest::newRow("unknown") << QJsonObject {
            { QStringLiteral("command"), QStringLiteral("explode") }
        } << "error";
        QTest::newRow("bad cache") << QJsonObject {
            { QStringLiteral("command"), QStringLiteral("fire_with") },
            { QStringLiteral("cache"), QJsonObject { { QStringLiteral("x"), QJsonArray { 999 } } } }
        } << "error";
    }

    void reactorCommands()
    {
        QFETCH(QJsonObject, command);
        QFETCH(QString, type);
        Socket s;
        QVERIFY(s.open(m_sim->url(), QStringLiteral("/v1/ws/reactor/market_maker_reactor"),
            m_sim->adminKey()));
        s.sendJson(command);
        QVERIFY(s.waitForText(1));
        QCOMPARE(s.frames().first().value(QStringLiteral("type")).toString(), type);
        // Exactly one answer, and the socket stays open (also after an error).
        s.sendJson({ { QStringLiteral("command"), QStringLiteral("get_state") } });
        QVERIFY(s.waitForText(2));
        QCOMPARE(s.texts.size(), 2);
        QCOMPARE(s.socket().state(), QAbstractSocket::ConnectedState);
    }

    void unparsableCommandIsAnError()
    {
        Socket s;
        QVERIFY(s.open(
            m_sim->url(), QStringLiteral("/v1/ws/reactor/fraud_reactor"), m_sim->adminKey()));
        s.socket().sendTextMessage(QStringLiteral("nope"));
        QVERIFY(s.waitForText(1));
        QCOMPARE(
            s.frames().first().value(QStringLiteral("type")).toString(), QStringLiteral("error"));
    }

    void pauseIsVisibleInRest()
    {
        Socket s;
        QVERIFY(s.open(
            m_sim->url(), QStringLiteral("/v1/ws/reactor/fraud_reactor"), m_sim->adminKey()));
        s.sendJson({ { QStringLiteral("command"), QStringLiteral("pause") } });
        QVERIFY(s.waitForText(1));
        const QJsonArray reactors = m_http->get(QStringLiteral("/v1/health/reactors"))
                                        .json()
                                        .value(QStringLiteral("items"))
                                        .toArray();
        bool paused = false;
        for (const auto& r : reactors)
            paused |= r.toObject().value(QStringLiteral("name")) == QLatin1String("fraud_reactor")
                && r.toObject().value(QStringLiteral("paused")).toBool();
        QVERIFY(paused);
    }

    void reactorGoneCloses4404()
    {
        Socket s;
        QVERIFY(s.open(
            m_sim->url(), QStringLiteral("/v1/ws/reactor/fraud_reactor"), m_sim->adminKey()));
        QCOMPARE(m_http
                     ->post(QStringLiteral("/_sim/reactors/fraud_reactor/present"),
                         { { QStringLiteral("present"), false } })
                     .status,
            200);
        QVERIFY(s.waitClosed());
        QCOMPARE(s.closeCode(), 4404);
        QCOMPARE(rawUpgrade(m_sim->url(), QStringLiteral("/v1/ws/reactor/fraud_reactor"),
                     m_sim->adminKey())
                     .status,
            403);
    }

private:
    int eventsTotal(const QString& name)
    {
        for (const auto& a : m_http->get(QStringLiteral("/v1/health/accumulators"))
                                 .json()
                                 .value(QStringLiteral("items"))
                                 .toArray()) {
            if (a.toObject().value(QStringLiteral("name")).toString() == name)
                return a.toObject().value(QStringLiteral("events_total")).toInt();
        }
        return -1;
    }

    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<Http> m_http;
};

QTEST_GUILESS_MAIN(TstSimEndpoints)
#include "tst_sim_endpoints.moc"

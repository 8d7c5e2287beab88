// SPDX-License-Identifier: Apache-2.0
// Upgrade authentication: bearer keys, single-use tickets, plain HTTP refusals.
#include "simtestsupport.h"

#include <QTest>

using namespace SimTest;

class TstSimTickets : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_sim = startSimulator();
        m_http = std::make_unique<Http>(m_sim->url(), m_sim->adminKey());
    }

    void ticketShape()
    {
        const QJsonObject t = m_http->post(QStringLiteral("/v1/auth/ws-ticket")).json();
        QVERIFY(!QUuid::fromString(t.value(QStringLiteral("ticket")).toString()).isNull());
        QCOMPARE(t.value(QStringLiteral("expires_in_seconds")).toInt(), 60);
        QCOMPARE(m_http->post(QStringLiteral("/v1/auth/ws-ticket"), {}, Http::noKey()).status, 401);
    }

    void ticketIsSingleUse()
    {
        const QString ticket = m_http->ticket();
        Socket first;
        QVERIFY(first.open(m_sim->url(), QStringLiteral("/v1/ws/delivery/r?token=") + ticket));
        QVERIFY(first.waitForText(1));
        const Reply reuse
            = rawUpgrade(m_sim->url(), QStringLiteral("/v1/ws/delivery/r?token=") + ticket);
        QCOMPARE(reuse.status, 401);
        QCOMPARE(reuse.code(), QStringLiteral("unauthorized"));
        QVERIFY(!reuse.header("x-request-id").isEmpty());
    }

    void expiredTicketIs401()
    {
        const QString ticket = m_http->ticket();
        QVERIFY(m_http->post(QStringLiteral("/_sim/tickets/expire"))
                    .json()
                    .value(QStringLiteral("expired"))
                    .toInt()
            >= 1);
        QCOMPARE(
            rawUpgrade(m_sim->url(), QStringLiteral("/v1/ws/delivery/r?token=") + ticket).status,
            401);
    }

    void queryTokenIsNeverAKey()
    {
        const Reply r = rawUpgrade(
            m_sim->url(), QStringLiteral("/v1/ws/delivery/r?token=") + m_sim->adminKey());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(),
            QStringLiteral("invalid or expired WebSocket ticket"));
    }

    void bearerRules()
    {
        QCOMPARE(rawUpgrade(m_sim->url(), QStringLiteral("/v1/ws/delivery/r")).status, 401);
        QCOMPARE(rawUpgrade(
                     m_sim->url(), QStringLiteral("/v1/ws/delivery/r"), QStringLiteral("clk_wrong"))
                     .status,
            401);
        QCOMPARE(
            rawUpgrade(m_sim->url(), QStringLiteral("/v1/ws/delivery/r"), m_sim->adminKey()).status,
            101);
    }

    void ticketCarriesIdentity()
    {
        // A ticket minted by a read key of another tenant may not open a tenant-scoped reactor...
        m_http->createTenant(QStringLiteral("acme"));
        const QString key = m_http->tenantKey(QStringLiteral("acme"), QStringLiteral("read"));
        Socket reactor;
        QVERIFY(reactor.open(m_sim->url(),
            QStringLiteral("/v1/ws/reactor/market_maker_reactor?token=") + m_http->ticket(key)));
        reactor.sendJson({ { QStringLiteral("command"), QStringLiteral("pause") } });
        QVERIFY(reactor.waitForText(1));
        // ...and commands run with the minting key's (read) role.
        QCOMPARE(reactor.frames().first().value(QStringLiteral("type")).toString(),
            QStringLiteral("error"));
    }

    void unknownEndpointsAre403Or404()
    {
        const Reply acc = rawUpgrade(
            m_sim->url(), QStringLiteral("/v1/ws/accumulator/nope"), m_sim->adminKey());
        QCOMPARE(acc.status, 403);
        QCOMPARE(acc.code(), QStringLiteral("endpoint_access_denied"));
        QCOMPARE(rawUpgrade(m_sim->url(), QStringLiteral("/v1/ws/reactor/nope"), m_sim->adminKey())
                     .status,
            403);
        QCOMPARE(
            rawUpgrade(m_sim->url(), QStringLiteral("/v1/ws/bogus/x"), m_sim->adminKey()).status,
            404);
    }

private:
    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<Http> m_http;
};

QTEST_GUILESS_MAIN(TstSimTickets)
#include "tst_sim_tickets.moc"

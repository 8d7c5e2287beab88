// ServerSession: the connect / identity / tenant flow of both monitors, against the simulator:
// what a check finds (version, identity, tenants), how a failure is classified for the
// operator, and that every check settles exactly once (cancelled, superseded, client gone).
#include <cloacinamodels/serversession.h>

#include <cloacina/cloacinaclient.h>
#include <cloacinasim/simulator.h>

#include "mintkey.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Cloacina;

class TestServerSession : public QObject {
    Q_OBJECT

    std::unique_ptr<CloacinaSim::Simulator> m_sim;

    std::unique_ptr<CloacinaClient> client(const QString& key)
    {
        auto c = std::make_unique<CloacinaClient>(m_sim->url());
        c->setTenant(QStringLiteral("public"));
        c->setApiKey(key);
        return c;
    }

    //! Runs one check; returns the finished() arguments (empty when it did not settle once).
    static QList<QVariant> check(ServerSession& session)
    {
        QSignalSpy finished(&session, &ServerSession::finished);
        session.connectToServer();
        if (finished.count() != 0 || !finished.wait(10000))
            return {};
        QCoreApplication::processEvents();
        return finished.count() == 1 ? finished.takeFirst() : QList<QVariant> {};
    }

    QString mintKey(KeyRole role)
    {
        auto admin = client(m_sim->adminKey());
        return CloacinaTest::mintTenantKey(admin.get(), role, QStringLiteral("reader"));
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<CloacinaSim::Simulator>(CloacinaSim::Options {});
        QVERIFY(m_sim->start());
    }

    void adminKeyConnectsWithIdentityAndTenants()
    {
        auto c = client(m_sim->adminKey());
        ServerSession session;
        session.setClient(c.get());
        QSignalSpy tenants(&session, &ServerSession::tenantsChanged);
        const QList<QVariant> args = check(session);
        QVERIFY(!args.isEmpty());
        QVERIFY2(args.at(0).toBool(), qPrintable(args.at(1).value<Error>().toString()));
        QCOMPARE(session.state(), ServerSession::State::Connected);
        QCOMPARE(session.problem(), ServerSession::Problem::None);
        QVERIFY(!c->serverVersion().isEmpty());
        QVERIFY(session.hasIdentity());
        QVERIFY(session.isAdmin());
        QVERIFY(session.mayStartWorkflows());
        QVERIFY(!session.keyName().isEmpty());
        QVERIFY(tenants.wait(10000));
        QCOMPARE(session.tenants().value(0), QStringLiteral("public"));
        QCOMPARE(session.tenants().count(QStringLiteral("public")), 1);

        // The identity is the key's on this server: another URL forgets it.
        QSignalSpy identity(&session, &ServerSession::identityChanged);
        c->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        QCOMPARE(identity.count(), 1);
        QVERIFY(!session.hasIdentity());
        QVERIFY(session.tenants().isEmpty());
        QCOMPARE(session.state(), ServerSession::State::Idle);
    }

    void readKeyMayNotStartWorkflows()
    {
        const QString key = mintKey(KeyRole::Read);
        QVERIFY(!key.isEmpty());
        auto c = client(key);
        ServerSession session;
        session.setClient(c.get());
        QVERIFY(session.mayStartWorkflows()); // unknown: nothing refused on a guess
        QVERIFY(check(session).value(0).toBool());
        QCOMPARE(session.role(), QStringLiteral("read"));
        QVERIFY(!session.isAdmin());
        QVERIFY(!session.mayStartWorkflows());
    }

    void failuresAreClassified()
    {
        ServerSession session;
        auto refused = client(QStringLiteral("not-a-key"));
        session.setClient(refused.get());
        QList<QVariant> args = check(session);
        QVERIFY(!args.isEmpty());
        QVERIFY(!args.at(0).toBool());
        QCOMPARE(args.at(1).value<Error>().httpStatus, 401);
        QCOMPARE(session.state(), ServerSession::State::Failed);
        QCOMPARE(session.problem(), ServerSession::Problem::KeyRefused);
        QVERIFY(!session.hasIdentity());

        auto keyless = client({});
        session.setClient(keyless.get());
        QCOMPARE(session.state(), ServerSession::State::Idle);
        QVERIFY(!check(session).value(0).toBool());
        QCOMPARE(session.problem(), ServerSession::Problem::KeyMissing);

        // Nothing listens on a port just released.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        auto nowhere = client(m_sim->adminKey());
        nowhere->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        session.setClient(nowhere.get());
        QVERIFY(!check(session).value(0).toBool());
        QCOMPARE(session.problem(), ServerSession::Problem::Unreachable);

        QCOMPARE(ServerSession::classify(Error::canceled(), true), ServerSession::Problem::None);
        Error forbidden = Error::make(Error::Kind::Api, QStringLiteral("no"));
        forbidden.httpStatus = 403;
        QCOMPARE(ServerSession::classify(forbidden, true), ServerSession::Problem::TenantForbidden);
        forbidden.httpStatus = 500;
        QCOMPARE(ServerSession::classify(forbidden, true), ServerSession::Problem::ServerError);
    }

    void everyCheckSettlesOnce()
    {
        auto c = client(m_sim->adminKey());
        ServerSession session;
        session.setClient(c.get());
        QSignalSpy finished(&session, &ServerSession::finished);
        // Cancelled.
        session.connectToServer();
        QCOMPARE(session.state(), ServerSession::State::Checking);
        session.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(1).value<Error>().kind, Error::Kind::Canceled);
        QCOMPARE(session.problem(), ServerSession::Problem::None);
        // Superseded: the first settles as Canceled, the second normally.
        session.connectToServer();
        session.connectToServer();
        QCOMPARE(finished.count(), 2);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 3);
        QVERIFY(finished.at(2).at(0).toBool());
        QCoreApplication::processEvents(); // a late answer of the superseded check would land here
        QCOMPARE(finished.count(), 3);
        // The client goes away mid-check.
        session.connectToServer();
        c.reset();
        QTRY_COMPARE(finished.count(), 4);
        QCOMPARE(finished.at(3).at(1).value<Error>().kind, Error::Kind::Canceled);
        QCOMPARE(session.client(), nullptr);
        // Without a client: a failure, from the event loop.
        session.connectToServer();
        QCOMPARE(finished.count(), 4);
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.at(4).at(0).toBool());
    }

    // A finished() handler may drop the client (the Connect dialog does) and still read the error.
    void handlerMayStartOver()
    {
        auto c = client(QStringLiteral("not-a-key"));
        ServerSession session;
        session.setClient(c.get());
        Error seen;
        connect(&session, &ServerSession::finished, this, [&](bool, const Error& error) {
            session.setClient(nullptr);
            seen = error;
        });
        QSignalSpy finished(&session, &ServerSession::finished);
        session.connectToServer();
        QVERIFY(finished.wait(10000));
        QCOMPARE(seen.httpStatus, 401);
        QCOMPARE(finished.at(0).at(1).value<Error>().httpStatus, 401);
        QCOMPARE(session.state(), ServerSession::State::Idle);
    }

    void sessionDestroyedMidCheck()
    {
        auto c = client(m_sim->adminKey());
        auto session = std::make_unique<ServerSession>();
        session->setClient(c.get());
        session->connectToServer();
        session.reset();
        QTRY_COMPARE(c->pendingCallCount(), 0); // aborted; no callback reaches the dead session
    }
};

QTEST_MAIN(TestServerSession)
#include "tst_serversession.moc"

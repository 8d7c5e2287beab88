// The conformance library's own rules: who may run what (Identity::allows, skip reasons), a
// session removes the tenants it made (also from its destructor and after a stop), a stop ends
// the running check at its next wait, and a wait never outlives its bound.
#include <cloacinaconformance/check.h>
#include <cloacinaconformance/session.h>

#include <cloacina/types.h>
#include <cloacinasim/simulator.h>

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include "awaitresult.h"

using namespace Cloacina;
using namespace Cloacina::Conformance;
using CloacinaTest::await;

class TstConformanceSession : public QObject {
    Q_OBJECT

    std::unique_ptr<CloacinaSim::Simulator> sim;
    std::unique_ptr<CloacinaClient> admin;

    std::unique_ptr<Session> startedSession(bool write)
    {
        auto session = std::make_unique<Session>(sim->url());
        session->client().setApiKey(sim->adminKey());
        session->setWriteEnabled(write);
        if (session->start() != Session::StartResult::Ready)
            return nullptr;
        return session;
    }

    QStringList conformanceTenants()
    {
        const auto tenants = await(admin->listTenants());
        QStringList names;
        for (const TenantSummary& t : tenants.value().items) {
            if (t.name.startsWith(QLatin1String("conformance_")))
                names << t.name;
        }
        return names;
    }

    static Check checkOf(const QString& operationId)
    {
        const QList<Check> all = catalogue();
        for (const Check& c : all) {
            if (c.operationId == operationId)
                return c;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        sim = std::make_unique<CloacinaSim::Simulator>();
        QString why;
        QVERIFY2(sim->start(&why), qPrintable(why));
        admin = std::make_unique<CloacinaClient>(sim->url());
        admin->setApiKey(sim->adminKey());
    }

    void cleanup()
    {
        sim->resetFaults();
        QCOMPARE(conformanceTenants(), QStringList());
    }

    void identityAllows_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("platformAdmin");
        QTest::addColumn<QString>("keyTenant");
        QTest::addColumn<int>("needed");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<bool>("allowed");
        const auto row = [](const char* name, const char* role, bool god, const char* keyTenant, Role needed,
                             const char* tenant, bool allowed) {
            QTest::newRow(name) << QString::fromLatin1(role) << god << QString::fromLatin1(keyTenant) << int(needed)
                                << QString::fromLatin1(tenant) << allowed;
        };
        row("god passes platform", "admin", true, "", Role::PlatformAdmin, "acme", true);
        row("god passes any tenant", "read", true, "", Role::TenantAdmin, "acme", true);
        row("tenant admin is not platform", "admin", false, "acme", Role::PlatformAdmin, "acme", false);
        row("tenant admin in own tenant", "admin", false, "acme", Role::TenantAdmin, "acme", true);
        row("tenant admin elsewhere", "admin", false, "acme", Role::Read, "public", false);
        row("admin role for agents", "admin", false, "acme", Role::AdminRole, "public", true);
        row("write key writes", "write", false, "acme", Role::Write, "acme", true);
        row("write key is no admin", "write", false, "acme", Role::TenantAdmin, "acme", false);
        row("read key reads", "read", false, "public", Role::Read, "public", true);
        row("read key does not write", "read", false, "public", Role::Write, "public", false);
        row("tenant-less non-admin reaches no tenant", "admin", false, "", Role::Read, "public", false);
        row("any key", "read", false, "acme", Role::AnyKey, "public", true);
    }

    void identityAllows()
    {
        QFETCH(QString, role);
        QFETCH(bool, platformAdmin);
        QFETCH(QString, keyTenant);
        QFETCH(int, needed);
        QFETCH(QString, tenant);
        QFETCH(bool, allowed);
        Identity id;
        id.role = role;
        id.platformAdmin = platformAdmin;
        id.tenant = keyTenant;
        QCOMPARE(id.allows(Role(needed), tenant), allowed);
    }

    void skipReasonsWithoutWrite()
    {
        auto session = startedSession(false);
        QVERIFY(session);
        QVERIFY(!session->createScratchTenant());
        QCOMPARE(session->skipReason(checkOf(QStringLiteral("create_account"))), QStringLiteral("changes data: run with --write"));
        QCOMPARE(session->skipReason(checkOf(QStringLiteral("fire_reactor"))), QStringLiteral("changes data: run with --write"));
        QVERIFY(session->skipReason(checkOf(QStringLiteral("create_key"))).contains(QLatin1String("only the contract test suite")));
        QCOMPARE(session->skipReason(checkOf(QStringLiteral("list_tenants"))), QString());
        const Outcome skipped = session->runCheck(checkOf(QStringLiteral("create_account")));
        QCOMPARE(skipped.verdict, Verdict::Skipped);
        QCOMPARE(skipped.durationMs, 0);
    }

    void destructionRemovesTheScratchTenant()
    {
        auto session = startedSession(true);
        QVERIFY(session);
        QString why;
        QVERIFY2(session->createScratchTenant(&why), qPrintable(why));
        QCOMPARE(conformanceTenants(), QStringList { session->scratchTenant() });
        session.reset();
        QCOMPARE(conformanceTenants(), QStringList());
    }

    //! requestStop() during a check's wait: the check ends as skipped at once, cleanup still
    //! works, and every later check is skipped.
    void stopEndsTheRunningCheck()
    {
        auto session = startedSession(true);
        QVERIFY(session);
        QVERIFY(session->createScratchTenant());
        sim->faults().delay.enabled = true;
        sim->faults().delay.pathPrefix = QStringLiteral("/v1/health/graphs");
        sim->faults().delayMs = 30000;
        QTimer::singleShot(50, session.get(), [&session] { session->requestStop(); });
        QElapsedTimer clock;
        clock.start();
        const Outcome stopped = session->runCheck(checkOf(QStringLiteral("list_graphs")));
        QVERIFY(clock.elapsed() < 10000); // the 30 s answer was not waited for
        QCOMPARE(stopped.verdict, Verdict::Skipped);
        QCOMPARE(stopped.message, QStringLiteral("interrupted"));
        QCOMPARE(session->runCheck(checkOf(QStringLiteral("health"))).message, QStringLiteral("interrupted"));
        QString why;
        QVERIFY2(session->cleanup(&why), qPrintable(why));
        QCOMPARE(conformanceTenants(), QStringList());
    }

    //! A tenant a check adopted but did not release (it ended early) is removed by the session.
    void adoptedTenantsAreRemoved()
    {
        auto session = startedSession(true);
        QVERIFY(session);
        CreateTenantRequest request;
        request.name = QStringLiteral("conformance_adopted_%1").arg(session->context().stamp());
        session->context().adoptTenant(request.name);
        QVERIFY(await(admin->createTenant(request)).ok());
        // Adopted but never created (its answer was lost): cleanup finds it absent and is content.
        session->context().adoptTenant(QStringLiteral("conformance_never_created"));
        QString why;
        QVERIFY2(session->cleanup(&why), qPrintable(why));
        QVERIFY(session->context().tenantsToRemove().isEmpty());
    }

    void waitsAreBounded()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Session session(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        session.client().setApiKey(QStringLiteral("k"));
        session.context().setWaitTimeoutMs(200);
        QElapsedTimer clock;
        clock.start();
        const auto r = session.context().await(session.client().health());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Timeout);
        QVERIFY(clock.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TstConformanceSession)
#include "tst_conformance_session.moc"

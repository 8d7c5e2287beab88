// Transport faults injected by the in-process simulator (label: faults).
#include <cloacina/cloacinaclient.h>
#include <cloacina/types.h>
#include <cloacina/whenready.h>

#include <cloacinasim/simulator.h>

#include "awaitresult.h"
#include <QLoggingCategory>
#include <QTest>

using namespace Cloacina;

namespace {
using CloacinaTest::await;
}

class TstSimFaults : public QObject {
    Q_OBJECT
    CloacinaSim::Simulator* sim = nullptr;
    CloacinaClient* client = nullptr;

private Q_SLOTS:
    void init()
    {
        sim = new CloacinaSim::Simulator;
        QString why;
        QVERIFY2(sim->start(&why), qPrintable(why));
        client = new CloacinaClient(sim->url());
        client->setApiKey(sim->adminKey());
    }
    void cleanup()
    {
        delete client;
        delete sim;
    }

    void healthyCallCarriesRequestId()
    {
        const auto r = await(client->listExecutions());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r.value().tenantId, QStringLiteral("public"));
        QCOMPARE(client->connectionState(), CloacinaClient::ConnectionState::Connected);
        // Errors carry x-request-id too.
        const auto missing = await(client->getWorkflow(QStringLiteral("does-not-exist")));
        QCOMPARE(missing.error().kind, Error::Kind::Api);
        QCOMPARE(missing.error().code, QStringLiteral("workflow_not_found"));
        QVERIFY(!missing.error().requestId.isEmpty());
    }

    void proxyBadGateway()
    {
        sim->faults().badGateway.enabled = true;
        const auto r = await(client->listExecutions());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Http);
        QCOMPARE(r.error().httpStatus, 502);
        QVERIFY(!r.error().bodySample.isEmpty());
        QVERIFY(r.error().requestId.isEmpty()); // the proxy sends none
        QCOMPARE(r.error().operationId, QStringLiteral("list_executions"));
        QCOMPARE(client->connectionState(), CloacinaClient::ConnectionState::Unreachable);
    }

    void truncatedBodyNeverSucceeds()
    {
        sim->createExecutions(20, QStringLiteral("Completed"));
        sim->faults().truncate.enabled = true;
        const auto r = await(client->listExecutions());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().kind == Error::Kind::Network || r.error().kind == Error::Kind::Decode,
            qPrintable(r.error().toString()));
    }

    void slowAnswerTimesOut()
    {
        client->setTimeout(250);
        sim->faults().delay.enabled = true;
        sim->faults().delayMs = 3000;
        const auto r = await(client->whoami());
        QCOMPARE(r.error().kind, Error::Kind::Timeout);
    }

    void slowlorisWithinTimeoutSucceeds()
    {
        // A transfer timeout measures silence, not total time: a trickle keeps the call alive.
        client->setTimeout(1000);
        sim->faults().slowloris.enabled = true;
        sim->faults().slowlorisChunkBytes = 64;
        sim->faults().slowlorisIntervalMs = 20;
        const auto r = await(client->whoami());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    }

    void oversizedBody()
    {
        client->setMaxResponseBytes(1024 * 1024);
        sim->faults().oversize.enabled = true;
        sim->faults().oversizeBytes = 4 * 1024 * 1024;
        const auto r = await(client->listExecutions());
        QCOMPARE(r.error().kind, Error::Kind::Decode);
        QCOMPARE(r.error().code, QStringLiteral("response_too_large"));
    }

    void missingKeyIs401()
    {
        client->clearApiKey();
        const auto r = await(client->listExecutions());
        QCOMPARE(r.error().kind, Error::Kind::Api);
        QCOMPARE(r.error().httpStatus, 401);
        QVERIFY(!r.error().code.isEmpty());
        QVERIFY(!r.error().requestId.isEmpty());
        QCOMPARE(client->connectionState(), CloacinaClient::ConnectionState::Unauthorized);
        client->setApiKey(QStringLiteral("wrong-key"));
        QCOMPARE(client->connectionState(), CloacinaClient::ConnectionState::Unknown);
        QCOMPARE(await(client->whoami()).error().httpStatus, 401);
    }

    void serverVersion()
    {
        const auto r = await(client->checkServerVersion());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(client->serverVersion(), r.value());
        QVERIFY(CloacinaClient::versionsCompatible(r.value(), CloacinaClient::contractVersion()));
    }

    void sessionLifecycle()
    {
        // An account to log in with, then login → whoami → refresh → logout.
        CreateAccountRequest account;
        account.username = QStringLiteral("qt-session-user");
        account.password = QStringLiteral("correct horse battery staple");
        account.role = QStringLiteral("write");
        const auto created = await(client->createAccount(account));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));

        CloacinaClient user(sim->url());
        const auto bad = await(user.login(account.username, QStringLiteral("nope"), QStringLiteral("public")));
        QCOMPARE(bad.error().httpStatus, 401);
        QVERIFY(!user.hasApiKey());
        const auto login = await(user.login(account.username, account.password, QStringLiteral("public")));
        QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : login.error().toString()));
        QVERIFY(user.hasApiKey());
        const auto me = await(user.whoami());
        QVERIFY2(me.ok(), qPrintable(me.ok() ? QString() : me.error().toString()));
        const auto refreshed = await(user.refreshSession());
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.ok() ? QString() : refreshed.error().toString()));
        QVERIFY(refreshed.value().key != login.value().key);
        QVERIFY(await(user.whoami()).ok()); // the new key works
        const auto out = await(user.logout());
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
        QVERIFY(!user.hasApiKey());
        // The old key is revoked on the server.
        user.setApiKey(refreshed.value().key);
        QCOMPARE(await(user.whoami()).error().httpStatus, 401);
    }
};

QTEST_GUILESS_MAIN(TstSimFaults)
#include "tst_simfaults.moc"

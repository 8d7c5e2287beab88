// Lifetime rules (STYLE §2): contexts, client destruction, cancellation, re-entrancy.
#include "scriptedserver.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/pager.h>
#include <cloacina/types.h>
#include <cloacina/whenready.h>

#include "holdsfor.h"
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Cloacina;

class TstLifetime : public QObject {
    Q_OBJECT

private:
    ScriptedServer* server = nullptr;

    static ScriptedServer::Reply hanging()
    {
        ScriptedServer::Reply reply;
        reply.hang = true;
        return reply;
    }

private Q_SLOTS:
    void init()
    {
        server = new ScriptedServer(this);
        QVERIFY(server->start());
    }

    void cleanup()
    {
        delete server;
        server = nullptr;
    }

    void contextDestroyedMidCallGetsNoCallback()
    {
        ScriptedServer::Reply slow = ScriptedServer::json(200, R"({"status":"ok"})");
        slow.delayMs = 300;
        server->setReply(slow);
        CloacinaClient client(QUrl(server->url()));
        int calls = 0;
        auto* context = new QObject;
        auto future = client.rawRequest("GET", QStringLiteral("/health"));
        whenReady(future, context, [&calls](const Result<QJsonValue>&) { ++calls; });
        delete context;
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 5000);
        QVERIFY(CloacinaTest::holdsFor([&calls] { return calls == 0; }, 50));
        QVERIFY(future.resultCount() == 1 && future.result().ok()); // the call itself completed
    }

    void generatedOperationContextDestroyed()
    {
        server->setReply(hanging());
        auto* client = new CloacinaClient(QUrl(server->url()));
        client->setApiKey(QStringLiteral("k"));
        int calls = 0;
        auto* context = new QObject;
        whenReady(client->listExecutions(), context, [&calls](const Result<ExecutionSummaryList>&) { ++calls; });
        QTRY_COMPARE(server->requests.size(), 1);
        delete context;
        delete client;
        QVERIFY(CloacinaTest::holdsFor([&calls] { return calls == 0; }, 20));
    }

    void clientDestroyedWithCallsPending()
    {
        server->setReply(hanging());
        auto* client = new CloacinaClient(QUrl(server->url()));
        client->setApiKey(QStringLiteral("k"));
        QObject context;
        QList<QFuture<Result<QJsonValue>>> futures;
        QList<Error::Kind> delivered;
        for (int i = 0; i < 5; ++i) {
            futures.append(client->rawRequest("GET", QStringLiteral("/v1/hang/%1").arg(i)));
            whenReady(futures.last(), &context, [&delivered](const Result<QJsonValue>& r) {
                delivered.append(r.ok() ? Error::Kind::Protocol : r.error().kind);
            });
        }
        auto typed = client->whoami();
        auto version = client->checkServerVersion();
        // QNAM opens at most 6 connections per host; the 7th call waits in its queue.
        QTRY_COMPARE(server->requests.size(), 6);
        QCOMPARE(client->pendingCallCount(), 7);
        delete client;
        for (const auto& f : std::as_const(futures)) {
            QVERIFY(f.isFinished());
            QVERIFY(f.isCanceled());
        }
        QVERIFY(typed.isFinished() && typed.isCanceled());
        QTRY_VERIFY(version.isFinished());
        QVERIFY(version.isCanceled());
        QTRY_COMPARE(delivered.size(), 5);
        for (Error::Kind kind : std::as_const(delivered))
            QCOMPARE(kind, Error::Kind::Canceled);
        // Every request that reached the server was aborted unanswered (under a sanitizer's
        // slowdown the queued 7th may have reached it too before the delete).
        QTRY_COMPARE(server->closedBeforeAnswer, int(server->requests.size()));
    }

    void cancelAbortsTheReply()
    {
        server->setReply(hanging());
        CloacinaClient client(QUrl(server->url()));
        auto future = client.rawRequest("GET", QStringLiteral("/v1/hang"));
        std::optional<Result<QJsonValue>> delivered;
        QObject context;
        whenReady(future, &context, [&delivered](const Result<QJsonValue>& r) { delivered = r; });
        QTRY_COMPARE(server->requests.size(), 1);
        QCOMPARE(client.pendingCallCount(), 1);
        future.cancel();
        QTRY_COMPARE(client.pendingCallCount(), 0);
        QTRY_COMPARE(server->closedBeforeAnswer, 1); // the server saw the reply aborted
        QCOMPARE(server->answered, 0);
        QTRY_VERIFY(delivered.has_value());
        QCOMPARE(delivered->error().kind, Error::Kind::Canceled);
        QVERIFY(future.isCanceled());
        QCOMPARE(client.connectionState(), CloacinaClient::ConnectionState::Unknown); // cancel says nothing
    }

    void cancelBeforeDispatchNeverSends()
    {
        server->setReply(hanging());
        CloacinaClient client(QUrl(server->url()));
        auto future = client.rawRequest("GET", QStringLiteral("/v1/hang"));
        future.cancel();
        QTRY_VERIFY(future.isFinished());
        QVERIFY(CloacinaTest::holdsFor([&client] { return client.pendingCallCount() == 0; }, 50));
    }

    void cancelWrappedCallAbortsInnerRequest()
    {
        server->setReply(hanging());
        CloacinaClient client(QUrl(server->url()));
        auto future = client.checkServerVersion();
        QTRY_COMPARE(server->requests.size(), 1);
        future.cancel();
        QTRY_COMPARE(client.pendingCallCount(), 0);
        QTRY_COMPARE(server->closedBeforeAnswer, 1);
        QTRY_VERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
        auto login = client.login(QStringLiteral("u"), QStringLiteral("p"));
        QTRY_COMPARE(server->requests.size(), 2);
        login.cancel();
        QTRY_COMPARE(server->closedBeforeAnswer, 2);
        QVERIFY(!client.hasApiKey());
    }

    void clientDestroyedInsideCallback()
    {
        server->setReply(ScriptedServer::json(200, R"({"status":"ok"})"));
        QPointer<CloacinaClient> client = new CloacinaClient(QUrl(server->url()));
        server->setHandler([](const ScriptedServer::Recorded& r) {
            if (r.target.startsWith("/fast"))
                return ScriptedServer::json(200, "{}");
            ScriptedServer::Reply reply;
            reply.hang = true;
            return reply;
        });
        auto pending = client->rawRequest("GET", QStringLiteral("/slow"));
        QObject context;
        bool ran = false;
        whenReady(client->rawRequest("GET", QStringLiteral("/fast")), &context,
            [&](const Result<QJsonValue>&) {
                ran = true;
                delete client.data(); // tear down from inside a delivery
            });
        QTRY_VERIFY(ran);
        QVERIFY(client.isNull());
        QTRY_VERIFY(pending.isFinished());
        QVERIFY(pending.isCanceled());
    }

    void clientDestroyedFromStateSignal()
    {
        server->setReply(ScriptedServer::json(401, R"({"error":"bad key","code":"unauthorized"})"));
        QPointer<CloacinaClient> client = new CloacinaClient(QUrl(server->url()));
        connect(client, &CloacinaClient::connectionStateChanged, this, [&client](CloacinaClient::ConnectionState s) {
            if (s == CloacinaClient::ConnectionState::Unauthorized)
                delete client.data();
        });
        auto future = client->whoami();
        QTRY_VERIFY(client.isNull());
        QTRY_VERIFY(future.isFinished());
        QVERIFY(future.resultCount() == 1);
        QCOMPARE(future.result().error().code, QStringLiteral("unauthorized"));
    }

    void destroyedWhileContinuationPending()
    {
        // A plain continuation (no context) must see a canceled future, not a dangling client.
        server->setReply(hanging());
        auto* client = new CloacinaClient(QUrl(server->url()));
        bool canceledSeen = false;
        auto chained = client->rawRequest("GET", QStringLiteral("/v1/hang"))
                           .then([](const Result<QJsonValue>& r) { return r.ok(); })
                           .onCanceled([&canceledSeen] {
                               canceledSeen = true;
                               return false;
                           });
        QTRY_COMPARE(server->requests.size(), 1);
        delete client;
        QTRY_VERIFY(chained.isFinished());
        QVERIFY(canceledSeen);
    }

    void pagerDestroyedWithPageInFlight()
    {
        server->setReply(hanging());
        CloacinaClient client(QUrl(server->url()));
        auto* pager = new ExecutionPager(&client);
        QSignalSpy finished(pager, &PagerBase::finished);
        pager->start();
        QTRY_COMPARE(server->requests.size(), 1);
        delete pager;
        QTRY_COMPARE(server->closedBeforeAnswer, 1);
        QCOMPARE(client.pendingCallCount(), 0);
    }

    void pagerCancel()
    {
        server->setReply(hanging());
        CloacinaClient client(QUrl(server->url()));
        ExecutionPager pager(&client);
        QSignalSpy finished(&pager, &PagerBase::finished);
        pager.start();
        QTRY_COMPARE(server->requests.size(), 1);
        pager.cancel();
        QCOMPARE(finished.count(), 1);
        const auto result = finished.first().first().value<Result<void>>();
        QCOMPARE(result.error().kind, Error::Kind::Canceled);
        QTRY_COMPARE(server->closedBeforeAnswer, 1);
        QVERIFY(CloacinaTest::holdsFor([&finished] { return finished.count() == 1; }, 30));
    }

    void pagerOutlivesClient()
    {
        server->setReply(hanging());
        auto* client = new CloacinaClient(QUrl(server->url()));
        QObject owner;
        auto* pager = new ExecutionPager(client, {}, {}, &owner);
        QSignalSpy finished(pager, &PagerBase::finished);
        pager->start();
        QTRY_COMPARE(server->requests.size(), 1);
        delete client; // the page future is canceled: the walk ends as canceled, once
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<Result<void>>().error().kind, Error::Kind::Canceled);
        pager->start(); // a walk without a client fails cleanly
        QCOMPARE(finished.count(), 2);
        QVERIFY(!pager->isRunning());
    }
};

QTEST_GUILESS_MAIN(TstLifetime)
#include "tst_lifetime.moc"

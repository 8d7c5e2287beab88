// The fault matrix (label: faults): every failure mode the simulator (or a scripted peer) can
// inject, and the outcome the application sees through the SDK — a typed Error or a clean
// recovery. No crash, no hang (every wait is bounded), no lost or repeated event.
// docs/RELIABILITY.md lists the rows (mode → expected outcome → test row).
#include "rawhttpserver.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/streams.h>
#include <cloacina/whenready.h>
#include <cloacina/types.h>
#include <cloacinasim/simulator.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QPromise>
#include <QSet>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

#include <functional>
#include <memory>
#include <optional>
#include "awaitresult.h"

using namespace Cloacina;

namespace {

using CloacinaTest::await;

StreamTiming fastTiming()
{
    StreamTiming t;
    t.initialBackoffMs = 10;
    t.maxBackoffMs = 200;
    t.stableAfterMs = 1500;
    t.pingIntervalMs = 1000;
    t.pongTimeoutMs = 1500;
    t.handshakeTimeoutMs = 1500;
    t.closeTimeoutMs = 200;
    return t;
}

QFuture<Result<QString>> readyTicket()
{
    QPromise<Result<QString>> p;
    p.start();
    p.addResult(Result<QString>(QStringLiteral("t")));
    p.finish();
    return p.future();
}

struct Sim {
    std::unique_ptr<CloacinaSim::Simulator> sim;
    std::unique_ptr<CloacinaClient> client;
    bool start(CloacinaSim::Options o = {})
    {
        o.taskMinMs = 5;
        o.taskMaxMs = 25;
        sim = std::make_unique<CloacinaSim::Simulator>(o);
        if (!sim->start())
            return false;
        client = std::make_unique<CloacinaClient>(sim->url());
        client->setApiKey(sim->adminKey());
        client->setTimeout(5000);
        return true;
    }
    //! Event ids of the REST history of \a exec.
    QSet<QString> historyIds(const QString& exec)
    {
        QSet<QString> ids;
        const auto r = await(client->getExecutionEvents(exec));
        if (r)
            for (const ExecutionEvent& e : r.value().events)
                ids.insert(e.id);
        return ids;
    }
};

//! Collects what a DeliverySubscription hands to the application.
struct DeliverySink {
    QList<qint64> pushIds;
    QSet<qint64> uniquePushIds;
    QList<QString> eventIds;
    QSet<QString> uniqueEventIds;
    int repeats = 0;
    void attach(DeliverySubscription* sub)
    {
        QObject::connect(sub, &DeliverySubscription::pushesReceived, sub, [this](const QList<DeliveryPush>& batch) {
            for (const DeliveryPush& p : batch) {
                repeats += uniquePushIds.contains(p.id);
                uniquePushIds.insert(p.id);
                pushIds.append(p.id);
                const QString id = QJsonDocument::fromJson(p.payload).object().value(QLatin1String("id")).toString();
                repeats += uniqueEventIds.contains(id);
                uniqueEventIds.insert(id);
                eventIds.append(id);
            }
        });
    }
};

} // namespace

class TstFaultMatrix : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        // The SDK logs reconnects and refusals at info/warning level; they are expected here.
        QLoggingCategory::setFilterRules(QStringLiteral("cloacina.*.info=false\ncloacina.*.warning=false"));
    }

    // ---------------------------------------------------------------------------------------
    // REST: one call under the fault, then (for simulator faults) a healthy call proves that
    // the client recovered (not wedged, connectionState Connected again).
    // ---------------------------------------------------------------------------------------
    void rest_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("expectOk");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("transient");
        const int none = -1;
        QTest::newRow("delay beyond timeout") << "delay-timeout" << false << int(Error::Kind::Timeout) << 0 << QString() << true;
        QTest::newRow("delay within timeout") << "delay-ok" << true << none << 0 << QString() << false;
        QTest::newRow("proxy 502 HTML") << "bad-gateway" << false << int(Error::Kind::Http) << 502 << QString() << true;
        QTest::newRow("truncated body") << "truncate" << false << int(Error::Kind::Network) << 200 << QString() << true;
        QTest::newRow("slowloris within timeout") << "slowloris-ok" << true << none << 0 << QString() << false;
        QTest::newRow("slowloris beyond timeout") << "slowloris-timeout" << false << int(Error::Kind::Timeout) << 0 << QString() << true;
        QTest::newRow("huge body above maxResponseBytes") << "oversize" << false << int(Error::Kind::Decode) << 200 << "response_too_large" << false;
        QTest::newRow("big body below maxResponseBytes") << "oversize-ok" << true << none << 0 << QString() << false;
        QTest::newRow("invalid key 401") << "unauthorized" << false << int(Error::Kind::Api) << 401 << "unauthorized" << false;
        QTest::newRow("connection refused") << "refused" << false << int(Error::Kind::Network) << 0 << QString() << true;
        QTest::newRow("reset after request") << "reset" << false << int(Error::Kind::Network) << 0 << QString() << true;
        QTest::newRow("no answer at all") << "silent" << false << int(Error::Kind::Timeout) << 0 << QString() << true;
        QTest::newRow("2xx wrong JSON types") << "wrong-types" << false << int(Error::Kind::Decode) << 200 << QString() << false;
        QTest::newRow("2xx HTML page") << "html-200" << false << int(Error::Kind::Decode) << 200 << QString() << false;
        QTest::newRow("endless body without length") << "endless" << false << int(Error::Kind::Decode) << 200 << "response_too_large" << false;
        QTest::newRow("plain-text 422 (not the error envelope)") << "text-422" << false << int(Error::Kind::Http) << 422 << QString() << false;
    }

    void rest()
    {
        QFETCH(QString, mode);
        QFETCH(bool, expectOk);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(bool, transient);

        Sim s;
        QVERIFY(s.start());
        s.sim->createExecutions(30, QStringLiteral("Completed"));
        CloacinaClient* client = s.client.get();
        client->setTimeout(600);
        client->setMaxResponseBytes(1 << 20);
        CloacinaSim::FaultConfig& f = s.sim->faults();
        std::unique_ptr<RawHttpServer> raw;
        const QString prefix = QStringLiteral("/v1/tenants");
        if (mode == QLatin1String("delay-timeout")) {
            f.delay = { true, prefix, -1 };
            f.delayMs = 2000;
        } else if (mode == QLatin1String("delay-ok")) {
            f.delay = { true, prefix, -1 };
            f.delayMs = 200;
        } else if (mode == QLatin1String("bad-gateway")) {
            f.badGateway = { true, prefix, 1 };
        } else if (mode == QLatin1String("truncate")) {
            f.truncate = { true, prefix, 1 };
        } else if (mode == QLatin1String("slowloris-ok")) {
            f.slowloris = { true, prefix, 1 };
            f.slowlorisChunkBytes = 512;
            f.slowlorisIntervalMs = 20;
        } else if (mode == QLatin1String("slowloris-timeout")) {
            f.slowloris = { true, prefix, 1 };
            f.slowlorisChunkBytes = 8;
            f.slowlorisIntervalMs = 1500;
        } else if (mode == QLatin1String("oversize")) {
            f.oversize = { true, prefix, 1 };
            f.oversizeBytes = 4 << 20;
        } else if (mode == QLatin1String("oversize-ok")) {
            f.oversize = { true, prefix, 1 };
            f.oversizeBytes = 512 << 10;
        } else if (mode == QLatin1String("unauthorized")) {
            client->setApiKey(QStringLiteral("not-a-valid-key"));
        } else if (mode == QLatin1String("refused")) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            const quint16 port = probe.serverPort();
            probe.close();
            client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        } else if (mode == QLatin1String("reset")) {
            raw = std::make_unique<RawHttpServer>(RawHttpServer::Mode::Reset);
        } else if (mode == QLatin1String("silent")) {
            raw = std::make_unique<RawHttpServer>(RawHttpServer::Mode::Silent);
        } else if (mode == QLatin1String("wrong-types")) {
            raw = std::make_unique<RawHttpServer>(RawHttpServer::Mode::Fixed,
                RawHttpServer::json(200, R"({"tenant_id":"public","total":"three","items":[]})"));
        } else if (mode == QLatin1String("html-200")) {
            QByteArray page = "<html><body>captive portal</body></html>";
            raw = std::make_unique<RawHttpServer>(RawHttpServer::Mode::Fixed,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + QByteArray::number(page.size())
                    + "\r\nConnection: close\r\n\r\n" + page);
        } else if (mode == QLatin1String("endless")) {
            raw = std::make_unique<RawHttpServer>(RawHttpServer::Mode::Endless);
        } else if (mode == QLatin1String("text-422")) {
            const QByteArray body = "Failed to deserialize the JSON body into the target type: missing field `name`";
            raw = std::make_unique<RawHttpServer>(RawHttpServer::Mode::Fixed,
                "HTTP/1.1 422 Unprocessable Entity\r\nContent-Type: text/plain\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        }
        if (raw)
            client->setBaseUrl(raw->url());

        QElapsedTimer clock;
        clock.start();
        const Result<ExecutionSummaryList> r = await(client->listExecutions());
        QVERIFY2(clock.elapsed() < 15000, "a faulty call must settle within its timeout");
        if (expectOk) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
            QVERIFY(!r.value().items.isEmpty());
        } else {
            QVERIFY2(!r.ok(), "the fault must not look like success");
            const Error& e = r.error();
            QVERIFY2(int(e.kind) == kind, qPrintable(e.toString()));
            if (status)
                QCOMPARE(e.httpStatus, status);
            if (!code.isEmpty())
                QCOMPARE(e.code, code);
            QCOMPARE(e.isTransient(), transient);
            QVERIFY(!e.message.isEmpty());
            QCOMPARE(e.operationId, QStringLiteral("list_executions"));
            QVERIFY(e.bodySample.size() <= Error::maxBodySample);
            QCOMPARE(client->lastError(), e);
        }
        if (mode == QLatin1String("endless"))
            QVERIFY2(raw->bytesWritten < (8 << 20), "the client kept reading far beyond maxResponseBytes");

        // Recovery: the same client, faults cleared, back on the simulator.
        s.sim->resetFaults();
        client->setApiKey(s.sim->adminKey());
        client->setBaseUrl(s.sim->url());
        client->setTimeout(5000);
        const Result<ExecutionSummaryList> again = await(client->listExecutions());
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
        QCOMPARE(client->connectionState(), CloacinaClient::ConnectionState::Connected);
        QCOMPARE(client->pendingCallCount(), 0);
    }

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
            QTest::qWait(500);
            QCOMPARE(sub.connectionAttempts(), attempts); // no retry
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
            QCOMPARE(s.sim->emitBurst(exec, 150), 150);
            QTest::qWait(30);
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
            QTest::qWait(1500);
            const qint64 during = sub.connectionAttempts() - before;
            QVERIFY2(during <= 40, qPrintable(QStringLiteral("%1 attempts in 1.5 s").arg(during)));
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
            QTest::qWait(120);
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
        QTest::qWait(300);
        QCOMPARE(finished.count(), 1); // ends once
    }

    // ---------------------------------------------------------------------------------------
    // Accumulator and reactor sockets: refusals and 4404 are typed and final; every command
    // future settles.
    // ---------------------------------------------------------------------------------------
    void channels_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("accumulator unknown name: 403") << "acc-403";
        QTest::newRow("accumulator not accepting: 4404") << "acc-4404";
        QTest::newRow("reactor unknown name: 403") << "reactor-403";
        QTest::newRow("reactor gone: 4404") << "reactor-4404";
        QTest::newRow("reactor baseline") << "reactor-ok";
        QTest::newRow("reactor close() then open() at once") << "reactor-reopen";
        QTest::newRow("delivery stop() then start() at once") << "delivery-restart";
    }

    void channels()
    {
        QFETCH(QString, mode);
        Sim s;
        QVERIFY(s.start());
        if (mode == QLatin1String("delivery-restart")) {
            // stop() closes gracefully; a start() right after must still reconnect (QWebSocket
            // closes the TCP connection at once, so the LocalClose outcome is not late).
            const QString exec = s.sim->createExecutions(1, QStringLiteral("Running")).value(0);
            DeliverySubscription sub(streamEndpoint(s.client.get()), QStringLiteral("exec_events:") + exec);
            sub.setTiming(fastTiming());
            sub.start();
            QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
            sub.stop();
            sub.start();
            QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
            return;
        }
        if (mode == QLatin1String("reactor-reopen")) {
            std::unique_ptr<ReactorChannel> r(reactorChannel(s.client.get(), QStringLiteral("market_maker_reactor")));
            r->setTiming(fastTiming());
            QVERIFY(await(r->getState(), 8000).ok());
            r->close();
            r->open();
            const Result<ReactorResponse> again = await(r->getState(), 3000);
            QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
            return;
        }
        if (mode.startsWith(QLatin1String("acc"))) {
            const bool known = mode == QLatin1String("acc-4404");
            AccumulatorProducer* p = accumulatorProducer(s.client.get(), known ? QStringLiteral("orderbook") : QStringLiteral("nope"), this);
            std::unique_ptr<AccumulatorProducer> owner(p);
            p->setTiming(fastTiming());
            QSignalSpy failed(p, &AccumulatorProducer::failed);
            if (known) {
                p->open();
                QTRY_COMPARE_WITH_TIMEOUT(p->state(), AccumulatorProducer::State::Open, 5000);
                QVERIFY(s.sim->setAccumulatorAccepting(QStringLiteral("orderbook"), false));
            }
            p->send(QJsonObject { { QStringLiteral("price"), 1 } });
            QTRY_COMPARE_WITH_TIMEOUT(p->state(), AccumulatorProducer::State::Failed, 5000);
            QCOMPARE(failed.count(), 1);
            QCOMPARE(p->error().kind, Error::Kind::Api);
            if (known)
                QCOMPARE(p->error().code, QStringLiteral("ws_close_4404"));
            else
                QCOMPARE(p->error().httpStatus, 403);
            QVERIFY(!p->send(QJsonObject {})); // refused after failure
            return;
        }
        const bool known = mode != QLatin1String("reactor-403");
        ReactorChannel* r = reactorChannel(s.client.get(), known ? QStringLiteral("market_maker_reactor") : QStringLiteral("nope"), this);
        std::unique_ptr<ReactorChannel> owner(r);
        r->setTiming(fastTiming());
        const Result<ReactorResponse> state = await(r->getState(), 8000);
        if (mode == QLatin1String("reactor-403")) {
            QVERIFY(!state.ok());
            QCOMPARE(state.error().kind, Error::Kind::Api);
            QCOMPARE(state.error().httpStatus, 403);
            QTRY_COMPARE_WITH_TIMEOUT(r->state(), ReactorChannel::State::Failed, 5000);
            return;
        }
        QVERIFY2(state.ok(), qPrintable(state.ok() ? QString() : state.error().toString()));
        if (mode == QLatin1String("reactor-ok")) {
            QVERIFY(await(r->pause()).ok());
            QVERIFY(await(r->resume()).ok());
            return;
        }
        QFuture<Result<ReactorResponse>> pending = r->forceFire();
        QVERIFY(s.sim->setReactorPresent(QStringLiteral("market_maker_reactor"), false));
        QTRY_COMPARE_WITH_TIMEOUT(r->state(), ReactorChannel::State::Failed, 5000);
        QCOMPARE(r->error().code, QStringLiteral("ws_close_4404"));
        QTRY_VERIFY_WITH_TIMEOUT(pending.isFinished(), 5000);
        const Result<ReactorResponse> later = await(r->getState(), 2000);
        QVERIFY(!later.ok());
        QCOMPARE(later.error().kind, Error::Kind::Api);
    }

    // An unknown accumulator/reactor name is a 403 at the upgrade on a real server, which may
    // keep the TCP connection open: the channel fails at once instead of timing out and retrying.
    void channelUpgradeRefusedKeptOpen_data()
    {
        QTest::addColumn<bool>("reactor");
        QTest::newRow("reactor 403, connection kept open") << true;
        QTest::newRow("accumulator 403, connection kept open") << false;
    }
    void channelUpgradeRefusedKeptOpen()
    {
        QFETCH(bool, reactor);
        RawHttpServer raw(RawHttpServer::Mode::FixedKeepOpen,
            RawHttpServer::json(403, R"({"error":"unknown","code":"endpoint_access_denied"})", true));
        StreamEndpoint endpoint;
        endpoint.baseUrl = raw.url();
        endpoint.mintTicket = readyTicket;
        StreamTiming t = fastTiming();
        t.handshakeTimeoutMs = 60000; // a timeout would take far longer than the waits below
        if (reactor) {
            ReactorChannel channel(endpoint, QStringLiteral("nope"));
            channel.setTiming(t);
            const Result<ReactorResponse> state = await(channel.getState(), 8000);
            QVERIFY(!state.ok());
            QCOMPARE(state.error().kind, Error::Kind::Api);
            QCOMPARE(state.error().httpStatus, 403);
            QTRY_COMPARE_WITH_TIMEOUT(channel.state(), ReactorChannel::State::Failed, 5000);
        } else {
            AccumulatorProducer producer(endpoint, QStringLiteral("nope"));
            producer.setTiming(t);
            QVERIFY(producer.send(QJsonObject { { QStringLiteral("v"), 1 } }));
            QTRY_COMPARE_WITH_TIMEOUT(producer.state(), AccumulatorProducer::State::Failed, 5000);
            QCOMPARE(producer.error().kind, Error::Kind::Api);
            QCOMPARE(producer.error().httpStatus, 403);
        }
        QCOMPARE(raw.connections, 1);
    }

    // ---------------------------------------------------------------------------------------
    // A scripted WebSocket peer for frames the simulator never sends.
    // ---------------------------------------------------------------------------------------
    void scripted_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("out-of-order and repeated ids") << "out-of-order";
        QTest::newRow("welcome with protocol_version 2") << "version";
        QTest::newRow("push before welcome") << "push-first";
        QTest::newRow("malformed push envelope") << "malformed";
        QTest::newRow("silent peer after TCP accept") << "silent";
        QTest::newRow("upgrade answered 503") << "upgrade-503";
        // Refusals whose TCP connection stays open: Qt 6.4 then reports the error but never
        // disconnects, so the refusal must be classified when the error is reported.
        QTest::newRow("upgrade answered 403, connection kept open") << "upgrade-403-open";
        QTest::newRow("upgrade answered 401, connection kept open") << "upgrade-401-open";
        QTest::newRow("upgrade answered 503, connection kept open") << "upgrade-503-open";
        QTest::newRow("oversized frame (16 MiB + 1)") << "oversize-frame";
    }

    void scripted()
    {
        QFETCH(QString, mode);
        const QString recipient = QStringLiteral("exec_events:x");
        auto frame = [&](qint64 id, const QString& kind = QStringLiteral("execution_event")) {
            return QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("type"), QStringLiteral("push") },
                { QStringLiteral("protocol_version"), 1 }, { QStringLiteral("id"), id }, { QStringLiteral("kind"), kind },
                { QStringLiteral("recipient"), recipient }, { QStringLiteral("tenant_id"), QJsonValue(QJsonValue::Null) },
                { QStringLiteral("payload_b64"), QString::fromLatin1(QByteArray("{}").toBase64()) } })
                    .toJson(QJsonDocument::Compact));
        };
        const QString welcome = QStringLiteral(R"({"type":"welcome","protocol_version":1,"max_known_id":0})");

        StreamEndpoint endpoint;
        int tickets = 0;
        endpoint.mintTicket = [&tickets] {
            ++tickets;
            return readyTicket();
        };
        std::unique_ptr<RawHttpServer> raw;
        QWebSocketServer server(QStringLiteral("matrix"), QWebSocketServer::NonSecureMode);
        QList<QWebSocket*> sockets;
        struct DeleteAll { // QWebSocketServer does not parent the sockets it hands out
            QList<QWebSocket*>& list;
            ~DeleteAll() { qDeleteAll(list); }
        } deleteSockets { sockets };
        QStringList received;
        if (mode == QLatin1String("silent") || mode == QLatin1String("upgrade-503")) {
            raw = mode == QLatin1String("silent")
                ? std::make_unique<RawHttpServer>(RawHttpServer::Mode::Silent)
                : std::make_unique<RawHttpServer>(RawHttpServer::Mode::Fixed, RawHttpServer::json(503, R"({"error":"busy","code":"unavailable"})"));
            endpoint.baseUrl = raw->url();
        } else if (mode.endsWith(QLatin1String("-open"))) {
            const int status = mode.mid(8, 3).toInt();
            raw = std::make_unique<RawHttpServer>(RawHttpServer::Mode::FixedKeepOpen,
                RawHttpServer::json(status, R"({"error":"refused","code":"endpoint_access_denied"})", true));
            endpoint.baseUrl = raw->url();
        } else {
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
            connect(&server, &QWebSocketServer::newConnection, this, [&] {
                QWebSocket* ws = server.nextPendingConnection();
                ws->setParent(&server); // QWebSocketServer hands out unparented sockets
                sockets.append(ws);
                connect(ws, &QWebSocket::textMessageReceived, this, [&](const QString& t) { received.append(t); });
                if (mode == QLatin1String("version"))
                    ws->sendTextMessage(QStringLiteral(R"({"type":"welcome","protocol_version":2,"max_known_id":0})"));
                else if (mode == QLatin1String("push-first"))
                    ws->sendTextMessage(frame(1));
                else
                    ws->sendTextMessage(welcome);
            });
        }

        DeliverySubscription sub(endpoint, recipient);
        StreamTiming t = fastTiming();
        t.handshakeTimeoutMs = 400;
        sub.setTiming(t);
        DeliverySink sink;
        sink.attach(&sub);
        QSignalSpy reconnecting(&sub, &DeliverySubscription::reconnecting);
        sub.start();

        if (mode == QLatin1String("version") || mode == QLatin1String("push-first")) {
            QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Failed, 5000);
            QCOMPARE(sub.error().kind, Error::Kind::Protocol);
            QVERIFY(sink.pushIds.isEmpty());
            return;
        }
        if (mode == QLatin1String("upgrade-403-open") || mode == QLatin1String("upgrade-401-open")) {
            // 403: fatal at once; 401: one retry with a fresh ticket, then fatal. Both well
            // before the handshake deadline would have called it a timeout.
            const int status = mode.mid(8, 3).toInt();
            QSignalSpy failedSpy(&sub, &DeliverySubscription::failed);
            QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Failed, 5000);
            const Error e = failedSpy.value(0).value(0).value<Error>();
            QCOMPARE(e.kind, Error::Kind::Api);
            QCOMPARE(e.httpStatus, status);
            QCOMPARE(e.code, status == 403 ? QStringLiteral("forbidden") : QStringLiteral("unauthorized"));
            QVERIFY(!e.isTransient());
            const int attempts = status == 403 ? 1 : 2;
            QCOMPARE(tickets, attempts);
            QCOMPARE(raw->connections, attempts);
            QCOMPARE(reconnecting.count(), attempts - 1);
            return;
        }
        if (mode == QLatin1String("upgrade-503-open")) {
            QTRY_VERIFY_WITH_TIMEOUT(reconnecting.count() >= 2, 5000);
            for (const QList<QVariant>& args : std::as_const(reconnecting)) {
                const Error e = args.at(1).value<Error>();
                QCOMPARE(e.kind, Error::Kind::Http); // not a handshake Timeout
                QCOMPARE(e.httpStatus, 503);
                QVERIFY(e.isTransient());
            }
            QVERIFY(reconnecting.at(1).at(0).toInt() > 0); // backed off, not retried at once
            sub.stop();
            QCOMPARE(sub.state(), DeliverySubscription::State::Ended);
            return;
        }
        if (mode == QLatin1String("silent") || mode == QLatin1String("upgrade-503")) {
            QTRY_VERIFY_WITH_TIMEOUT(reconnecting.count() >= 2, 5000);
            const Error e = reconnecting.at(0).at(1).value<Error>();
            QVERIFY(e.isTransient());
            if (mode == QLatin1String("silent"))
                QCOMPARE(e.kind, Error::Kind::Timeout);
            else
                QCOMPARE(e.httpStatus, 503);
            QVERIFY(sub.state() == DeliverySubscription::State::Reconnecting || sub.state() == DeliverySubscription::State::Connecting);
            sub.stop();
            QCOMPARE(sub.state(), DeliverySubscription::State::Ended);
            return;
        }
        QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Live, 5000);
        QWebSocket* ws = sockets.value(0);
        QVERIFY(ws);
        if (mode == QLatin1String("malformed")) {
            ws->sendTextMessage(QStringLiteral(R"({"type":"push","protocol_version":1,"id":"7","kind":"execution_event","recipient":"exec_events:x","tenant_id":null,"payload_b64":"e30="})"));
            QTRY_COMPARE_WITH_TIMEOUT(sub.state(), DeliverySubscription::State::Failed, 5000);
            QCOMPARE(sub.error().kind, Error::Kind::Protocol);
            QVERIFY(sink.pushIds.isEmpty());
            return;
        }
        if (mode == QLatin1String("oversize-frame")) {
            // A push whose frame exceeds 16 MiB: Qt must refuse it (maxAllowedIncoming… = 16 MiB,
            // close 1009) instead of buffering it, nothing reaches the application, and the
            // subscription fails loudly rather than fetching the same oversized row forever.
            const QByteArray payload((16 << 20) * 3 / 4 + 16, 'x');
            QJsonObject big = QJsonDocument::fromJson(frame(99).toUtf8()).object();
            big.insert(QStringLiteral("payload_b64"), QString::fromLatin1(payload.toBase64()));
            QSignalSpy failedSpy(&sub, &DeliverySubscription::failed);
            ws->sendTextMessage(QString::fromUtf8(QJsonDocument(big).toJson(QJsonDocument::Compact)));
            QTRY_VERIFY_WITH_TIMEOUT(!failedSpy.isEmpty() || !sink.pushIds.isEmpty(), 15000);
            QVERIFY2(sink.pushIds.isEmpty(), "a 16 MiB frame was accepted and delivered");
            const Error e = failedSpy.at(0).at(0).value<Error>();
            QCOMPARE(e.kind, Error::Kind::Protocol);
            QCOMPARE(e.code, QStringLiteral("ws_close_1009"));
            QCOMPARE(sub.state(), DeliverySubscription::State::Failed);
            return;
        }
        // Out of order and repeated: 5 3 4 3 5 6 1 (+ an ops_metrics push that must not be acked).
        for (qint64 id : { 5, 3, 4, 3, 5, 6, 1 })
            ws->sendTextMessage(frame(id));
        ws->sendTextMessage(frame(777, QStringLiteral("ops_metrics:global")));
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.uniquePushIds.size()), 5, 5000);
        QCOMPARE(sink.uniquePushIds, (QSet<qint64> { 1, 3, 4, 5, 6 }));
        QCOMPARE(sink.pushIds.size(), 5);
        QSet<qint64> acked;
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 8, 5000); // hello + 7 acks
        for (const QString& text : std::as_const(received)) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            if (o.value(QLatin1String("type")).toString() == QLatin1String("ack"))
                acked.insert(o.value(QLatin1String("id")).toInteger());
        }
        QCOMPARE(acked, (QSet<qint64> { 1, 3, 4, 5, 6 }));
        QCOMPARE(sub.duplicateCount(), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TstFaultMatrix)
#include "tst_faultmatrix.moc"

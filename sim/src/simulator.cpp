// SPDX-License-Identifier: Apache-2.0
#include "logging_p.h"
#include "simulator_p.h"

namespace CloacinaSim {

QJsonObject Stats::toJson() const
{
    return { { QStringLiteral("http_requests"), httpRequests },
        { QStringLiteral("pushes_sent"), pushesSent },
        { QStringLiteral("acks_received"), acksReceived },
        { QStringLiteral("delivery_connections"), deliveryConnections },
        { QStringLiteral("active_delivery_connections"), activeDeliveryConnections },
        { QStringLiteral("takeovers"), takeovers }, { QStringLiteral("drops"), drops },
        { QStringLiteral("duplicates"), duplicates },
        { QStringLiteral("outbox_pending"), outboxPending },
        { QStringLiteral("outbox_delivered"), outboxDelivered },
        { QStringLiteral("outbox_acked"), outboxAcked },
        { QStringLiteral("executions"), executions }, { QStringLiteral("events"), events } };
}

SimulatorPrivate::SimulatorPrivate(Simulator* q, Options opts)
    : q(q)
    , options(std::move(opts))
    , store(options.adminKey)
    , hub(options, faults, stats)
    , engine(options, store, hub)
    , workload(engine, store, options)
    , endpoints(store)
    , http(faults)
    , gate(store, tickets, hub, endpoints)
    , router(store)
    , context { options, store, tickets, hub, engine, workload, endpoints, *this }
{
    addOperationalRoutes(router, context);
    addAuthRoutes(router, context);
    addTenantRoutes(router, context);
    addSecretRoutes(router, context);
    addWorkflowRoutes(router, context);
    addExecutionRoutes(router, context);
    addTriggerRoutes(router, context);
    addGraphRoutes(router, context);
    addControlRoutes(router, context);

    http.setDispatch([this](const HttpRequest& request) {
        ++stats.httpRequests;
        return router.dispatch(request);
    });
    http.setUpgrade([this](const HttpRequest& request, QTcpSocket* socket) {
        ++stats.httpRequests;
        return gate.upgrade(request, socket);
    });
    QObject::connect(&hub, &DeliveryHub::acked, q, &Simulator::acked);
    QObject::connect(&engine, &ExecutionEngine::eventWritten, q, &Simulator::eventWritten);
    QObject::connect(
        &engine, &ExecutionEngine::executionFinished, q, &Simulator::executionFinished);
}

Stats SimulatorPrivate::snapshot() const
{
    Stats s = stats;
    s.activeDeliveryConnections = hub.activeConnections();
    s.outboxPending = hub.count(OutboxRow::State::Pending);
    s.outboxDelivered = hub.count(OutboxRow::State::Delivered);
    s.outboxAcked = hub.count(OutboxRow::State::Acked);
    s.executions = qint64(store.executions.size());
    s.events = store.eventCount;
    return s;
}

Simulator::Simulator(Options options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<SimulatorPrivate>(this, std::move(options)))
{
}

Simulator::~Simulator() { stop(); }

bool Simulator::start(QString* errorMessage)
{
    if (d->started)
        return true;
    // Loopback only: the simulator has no TLS and trivial credentials.
    const QHostAddress address = d->options.address.isLoopback()
        ? d->options.address
        : QHostAddress(QHostAddress::LocalHost);
    // After a stop(), a port-0 simulator tries to come back on its previous port so that
    // clients holding the old URL reconnect; if that port is taken, any free one will do.
    const bool reused
        = d->options.port == 0 && d->lastPort != 0 && d->http.listen(address, d->lastPort, nullptr);
    if (!reused && !d->http.listen(address, d->options.port, errorMessage))
        return false;
    d->lastPort = d->http.port();
    d->started = true;
    if (d->options.workload)
        d->workload.setEnabled(true);
    qCDebug(lcSim) << "listening on" << url().toString();
    return true;
}

Options Simulator::demoOptions()
{
    Options options;
    options.workload = true;
    options.workloadIntervalMs = 2500;
    options.failureShare = 0.45;
    options.taskMinMs = 300;
    options.taskMaxMs = 2500;
    options.seed = 7;
    options.strictTenantMatch = false;
    return options;
}

bool Simulator::startDemo(QString* errorMessage)
{
    // Backfilled runs are placed after every existing one, so a workload that started live
    // runs first would leave them no past to spread over (all at "now", 0 ms long).
    const bool workload = d->options.workload;
    d->options.workload = false;
    const bool started = start(errorMessage);
    d->options.workload = workload;
    if (!started)
        return false;
    createExecutions(40, QStringLiteral("Completed"));
    createExecutions(18, QStringLiteral("Failed"));
    createExecutions(3, QStringLiteral("Cancelled"));
    startExecution();
    startExecution();
    d->workload.advance(3600 * 1000); // an hour of fires, heartbeats and schedule polls
    setWorkloadEnabled(workload);
    return true;
}

void Simulator::stop()
{
    if (!d->started)
        return;
    d->started = false;
    d->workload.setEnabled(false);
    // Close frames first (1001), then every accepted TCP socket is flushed and aborted:
    // kept-alive HTTP connections, requests in flight and the upgraded WebSockets, so
    // clients fail at once instead of waiting for their own timeouts.
    d->hub.closeSockets(1001, {});
    d->endpoints.closeAll();
    d->http.close();
}

QUrl Simulator::url() const
{
    if (!d->started)
        return {};
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(d->http.port());
    return u;
}

QUrl Simulator::webSocketUrl() const
{
    QUrl u = url();
    if (!u.isEmpty())
        u.setScheme(QStringLiteral("ws"));
    return u;
}

QString Simulator::adminKey() const { return d->options.adminKey; }
const Options& Simulator::options() const { return d->options; }

QStringList Simulator::createExecutions(
    int count, const QString& status, const QString& workflow, const QString& tenant)
{
    return d->engine.createExecutions(count, status, workflow, tenant);
}

QString Simulator::startExecution(const QString& workflow, const QString& tenant)
{
    QString name = workflow;
    if (name.isEmpty()) {
        const TenantRecord* t = d->store.tenant(tenant);
        if (!t)
            return {};
        for (const auto& w : t->workflows) {
            if (!w.paused) {
                name = w.workflowName;
                break;
            }
        }
    }
    const ExecutionRecord* run = d->engine.start(tenant, name, QStringLiteral("manual"));
    return run ? run->id : QString();
}

int Simulator::emitBurst(const QString& executionId, int count)
{
    return d->engine.emitBurst(executionId, count);
}

QString Simulator::executionStatus(const QString& executionId) const
{
    const ExecutionRecord* run = d->store.execution(executionId);
    return run ? run->status : QString();
}

FaultConfig& Simulator::faults() { return d->faults; }
void Simulator::resetFaults() { d->faults = FaultConfig {}; }
void Simulator::setPushless(bool pushless) { d->engine.setPushless(pushless); }
bool Simulator::isPushless() const { return d->engine.isPushless(); }
void Simulator::setWorkloadEnabled(bool enabled) { d->workload.setEnabled(enabled); }
bool Simulator::isWorkloadEnabled() const { return d->workload.isEnabled(); }
void Simulator::advanceWorkload(qint64 ms) { d->workload.advance(qMax<qint64>(0, ms)); }
int Simulator::expireTickets() { return d->tickets.expireAll(); }
int Simulator::forceTakeover(const QString& recipient) { return d->hub.forceTakeover(recipient); }
int Simulator::closeDeliverySockets(int code, const QString& recipient)
{
    return d->hub.closeSockets(code, recipient);
}
bool Simulator::setAccumulatorAccepting(const QString& name, bool accepting)
{
    return d->endpoints.setAccumulatorAccepting(name, accepting);
}
bool Simulator::setReactorPresent(const QString& name, bool present)
{
    return d->endpoints.setReactorPresent(name, present);
}
Stats Simulator::stats() const { return d->snapshot(); }

} // namespace CloacinaSim

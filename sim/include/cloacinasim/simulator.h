// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

//! \file simulator.h
//! In-process simulator of cloacina-server 0.10.0 for tests, benchmarks and
//! the monitor's `--demo`. The SDK never links it.

namespace CloacinaSim {

//! Start-up options. All of them can also be given to the `cloacina-sim` program.
struct Options {
    QHostAddress address = QHostAddress::LocalHost; //!< always loopback; other values are refused
    quint16 port = 0; //!< 0 picks a free port; see Simulator::url()
    QString adminKey = QStringLiteral("sim-admin-key"); //!< bootstrap key: global, is_admin
    quint32 seed = 1; //!< seeds every random decision (workload, failures, drop faults)
    bool workload = false; //!< start executions on a timer
    int workloadIntervalMs = 1500; //!< period of the workload timer
    double failureShare = 0.3; //!< share of workload runs that end Failed
    int taskMinMs = 100; //!< shortest task attempt
    int taskMaxMs = 800; //!< longest task attempt
    bool pushless = false; //!< never queue execution events for delivery (like a 0.10.0 server)
    //! true: engine events carry tenant_id null and a subscriber only gets rows whose
    //! tenant equals its key's tenant exactly, so only tenant-less (admin) keys see
    //! them (upstream 0.10.0). false: rows carry the run's tenant, and admin keys
    //! as well as keys of that tenant receive them.
    bool strictTenantMatch = true;
    //! true: the relay behaves exactly as upstream: per wake-up it takes the 256 oldest
    //! pending rows overall and only a new row or the sweeper wakes it again.
    //! false (default): it takes the 256 oldest *routable* rows and keeps draining.
    bool upstreamRelay = false;
    int sweeperIntervalMs = 60000; //!< safety-net relay wake-up
    bool secretsConfigured = true; //!< false: secrets routes answer 503 secrets_not_configured
    //! An uploaded package stays pending this long, then building this long, then ends
    //! success or failed (the compiler service's claim and build).
    int buildStepMs = 300;
};

//! A rule for one kind of HTTP fault. Faults never touch `/_sim/` routes.
struct HttpFaultRule {
    bool enabled = false;
    QString pathPrefix; //!< empty: every path
    int remaining = -1; //!< responses still to spoil; -1 = unlimited
};

//! Faults that the simulator injects on request. Changes apply to the next
//! response or push. Reset with Simulator::resetFaults().
struct FaultConfig {
    HttpFaultRule delay; //!< answer after delayMs
    int delayMs = 0;
    HttpFaultRule badGateway; //!< 502 text/html like a reverse proxy, no x-request-id
    HttpFaultRule truncate; //!< Content-Length larger than the bytes sent, then close
    HttpFaultRule slowloris; //!< trickle the response
    int slowlorisChunkBytes = 16;
    int slowlorisIntervalMs = 50;
    HttpFaultRule oversize; //!< pad the JSON body with whitespace up to oversizeBytes
    int oversizeBytes = 8 * 1024 * 1024;

    int dropAfterPushes = 0; //!< abort each delivery socket (no close frame) after N pushes
    double dropProbability = 0.0; //!< abort a delivery socket right after a push
    bool duplicatePushes = false; //!< send every push frame twice
    int goingAwayAfterPushes = 0; //!< close each delivery socket with 1001 after N pushes
};

//! Counters for assertions in tests (also `GET /_sim/stats`).
struct Stats {
    qint64 httpRequests = 0;
    qint64 pushesSent = 0;
    qint64 acksReceived = 0;
    qint64 deliveryConnections = 0; //!< accepted delivery sockets, ever
    qint64 activeDeliveryConnections = 0;
    qint64 takeovers = 0;
    qint64 drops = 0; //!< delivery sockets aborted by faults or takeovers
    qint64 duplicates = 0;
    qint64 outboxPending = 0;
    qint64 outboxDelivered = 0;
    qint64 outboxAcked = 0;
    qint64 executions = 0;
    qint64 events = 0;
    QJsonObject toJson() const;
};

class SimulatorPrivate;

//! The simulator: an HTTP/1.1 + WebSocket server on 127.0.0.1 that speaks the
//! cloacina-server contract and keeps its state in memory.
//!
//! Threading: lives in the thread that created it; every method must be called
//! from that thread, whose event loop must run.
class Simulator : public QObject {
    Q_OBJECT
public:
    explicit Simulator(Options options = {}, QObject* parent = nullptr);
    ~Simulator() override;

    //! Listens on 127.0.0.1. Returns false (and fills errorMessage) on failure.
    //! May be called again after stop(): a fixed Options::port is reused; with port 0 the
    //! previous port is tried first and a fresh one taken if it is busy (read url() again).
    bool start(QString* errorMessage = nullptr);
    //! The options of the monitors' `--demo`: a workload (every 2.5 s) where 45 % of the runs
    //! fail, tasks of 0.3–2.5 s, a fixed seed, any tenant accepted.
    static Options demoOptions();
    //! start(), then a demo history: 40 completed, 18 failed and 3 cancelled runs spread over
    //! the last hours, and two live runs, and the last hour of graph and fleet activity
    //! (advanceWorkload()); the workload (if Options::workload) is enabled only after the
    //! history, which must be older than every live run.
    bool startDemo(QString* errorMessage = nullptr);
    //! Stops listening and aborts every accepted connection at once: kept-alive and
    //! in-flight HTTP connections and WebSockets (delivery and endpoint sockets are sent a
    //! 1001 close frame first, without waiting for the answer). State is kept.
    void stop();
    //! `http://127.0.0.1:<port>`; empty before start().
    QUrl url() const;
    //! `ws://127.0.0.1:<port>`; empty before start().
    QUrl webSocketUrl() const;
    QString adminKey() const;
    const Options& options() const;

    //! Creates count finished (or pending/running) executions at once, with task rows
    //! and an event history matching status, backdated: runs start in the past (the last
    //! 3 h for Completed/Failed/Cancelled, the last 10 min for the others), later than
    //! every existing run; tasks take seconds (50x a drawn live duration) on a
    //! dependency-ordered timeline. Returns their ids, oldest first.
    QStringList createExecutions(int count, const QString& status, const QString& workflow = {},
        const QString& tenant = QStringLiteral("public"));
    //! Starts a live run that goes through the real event sequence. Empty on unknown
    //! tenant/workflow.
    QString startExecution(
        const QString& workflow = {}, const QString& tenant = QStringLiteral("public"));
    //! Appends count events to the history (and outbox, unless push-less) at once.
    //! Returns the number written (0 for an unknown execution).
    int emitBurst(const QString& executionId, int count);
    //! Status of an execution, empty if unknown.
    QString executionStatus(const QString& executionId) const;

    //! The live fault configuration. Change fields directly.
    FaultConfig& faults();
    void resetFaults();

    void setPushless(bool pushless);
    bool isPushless() const;
    void setWorkloadEnabled(bool enabled);
    bool isWorkloadEnabled() const;
    //! Lets \a ms of workload time pass at once, whether or not the workload is enabled:
    //! schedules due within it fire (once each, as the scheduler's `skip` catch-up), trigger
    //! schedules are polled, accumulator boundaries and reactor fires of the span are recorded
    //! at their (past) times, agents heartbeat. Runs it starts are live runs. Deterministic
    //! for a seed. Interval runs of the workload are not started by it.
    void advanceWorkload(qint64 ms);

    //! Invalidates every WebSocket ticket issued so far. Returns how many were live.
    int expireTickets();
    //! A phantom subscriber takes over recipient's slot: live sockets for it are
    //! dropped without a close frame. Empty recipient: every delivery socket.
    int forceTakeover(const QString& recipient = {});
    //! Closes delivery sockets with the given code (1001 = going away).
    int closeDeliverySockets(int code = 1001, const QString& recipient = {});
    //! Registered accumulator stops taking messages: sockets close with 4404.
    bool setAccumulatorAccepting(const QString& name, bool accepting);
    //! The reactor goes away (sockets close with 4404) or comes back.
    bool setReactorPresent(const QString& name, bool present);

    Stats stats() const;

signals:
    //! A delivery client acked row id.
    void acked(qint64 id);
    //! A live or burst event was written (history and, unless push-less, outbox).
    void eventWritten(const QString& executionId, const QString& eventType);
    //! A live execution reached a terminal status.
    void executionFinished(const QString& executionId, const QString& status);

private:
    std::unique_ptr<SimulatorPrivate> d;
    friend class SimulatorPrivate;
};

} // namespace CloacinaSim

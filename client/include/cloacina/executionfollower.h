#pragma once

#include <cloacina/cloacina_export.h>
#include <cloacina/deliverysubscription.h>
#include <cloacina/error.h>
#include <cloacina/executionevent.h>
#include <cloacina/result.h>
#include <cloacina/streamendpoint.h>

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

//! \file
//! Following one execution: REST history, the live delivery socket and a polling fallback,
//! merged by event UUID. See docs/STREAMS.md for the source semantics.

namespace Cloacina {

//! Where a follower gets its data. Build it with Cloacina::followerBackend() (streams.h) from a
//! CloacinaClient, or by hand (tests, other transports). Every function must settle its future
//! exactly once and is called in the follower's thread.
struct CLOACINA_EXPORT ExecutionFollowerBackend {
    //! The delivery socket; an invalid endpoint means polling only.
    StreamEndpoint stream;
    //! The execution's history (`GET …/executions/{id}/events`).
    std::function<QFuture<Result<QList<RunEvent>>>()> fetchEvents;
    //! The execution's task rows (`GET …/executions/{id}/tasks`); may be empty (no tasks).
    std::function<QFuture<Result<QList<RunTask>>>()> fetchTasks;
    //! The execution's status (`GET …/executions/{id}`), e.g. "Running".
    std::function<QFuture<Result<QString>>()> fetchStatus;
};

//! Timing of a follower.
struct CLOACINA_EXPORT FollowerTiming {
    //! Period of the fallback poll: status and task rows (the history only when due, below).
    int pollIntervalMs = 2000;
    int silenceMs = 3000; //!< a live socket without pushes for this long counts as silent
    //! How the history refetch interval grows with the run: a poll fetches the history (the
    //! whole log: the server neither pages nor filters it) when the status or the task rows
    //! changed and max(pollIntervalMs, events × historyMsPerThousandEvents / 1000) passed since
    //! the last fetch, or, with nothing changed, three times that (at least 5 × pollIntervalMs).
    //! The default (0.1 ms per event) keeps a history refetch, which costs a few µs per event,
    //! at a few per cent of a core however long the run grows.
    int historyMsPerThousandEvents = 100;
    StreamTiming stream; //!< the delivery socket's timing
};

class ExecutionFollowerPrivate;

//! Follows one execution until its status is terminal.
//!
//! 1. Fetches status, history and tasks (REST) and emits the history as one batch, ordered by
//!    `sequence_num`.
//! 2. Subscribes to `exec_events:<id>` on the delivery socket; each push batch becomes one
//!    eventsReceived() batch (acked after your slots return).
//! 3. While the socket is down, not live, or silent for silenceMs, polls status and task rows
//!    every pollIntervalMs (a 0.10.0 server often pushes nothing), and the history only when
//!    the poll saw a change or when it is due (FollowerTiming::historyMsPerThousandEvents):
//!    the cost of a poll does not grow with the run, that of the history refetches is spread.
//! 4. Merges everything on the event UUID: each event is emitted once by eventsReceived();
//!    later knowledge about it (a `sequence_num` or task name learnt from REST for an event
//!    first seen as a push) is emitted by eventsUpdated(). This is the SDK's one merge point:
//!    it is where the history and the socket meet, and SDK users without a model need it too;
//!    consumers (RunEventModel) store what it emits and do not merge again.
//! 5. When a fetched status is terminal (Completed, Failed, Cancelled) the history fetched right
//!    after it is merged, then the follower stops and emits finished(status). A pushed
//!    `workflow_completed`/`workflow_failed` triggers that check at once, and is itself held
//!    back until a REST cycle has merged the history, so that it is emitted after every event
//!    the history lists before it (docs/STREAMS.md, "Order").
//! 6. statusChanged() follows every status fetch at once, before its history is merged.
//! 7. A history larger than the client's maxResponseBytes (`response_too_large`; the server
//!    sends the whole log in one answer) is never fatal: the follower keeps what it delivered,
//!    reports that error once (errorOccurred(), not failed()), sets historyComplete to false,
//!    no longer fetches the history and follows by status, task rows and the socket. At the
//!    run's end it finishes when the socket delivered the terminal event or cannot any more;
//!    finished() then means the run ended, not that every event was delivered.
//!
//! Memory: the follower keeps the ids of the events it delivered (compact) and the few events
//! it may still have to complete or place, not a copy of every event; see setRetainEvents().
//!
//! Errors: every error is reported by errorOccurred(). Transient REST errors and socket
//! failures are survived (the socket's failure leaves the follower polling); a non-transient
//! REST error (401, 403, 404, undecodable answer) is fatal: failed() and source Ended.
//!
//! Threading: lives in its creator's thread. Lifetime: can be destroyed at any time; no
//! callback runs afterwards.
class CLOACINA_EXPORT ExecutionFollower : public QObject {
    Q_OBJECT
    //! The execution followed, normalised by normalizeExecutionId() (as given when invalid).
    Q_PROPERTY(QString executionId READ executionId CONSTANT)
    //! The last status fetched, e.g. "Running"; empty before the first fetch.
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    //! What currently feeds the follower; see Source.
    Q_PROPERTY(Source source READ source NOTIFY sourceChanged)
    //! The most recent error, fatal or not.
    Q_PROPERTY(Cloacina::Error lastError READ lastError NOTIFY lastErrorChanged)
    //! True once the source is Ended (finished, stopped or failed).
    Q_PROPERTY(bool ended READ isEnded NOTIFY sourceChanged)
    //! Number of distinct events delivered so far.
    Q_PROPERTY(int eventCount READ eventCount NOTIFY eventsReceived)
    //! False once the history outgrew the client's maxResponseBytes (see point 7 above).
    Q_PROPERTY(bool historyComplete READ isHistoryComplete NOTIFY lastErrorChanged)

public:
    //! What currently feeds the follower.
    enum class Source {
        Idle, //!< not started
        Live, //!< the delivery socket is up and pushing
        Polling, //!< REST polling: the socket is silent, not (yet) live, or unavailable
        Reconnecting, //!< the socket was lost and is reconnecting (polling meanwhile)
        Ended, //!< finished, stopped or failed
    };
    Q_ENUM(Source)

    //! A follower of \a executionId fed by \a backend. Does nothing until start(). The id is
    //! normalised (normalizeExecutionId(): any case, braces, `urn:uuid:`, 32 hex digits); one
    //! that is not a UUID makes start() fail with Error::Kind::Protocol, code
    //! `invalid_execution_id`, without a request.
    ExecutionFollower(ExecutionFollowerBackend backend, QString executionId, QObject* parent = nullptr);
    //! Stops following; no signal is emitted afterwards.
    ~ExecutionFollower() override;

    //! Set before start().
    void setTiming(const FollowerTiming& timing);
    //! The timing in use.
    FollowerTiming timing() const;
    //! Uses the delivery socket (default true). False: REST polling only.
    void setLiveEnabled(bool enabled);
    //! Set before start() (ignored afterwards): \a events that a previous follower of the same
    //! run already delivered, e.g. to a model that keeps its rows across a reconnect. They count
    //! as delivered (eventCount(), and events() when retained): eventsReceived() never emits
    //! them again, and eventsUpdated() reports what REST teaches about them later.
    void setKnownEvents(const QList<RunEvent>& events);
    //! Set before start() (ignored afterwards): everything \a previous (a follower of the same
    //! run, e.g. the one a reconnect replaces) delivered counts as delivered, as with
    //! setKnownEvents() but without a copy of the events: the way to hand over a long run.
    void continueFrom(const ExecutionFollower& previous);
    //! Set before start(): keep a copy of every event delivered so that events() can return
    //! them (default false: a follower keeps only what it needs to merge, so that following a
    //! run of millions of events costs tens of MB, not a copy of each). waitForExecution()
    //! retains; a consumer that stores the events itself (a model) does not need to.
    void setRetainEvents(bool retain);
    //! True when events() returns every event; see setRetainEvents().
    bool retainsEvents() const;

    //! Starts following. No-op unless Idle.
    void start();
    //! Stops following (source Ended) without finished().
    void stop();

    //! The execution followed (normalised).
    QString executionId() const;
    //! The last status fetched; empty before the first fetch.
    QString status() const;
    //! What currently feeds the follower.
    Source source() const;
    //! The most recent error; a default Error before any.
    Error lastError() const;
    //! True once the source is Ended.
    bool isEnded() const;
    //! Number of distinct events delivered so far.
    int eventCount() const;
    //! With setRetainEvents(true), every event so far: those with a sequence_num in its order,
    //! followed by those still without one in arrival order. Empty when events are not retained
    //! (the default since the follower stopped keeping a copy of every event; issue #14).
    QList<RunEvent> events() const;
    //! The task rows of the last successful tasks fetch.
    QList<RunTask> tasks() const;
    //! The delivery subscription (nullptr before it starts or when live is disabled), for
    //! diagnostics: counters, state.
    const DeliverySubscription* subscription() const;
    //! REST poll cycles run so far (diagnostics and tests).
    int pollCount() const;
    //! History fetches (`…/events`) started so far (diagnostics and tests).
    int historyFetchCount() const;
    //! False once the history outgrew the client's maxResponseBytes; see point 7 above.
    bool isHistoryComplete() const;

Q_SIGNALS:
    //! New events, in the order they became known (history: by sequence_num). Each event once.
    //! Pushes that arrive while a REST cycle runs, and pushed terminal events, are emitted with
    //! the next merged history batch, in sequence_num order (docs/STREAMS.md, "Order").
    void eventsReceived(const QList<Cloacina::RunEvent>& events);
    //! Events emitted before whose sequence_num or task name became known since: the event as
    //! the history lists it, with the task execution id and origin it was first seen with (or,
    //! when only the task rows named its task, the event as first emitted plus the name).
    void eventsUpdated(const QList<Cloacina::RunEvent>& events);
    //! A fetch found a new \a status.
    void statusChanged(const QString& status);
    //! A tasks fetch returned \a tasks, the execution's current task rows.
    void tasksChanged(const QList<Cloacina::RunTask>& tasks);
    //! The source changed to \a source (also notifies ended).
    void sourceChanged(Cloacina::ExecutionFollower::Source source);
    //! The execution reached terminal \a status and every event was delivered.
    void finished(const QString& status);
    //! Any error, fatal or not; lastError() is now \a error.
    void lastErrorChanged(const Cloacina::Error& error);
    //! \deprecated Old name of lastErrorChanged(); emitted with it.
    void errorOccurred(const Cloacina::Error& error);
    //! A fatal error: the follower stopped (source Ended) without finished().
    void failed(const Cloacina::Error& error);
    //! The delivery socket reconnects (diagnostic detail of Source::Reconnecting).
    void socketReconnecting(int delayMs, const Cloacina::Error& reason);

private:
    std::unique_ptr<ExecutionFollowerPrivate> d;
    friend class ExecutionFollowerPrivate;
};

} // namespace Cloacina

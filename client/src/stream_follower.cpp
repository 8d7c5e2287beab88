#include <cloacina/executionfollower.h>
#include <cloacina/executionid.h>
#include <cloacina/whenready.h>

#include "stream_errorsignals_p.h"
#include "stream_logging_p.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace Cloacina {

using namespace StreamDetail;

class ExecutionFollowerPrivate {
public:
    ExecutionFollowerPrivate(ExecutionFollower* q, ExecutionFollowerBackend backend, QString id)
        : q(q)
        , backend(std::move(backend))
        , executionId(normalizeExecutionId(id).value_or(id))
        , validId(normalizeExecutionId(id).has_value())
    {
    }

    ExecutionFollower* q;
    ExecutionFollowerBackend backend;
    QString executionId; // normalised (see normalizeExecutionId), or as given when invalid
    bool validId = false;
    FollowerTiming timing;
    bool liveEnabled = true;
    DeliverySubscription* sub = nullptr;
    QObject* cycleContext = nullptr; // parent of in-flight REST watchers
    QTimer pollTimer;
    QElapsedTimer lastPush; // since the last push, or since going live
    ExecutionFollower::Source source = ExecutionFollower::Source::Idle;
    QString status;
    Error lastError;
    bool ended = false;
    bool cycleRunning = false;
    bool cycleAgain = false; // a cycle was requested while one ran
    bool needRefresh = false; // a push referenced a task we do not know, or lacked ordering
    int polls = 0;

    QList<RunEvent> events; // arrival order
    QHash<QString, int> index; // event id → position in events
    // Pushed events not emitted yet, by id, and their arrival order (ids taken since are skipped).
    // A terminal event (workflow_completed/failed) waits for a REST cycle to place it; any push
    // that arrives while a cycle is in flight waits for that cycle: the merge then emits both in
    // sequence order with the events the history adds.
    QHash<QString, RunEvent> held;
    QStringList heldOrder;
    bool terminalEventKnown = false;
    // The history is larger than the client's response limit: follow by status, tasks and the
    // socket alone (the error is reported once).
    bool historyUnavailable = false;
    Error historyError;
    QList<RunTask> tasks;
    QHash<QString, QString> taskNames; // task execution id → task name
    QSet<QString> loggedUnknownTypes;

    void setSource(ExecutionFollower::Source s)
    {
        if (source == s || (ended && s != ExecutionFollower::Source::Ended))
            return;
        source = s;
        emit q->sourceChanged(s);
    }

    bool socketHealthy() const
    {
        return sub && sub->state() == DeliverySubscription::State::Live && lastPush.isValid()
            && lastPush.elapsed() < timing.silenceMs;
    }

    bool socketMayStillDeliver() const
    {
        if (!sub)
            return false;
        switch (sub->state()) {
        case DeliverySubscription::State::Live:
            return socketHealthy();
        case DeliverySubscription::State::Connecting:
        case DeliverySubscription::State::Reconnecting:
            return true;
        default:
            return false;
        }
    }

    void updateSource()
    {
        if (ended)
            return setSource(ExecutionFollower::Source::Ended);
        if (!sub)
            return setSource(ExecutionFollower::Source::Polling);
        switch (sub->state()) {
        case DeliverySubscription::State::Live:
            return setSource(socketHealthy() ? ExecutionFollower::Source::Live : ExecutionFollower::Source::Polling);
        case DeliverySubscription::State::Reconnecting:
            return setSource(ExecutionFollower::Source::Reconnecting);
        default:
            return setSource(ExecutionFollower::Source::Polling);
        }
    }

    void reportError(const Error& e)
    {
        lastError = e;
        // Never log text that is not an id: it could be anything pasted, a key included.
        qCInfo(lcStream).noquote() << "follower" << (validId ? executionId : QStringLiteral("(invalid id)"))
                                   << e.toString();
        StreamDetail::emitError(q, e, &ExecutionFollower::errorOccurred);
    }

    void fail(const Error& e)
    {
        if (ended)
            return;
        QPointer<ExecutionFollower> guard(q);
        releaseHeld(true); // nothing received is lost
        if (!guard || ended)
            return;
        reportError(e);
        shutdown();
        emit q->failed(e);
    }

    void hold(const RunEvent& e)
    {
        held.insert(e.id, e);
        heldOrder.append(e.id);
    }

    //! Takes the held events in arrival order (terminal ones only when \a terminalToo) and
    //! records them as emitted; the caller emits them.
    QList<RunEvent> takeHeld(bool terminalToo)
    {
        QList<RunEvent> out;
        QStringList keep;
        for (const QString& id : std::as_const(heldOrder)) {
            const auto it = held.find(id);
            if (it == held.end())
                continue;
            if (!terminalToo && it->isTerminalType()) {
                keep.append(id);
                continue;
            }
            index.insert(id, int(events.size()));
            events.append(*it);
            out.append(*it);
            held.erase(it);
        }
        heldOrder = keep;
        return out;
    }

    //! Emits the held events that no history row has placed (terminal ones when \a terminalToo).
    void releaseHeld(bool terminalToo)
    {
        const QList<RunEvent> release = takeHeld(terminalToo);
        if (!release.isEmpty())
            emit q->eventsReceived(release);
    }

    static bool isHistoryTooLarge(const Error& e)
    {
        return e.kind == Error::Kind::Decode && e.code == QLatin1String("response_too_large");
    }

    void applyStatus(const QString& newStatus)
    {
        // At once, before the history: a run whose final sync fails still shows its real status.
        if (newStatus == status)
            return;
        status = newStatus;
        emit q->statusChanged(status);
    }

    void shutdown()
    {
        ended = true;
        pollTimer.stop();
        if (cycleContext) {
            cycleContext->deleteLater();
            cycleContext = nullptr;
        }
        cycleRunning = false;
        if (sub) {
            sub->disconnect(q);
            sub->stop();
            sub->deleteLater();
            sub = nullptr;
        }
        setSource(ExecutionFollower::Source::Ended);
    }

    void fillTaskName(RunEvent& e) const
    {
        if (e.taskName.isEmpty() && !e.taskExecutionId.isEmpty())
            e.taskName = taskNames.value(e.taskExecutionId);
    }

    void noteType(const RunEvent& e)
    {
        if (!e.isKnownType() && !loggedUnknownTypes.contains(e.eventType)) {
            loggedUnknownTypes.insert(e.eventType);
            qCInfo(lcStream).noquote() << "follower" << executionId << "unknown event type kept:" << e.eventType;
        }
    }

    // --- REST cycle: status first, then history + tasks, so a terminal status is followed by a
    // complete history.
    void requestCycle()
    {
        if (ended)
            return;
        if (cycleRunning) {
            cycleAgain = true;
            return;
        }
        cycleRunning = true;
        ++polls;
        if (cycleContext)
            cycleContext->deleteLater();
        cycleContext = new QObject(q);
        QObject* context = cycleContext;
        whenReady(backend.fetchStatus(), context, [this, context](const Result<QString>& r) {
            if (context != cycleContext || ended)
                return;
            if (!r)
                return cycleFailed(r.error());
            QPointer<ExecutionFollower> guard(q);
            applyStatus(r.value());
            if (!guard || ended || context != cycleContext)
                return;
            const bool terminal = isTerminalExecutionStatus(r.value());
            fetchHistory(context, r.value(), terminal);
        });
    }

    void fetchHistory(QObject* context, QString newStatus, bool terminal)
    {
        struct Join {
            std::optional<Result<QList<RunEvent>>> events;
            std::optional<Result<QList<RunTask>>> tasks;
            bool done = false;
        };
        auto join = std::make_shared<Join>();
        auto done = [this, context, join, newStatus, terminal] {
            if (join->done || !join->events || !join->tasks || context != cycleContext || ended)
                return;
            join->done = true;
            if (!*join->events && isHistoryTooLarge(join->events->error())) {
                historyUnavailable = true;
                historyError = join->events->error();
                QPointer<ExecutionFollower> guard(q);
                reportError(historyError); // once: later cycles skip the history
                if (!guard || ended)
                    return;
                join->events = QList<RunEvent>();
            }
            if (!*join->events)
                return cycleFailed(join->events->error());
            if (!*join->tasks)
                return cycleFailed(join->tasks->error());
            cycleDone(newStatus, terminal, join->events->value(), join->tasks->value());
        };
        if (historyUnavailable) {
            join->events = QList<RunEvent>();
        } else {
            whenReady(backend.fetchEvents(), context, [join, done](const Result<QList<RunEvent>>& r) {
                join->events = r;
                done();
            });
        }
        if (backend.fetchTasks) {
            whenReady(backend.fetchTasks(), context, [join, done](const Result<QList<RunTask>>& r) {
                join->tasks = r;
                done();
            });
        } else {
            join->tasks = QList<RunTask>();
        }
        done(); // both may be known already (no tasks function, history unavailable)
    }

    void cycleFailed(const Error& e)
    {
        cycleRunning = false;
        QPointer<ExecutionFollower> guard(q);
        releaseHeld(false); // pushes held for this cycle go out as they came
        if (!guard || ended)
            return;
        if (e.kind == Error::Kind::Canceled)
            return;
        if (e.isTransient()) {
            reportError(e); // keep polling
            return;
        }
        fail(e);
    }

    void cycleDone(const QString& newStatus, bool terminal, QList<RunEvent> rows, const QList<RunTask>& newTasks)
    {
        cycleRunning = false;
        QPointer<ExecutionFollower> guard(q);
        bool tasksGrew = false;
        if (newTasks != tasks) {
            tasksGrew = true;
            tasks = newTasks;
            for (const RunTask& t : std::as_const(tasks))
                taskNames.insert(t.id, t.taskName);
            emit q->tasksChanged(tasks);
            if (!guard || ended)
                return;
        }
        mergeHistory(std::move(rows), tasksGrew);
        if (!guard || ended)
            return;
        applyStatus(newStatus);
        if (!guard || ended)
            return;
        if (terminal && historyUnavailable && !terminalEventKnown && newStatus != QLatin1String("Cancelled")) {
            // Without the history only the socket can show the end of the run (the server
            // resends every unacked row on subscribe): wait while it may still deliver, give up
            // (fatal) once it is silent, failed or unavailable.
            if (!sub && liveEnabled && backend.stream.isValid())
                startSocket();
            if (!socketMayStillDeliver())
                return fail(historyError);
        } else if (terminal) {
            releaseHeld(true);
            if (!guard || ended)
                return;
            shutdown();
            emit q->finished(status);
            return;
        }
        if (cycleAgain) {
            cycleAgain = false;
            requestCycle();
        }
        if (!sub && liveEnabled && backend.stream.isValid())
            startSocket();
        updateSource();
    }

    void mergeHistory(QList<RunEvent> rows, bool tasksGrew)
    {
        std::stable_sort(rows.begin(), rows.end(), [](const RunEvent& a, const RunEvent& b) {
            return a.sequenceNum.value_or(0) < b.sequenceNum.value_or(0);
        });
        QList<RunEvent> added;
        QList<RunEvent> updated;
        QSet<QString> updatedIds;
        // Rows new to a follower that already delivered events, fetched while the socket is not
        // live, came from the polling fallback.
        const bool laterRows = !events.isEmpty() && source != ExecutionFollower::Source::Live;
        for (RunEvent& row : rows) {
            if (row.executionId.isEmpty())
                row.executionId = executionId;
            const auto heldIt = held.find(row.id);
            if (heldIt != held.end()) {
                // A held push: emitted now, in its place in the history.
                RunEvent e = *heldIt;
                held.erase(heldIt);
                if (!e.sequenceNum)
                    e.sequenceNum = row.sequenceNum;
                if (e.taskName.isEmpty())
                    e.taskName = row.taskName;
                index.insert(e.id, int(events.size()));
                events.append(e);
                added.append(e);
                continue;
            }
            const auto it = index.constFind(row.id);
            if (it == index.constEnd()) {
                if (laterRows)
                    row.origin = RunEvent::Origin::Poll;
                fillTaskName(row);
                noteType(row);
                index.insert(row.id, int(events.size()));
                events.append(row);
                added.append(row);
                continue;
            }
            RunEvent& known = events[*it];
            bool changed = false;
            if (!known.sequenceNum && row.sequenceNum) {
                known.sequenceNum = row.sequenceNum;
                changed = true;
            }
            if (known.taskName.isEmpty() && !row.taskName.isEmpty()) {
                known.taskName = row.taskName;
                changed = true;
            }
            if (changed) {
                updated.append(known);
                updatedIds.insert(known.id);
            }
        }
        // Pushed events still waiting for task names that the new task rows can provide.
        for (int i = 0; tasksGrew && i < events.size(); ++i) {
            RunEvent& e = events[i];
            if (e.taskName.isEmpty() && !e.taskExecutionId.isEmpty() && taskNames.contains(e.taskExecutionId)) {
                e.taskName = taskNames.value(e.taskExecutionId);
                if (!updatedIds.contains(e.id))
                    updated.append(e);
            }
        }
        needRefresh = false;
        added += takeHeld(false); // pushes the history does not list yet: after it, as they came
        QPointer<ExecutionFollower> guard(q);
        if (!added.isEmpty())
            emit q->eventsReceived(added);
        if (guard && !updated.isEmpty())
            emit q->eventsUpdated(updated);
    }

    // --- socket
    void startSocket()
    {
        sub = new DeliverySubscription(backend.stream, QStringLiteral("exec_events:") + executionId, q);
        sub->setTiming(timing.stream);
        QObject::connect(sub, &DeliverySubscription::pushesReceived, q,
            [this](const QList<DeliveryPush>& pushes) { onPushes(pushes); });
        QObject::connect(sub, &DeliverySubscription::stateChanged, q, [this](DeliverySubscription::State s) {
            if (s == DeliverySubscription::State::Live)
                lastPush.start(); // a fresh socket gets silenceMs to prove itself
            updateSource();
            if (s == DeliverySubscription::State::Reconnecting || s == DeliverySubscription::State::Failed)
                requestCycle(); // catch up by REST at once
        });
        QObject::connect(sub, &DeliverySubscription::failed, q, [this](const Error& e) {
            reportError(e); // not fatal: polling carries on
        });
        QObject::connect(sub, &DeliverySubscription::reconnecting, q,
            [this](int delay, const Error& e) { emit q->socketReconnecting(delay, e); });
        sub->start();
    }

    void onPushes(const QList<DeliveryPush>& pushes)
    {
        if (ended)
            return;
        lastPush.start();
        QList<RunEvent> added;
        bool terminalSeen = false;
        for (const DeliveryPush& push : pushes) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(push.payload, &parseError);
            Json::Context ctx;
            RunEvent e;
            if (!doc.isObject() || !RunEvent::fromPushPayload(doc.object(), e, ctx)) {
                qCWarning(lcStream).noquote() << "follower" << executionId << "skips push" << push.id
                                              << "with a malformed payload:"
                                              << (doc.isObject() ? ctx.errorString() : parseError.errorString());
                continue;
            }
            if (e.executionId != executionId)
                continue;
            if (index.contains(e.id) || held.contains(e.id))
                continue;
            fillTaskName(e);
            if (e.taskName.isEmpty() && !e.taskExecutionId.isEmpty())
                needRefresh = true;
            noteType(e);
            if (e.isTerminalType()) {
                terminalSeen = true;
                terminalEventKnown = true;
            }
            if (!historyUnavailable && (e.isTerminalType() || cycleRunning)) {
                hold(e);
                continue;
            }
            index.insert(e.id, int(events.size()));
            events.append(e);
            added.append(e);
        }
        updateSource();
        if (!added.isEmpty())
            emit q->eventsReceived(added);
        if (terminalSeen && !ended)
            QTimer::singleShot(0, q, [this] { requestCycle(); });
    }

    void tick()
    {
        if (ended)
            return;
        updateSource();
        // After a terminal event, poll until the status says so too (it may lag the event).
        if (!socketHealthy() || needRefresh || !sub || !held.isEmpty() || terminalEventKnown)
            requestCycle();
    }
};

ExecutionFollower::ExecutionFollower(ExecutionFollowerBackend backend, QString executionId, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<ExecutionFollowerPrivate>(this, std::move(backend), std::move(executionId)))
{
    connect(&d->pollTimer, &QTimer::timeout, this, [this] { d->tick(); });
}

ExecutionFollower::~ExecutionFollower()
{
    d->pollTimer.stop();
    if (d->sub) {
        d->sub->disconnect(this);
        delete d->sub;
        d->sub = nullptr;
    }
    delete d->cycleContext;
    d->cycleContext = nullptr;
}

void ExecutionFollower::setTiming(const FollowerTiming& timing) { d->timing = timing; }
FollowerTiming ExecutionFollower::timing() const { return d->timing; }
void ExecutionFollower::setLiveEnabled(bool enabled) { d->liveEnabled = enabled; }

void ExecutionFollower::setKnownEvents(const QList<RunEvent>& events)
{
    if (d->source != Source::Idle)
        return;
    for (const RunEvent& e : events) {
        if (e.id.isEmpty() || d->index.contains(e.id))
            continue;
        d->index.insert(e.id, int(d->events.size()));
        d->events.append(e);
    }
}

void ExecutionFollower::start()
{
    if (d->source != Source::Idle)
        return;
    if (!d->backend.fetchEvents || !d->backend.fetchStatus) {
        d->fail(Error::make(Error::Kind::Protocol, QStringLiteral("follower backend lacks fetch functions"),
            QStringLiteral("follow_execution")));
        return;
    }
    if (!d->validId) {
        // The text is not echoed: it could be anything pasted, an API key included.
        Error e = Error::make(Error::Kind::Protocol,
            QStringLiteral("the execution id is not a UUID (any case, braces, urn:uuid: or 32 hex digits)"),
            QStringLiteral("follow_execution"));
        e.code = QStringLiteral("invalid_execution_id");
        d->fail(e);
        return;
    }
    d->setSource(Source::Polling);
    d->pollTimer.start(qMax(50, d->timing.pollIntervalMs));
    d->requestCycle();
}

void ExecutionFollower::stop()
{
    if (d->ended)
        return;
    d->shutdown();
}

QString ExecutionFollower::executionId() const { return d->executionId; }
QString ExecutionFollower::status() const { return d->status; }
ExecutionFollower::Source ExecutionFollower::source() const { return d->source; }
Error ExecutionFollower::lastError() const { return d->lastError; }
bool ExecutionFollower::isEnded() const { return d->ended; }
int ExecutionFollower::eventCount() const { return int(d->events.size()); }
QList<RunTask> ExecutionFollower::tasks() const { return d->tasks; }
const DeliverySubscription* ExecutionFollower::subscription() const { return d->sub; }
int ExecutionFollower::pollCount() const { return d->polls; }

QList<RunEvent> ExecutionFollower::events() const
{
    QList<RunEvent> ordered = d->events;
    std::stable_sort(ordered.begin(), ordered.end(), [](const RunEvent& a, const RunEvent& b) {
        if (a.sequenceNum.has_value() != b.sequenceNum.has_value())
            return a.sequenceNum.has_value(); // known ones first
        return a.sequenceNum.value_or(0) < b.sequenceNum.value_or(0);
    });
    return ordered;
}

} // namespace Cloacina

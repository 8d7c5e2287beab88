#include <cloacina/executionfollower.h>
#include <cloacina/executionid.h>
#include <cloacina/whenready.h>

#include "stream_deliveredevents_p.h"
#include "stream_errorsignals_p.h"
#include "stream_logging_p.h"
#include "stream_pushpayload_p.h"

#include <QElapsedTimer>
#include <QHash>

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
    int historyFetches = 0;

    // When the history is fetched (see FollowerTiming::historyMsPerThousandEvents).
    QElapsedTimer sinceHistory; // since the last history fetch started; invalid before the first
    bool historyMerged = false; // a first history was merged
    bool historyStale = false; // a poll saw the status or the task rows change since
    bool historyForced = false; // a socket loss asks for a catch-up

    PushPayloadDecoder pushDecoder;
    // What the follower keeps of the events it delivered: their ids, and what it needs to
    // complete them later (not a copy of each event). Pushes delivered without a sequence_num
    // (0.10.0 payloads carry none) keep their task execution id: a history row completes them.
    DeliveredEvents delivered;
    // Pushes delivered without a task name although they name a task: the task rows complete them.
    QHash<QString, RunEvent> awaitingTaskName;
    // Every event, only with setRetainEvents(true) (events()).
    bool retain = false;
    QList<RunEvent> retained; // arrival order
    QHash<QString, qsizetype> retainedIndex;
    // Pushed events not emitted yet, by id, and their arrival order (ids taken since are skipped).
    // A terminal event (workflow_completed/failed) waits for a REST cycle to place it; any push
    // that arrives while a cycle is in flight waits for that cycle: the merge then emits both in
    // sequence order with the events the history adds.
    QHash<QString, RunEvent> held;
    QStringList heldOrder;
    bool terminalEventKnown = false;
    // The history is larger than the client's response limit: follow by status, tasks and the
    // socket alone (the error is reported once, never fatal).
    bool historyUnavailable = false;
    Error historyError;
    QString statusOfLastHistory; // the status fetched with the last history
    QList<RunTask> tasks;
    // Task execution id → task name, looked up for every push.
    QHash<Internal::CleanKey<QString>, QString> taskNames;
    RecentStrings<QString> recentTaskNames; // of taskNames, cleared when it changes
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
            record(*it, EventKey::of(id));
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

    void fillTaskName(RunEvent& e)
    {
        if (!e.taskName.isEmpty() || e.taskExecutionId.isEmpty())
            return;
        if (const QString* name = recentTaskNames.find(e.taskExecutionId)) {
            e.taskName = *name;
            return;
        }
        e.taskName = taskNames.value(Internal::CleanKey<QString> { e.taskExecutionId });
        recentTaskNames.put(e.taskExecutionId, e.taskName);
    }

    void noteType(const RunEvent& e, bool known)
    {
        if (!known && !loggedUnknownTypes.contains(e.eventType)) {
            loggedUnknownTypes.insert(e.eventType);
            qCInfo(lcStream).noquote() << "follower" << executionId << "unknown event type kept:" << e.eventType;
        }
    }

    // --- what is kept of delivered events

    //! Records \a e (of id \a key) as delivered (the caller emits it) with what REST may still
    //! teach about it: its sequence_num, its task name. False, recording nothing, when it was
    //! delivered already.
    bool record(const RunEvent& e, const EventKey& key)
    {
        if (!delivered.insert(key, !e.sequenceNum && !historyUnavailable, e.taskExecutionId))
            return false;
        if (e.taskName.isEmpty() && !e.taskExecutionId.isEmpty())
            awaitingTaskName.insert(e.id, e);
        if (retain) {
            retainedIndex.insert(e.id, retained.size());
            retained.append(e);
        }
        return true;
    }

    void updateRetained(const RunEvent& e)
    {
        if (!retain)
            return;
        const auto it = retainedIndex.constFind(e.id);
        if (it != retainedIndex.constEnd())
            retained[*it] = e;
    }

    //! Completes the delivered event of history \a row, if it lacked anything; true when it
    //! did (then \a out is the event with everything now known).
    bool completeFromRow(const RunEvent& row, const EventKey& key, RunEvent& out)
    {
        const auto byName = awaitingTaskName.find(row.id);
        if (byName != awaitingTaskName.end()) {
            out = *byName;
            if (!out.sequenceNum)
                out.sequenceNum = row.sequenceNum;
            if (out.taskName.isEmpty())
                out.taskName = row.taskName;
            if (!out.taskName.isEmpty())
                awaitingTaskName.erase(byName);
            else
                *byName = out;
            delivered.takeAwaiting(key);
            return true;
        }
        std::optional<QString> taskExecutionId = delivered.takeAwaiting(key);
        if (!taskExecutionId)
            return false;
        // The row carries all the push did, and its order: the event as REST lists it, with the
        // pushed task execution id and origin.
        out = row;
        out.origin = RunEvent::Origin::Push;
        out.taskExecutionId = std::move(*taskExecutionId);
        fillTaskName(out);
        return true;
    }

    // --- when the history is fetched

    qint64 historyIntervalMs() const
    {
        const qint64 bySize = qint64(delivered.size()) * qMax(0, timing.historyMsPerThousandEvents) / 1000;
        return qMax<qint64>(timing.pollIntervalMs, bySize);
    }

    //! Whether this cycle fetches the history, after a poll whose status was \a terminal and
    //! whose status or task rows \a changed.
    bool historyDue(bool terminal, bool changed)
    {
        if (historyUnavailable)
            return false;
        historyStale = historyStale || changed;
        if (!historyMerged || terminal || historyForced || needRefresh || !held.isEmpty() || terminalEventKnown
            || !sinceHistory.isValid())
            return true;
        const qint64 interval = historyIntervalMs();
        const qint64 idle = qMax<qint64>(5LL * timing.pollIntervalMs, 3 * interval);
        return sinceHistory.elapsed() >= (historyStale ? interval : idle);
    }

    // --- REST cycle: status, then the task rows, then (when due, see historyDue()) the history,
    // so a terminal status is followed by a complete history.
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
            const bool statusMoved = r.value() != statusOfLastHistory;
            fetchTasks(context, r.value(), terminal, statusMoved);
        });
    }

    // The task rows are cheap and show whether anything happened: they decide whether the
    // (costly, whole) history is fetched in this cycle.
    void fetchTasks(QObject* context, const QString& newStatus, bool terminal, bool statusMoved)
    {
        if (!backend.fetchTasks)
            return fetchHistory(context, newStatus, terminal, statusMoved, QList<RunTask>());
        whenReady(backend.fetchTasks(), context,
            [this, context, newStatus, terminal, statusMoved](const Result<QList<RunTask>>& r) {
                if (context != cycleContext || ended)
                    return;
                if (!r)
                    return cycleFailed(r.error());
                fetchHistory(context, newStatus, terminal, statusMoved || r.value() != tasks, r.value());
            });
    }

    void fetchHistory(QObject* context, const QString& newStatus, bool terminal, bool changed, const QList<RunTask>& newTasks)
    {
        if (!historyDue(terminal, changed))
            return cycleDone(newStatus, terminal, {}, newTasks);
        ++historyFetches;
        sinceHistory.start();
        historyForced = false;
        historyStale = false;
        statusOfLastHistory = newStatus;
        whenReady(backend.fetchEvents(), context,
            [this, context, newStatus, terminal, newTasks](const Result<QList<RunEvent>>& r) {
                if (context != cycleContext || ended)
                    return;
                if (!r && isHistoryTooLarge(r.error())) {
                    historyUnavailable = true;
                    historyError = r.error();
                    delivered.forgetAwaiting(); // no history will bring their sequence_num
                    QPointer<ExecutionFollower> guard(q);
                    reportError(historyError); // once, never fatal: later cycles skip the history
                    if (!guard || ended)
                        return;
                    return cycleDone(newStatus, terminal, {}, newTasks);
                }
                if (!r)
                    return cycleFailed(r.error());
                historyMerged = true;
                cycleDone(newStatus, terminal, r.value(), newTasks);
            });
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
                taskNames.insert(Internal::CleanKey<QString> { t.id }, t.taskName);
            recentTaskNames.clear();
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
        // Without the history only the socket can show the end of the run (the server resends
        // every unacked row on subscribe): wait while it may still deliver; once it cannot, the
        // run still ended (never fatal: the too-large history was reported, historyComplete is
        // false).
        const bool awaitSocket = terminal && historyUnavailable && !terminalEventKnown
            && newStatus != QLatin1String("Cancelled");
        if (awaitSocket && !sub && liveEnabled && backend.stream.isValid())
            startSocket();
        if (terminal && (!awaitSocket || !socketMayStillDeliver())) {
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
        const auto bySequence = [](const RunEvent& a, const RunEvent& b) {
            return a.sequenceNum.value_or(0) < b.sequenceNum.value_or(0);
        };
        if (!std::is_sorted(rows.cbegin(), rows.cend(), bySequence)) // the server sends them sorted
            std::stable_sort(rows.begin(), rows.end(), bySequence);
        QList<RunEvent> added;
        // Later knowledge, one entry per event (the last one wins).
        QList<RunEvent> updated;
        QHash<QString, qsizetype> updatedAt;
        const auto noteUpdate = [&](const RunEvent& e) {
            updateRetained(e);
            const auto at = updatedAt.constFind(e.id);
            if (at != updatedAt.constEnd()) {
                updated[*at] = e;
                return;
            }
            updatedAt.insert(e.id, updated.size());
            updated.append(e);
        };
        // Pushed events still waiting for task names that the new task rows can provide.
        for (auto it = awaitingTaskName.begin(); tasksGrew && it != awaitingTaskName.end();) {
            const auto name = taskNames.constFind(Internal::CleanKey<QString> { it->taskExecutionId });
            if (name == taskNames.constEnd()) {
                ++it;
                continue;
            }
            it->taskName = *name;
            noteUpdate(*it);
            it = awaitingTaskName.erase(it);
        }
        // Rows new to a follower that already delivered events, fetched while the socket is not
        // live, came from the polling fallback.
        const bool laterRows = delivered.size() > 0 && source != ExecutionFollower::Source::Live;
        for (RunEvent& row : rows) {
            if (row.executionId.isEmpty())
                row.executionId = executionId;
            const EventKey key = EventKey::of(row.id);
            const auto heldIt = held.find(row.id);
            if (heldIt != held.end()) {
                // A held push: emitted now, in its place in the history.
                RunEvent e = *heldIt;
                held.erase(heldIt);
                if (!e.sequenceNum)
                    e.sequenceNum = row.sequenceNum;
                if (e.taskName.isEmpty())
                    e.taskName = row.taskName;
                record(e, key);
                added.append(e);
                continue;
            }
            if (!delivered.contains(key)) {
                if (laterRows)
                    row.origin = RunEvent::Origin::Poll;
                fillTaskName(row);
                noteType(row, row.isKnownType());
                record(row, key);
                added.append(row);
                continue;
            }
            RunEvent completed;
            if (completeFromRow(row, key, completed))
                noteUpdate(completed);
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
            if (s == DeliverySubscription::State::Reconnecting || s == DeliverySubscription::State::Failed) {
                historyForced = true; // pushes may have been lost with the socket
                requestCycle(); // catch up by REST at once
            }
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
        added.reserve(pushes.size());
        bool terminalSeen = false;
        for (const DeliveryPush& push : pushes) {
            RunEvent e;
            EventTypeFacts type;
            QString decodeError;
            if (!pushDecoder.decode(push.payload, e, type, decodeError)) {
                qCWarning(lcStream).noquote() << "follower" << executionId << "skips push" << push.id
                                              << "with a malformed payload:" << decodeError;
                continue;
            }
            if (e.executionId != executionId || (!held.isEmpty() && held.contains(e.id)))
                continue;
            fillTaskName(e);
            // A terminal event waits for a REST cycle to place it; so does any push that
            // arrives while a cycle is in flight (see held).
            const bool holdIt = !historyUnavailable && (type.terminal || cycleRunning);
            const EventKey key = EventKey::of(e.id);
            if (holdIt ? delivered.contains(key) : !record(e, key))
                continue; // delivered already
            if (e.taskName.isEmpty() && !e.taskExecutionId.isEmpty())
                needRefresh = true;
            noteType(e, type.known);
            if (type.terminal) {
                terminalSeen = true;
                terminalEventKnown = true;
            }
            if (holdIt)
                hold(e);
            else
                added.append(std::move(e));
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
        if (!e.id.isEmpty())
            d->record(e, EventKey::of(e.id));
    }
}

void ExecutionFollower::continueFrom(const ExecutionFollower& previous)
{
    if (d->source != Source::Idle || &previous == this)
        return;
    const ExecutionFollowerPrivate& p = *previous.d;
    d->delivered = p.delivered;
    d->awaitingTaskName = p.awaitingTaskName;
    if (d->retain) {
        d->retained = p.retained;
        d->retainedIndex = p.retainedIndex;
    }
}

void ExecutionFollower::setRetainEvents(bool retain)
{
    if (d->source == Source::Idle)
        d->retain = retain;
}

bool ExecutionFollower::retainsEvents() const { return d->retain; }

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
int ExecutionFollower::eventCount() const { return int(d->delivered.size()); }
QList<RunTask> ExecutionFollower::tasks() const { return d->tasks; }
const DeliverySubscription* ExecutionFollower::subscription() const { return d->sub; }
int ExecutionFollower::pollCount() const { return d->polls; }
int ExecutionFollower::historyFetchCount() const { return d->historyFetches; }
bool ExecutionFollower::isHistoryComplete() const { return !d->historyUnavailable; }

QList<RunEvent> ExecutionFollower::events() const
{
    QList<RunEvent> ordered = d->retained;
    std::stable_sort(ordered.begin(), ordered.end(), [](const RunEvent& a, const RunEvent& b) {
        if (a.sequenceNum.has_value() != b.sequenceNum.has_value())
            return a.sequenceNum.has_value(); // known ones first
        return a.sequenceNum.value_or(0) < b.sequenceNum.value_or(0);
    });
    return ordered;
}

} // namespace Cloacina

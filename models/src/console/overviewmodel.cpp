#include <cloacinamodels/console/overviewmodel.h>

#include <cloacinamodels/clientof.h>
#include <cloacinamodels/format.h>

#include <cloacina/executionstatus.h>
#include <cloacina/whenready.h>

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantMap>

namespace Cloacina {

namespace {
    //! Why /ready refused: its `reason`, else the error's message.
    QString notReadyReason(const Error& error)
    {
        const QJsonObject body = QJsonDocument::fromJson(error.bodySample).object();
        const QString reason = body.value(QStringLiteral("reason")).toString();
        return reason.isEmpty() ? error.message : reason;
    }
} // namespace

// The answers of one refresh; the model adopts them when the last one arrived.
struct OverviewModel::Round {
    quint64 ticket = 0;
    int pending = 0;
    Summary summary;
    ServerState server;
    int running = -1; // -1: not (successfully) answered
    int queued = -1;
    bool timelineAnswered = false;
    QVariantList timeline;
    int peak = 0;
    QList<WorkflowFailureRateModel::Rate> rates;
    Error error;

    void fail(const Error& e)
    {
        if (!error.isError())
            error = e;
    }
};

bool OverviewModel::Summary::operator==(const Summary& o) const
{
    return workflows == o.workflows && inFlight == o.inFlight && startedHour == o.startedHour
        && completedHour == o.completedHour && failedHour == o.failedHour && startedDay == o.startedDay
        && completedDay == o.completedDay && failedDay == o.failedDay && graphsLive == o.graphsLive
        && graphsDegraded == o.graphsDegraded && graphsStarting == o.graphsStarting
        && graphsDown == o.graphsDown && truncated == o.truncated;
}

OverviewModel::OverviewModel(QObject* parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_rates(new WorkflowFailureRateModel(this))
{
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        // An auto-refresh never piles up behind a slow server.
        if (!m_loading)
            refresh();
    });
}

OverviewModel::~OverviewModel() = default;

void OverviewModel::setClientObject(QObject* object)
{
    if (object == m_clientObject && !m_customBackend)
        return;
    if (m_versionWatch)
        disconnect(m_versionWatch);
    m_clientObject = object;
    CloacinaClient* client = clientOf(object);
    if (client) {
        // The connect check learns the version after the first refresh may have started.
        m_versionWatch = connect(client, &CloacinaClient::serverVersionChanged, this, [this, client] {
            if (m_server.version != client->serverVersion()) {
                m_server.version = client->serverVersion();
                Q_EMIT serverChanged();
            }
        });
    }
    m_customBackend = false;
    m_backend = client ? overviewBackend(client) : OverviewBackend {};
    forget();
    Q_EMIT clientChanged();
    if (hasBackend())
        refresh();
    restartTimer();
}

void OverviewModel::setBackend(OverviewBackend backend)
{
    m_backend = std::move(backend);
    m_customBackend = true;
    forget();
    if (hasBackend())
        refresh();
    restartTimer();
}

void OverviewModel::setAutoRefreshInterval(int ms)
{
    ms = qMax(0, ms);
    if (ms == m_autoRefreshMs)
        return;
    m_autoRefreshMs = ms;
    restartTimer();
    Q_EMIT autoRefreshIntervalChanged();
}

void OverviewModel::setMaxRuns(int runs)
{
    runs = qMax(1, runs);
    if (runs == m_maxRuns)
        return;
    m_maxRuns = runs;
    Q_EMIT maxRunsChanged();
}

void OverviewModel::restartTimer()
{
    if (m_autoRefreshMs > 0 && hasBackend())
        m_autoRefresh.start(m_autoRefreshMs);
    else
        m_autoRefresh.stop();
}

void OverviewModel::forget()
{
    ++m_ticket; // answers for the previous backend are dropped
    m_round.reset();
    m_again = false;
    setLoading(false);
    setError({});
    if (m_lastRefreshed.isValid()) {
        m_lastRefreshed = QDateTime();
        Q_EMIT lastRefreshedChanged();
    }
    if (!(m_summary == Summary {})) {
        m_summary = {};
        Q_EMIT summaryChanged();
    }
    if (!(m_server == ServerState {})) {
        m_server = {};
        Q_EMIT serverChanged();
    }
    if (!m_timeline.isEmpty()) {
        m_timeline.clear();
        m_timelinePeak = 0;
        Q_EMIT timelineChanged();
    }
    m_rates->setRates({});
}

void OverviewModel::refresh()
{
    if (!hasBackend()) {
        setError(Error::make(Error::Kind::Network, tr("Not connected to a server.")));
        Q_EMIT refreshed(false);
        return;
    }
    if (m_loading) {
        m_again = true;
        return;
    }
    setLoading(true);
    const quint64 ticket = ++m_ticket;
    m_round = std::make_unique<Round>();
    Round& round = *m_round;
    round.ticket = ticket;
    round.summary = m_summary;
    round.server = m_server;
    round.pending = 7;
    const QDateTime now = m_now();

    // Each answer is dropped unless it belongs to the current round.
    auto current = [this, ticket]() -> Round* {
        return m_round && m_round->ticket == ticket ? m_round.get() : nullptr;
    };
    whenReady(m_backend.listWorkflows(), this, [this, current, ticket](const Result<QList<WorkflowSummary>>& r) {
        if (Round* round = current()) {
            if (r)
                round->summary.workflows = int(r.value().size());
            else
                round->fail(r.error());
        }
        answered(ticket);
    });
    const QDateTime since = now.addSecs(-WindowHours * 3600);
    whenReady(m_backend.recentRuns(since, m_maxRuns), this, [this, current, ticket, now](const Result<QList<ExecutionSummary>>& r) {
        if (Round* round = current()) {
            if (r)
                applyRuns(*round, r.value(), now);
            else
                round->fail(r.error());
        }
        answered(ticket);
    });
    for (const QString& status : { QStringLiteral("Running"), QStringLiteral("Pending") }) {
        const bool isRunning = status == QLatin1String("Running");
        whenReady(m_backend.runsWithStatus(status), this, [this, current, ticket, isRunning](const Result<QList<ExecutionSummary>>& r) {
            if (Round* round = current()) {
                if (r)
                    (isRunning ? round->running : round->queued) = int(r.value().size());
                else
                    round->fail(r.error());
            }
            answered(ticket);
        });
    }
    whenReady(m_backend.listGraphs(), this, [this, current, ticket](const Result<QList<GraphStatus>>& r) {
        if (Round* round = current()) {
            if (r)
                applyGraphs(*round, r.value());
            else
                round->fail(r.error());
        }
        answered(ticket);
    });
    // Liveness and readiness are states to show, not errors of the refresh.
    whenReady(m_backend.health(), this, [this, current, ticket](const Result<QJsonValue>& r) {
        if (Round* round = current())
            round->server.alive = bool(r);
        answered(ticket);
    });
    whenReady(m_backend.ready(), this, [this, current, ticket](const Result<QJsonValue>& r) {
        if (Round* round = current()) {
            round->server.ready = bool(r);
            round->server.readyReason = r ? QString() : notReadyReason(r.error());
        }
        answered(ticket);
    });
}

void OverviewModel::applyRuns(Round& round, const QList<ExecutionSummary>& runs, const QDateTime& now)
{
    const qint64 bucketSecs = qint64(BucketMinutes) * 60;
    const int buckets = WindowHours * 60 / BucketMinutes;
    // Buckets end at the next bucket boundary after now, so they stay put between refreshes.
    const qint64 end = (now.toSecsSinceEpoch() / bucketSecs + 1) * bucketSecs;
    const qint64 first = end - qint64(buckets) * bucketSecs;
    const QDateTime hourAgo = now.addSecs(-3600);
    const QDateTime dayAgo = now.addSecs(-WindowHours * 3600);
    QList<int> started(buckets, 0);
    QList<int> failed(buckets, 0);
    QHash<QString, WorkflowFailureRateModel::Rate> rates;
    Summary& s = round.summary;
    s.startedHour = s.completedHour = s.failedHour = 0;
    s.startedDay = s.completedDay = s.failedDay = 0;
    QDateTime oldest;
    for (const ExecutionSummary& run : runs) {
        const QDateTime at = Format::parseTimestamp(run.startedAt);
        if (!at.isValid() || at < dayAgo)
            continue;
        oldest = at;
        const ExecutionStatus status = executionStatusFromString(run.status);
        const bool isFailed = status == ExecutionStatus::Failed;
        const bool isCompleted = status == ExecutionStatus::Completed;
        ++s.startedDay;
        s.completedDay += isCompleted;
        s.failedDay += isFailed;
        if (at >= hourAgo) {
            ++s.startedHour;
            s.completedHour += isCompleted;
            s.failedHour += isFailed;
        }
        const qint64 slot = (at.toSecsSinceEpoch() - first) / bucketSecs;
        if (slot >= 0 && slot < buckets) {
            ++started[slot];
            failed[slot] += isFailed;
        }
        if (isTerminal(status)) {
            WorkflowFailureRateModel::Rate& rate = rates[run.workflowName];
            rate.workflow = run.workflowName;
            ++rate.finished;
            rate.failed += isFailed;
        }
    }
    s.truncated = runs.size() >= m_maxRuns && oldest.isValid() && oldest > dayAgo;
    round.timelineAnswered = true;
    round.peak = 0;
    for (int i = 0; i < buckets; ++i) {
        round.timeline.append(QVariantMap { { QStringLiteral("start"), QDateTime::fromSecsSinceEpoch(first + i * bucketSecs, Qt::UTC) },
            { QStringLiteral("runs"), started.at(i) }, { QStringLiteral("failed"), failed.at(i) } });
        round.peak = qMax(round.peak, started.at(i));
    }
    round.rates = rates.values();
}

void OverviewModel::applyGraphs(Round& round, const QList<GraphStatus>& graphs)
{
    Summary& s = round.summary;
    s.graphsLive = s.graphsDegraded = s.graphsStarting = s.graphsDown = 0;
    for (const GraphStatus& graph : graphs) {
        // ReactorHealth is tagged by `state`; older answers carry the bare word.
        const QString state = graph.health.isObject() ? graph.health.toObject().value(QStringLiteral("state")).toString()
                                                      : graph.health.toString();
        if (state == QLatin1String("live"))
            ++s.graphsLive;
        else if (state == QLatin1String("degraded"))
            ++s.graphsDegraded;
        else if (state == QLatin1String("starting") || state == QLatin1String("warming"))
            ++s.graphsStarting;
        else
            ++s.graphsDown;
    }
}

void OverviewModel::answered(quint64 ticket)
{
    if (!m_round || m_round->ticket != ticket || --m_round->pending > 0)
        return;
    const std::unique_ptr<Round> round = std::move(m_round);
    if (round->running >= 0 && round->queued >= 0)
        round->summary.inFlight = round->running + round->queued;
    if (!(round->summary == m_summary)) {
        m_summary = round->summary;
        Q_EMIT summaryChanged();
    }
    round->server.version = m_backend.serverVersion();
    if (!(round->server == m_server)) {
        m_server = round->server;
        Q_EMIT serverChanged();
    }
    if (round->timelineAnswered) {
        m_rates->setRates(round->rates);
        if (round->timeline != m_timeline) {
            m_timeline = round->timeline;
            m_timelinePeak = round->peak;
            Q_EMIT timelineChanged();
        }
    }
    setError(round->error);
    if (!round->error.isError()) {
        m_lastRefreshed = m_now();
        Q_EMIT lastRefreshedChanged();
    }
    setLoading(false);
    Q_EMIT refreshed(!round->error.isError());
    if (m_again) {
        m_again = false;
        refresh();
    }
}

void OverviewModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void OverviewModel::setError(const Error& error)
{
    if (error.isError() == m_lastError.isError() && error.message == m_lastError.message
        && error.requestId == m_lastError.requestId)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

} // namespace Cloacina

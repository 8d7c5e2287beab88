#include <cloacinamodels/console/overviewmodel.h>

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
    bool runsAnswered = false;
    QList<Bucket> buckets;
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
    : RefreshableListModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_rates(new WorkflowFailureRateModel(this))
{
    // Forgetting the rows (another client) empties the timeline; refreshes announce it themselves.
    connect(this, &QAbstractItemModel::modelReset, this, &OverviewModel::timelineChanged);
}

OverviewModel::~OverviewModel() = default;

void OverviewModel::setBackend(OverviewBackend backend)
{
    m_backend = std::move(backend);
    m_customBackend = true;
}

void OverviewModel::setMaxRuns(int runs)
{
    runs = qMax(1, runs);
    if (runs == m_maxRuns)
        return;
    m_maxRuns = runs;
    Q_EMIT maxRunsChanged();
}

void OverviewModel::clientReplaced()
{
    m_round.reset(); // answers for the previous client are dropped
    disconnect(m_versionWatch);
    if (CloacinaClient* c = client()) {
        if (!m_customBackend)
            m_backend = overviewBackend(c);
        // The connect check learns the version after the first refresh may have started.
        m_versionWatch = connect(c, &CloacinaClient::serverVersionChanged, this, [this, c] {
            if (m_server.version != c->serverVersion()) {
                m_server.version = c->serverVersion();
                Q_EMIT serverChanged();
            }
        });
    } else if (!m_customBackend) {
        m_backend = {};
    }
    if (!(m_summary == Summary {})) {
        m_summary = {};
        Q_EMIT summaryChanged();
    }
    if (!(m_server == ServerState {})) {
        m_server = {};
        Q_EMIT serverChanged();
    }
    m_rates->setRates({});
}

QString OverviewModel::emptyMessage() const
{
    return tr("No run started in the last 24 h.");
}

void OverviewModel::fetch(quint64 ticket)
{
    if (!m_backend.isValid()) {
        finishRefresh(ticket, Error::make(Error::Kind::Network, tr("Not connected to a server.")));
        return;
    }
    m_round = std::make_unique<Round>();
    m_round->ticket = ticket;
    m_round->summary = m_summary;
    m_round->server = m_server;
    m_round->pending = 7;
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
    round.buckets.clear();
    for (int i = 0; i < buckets; ++i)
        round.buckets.append({ QDateTime::fromSecsSinceEpoch(first + i * bucketSecs, Qt::UTC), 0, 0 });
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
            ++round.buckets[slot].runs;
            round.buckets[slot].failed += isFailed;
        }
        if (isTerminal(status)) {
            WorkflowFailureRateModel::Rate& rate = rates[run.workflowName];
            rate.workflow = run.workflowName;
            ++rate.finished;
            rate.failed += isFailed;
        }
    }
    s.truncated = runs.size() >= m_maxRuns && oldest.isValid() && oldest > dayAgo;
    round.runsAnswered = true;
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
    if (round->runsAnswered) {
        m_rates->setRates(round->rates);
        // Keyed by start: a new bucket at the end removes the oldest, the others change in place.
        const bool changed = m_buckets != round->buckets;
        mergeRows(
            m_buckets, round->buckets, [](const Bucket& b) { return b.start.toSecsSinceEpoch(); },
            [](const Bucket& a, const Bucket& b) { return a == b; });
        if (changed)
            Q_EMIT timelineChanged(); // once per refresh, after the rows
    }
    finishRefresh(ticket, round->error);
}

QVariantList OverviewModel::timeline() const
{
    QVariantList out;
    out.reserve(m_buckets.size());
    for (const Bucket& b : m_buckets)
        out.append(QVariantMap { { QStringLiteral("start"), b.start }, { QStringLiteral("runs"), b.runs },
            { QStringLiteral("failed"), b.failed } });
    return out;
}

int OverviewModel::timelinePeak() const
{
    int peak = 0;
    for (const Bucket& b : m_buckets)
        peak = qMax(peak, b.runs);
    return peak;
}

int OverviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bucket& b = m_buckets.at(index.row());
    const int column = role == StartRole ? StartColumn
        : role == RunsRole               ? RunsColumn
        : role == FailedRole             ? FailedColumn
        : role == Qt::DisplayRole        ? index.column()
                                         : -1;
    switch (column) {
    case StartColumn:
        return b.start;
    case RunsColumn:
        return b.runs;
    case FailedColumn:
        return b.failed;
    default:
        return {};
    }
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartColumn:
        return tr("From");
    case RunsColumn:
        return tr("Started");
    case FailedColumn:
        return tr("Failed");
    default:
        return {};
    }
}

QHash<int, QByteArray> OverviewModel::roleNames() const
{
    return { { StartRole, "start" }, { RunsRole, "runs" }, { FailedRole, "failed" } };
}

} // namespace Cloacina

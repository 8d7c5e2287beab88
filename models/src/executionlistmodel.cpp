#include <cloacina/executionid.h>
#include <cloacinamodels/eventtypes.h>
#include <cloacinamodels/executionlistmodel.h>
#include <cloacinamodels/failureenricher.h>
#include <cloacinamodels/format.h>

#include "logging_p.h"
#include "pagewalk_p.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/whenready.h>

#include <QElapsedTimer>

#include <algorithm>

namespace Cloacina {

namespace {
    // Newest first; ties broken by id so the order is total and stable.
    bool newerThan(const ExecutionRecord& a, const ExecutionRecord& b)
    {
        if (a.startedAt != b.startedAt)
            return a.startedAt > b.startedAt;
        return a.id > b.id;
    }

    bool isFailed(const ExecutionRecord& r) { return r.status == QLatin1String("Failed"); }

    // The list shows the cause; the engine's prefixes would fill the column (full text:
    // ErrorTextRole).
    void fillFailure(ExecutionRecord& r, const ExecutionFailure& failure)
    {
        r.failingTask = failure.failingTask;
        r.errorText = failure.errorText;
        r.firstErrorLine = Format::firstLine(Format::errorCause(failure.errorText));
        r.enriched = true;
    }

    qint64 durationOf(const ExecutionRecord& r)
    {
        if (!r.startedAt.isValid() || !r.completedAt.isValid())
            return -1;
        return qMax<qint64>(0, r.startedAt.msecsTo(r.completedAt));
    }
} // namespace

// One query of the list (a tenant × a status) and the walks over its pages.
struct ExecutionListModel::Stream {
    QString tenant;
    QString status; // empty = any
    Internal::PageWalk walk; // the first page and fetchMore()
    Internal::PageWalk refreshWalk; // the refresh under way
    bool exhausted = false;
    bool fetching = false;
    bool loadedOnce = false;
    int refreshPages = 0; // pages fetched by the refresh under way

    bool holds(const ExecutionRecord& r) const { return r.tenant == tenant && (status.isEmpty() || r.status == status); }
};

ExecutionListModel::ExecutionListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_enricher(new FailureEnricher(this))
{
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (m_refreshPending == 0)
            refresh();
    });
    m_newExpiry.setInterval(1000);
    connect(&m_newExpiry, &QTimer::timeout, this, &ExecutionListModel::expireNewFlags);
    for (auto signal : { &ExecutionListModel::countChanged, &ExecutionListModel::loadingChanged, &ExecutionListModel::filterChanged,
             &ExecutionListModel::lastErrorChanged, &ExecutionListModel::clientChanged, &ExecutionListModel::tenantsChanged })
        connect(this, signal, this, &ExecutionListModel::emptyTextChanged);
    // A queued id is fetched only while its row exists and still lacks the details.
    m_enricher->setTenantOfWanted([this](const QString& id) -> std::optional<QString> {
        const int row = rowOfId(id);
        if (row < 0 || m_rows.at(row).enriched)
            return std::nullopt;
        return m_rows.at(row).tenant;
    });
    connect(m_enricher, &FailureEnricher::enriched, this, &ExecutionListModel::applyFailure);
}

ExecutionListModel::~ExecutionListModel() = default;

int ExecutionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExecutionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ExecutionListModel::ensureIndex() const
{
    if (!m_indexDirty)
        return;
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).id, i);
    m_indexDirty = false;
}

int ExecutionListModel::rowOfId(const QString& id) const
{
    ensureIndex();
    return m_index.value(id, -1);
}

QVariant ExecutionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExecutionRecord& r = m_rows.at(index.row());
    const bool wantsEnrichment = (role == FailingTaskRole || role == FirstErrorLineRole || role == ErrorTextRole
        || (role == Qt::DisplayRole && (index.column() == FailingTaskColumn || index.column() == ErrorColumn)));
    if (wantsEnrichment && !r.enriched && isFailed(r))
        scheduleEnrichment(r.id);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WorkflowColumn:
            return r.workflow;
        case StatusColumn:
            return r.status;
        // Relative ("3 min ago") is what an operator reads first; the tooltip has the time.
        case StartedColumn:
            return Format::relativeTime(r.startedAt);
        case EndedColumn:
            return Format::relativeTime(r.completedAt);
        case DurationColumn:
            return Format::duration(durationOf(r));
        case FailingTaskColumn:
            return r.failingTask;
        case ErrorColumn:
            return r.firstErrorLine;
        case TriggerColumn:
            return r.triggerOrigin.isEmpty() ? tr("trigger") : r.triggerOrigin;
        case TenantColumn:
            return r.tenant;
        case IdColumn:
            return r.id;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn)
            return r.errorText;
        if (index.column() == StartedColumn)
            return Format::dateTime(r.startedAt);
        if (index.column() == EndedColumn)
            return Format::dateTime(r.completedAt);
        if (index.column() == IdColumn || index.column() == WorkflowColumn)
            return r.id;
        return {};
    case IdRole:
        return r.id;
    case WorkflowRole:
        return r.workflow;
    case StatusRole:
        return r.status;
    case StatusColorRole:
        return EventTypes::categoryColor(EventTypes::statusCategory(r.status));
    case StartedAtRole:
        return r.startedAt;
    case CompletedAtRole:
        return r.completedAt;
    case DurationRole:
        return durationOf(r);
    case TriggerOriginRole:
        return r.triggerOrigin;
    case FailingTaskRole:
        return r.failingTask;
    case FirstErrorLineRole:
        return r.firstErrorLine;
    case ErrorTextRole:
        return r.errorText;
    case EnrichedRole:
        return r.enriched;
    case TenantRole:
        return r.tenant;
    case IsNewRole:
        return r.isNew;
    default:
        return {};
    }
}

QVariant ExecutionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WorkflowColumn:
        return tr("Workflow");
    case StatusColumn:
        return tr("Status");
    case StartedColumn:
        return tr("Started");
    case EndedColumn:
        return tr("Ended");
    case DurationColumn:
        return tr("Duration");
    case FailingTaskColumn:
        return tr("Failing task");
    case ErrorColumn:
        return tr("First error line");
    case TriggerColumn:
        return tr("Trigger");
    case TenantColumn:
        return tr("Tenant");
    case IdColumn:
        return tr("Execution id");
    }
    return {};
}

QHash<int, QByteArray> ExecutionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({
        { IdRole, "executionId" },
        { WorkflowRole, "workflow" },
        { StatusRole, "status" },
        { StatusColorRole, "statusColor" },
        { StartedAtRole, "startedAt" },
        { CompletedAtRole, "completedAt" },
        { DurationRole, "duration" },
        { TriggerOriginRole, "triggerOrigin" },
        { FailingTaskRole, "failingTask" },
        { FirstErrorLineRole, "firstErrorLine" },
        { ErrorTextRole, "errorText" },
        { EnrichedRole, "enriched" },
        { TenantRole, "tenant" },
        { IsNewRole, "isNew" },
    });
    return names;
}

// ---- configuration ---------------------------------------------------------------------

void ExecutionListModel::setClient(CloacinaClient* client)
{
    if (m_client == client)
        return;
    m_client = client;
    m_backendFromClient = true;
    useBackend(client ? executionListBackend(client) : ExecutionListBackend());
}

void ExecutionListModel::setBackend(const ExecutionListBackend& backend)
{
    m_client = nullptr;
    m_backendFromClient = false;
    useBackend(backend);
}

void ExecutionListModel::useBackend(const ExecutionListBackend& backend)
{
    m_backend = backend;
    m_tenantsKnown = false;
    m_enricher->setBackend(backend);
    emit clientChanged();
    reload();
    if (m_autoRefresh.interval() > 0 && hasSource())
        m_autoRefresh.start();
}

bool ExecutionListModel::hasSource() const
{
    return m_backend.isValid() && (!m_backendFromClient || m_client);
}

void ExecutionListModel::setStatusFilter(const QStringList& statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    emit filterChanged();
    reload();
}

void ExecutionListModel::setWorkflowFilter(const QString& workflow)
{
    if (workflow == m_workflow)
        return;
    m_workflow = workflow;
    emit filterChanged();
    reload();
}

void ExecutionListModel::setStartedAfter(const QDateTime& after)
{
    if (after == m_after)
        return;
    m_after = after;
    emit filterChanged();
    reload();
}

void ExecutionListModel::setStartedBefore(const QDateTime& before)
{
    if (before == m_before)
        return;
    m_before = before;
    emit filterChanged();
    reload();
}

void ExecutionListModel::setTenants(const QStringList& tenants)
{
    if (tenants == m_tenants)
        return;
    m_tenants = tenants;
    emit tenantsChanged();
    reload();
}

void ExecutionListModel::setAllTenants(bool all)
{
    if (all == m_allTenants)
        return;
    m_allTenants = all;
    m_tenantsKnown = false;
    emit tenantsChanged();
    reload();
}

void ExecutionListModel::setPageSize(int size)
{
    size = qBound(1, size, 1000);
    if (size == m_pageSize)
        return;
    m_pageSize = size;
    emit pageSizeChanged();
}

void ExecutionListModel::setAutoRefreshInterval(int ms)
{
    if (ms == m_autoRefresh.interval() && (ms > 0) == m_autoRefresh.isActive())
        return;
    m_autoRefresh.setInterval(qMax(0, ms));
    if (ms > 0 && hasSource())
        m_autoRefresh.start();
    else
        m_autoRefresh.stop();
    emit autoRefreshIntervalChanged();
}

int ExecutionListModel::maxConcurrentEnrichments() const
{
    return m_enricher->maxConcurrent();
}

void ExecutionListModel::setMaxConcurrentEnrichments(int n)
{
    m_enricher->setMaxConcurrent(n);
}

int ExecutionListModel::newCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const ExecutionRecord& r) { return r.isNew; }));
}

// ---- loading ---------------------------------------------------------------------------

void ExecutionListModel::beginCall()
{
    if (m_inFlight++ == 0)
        emit loadingChanged();
}

void ExecutionListModel::endCall()
{
    if (--m_inFlight == 0)
        emit loadingChanged();
}

void ExecutionListModel::fail(const Error& error)
{
    if (error.kind == Error::Kind::Canceled)
        return;
    qCWarning(lcModel).noquote() << "executions:" << error.toString();
    m_lastError = error;
    m_hasError = true;
    emit lastErrorChanged();
    emit errorOccurred(error);
}

void ExecutionListModel::clearError()
{
    if (!m_hasError)
        return;
    m_hasError = false;
    m_lastError = Error();
    emit lastErrorChanged();
}

void ExecutionListModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_indexDirty = true;
    m_streams.clear();
    m_enricher->reset();
    m_refreshPending = 0;
    m_refreshNewFailures.clear();
    endResetModel();
    emit countChanged();
    if (m_inFlight != 0) {
        m_inFlight = 0; // late answers of the old generation are ignored
        emit loadingChanged();
    }
    if (!hasSource())
        return;
    if (m_allTenants && !m_tenantsKnown) {
        const quint64 gen = m_generation;
        beginCall();
        whenReady(m_backend.listTenants(), this, [this, gen](const Result<QStringList>& result) {
            if (gen != m_generation)
                return;
            endCall();
            if (!result) {
                fail(result.error());
                return;
            }
            // list_tenants names the schemas other than `public` (as upstream does).
            m_effectiveTenants = result.value();
            if (!m_effectiveTenants.contains(QStringLiteral("public")))
                m_effectiveTenants.prepend(QStringLiteral("public"));
            m_tenantsKnown = true;
            rebuildStreams();
            startStreams();
        });
        return;
    }
    rebuildStreams();
    startStreams();
}

void ExecutionListModel::rebuildStreams()
{
    m_streams.clear();
    if (!m_allTenants)
        m_effectiveTenants = m_tenants.isEmpty() ? QStringList { hasSource() ? m_backend.defaultTenant() : QString() } : m_tenants;
    const QStringList statuses = m_statuses.isEmpty() ? QStringList { QString() } : m_statuses;
    for (const QString& tenant : std::as_const(m_effectiveTenants)) {
        for (const QString& status : statuses) {
            Stream s;
            s.tenant = tenant;
            s.status = status;
            m_streams.push_back(s);
        }
    }
    qCDebug(lcModel) << "execution streams:" << m_streams.size() << "tenants" << m_effectiveTenants
                     << "statuses" << m_statuses;
}

void ExecutionListModel::startStreams()
{
    m_refreshPending = int(m_streams.size());
    for (int i = 0; i < int(m_streams.size()); ++i)
        requestPage(i, Kind::Initial);
    if (m_streams.empty()) {
        m_lastRefreshed = QDateTime::currentDateTime();
        emit lastRefreshedChanged();
    }
}

bool ExecutionListModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() || !hasSource())
        return false;
    return std::any_of(m_streams.begin(), m_streams.end(),
        [](const Stream& s) { return s.loadedOnce && !s.exhausted && !s.fetching; });
}

void ExecutionListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !hasSource())
        return;
    for (int i = 0; i < int(m_streams.size()); ++i) {
        const Stream& s = m_streams[size_t(i)];
        if (s.loadedOnce && !s.exhausted && !s.fetching)
            requestPage(i, Kind::More);
    }
}

void ExecutionListModel::refresh()
{
    if (!hasSource())
        return;
    if (m_allTenants && !m_tenantsKnown) {
        reload(); // the tenant list never arrived: start over
        return;
    }
    if (m_refreshPending > 0)
        return; // one refresh at a time
    m_enricher->retryFailed();
    m_refreshKnown.clear();
    for (const ExecutionRecord& r : std::as_const(m_rows))
        m_refreshKnown.insert(r.id);
    m_refreshPending = int(m_streams.size());
    for (int i = 0; i < int(m_streams.size()); ++i) {
        m_streams[size_t(i)].refreshPages = 0;
        requestPage(i, m_streams[size_t(i)].loadedOnce ? Kind::Refresh : Kind::Initial);
    }
}

void ExecutionListModel::requestPage(int streamIndex, Kind kind, bool again)
{
    Stream& s = m_streams[size_t(streamIndex)];
    const bool refreshing = kind == Kind::Refresh || kind == Kind::RefreshMore;
    Internal::PageWalk& walk = refreshing ? s.refreshWalk : s.walk;
    if (!again && (kind == Kind::Initial || kind == Kind::Refresh))
        walk.restart();
    if (!refreshing)
        s.fetching = true;
    const Internal::PageWalk::Request request = walk.nextFresh(m_pageSize, maxPageLimit);
    const ExecutionPageQuery query { s.tenant, s.status, m_workflow, request.offset, request.limit };
    const quint64 gen = m_generation;
    beginCall();
    whenReady(m_backend.listExecutions(query), this,
        [this, gen, streamIndex, kind, limit = request.limit](const Result<QList<ExecutionRecord>>& result) {
            if (gen != m_generation)
                return;
            endCall();
            pageArrived(streamIndex, kind, result, limit);
        });
}

void ExecutionListModel::pageArrived(int streamIndex, Kind kind, const Result<QList<ExecutionRecord>>& result, int limit)
{
    const quint64 gen = m_generation;
    Stream& stream = m_streams[size_t(streamIndex)];
    const bool refreshing = kind == Kind::Refresh || kind == Kind::RefreshMore;
    if (!result) {
        if (!refreshing)
            stream.fetching = false;
        fail(result.error());
    } else {
        const QList<ExecutionRecord>& rows = result.value();
        QStringList ids;
        ids.reserve(rows.size());
        for (const ExecutionRecord& r : rows)
            ids.append(r.id);
        Internal::PageWalk& walk = refreshing ? stream.refreshWalk : stream.walk;
        if (walk.accept(ids).backtrack) {
            // The rows the page should overlap moved away: the walk stepped back; ask again.
            qCDebug(lcModel) << "executions page lost its anchor:" << stream.tenant << stream.status
                             << "re-fetching from" << walk.cursor() - 1;
            requestPage(streamIndex, kind, true);
            return;
        }
        clearError();
        const bool full = rows.size() >= limit;
        const bool pageOn = refreshing && full && refreshNeedsNextPage(rows);
        applyPage(streamIndex, kind, rows, full);
        if (gen != m_generation)
            return; // a slot reloaded the model (new streams) while the page was applied
        if (pageOn) {
            if (++m_streams[size_t(streamIndex)].refreshPages < maxRefreshPages) {
                // The refresh goes on with this stream; it completes with the last page.
                requestPage(streamIndex, Kind::RefreshMore);
                return;
            }
            qCWarning(lcModel) << "refresh stopped after" << maxRefreshPages
                               << "pages without meeting a known run; older new runs load on scroll";
        }
    }
    if (kind != Kind::More)
        refreshStreamDone();
}

void ExecutionListModel::refreshStreamDone()
{
    if (m_refreshPending == 0 || --m_refreshPending > 0)
        return;
    m_lastRefreshed = QDateTime::currentDateTime();
    emit lastRefreshedChanged();
    if (!m_refreshNewFailures.isEmpty()) {
        const QStringList ids = m_refreshNewFailures;
        m_refreshNewFailures.clear();
        emit newFailures(ids);
    }
    emit refreshed();
}

bool ExecutionListModel::refreshNeedsNextPage(const QList<ExecutionRecord>& rows) const
{
    return std::none_of(rows.begin(), rows.end(), [this](const ExecutionRecord& r) { return m_refreshKnown.contains(r.id); });
}

bool ExecutionListModel::acceptsRecord(const ExecutionRecord& r) const
{
    if (m_after.isValid() && r.startedAt.isValid() && r.startedAt < m_after)
        return false;
    if (m_before.isValid() && r.startedAt.isValid() && r.startedAt > m_before)
        return false;
    if (!m_workflow.isEmpty() && r.workflow != m_workflow)
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(r.status))
        return false;
    return true;
}

int ExecutionListModel::insertPosition(const ExecutionRecord& r) const
{
    return int(std::lower_bound(m_rows.begin(), m_rows.end(), r, newerThan) - m_rows.begin());
}

void ExecutionListModel::emitRowChanged(int row, const QList<int>& roles)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
}

void ExecutionListModel::applyPage(int streamIndex, Kind kind, const QList<ExecutionRecord>& page, bool pageFull)
{
    Stream& stream = m_streams[size_t(streamIndex)];
    const bool refreshing = kind == Kind::Refresh || kind == Kind::RefreshMore;
    const bool flagNew = refreshing && stream.loadedOnce;
    ensureIndex();

    QSet<QString> pageIds;
    for (const ExecutionRecord& r : page)
        pageIds.insert(r.id);

    // 1. A refresh removes rows of this stream inside the head window that are gone from it.
    int removed = 0;
    if (kind == Kind::Refresh) {
        QDateTime windowEnd; // rows started at or after this are covered by the head page
        if (pageFull && !page.isEmpty()) {
            windowEnd = page.first().startedAt;
            for (const ExecutionRecord& r : page)
                windowEnd = qMin(windowEnd, r.startedAt);
        }
        auto belongs = [&](const ExecutionRecord& r) {
            return stream.holds(r) && (!windowEnd.isValid() || r.startedAt > windowEnd) && !pageIds.contains(r.id);
        };
        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (!belongs(m_rows.at(row))) {
                --row;
                continue;
            }
            int top = row;
            while (top > 0 && belongs(m_rows.at(top - 1)))
                --top;
            beginRemoveRows({}, top, row);
            m_rows.remove(top, row - top + 1);
            endRemoveRows();
            removed += row - top + 1;
            row = top - 1;
        }
        if (removed > 0)
            m_indexDirty = true;
    }

    // 2. Updates of known rows; collect new ones. A refresh only inserts rows newer than the
    //    oldest row already loaded for this stream: older unknown rows were simply not paged in
    //    yet (fetchMore brings them), they are not new.
    QDateTime oldestLoaded;
    if (refreshing && !stream.exhausted) {
        for (const ExecutionRecord& r : std::as_const(m_rows)) {
            if (stream.holds(r) && (!oldestLoaded.isValid() || r.startedAt < oldestLoaded))
                oldestLoaded = r.startedAt;
        }
    }
    ensureIndex();
    QList<ExecutionRecord> fresh;
    static const QList<int> changedRoles = { Qt::DisplayRole, StatusRole, StatusColorRole, CompletedAtRole,
        DurationRole, TriggerOriginRole };
    static const QList<int> enrichedRoles = { Qt::ToolTipRole, FailingTaskRole, FirstErrorLineRole, ErrorTextRole, EnrichedRole };
    for (const ExecutionRecord& incoming : page) {
        if (!acceptsRecord(incoming))
            continue;
        const int row = m_index.value(incoming.id, -1);
        if (row >= 0) {
            ExecutionRecord& r = m_rows[row];
            if (r.status != incoming.status || r.completedAt != incoming.completedAt
                || r.triggerOrigin != incoming.triggerOrigin) {
                const bool statusChanged = r.status != incoming.status;
                if (statusChanged) {
                    r.enriched = false;
                    r.failingTask.clear();
                    r.firstErrorLine.clear();
                    r.errorText.clear();
                    m_enricher->forget(r.id);
                }
                r.status = incoming.status;
                r.completedAt = incoming.completedAt;
                r.triggerOrigin = incoming.triggerOrigin;
                if (statusChanged) {
                    // A run that failed while listed: fetch its failing task now (views that
                    // read roles only on dataChanged, like QML delegates, would never ask).
                    emitRowChanged(row, changedRoles + enrichedRoles);
                    if (isFailed(r))
                        scheduleEnrichment(r.id);
                } else {
                    emitRowChanged(row, changedRoles);
                }
            }
            continue;
        }
        if (std::any_of(fresh.begin(), fresh.end(), [&](const ExecutionRecord& f) { return f.id == incoming.id; }))
            continue;
        if (oldestLoaded.isValid() && incoming.startedAt <= oldestLoaded)
            continue;
        ExecutionRecord r = incoming;
        if (const std::optional<ExecutionFailure> cached = m_enricher->cached(r.id))
            fillFailure(r, *cached);
        if (flagNew) {
            r.isNew = true;
            r.seenAt = QDateTime::currentDateTime();
            if (isFailed(r))
                m_refreshNewFailures.append(r.id);
        }
        fresh.append(r);
    }

    // 3. Insert new rows in order, one insertion per contiguous group.
    std::sort(fresh.begin(), fresh.end(), newerThan);
    int shift = 0;
    for (int i = 0; i < fresh.size();) {
        const int pos = insertPosition(fresh.at(i)); // position among the rows already present
        int j = i + 1;
        // fresh rows that land at the same place form one block
        while (j < fresh.size()) {
            const int p = int(std::lower_bound(m_rows.begin(), m_rows.end(), fresh.at(j), newerThan) - m_rows.begin());
            if (p != pos)
                break;
            ++j;
        }
        beginInsertRows({}, pos, pos + (j - i) - 1);
        for (int k = i; k < j; ++k)
            m_rows.insert(pos + (k - i), fresh.at(k));
        endInsertRows();
        shift += j - i;
        i = j;
    }
    if (shift > 0 || removed > 0) {
        m_indexDirty = true;
        emit countChanged();
    }
    if (flagNew && shift > 0 && !m_newExpiry.isActive())
        m_newExpiry.start();

    // 4. Paging bookkeeping: the walk of fetchMore() learns the rows this page inserted.
    for (const ExecutionRecord& f : std::as_const(fresh))
        stream.walk.markSeen(f.id);
    if (refreshing) {
        int newInStream = 0;
        for (const ExecutionRecord& f : fresh)
            newInStream += f.isNew ? 1 : 0;
        stream.walk.shift(newInStream - removed);
    } else {
        stream.exhausted = !pageFull;
        if (m_after.isValid() && !page.isEmpty()) {
            QDateTime oldest = page.first().startedAt;
            for (const ExecutionRecord& r : page)
                oldest = qMin(oldest, r.startedAt);
            if (oldest < m_after)
                stream.exhausted = true;
        }
        stream.loadedOnce = true;
        // Only now: a view calling fetchMore() while the rows were inserted asked for nothing.
        stream.fetching = false;
        emit countChanged(); // hasMore may have changed
    }
    // The list is contiguous from the head (refreshes leave no gap), so the next page starts
    // after the rows of this stream already loaded, whichever call loaded them: it overlaps the
    // oldest of them.
    qint64 inStream = 0;
    QString oldestInStream;
    for (const ExecutionRecord& r : std::as_const(m_rows)) {
        if (stream.holds(r)) {
            ++inStream;
            oldestInStream = r.id;
        }
    }
    if (stream.walk.cursor() < inStream)
        stream.walk.resume(inStream, oldestInStream);
    qCDebug(lcModel) << "page" << (refreshing ? "refresh" : kind == Kind::More ? "more"
                                                                               : "initial")
                     << stream.tenant << stream.status << "rows" << page.size()
                     << "inserted" << shift << "removed" << removed;
}

void ExecutionListModel::acknowledge(const QString& id)
{
    const int row = rowOfId(id);
    if (row < 0 || !m_rows.at(row).isNew)
        return;
    m_rows[row].isNew = false;
    emitRowChanged(row, { IsNewRole });
    emit countChanged();
}

void ExecutionListModel::acknowledgeAll()
{
    bool any = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).isNew) {
            m_rows[i].isNew = false;
            emitRowChanged(i, { IsNewRole });
            any = true;
        }
    }
    if (any)
        emit countChanged();
}

void ExecutionListModel::expireNewFlags()
{
    const QDateTime now = QDateTime::currentDateTime();
    bool any = false;
    bool still = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        ExecutionRecord& r = m_rows[i];
        if (!r.isNew)
            continue;
        if (r.seenAt.msecsTo(now) >= m_newHighlightMs) {
            r.isNew = false;
            emitRowChanged(i, { IsNewRole });
            any = true;
        } else {
            still = true;
        }
    }
    if (!still)
        m_newExpiry.stop();
    if (any)
        emit countChanged();
}

QString ExecutionListModel::emptyText() const
{
    if (!m_rows.isEmpty())
        return {};
    if (!hasSource())
        return tr("Not connected to a server.");
    if (isLoading())
        return tr("Loading runs…");
    if (m_hasError)
        return tr("No runs could be loaded: %1").arg(m_lastError.message);
    QString what = m_statuses.isEmpty() ? tr("No runs") : tr("No %1 runs").arg(m_statuses.join(tr(" or ")).toLower());
    QStringList scope;
    if (!m_workflow.isEmpty())
        scope << tr("of workflow %1").arg(m_workflow);
    if (m_after.isValid())
        scope << tr("started since %1").arg(Format::dateTime(m_after));
    if (m_before.isValid())
        scope << tr("started before %1").arg(Format::dateTime(m_before));
    if (m_allTenants)
        scope << tr("in any tenant");
    else if (!m_effectiveTenants.isEmpty())
        scope << tr("in tenant %1").arg(m_effectiveTenants.join(QStringLiteral(", ")));
    if (!scope.isEmpty())
        what += QLatin1Char(' ') + scope.join(QLatin1Char(' '));
    return what + tr(". Widen the filters to see more.");
}

bool ExecutionListModel::matches(int row, const QString& text) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    const ExecutionRecord& r = m_rows.at(row);
    for (const QString* field : { &r.id, &r.workflow, &r.failingTask, &r.errorText }) {
        if (field->contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ExecutionListModel::isExecutionId(const QString& text)
{
    return normalizeExecutionId(text).has_value();
}

int ExecutionListModel::nextFailure(int row, int direction) const
{
    const int step = direction < 0 ? -1 : 1;
    for (int i = row + step; i >= 0 && i < m_rows.size(); i += step) {
        if (isFailed(m_rows.at(i)))
            return i;
    }
    return -1;
}

// ---- enrichment ------------------------------------------------------------------------

void ExecutionListModel::enrich(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const ExecutionRecord& r = m_rows.at(row);
    if (!r.enriched && isFailed(r))
        scheduleEnrichment(r.id);
}

void ExecutionListModel::scheduleEnrichment(const QString& id) const
{
    m_enricher->request(id);
}

void ExecutionListModel::applyFailure(const QString& id, const ExecutionFailure& failure)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    fillFailure(m_rows[row], failure);
    emitRowChanged(row, { Qt::DisplayRole, Qt::ToolTipRole, FailingTaskRole, FirstErrorLineRole, ErrorTextRole, EnrichedRole });
}

} // namespace Cloacina

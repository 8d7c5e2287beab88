#pragma once

#include <cloacinamodels/executionlistbackend.h>
#include <cloacinamodels/executionrecord.h>

#include <cloacina/error.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <vector>

#include <cloacina/cloacinaclient.h>
#include <cloacinamodels/clientof.h>

namespace Cloacina {

class FailureEnricher;

//! Executions of the client's tenant (or of several / all tenants), newest first, filtered by
//! status (default: Failed), workflow and a started_at range.
//!
//! - Paging: canFetchMore()/fetchMore() request the next `limit`/`offset` page of every query
//!   stream (one per tenant × status). Rows arrive asynchronously and are inserted in
//!   started_at order; duplicates from shifting offsets are merged by id.
//! - refresh() re-fetches the head of every stream and merges by execution id; it pages on
//!   (up to maxRefreshPages pages) until it meets a row that was loaded before the refresh, so a
//!   burst of new runs larger than a page leaves no gap. Rows loaded meanwhile (by the refresh
//!   itself or by fetchMore) do not stop it, so runs arriving during the walk (a forward shift of
//!   the offsets) cost duplicates, not holes.
//!   It merges with
//!   rowsInserted / rowsRemoved / dataChanged only, never a reset, so persistent indexes
//!   (selection, current row, scroll position) survive. Rows first seen by a refresh are
//!   flagged `isNew` (cleared after newHighlightMs or by acknowledge()) and newFailures() is
//!   emitted for the failed ones.
//! - Failed rows are enriched lazily (when a view asks for the failing task or error line)
//!   by a FailureEnricher: from `…/tasks` (falling back to `…/events`) with at most
//!   maxConcurrentEnrichments calls in flight; results are cached by execution id across resets.
//! - Changing a filter, the tenant set, the client or the backend resets the model (and drops
//!   late pages by a generation id).
//! - Every page (first pages, fetchMore, a refresh's walk) is fetched through a shift-safe
//!   walk shared with the SDK's pagers: each page overlaps the previous one by one row, and a
//!   page that lost that row makes the walk step back before it moves on.
//! - Data comes from an ExecutionListBackend: setClient() builds one on the client, setBackend()
//!   takes any other (tests, other transports).
//!
//! Threading: GUI thread only. The model never owns the client.
class ExecutionListModel : public QAbstractTableModel {
    Q_OBJECT
    //! The client the executions are listed with (not owned).
    //! QML may also assign a wrapper holding one (Cloacina::clientOf()); reads give the SDK client.
    Q_PROPERTY(QObject* client READ client WRITE setClientObject NOTIFY clientChanged)
    //! Statuses to show; empty means any. Default {"Failed"}.
    Q_PROPERTY(QStringList statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    //! Exact workflow name to show; empty means all.
    Q_PROPERTY(QString workflowFilter READ workflowFilter WRITE setWorkflowFilter NOTIFY filterChanged)
    //! Shows only runs started after this time; invalid means no lower bound.
    Q_PROPERTY(QDateTime startedAfter READ startedAfter WRITE setStartedAfter NOTIFY filterChanged)
    //! Shows only runs started before this time; invalid means no upper bound.
    Q_PROPERTY(QDateTime startedBefore READ startedBefore WRITE setStartedBefore NOTIFY filterChanged)
    //! Explicit tenants; empty means the client's tenant (unless allTenants).
    Q_PROPERTY(QStringList tenants READ tenants WRITE setTenants NOTIFY tenantsChanged)
    //! Lists every tenant (admin keys) and shows their runs together.
    Q_PROPERTY(bool allTenants READ allTenants WRITE setAllTenants NOTIFY tenantsChanged)
    //! Rows per page and stream (1..1000, default 50).
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    //! Period of the automatic refresh() in ms; 0 (default) disables it.
    Q_PROPERTY(int autoRefreshInterval READ autoRefreshInterval WRITE setAutoRefreshInterval NOTIFY autoRefreshIntervalChanged)
    //! When the last load or refresh completed; invalid before.
    Q_PROPERTY(QDateTime lastRefreshed READ lastRefreshed NOTIFY lastRefreshedChanged)
    //! True while requests of the model are in flight.
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    //! The error of the last failed request; cleared when a page arrives.
    Q_PROPERTY(Cloacina::Error lastError READ lastError NOTIFY lastErrorChanged)
    //! True while lastError holds an error.
    Q_PROPERTY(bool hasError READ hasError NOTIFY lastErrorChanged)
    //! How long rows stay flagged as new, in ms (default 60000).
    Q_PROPERTY(int newHighlightMs READ newHighlightMs WRITE setNewHighlightMs)
    //! Failure-detail requests allowed in flight at once (at least 1, default 4).
    Q_PROPERTY(int maxConcurrentEnrichments READ maxConcurrentEnrichments WRITE setMaxConcurrentEnrichments)
    //! Number of rows.
    Q_PROPERTY(int count READ countProperty NOTIFY countChanged)
    //! Number of rows flagged as new.
    Q_PROPERTY(int newCount READ newCount NOTIFY countChanged)
    //! True while the server has rows not loaded yet (count is then a lower bound): the same
    //! as canFetchMore() for the root, for QML.
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY countChanged)
    //! Why the list is empty, for the view to show in its place ("No failed runs started in the
    //! last 24 hours for workflow etl"); empty while there are rows.
    Q_PROPERTY(QString emptyText READ emptyText NOTIFY emptyTextChanged)

public:
    //! The table's columns, in display order.
    enum Column {
        WorkflowColumn,
        StatusColumn,
        StartedColumn,
        EndedColumn,
        DurationColumn,
        FailingTaskColumn,
        ErrorColumn,
        TriggerColumn,
        TenantColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    //! Item data roles beyond Qt's; roleNames() gives their QML names.
    enum Role {
        IdRole = Qt::UserRole + 1,
        WorkflowRole,
        StatusRole,
        StatusColorRole, //!< "#rrggbb"
        StartedAtRole, //!< QDateTime
        CompletedAtRole, //!< QDateTime, invalid while running
        DurationRole, //!< qint64 ms; -1 while running
        TriggerOriginRole,
        FailingTaskRole, //!< lazily enriched; empty until known
        FirstErrorLineRole, //!< lazily enriched
        ErrorTextRole, //!< full error text of the failing task (lazily enriched)
        EnrichedRole, //!< bool
        TenantRole,
        IsNewRole, //!< bool
    };
    Q_ENUM(Role)

    //! An empty model without a client.
    explicit ExecutionListModel(QObject* parent = nullptr);
    ~ExecutionListModel() override;

    //! Number of rows loaded so far; 0 for a valid \a parent.
    int rowCount(const QModelIndex& parent = {}) const override;
    //! ColumnCount; 0 for a valid \a parent.
    int columnCount(const QModelIndex& parent = {}) const override;
    //! The data of \a index for \a role (a column's display text or one of the Role values). Asking
    //! for failure details of a failed row starts its enrichment.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    //! Translated column titles for horizontal headers.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! The QML names of the roles (e.g. `workflow`, `firstErrorLine`).
    QHash<int, QByteArray> roleNames() const override;
    //! True while some query stream has rows left on the server.
    bool canFetchMore(const QModelIndex& parent) const override;
    //! Requests the next page of every stream that has more; rows arrive asynchronously.
    void fetchMore(const QModelIndex& parent) override;

    //! The client in use, or nullptr (also when a backend was set with setBackend()).
    CloacinaClient* client() const { return m_client; }
    //! Uses \a client (not owned) through executionListBackend() and reloads. nullptr empties
    //! the model.
    void setClient(CloacinaClient* client);
    //! setClient(clientOf(\a client)): the `client` property's setter.
    void setClientObject(QObject* client) { setClient(clientOf(client)); }
    //! Fetches with \a backend instead of a client (client() becomes nullptr) and reloads. A
    //! backend whose isValid() is false empties the model, as setClient(nullptr) does.
    void setBackend(const ExecutionListBackend& backend);

    //! Statuses to show; empty = any status. Default {"Failed"}.
    QStringList statusFilter() const { return m_statuses; }
    //! Shows only \a statuses (empty: any) and reloads.
    void setStatusFilter(const QStringList& statuses);
    //! Exact workflow name; empty = all workflows.
    QString workflowFilter() const { return m_workflow; }
    //! Shows only \a workflow (empty: all) and reloads.
    void setWorkflowFilter(const QString& workflow);
    //! The lower bound of started_at; invalid when none.
    QDateTime startedAfter() const { return m_after; }
    //! Shows only runs started after \a after (invalid: no bound) and reloads.
    void setStartedAfter(const QDateTime& after);
    //! The upper bound of started_at; invalid when none.
    QDateTime startedBefore() const { return m_before; }
    //! Shows only runs started before \a before (invalid: no bound) and reloads.
    void setStartedBefore(const QDateTime& before);

    //! Explicit tenants; empty = the client's tenant (unless allTenants).
    QStringList tenants() const { return m_tenants; }
    //! Lists \a tenants (empty: the client's tenant) and reloads.
    void setTenants(const QStringList& tenants);
    //! Lists every tenant (admin keys: `list_tenants`) and shows their runs together.
    bool allTenants() const { return m_allTenants; }
    //! Lists every tenant when \a all is true, and reloads.
    void setAllTenants(bool all);
    //! The tenants currently queried (after list_tenants for allTenants).
    QStringList effectiveTenants() const { return m_effectiveTenants; }

    //! Rows per page and stream.
    int pageSize() const { return m_pageSize; }
    //! Sets the page size to \a size, clamped to 1..1000.
    void setPageSize(int size);
    //! The automatic refresh period in ms; 0 when off.
    int autoRefreshInterval() const { return m_autoRefresh.interval(); }
    //! Calls refresh() every \a ms while a client is set; 0 stops.
    void setAutoRefreshInterval(int ms);
    //! When the last load or refresh completed.
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    //! True while requests are in flight.
    bool isLoading() const { return m_inFlight > 0; }
    //! The error of the last failed request.
    Error lastError() const { return m_lastError; }
    //! True while lastError() holds an error.
    bool hasError() const { return m_hasError; }
    //! How long rows stay flagged as new, in ms.
    int newHighlightMs() const { return m_newHighlightMs; }
    //! Rows stay flagged as new for \a ms milliseconds.
    void setNewHighlightMs(int ms) { m_newHighlightMs = ms; }
    //! Failure-detail requests allowed in flight at once.
    int maxConcurrentEnrichments() const;
    //! Allows \a n (at least 1) failure-detail requests in flight at once.
    void setMaxConcurrentEnrichments(int n);
    //! Number of rows flagged as new.
    int newCount() const;
    //! Why the list is empty; empty while there are rows.
    QString emptyText() const;
    //! True while some stream has rows left on the server (see canFetchMore()).
    bool hasMore() const { return canFetchMore({}); }
    //! Pages a refresh may fetch per stream before it stops (default 40).
    static constexpr int maxRefreshPages = 40;
    //! The largest `limit` the server accepts (a page overlapping the previous one asks one row
    //! more than pageSize, up to this).
    static constexpr int maxPageLimit = 1000;

    //! Reloads from scratch (one reset): used when filters change.
    Q_INVOKABLE void reload();
    //! Re-fetches the head of every stream and merges by id (no reset).
    Q_INVOKABLE void refresh();
    //! fetchMore() for QML: loads the next page of every stream that has more.
    Q_INVOKABLE void loadMore() { fetchMore({}); }
    //! Clears the `isNew` flag of \a id.
    Q_INVOKABLE void acknowledge(const QString& id);
    //! Clears the `isNew` flag of every row.
    Q_INVOKABLE void acknowledgeAll();
    //! Row of execution \a id, or -1.
    Q_INVOKABLE int rowOfId(const QString& id) const;
    //! The record at \a row.
    const ExecutionRecord& record(int row) const { return m_rows.at(row); }
    //! Starts enrichment of \a row now (normally triggered by data()).
    Q_INVOKABLE void enrich(int row);
    //! True when \a row matches a search for \a text (case-insensitive): a part of its execution
    //! id, workflow, failing task or error text (failure details only once enriched). Empty
    //! \a text matches every row.
    Q_INVOKABLE bool matches(int row, const QString& text) const;
    //! True when \a text is a complete execution id (a UUID).
    Q_INVOKABLE static bool isExecutionId(const QString& text);
    //! Next/previous row after \a row whose status is Failed, or -1.
    Q_INVOKABLE int nextFailure(int row, int direction = 1) const;

signals:
    //! The client changed.
    void clientChanged();
    //! statusFilter, workflowFilter, startedAfter or startedBefore changed.
    void filterChanged();
    //! tenants or allTenants changed.
    void tenantsChanged();
    //! The page size changed.
    void pageSizeChanged();
    //! The automatic refresh period changed.
    void autoRefreshIntervalChanged();
    //! A load or refresh completed.
    void lastRefreshedChanged();
    //! loading changed.
    void loadingChanged();
    //! lastError or hasError changed.
    void lastErrorChanged();
    //! count or newCount changed.
    void countChanged();
    //! Failed executions seen for the first time by a refresh.
    void newFailures(const QStringList& ids);
    //! A page or refresh failed (the rows already shown are kept).
    void errorOccurred(const Cloacina::Error& error);
    //! A refresh (all of its streams) completed.
    void refreshed();
    //! emptyText may have changed.
    void emptyTextChanged();

private:
    struct Stream; // one query (tenant × status) and its page walks; defined in the .cpp
    // More: a fetchMore page. RefreshMore: a further page of a refresh whose previous page met no
    // row known before.
    enum class Kind { Initial,
        More,
        Refresh,
        RefreshMore };

    int countProperty() const { return rowCount(); }
    //! True while a valid backend is set (and its client, if any, is alive).
    bool hasSource() const;
    void useBackend(const ExecutionListBackend& backend);
    void rebuildStreams();
    void startStreams();
    //! Asks for the next page of \a kind of stream \a streamIndex (Initial and Refresh start a walk).
    void requestPage(int streamIndex, Kind kind, bool again = false);
    void pageArrived(int streamIndex, Kind kind, const Result<QList<ExecutionRecord>>& result, int limit);
    void refreshStreamDone();
    void applyPage(int streamIndex, Kind kind, const QList<ExecutionRecord>& rows, bool pageFull);
    //! True when a refresh page holds no row that was loaded before this refresh.
    bool refreshNeedsNextPage(const QList<ExecutionRecord>& rows) const;
    void fail(const Error& error);
    void clearError();
    void beginCall();
    void endCall();
    bool acceptsRecord(const ExecutionRecord& r) const;
    int insertPosition(const ExecutionRecord& r) const;
    void scheduleEnrichment(const QString& id) const;
    void applyFailure(const QString& id, const ExecutionFailure& failure);
    void expireNewFlags();
    void emitRowChanged(int row, const QList<int>& roles);

    QPointer<CloacinaClient> m_client;
    ExecutionListBackend m_backend;
    bool m_backendFromClient = false; // the backend dies with m_client
    QList<ExecutionRecord> m_rows;
    mutable bool m_indexDirty = true;
    void ensureIndex() const;
    mutable QHash<QString, int> m_index; // id → row, rebuilt lazily after structural changes

    std::vector<Stream> m_streams;
    QStringList m_statuses { QStringLiteral("Failed") };
    QString m_workflow;
    QDateTime m_after;
    QDateTime m_before;
    QStringList m_tenants;
    QStringList m_effectiveTenants;
    bool m_allTenants = false;
    bool m_tenantsKnown = false;
    int m_pageSize = 50;
    quint64 m_generation = 0;
    int m_inFlight = 0;
    int m_refreshPending = 0;
    QStringList m_refreshNewFailures;
    QSet<QString> m_refreshKnown; // ids loaded when the refresh under way started
    QDateTime m_lastRefreshed;
    Error m_lastError;
    bool m_hasError = false;
    QTimer m_autoRefresh;
    QTimer m_newExpiry;
    int m_newHighlightMs = 60000;
    FailureEnricher* m_enricher; // child
};

} // namespace Cloacina

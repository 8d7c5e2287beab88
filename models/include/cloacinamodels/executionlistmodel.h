#pragma once

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

namespace Cloacina {

//! One execution row (an ExecutionSummary plus its tenant and lazily fetched failure details).
struct ExecutionRecord {
    QString id;
    QString workflow;
    QString status;
    QDateTime startedAt;
    QDateTime completedAt;
    QString triggerOrigin; //!< "manual", or empty for trigger/cron/reactor runs
    QString tenant;
    // Enrichment (failed rows only): filled from …/tasks, else …/events.
    QString failingTask; //!< short name
    QString firstErrorLine;
    QString errorText; //!< full error text of the failing task
    bool enriched = false;
    // Highlighting
    bool isNew = false;
    QDateTime seenAt;
};

//! Executions of the client's tenant (or of several / all tenants), newest first, filtered by
//! status (default: Failed), workflow and a started_at range.
//!
//! - Paging: canFetchMore()/fetchMore() request the next `limit`/`offset` page of every query
//!   stream (one per tenant × status). Rows arrive asynchronously and are inserted in
//!   started_at order; duplicates from shifting offsets are merged by id.
//! - refresh() re-fetches the head page of every stream and merges by execution id:
//!   rowsInserted / rowsRemoved / dataChanged only, never a reset, so persistent indexes
//!   (selection, current row, scroll position) survive. Rows first seen by a refresh are
//!   flagged `isNew` (cleared after newHighlightMs or by acknowledge()) and newFailures() is
//!   emitted for the failed ones.
//! - Failed rows are enriched lazily (when a view asks for the failing task or error line)
//!   from `…/tasks` (falling back to `…/events`) with at most maxConcurrentEnrichments calls
//!   in flight; results are cached by execution id across resets.
//! - Changing a filter, the tenant set or the client resets the model (and drops late pages by
//!   a generation id).
//!
//! Threading: GUI thread only. The model never owns the client.
class ExecutionListModel : public QAbstractTableModel {
    Q_OBJECT
    Q_PROPERTY(CloacinaClient* client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(QStringList statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    Q_PROPERTY(QString workflowFilter READ workflowFilter WRITE setWorkflowFilter NOTIFY filterChanged)
    Q_PROPERTY(QDateTime startedAfter READ startedAfter WRITE setStartedAfter NOTIFY filterChanged)
    Q_PROPERTY(QDateTime startedBefore READ startedBefore WRITE setStartedBefore NOTIFY filterChanged)
    Q_PROPERTY(QStringList tenants READ tenants WRITE setTenants NOTIFY tenantsChanged)
    Q_PROPERTY(bool allTenants READ allTenants WRITE setAllTenants NOTIFY tenantsChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    Q_PROPERTY(int autoRefreshInterval READ autoRefreshInterval WRITE setAutoRefreshInterval NOTIFY autoRefreshIntervalChanged)
    Q_PROPERTY(QDateTime lastRefreshed READ lastRefreshed NOTIFY lastRefreshedChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(Cloacina::Error lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool hasError READ hasError NOTIFY lastErrorChanged)
    Q_PROPERTY(int newHighlightMs READ newHighlightMs WRITE setNewHighlightMs)
    Q_PROPERTY(int maxConcurrentEnrichments READ maxConcurrentEnrichments WRITE setMaxConcurrentEnrichments)
    Q_PROPERTY(int count READ countProperty NOTIFY countChanged)
    Q_PROPERTY(int newCount READ newCount NOTIFY countChanged)

public:
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

    explicit ExecutionListModel(QObject* parent = nullptr);
    ~ExecutionListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    CloacinaClient* client() const { return m_client; }
    //! Uses \a client (not owned) and reloads. nullptr empties the model.
    void setClient(CloacinaClient* client);

    //! Statuses to show; empty = any status. Default {"Failed"}.
    QStringList statusFilter() const { return m_statuses; }
    void setStatusFilter(const QStringList& statuses);
    //! Exact workflow name; empty = all workflows.
    QString workflowFilter() const { return m_workflow; }
    void setWorkflowFilter(const QString& workflow);
    QDateTime startedAfter() const { return m_after; }
    void setStartedAfter(const QDateTime& after);
    QDateTime startedBefore() const { return m_before; }
    void setStartedBefore(const QDateTime& before);

    //! Explicit tenants; empty = the client's tenant (unless allTenants).
    QStringList tenants() const { return m_tenants; }
    void setTenants(const QStringList& tenants);
    //! Lists every tenant (admin keys: `list_tenants`) and shows their runs together.
    bool allTenants() const { return m_allTenants; }
    void setAllTenants(bool all);
    //! The tenants currently queried (after list_tenants for allTenants).
    QStringList effectiveTenants() const { return m_effectiveTenants; }

    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);
    int autoRefreshInterval() const { return m_autoRefresh.interval(); }
    //! Calls refresh() every \a ms while a client is set; 0 stops.
    void setAutoRefreshInterval(int ms);
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    bool isLoading() const { return m_inFlight > 0; }
    Error lastError() const { return m_lastError; }
    bool hasError() const { return m_hasError; }
    int newHighlightMs() const { return m_newHighlightMs; }
    void setNewHighlightMs(int ms) { m_newHighlightMs = ms; }
    int maxConcurrentEnrichments() const { return m_maxEnrich; }
    void setMaxConcurrentEnrichments(int n) { m_maxEnrich = qMax(1, n); }
    int newCount() const;

    //! Reloads from scratch (one reset): used when filters change.
    Q_INVOKABLE void reload();
    //! Re-fetches the head page of every stream and merges by id (no reset).
    Q_INVOKABLE void refresh();
    //! Clears the `isNew` flag of \a id.
    Q_INVOKABLE void acknowledge(const QString& id);
    Q_INVOKABLE void acknowledgeAll();
    //! Row of execution \a id, or -1.
    Q_INVOKABLE int rowOfId(const QString& id) const;
    //! The record at \a row.
    const ExecutionRecord& record(int row) const { return m_rows.at(row); }
    //! Starts enrichment of \a row now (normally triggered by data()).
    Q_INVOKABLE void enrich(int row);
    //! Next/previous row after \a row whose status is Failed, or -1.
    Q_INVOKABLE int nextFailure(int row, int direction = 1) const;

signals:
    void clientChanged();
    void filterChanged();
    void tenantsChanged();
    void pageSizeChanged();
    void autoRefreshIntervalChanged();
    void lastRefreshedChanged();
    void loadingChanged();
    void lastErrorChanged();
    void countChanged();
    //! Failed executions seen for the first time by a refresh.
    void newFailures(const QStringList& ids);
    //! A page or refresh failed (the rows already shown are kept).
    void errorOccurred(const Cloacina::Error& error);
    //! A refresh (all of its streams) completed.
    void refreshed();

private:
    struct Stream {
        QString tenant;
        QString status; // empty = any
        int offset = 0; // rows consumed from the server for this stream
        bool exhausted = false;
        bool fetching = false;
        bool loadedOnce = false;
    };
    enum class Kind { Initial, More, Refresh };

    int countProperty() const { return rowCount(); }
    void rebuildStreams();
    void startStreams();
    void requestPage(int streamIndex, int offset, Kind kind);
    void applyPage(int streamIndex, int offset, Kind kind, const QList<ExecutionRecord>& rows, bool pageFull);
    void fail(const Error& error);
    void clearError();
    void beginCall();
    void endCall();
    bool acceptsRecord(const ExecutionRecord& r) const;
    int insertPosition(const ExecutionRecord& r) const;
    void scheduleEnrichment(const QString& id) const;
    void pumpEnrichment();
    void enrichFromTasks(const QString& id, const QString& tenant);
    void enrichFromEvents(const QString& id, const QString& tenant);
    void finishEnrichment(const QString& id, const ExecutionRecord& details);
    void expireNewFlags();
    void emitRowChanged(int row, const QList<int>& roles);

    QPointer<CloacinaClient> m_client;
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
    QDateTime m_lastRefreshed;
    Error m_lastError;
    bool m_hasError = false;
    QTimer m_autoRefresh;
    QTimer m_newExpiry;
    int m_newHighlightMs = 60000;

    // Enrichment
    int m_maxEnrich = 4;
    int m_enrichInFlight = 0;
    mutable QList<QString> m_enrichQueue;
    mutable QSet<QString> m_enrichQueued;
    mutable QTimer m_enrichTimer;
    QHash<QString, ExecutionRecord> m_enrichCache; // id → failingTask/firstErrorLine/errorText
    QSet<QString> m_enrichFailed; // retried after the next refresh
};

} // namespace Cloacina

#pragma once

#include <cloacinamodels/console/overviewbackend.h>
#include <cloacinamodels/console/workflowfailureratemodel.h>

#include <cloacina/error.h>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>

#include <functional>
#include <memory>

namespace Cloacina {

//! The numbers of the console's start screen, for the Widgets Overview and the QML overview page:
//! workflows registered, runs in flight, runs of the last hour / 24 h by outcome, the failure
//! rate per workflow, runs and failures per time bucket, computation-graph health, and the
//! server's version, liveness and readiness.
//!
//! A refresh asks the backend everything at once; the numbers change once per refresh and only
//! when they differ (summaryChanged, timelineChanged, serverChanged), so a live view does not
//! flicker. A part that fails keeps its previous numbers and sets lastError (the first error of
//! the refresh). Run counts come from the runs *started* in the window (the list is ordered by
//! start), walked newest first and bounded by maxRuns: `truncated` says when the bound cut the
//! window short.
//!
//! Lifetime: does not own the client. Threading: the GUI thread only.
class OverviewModel : public QObject {
    Q_OBJECT
    //! The client to ask: a CloacinaClient or the QML module's `Client`.
    Q_PROPERTY(QObject* client READ clientObject WRITE setClientObject NOTIFY clientChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    //! True once a refresh finished without error.
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY lastRefreshedChanged)
    Q_PROPERTY(Cloacina::Error lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool hasError READ hasError NOTIFY lastErrorChanged)
    //! When the last refresh without error finished (UTC).
    Q_PROPERTY(QDateTime lastRefreshed READ lastRefreshed NOTIFY lastRefreshedChanged)
    //! Auto-refresh period in ms; 0 = off (default).
    Q_PROPERTY(int autoRefreshInterval READ autoRefreshInterval WRITE setAutoRefreshInterval NOTIFY autoRefreshIntervalChanged)
    //! The most runs one refresh walks (newest first); default 5000.
    Q_PROPERTY(int maxRuns READ maxRuns WRITE setMaxRuns NOTIFY maxRunsChanged)

    Q_PROPERTY(int workflowCount READ workflowCount NOTIFY summaryChanged)
    //! Runs Pending or Running (any start time).
    Q_PROPERTY(int runsInFlight READ runsInFlight NOTIFY summaryChanged)
    Q_PROPERTY(int startedLastHour READ startedLastHour NOTIFY summaryChanged)
    Q_PROPERTY(int completedLastHour READ completedLastHour NOTIFY summaryChanged)
    Q_PROPERTY(int failedLastHour READ failedLastHour NOTIFY summaryChanged)
    Q_PROPERTY(int startedLastDay READ startedLastDay NOTIFY summaryChanged)
    Q_PROPERTY(int completedLastDay READ completedLastDay NOTIFY summaryChanged)
    Q_PROPERTY(int failedLastDay READ failedLastDay NOTIFY summaryChanged)
    Q_PROPERTY(int graphCount READ graphCount NOTIFY summaryChanged)
    //! Graphs whose reactor is live.
    Q_PROPERTY(int graphsLive READ graphsLive NOTIFY summaryChanged)
    //! Graphs running with a disconnected accumulator.
    Q_PROPERTY(int graphsDegraded READ graphsDegraded NOTIFY summaryChanged)
    //! Graphs starting or warming up.
    Q_PROPERTY(int graphsStarting READ graphsStarting NOTIFY summaryChanged)
    //! Graphs stopped, crashed or in a state this client does not know.
    Q_PROPERTY(int graphsDown READ graphsDown NOTIFY summaryChanged)
    //! True when the 24 h walk stopped at maxRuns before the window's start.
    Q_PROPERTY(bool truncated READ isTruncated NOTIFY summaryChanged)

    Q_PROPERTY(QString serverVersion READ serverVersion NOTIFY serverChanged)
    //! `GET /health` answered.
    Q_PROPERTY(bool alive READ isAlive NOTIFY serverChanged)
    //! `GET /ready` answered 200.
    Q_PROPERTY(bool ready READ isReady NOTIFY serverChanged)
    //! Why the server is not ready (its `reason`, or the error); empty when ready.
    Q_PROPERTY(QString readyReason READ readyReason NOTIFY serverChanged)

    //! Runs per time bucket over the last 24 h, oldest first: maps with `start` (QDateTime, UTC),
    //! `runs` (started in the bucket) and `failed` (of which Failed).
    Q_PROPERTY(QVariantList timeline READ timeline NOTIFY timelineChanged)
    //! The largest `runs` of a bucket (a chart's scale).
    Q_PROPERTY(int timelinePeak READ timelinePeak NOTIFY timelineChanged)
    //! Bucket length in minutes (10).
    Q_PROPERTY(int bucketMinutes READ bucketMinutes CONSTANT)
    //! The failure rate per workflow over the last 24 h.
    Q_PROPERTY(Cloacina::WorkflowFailureRateModel* failureRates READ failureRates CONSTANT)

public:
    static constexpr int WindowHours = 24;
    static constexpr int BucketMinutes = 10;

    explicit OverviewModel(QObject* parent = nullptr);
    ~OverviewModel() override;

    QObject* clientObject() const { return m_clientObject; }
    //! Asks \a client from now on (not owned); forgets the numbers; refreshes when set.
    void setClientObject(QObject* client);
    //! Asks \a backend instead of a client's (tests, other transports); refreshes when valid.
    void setBackend(OverviewBackend backend);
    //! The clock the windows are measured against (tests); the system's UTC clock by default.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_lastRefreshed.isValid(); }
    Error lastError() const { return m_lastError; }
    bool hasError() const { return m_lastError.isError(); }
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    int autoRefreshInterval() const { return m_autoRefreshMs; }
    void setAutoRefreshInterval(int ms);
    int maxRuns() const { return m_maxRuns; }
    void setMaxRuns(int runs);

    int workflowCount() const { return m_summary.workflows; }
    int runsInFlight() const { return m_summary.inFlight; }
    int startedLastHour() const { return m_summary.startedHour; }
    int completedLastHour() const { return m_summary.completedHour; }
    int failedLastHour() const { return m_summary.failedHour; }
    int startedLastDay() const { return m_summary.startedDay; }
    int completedLastDay() const { return m_summary.completedDay; }
    int failedLastDay() const { return m_summary.failedDay; }
    int graphCount() const { return m_summary.graphsLive + m_summary.graphsDegraded + m_summary.graphsStarting + m_summary.graphsDown; }
    int graphsLive() const { return m_summary.graphsLive; }
    int graphsDegraded() const { return m_summary.graphsDegraded; }
    int graphsStarting() const { return m_summary.graphsStarting; }
    int graphsDown() const { return m_summary.graphsDown; }
    bool isTruncated() const { return m_summary.truncated; }

    QString serverVersion() const { return m_server.version; }
    bool isAlive() const { return m_server.alive; }
    bool isReady() const { return m_server.ready; }
    QString readyReason() const { return m_server.readyReason; }

    QVariantList timeline() const { return m_timeline; }
    int timelinePeak() const { return m_timelinePeak; }
    int bucketMinutes() const { return BucketMinutes; }
    WorkflowFailureRateModel* failureRates() const { return m_rates; }

public Q_SLOTS:
    //! Asks everything again; a refresh during a refresh runs once more afterwards. Without a
    //! client (or backend) it fails with kind Network.
    void refresh();

Q_SIGNALS:
    void clientChanged();
    void loadingChanged();
    void lastErrorChanged();
    void lastRefreshedChanged();
    void autoRefreshIntervalChanged();
    void maxRunsChanged();
    void summaryChanged();
    void serverChanged();
    void timelineChanged();
    //! A refresh finished: \a ok, or lastError says why not.
    void refreshed(bool ok);

private:
    struct Summary {
        int workflows = 0;
        int inFlight = 0;
        int startedHour = 0;
        int completedHour = 0;
        int failedHour = 0;
        int startedDay = 0;
        int completedDay = 0;
        int failedDay = 0;
        int graphsLive = 0;
        int graphsDegraded = 0;
        int graphsStarting = 0;
        int graphsDown = 0;
        bool truncated = false;
        bool operator==(const Summary& o) const;
    };
    struct ServerState {
        QString version;
        bool alive = false;
        bool ready = false;
        QString readyReason;
        bool operator==(const ServerState& o) const
        {
            return version == o.version && alive == o.alive && ready == o.ready && readyReason == o.readyReason;
        }
    };
    struct Round; // the answers of one refresh, applied together

    bool hasBackend() const { return m_backend.isValid(); }
    void forget();
    void applyRuns(Round& round, const QList<ExecutionSummary>& runs, const QDateTime& now);
    void applyGraphs(Round& round, const QList<GraphStatus>& graphs);
    void answered(quint64 ticket);
    void setLoading(bool loading);
    void setError(const Error& error);
    void restartTimer();

    QPointer<QObject> m_clientObject;
    QMetaObject::Connection m_versionWatch;
    OverviewBackend m_backend;
    bool m_customBackend = false;
    std::function<QDateTime()> m_now;
    QTimer m_autoRefresh;
    int m_autoRefreshMs = 0;
    int m_maxRuns = 5000;
    quint64 m_ticket = 0;
    bool m_loading = false;
    bool m_again = false;
    Error m_lastError;
    QDateTime m_lastRefreshed;
    Summary m_summary;
    ServerState m_server;
    QVariantList m_timeline;
    int m_timelinePeak = 0;
    WorkflowFailureRateModel* m_rates;
    std::unique_ptr<Round> m_round;
};

} // namespace Cloacina

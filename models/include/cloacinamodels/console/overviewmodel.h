#pragma once

#include <cloacinamodels/console/overviewbackend.h>
#include <cloacinamodels/console/refreshablelistmodel.h>
#include <cloacinamodels/console/workflowfailureratemodel.h>

#include <QDateTime>
#include <QObject>
#include <QVariantList>

#include <functional>
#include <memory>

namespace Cloacina {

//! The numbers of the console's start screen, for the Widgets Overview and the QML overview page:
//! workflows registered, runs in flight, runs of the last hour / 24 h by outcome, the failure
//! rate per workflow, runs and failures per time bucket, computation-graph health, and the
//! server's version, liveness and readiness.
//!
//! The rows are the time buckets of the last 24 h, oldest first (columns / roles: start, runs
//! started in the bucket, of which failed); the other numbers are properties. A refresh asks the
//! backend everything at once; the numbers change once per refresh and only when they differ
//! (summaryChanged, timelineChanged, serverChanged, one dataChanged per changed bucket; buckets
//! are aligned to 10-minute boundaries), so a live view does not flicker. A part that fails keeps
//! its previous numbers and sets lastError (the first error of the refresh). Run counts come from
//! the runs *started* in the window (the list is ordered by start), walked newest first and
//! bounded by maxRuns: `truncated` says when the bound cut the window short.
//!
//! Lifetime: does not own the client. Threading: the GUI thread only.
class OverviewModel : public RefreshableListModel {
    Q_OBJECT
    //! The most runs one refresh walks (newest first); default 5000.
    Q_PROPERTY(int maxRuns READ maxRuns WRITE setMaxRuns NOTIFY maxRunsChanged)

    //! Workflows registered in the client's tenant.
    Q_PROPERTY(int workflowCount READ workflowCount NOTIFY summaryChanged)
    //! Runs Pending or Running (any start time).
    Q_PROPERTY(int runsInFlight READ runsInFlight NOTIFY summaryChanged)
    //! Runs started in the last hour.
    Q_PROPERTY(int startedLastHour READ startedLastHour NOTIFY summaryChanged)
    //! Of those, Completed.
    Q_PROPERTY(int completedLastHour READ completedLastHour NOTIFY summaryChanged)
    //! Of those, Failed.
    Q_PROPERTY(int failedLastHour READ failedLastHour NOTIFY summaryChanged)
    //! Runs started in the last 24 h.
    Q_PROPERTY(int startedLastDay READ startedLastDay NOTIFY summaryChanged)
    //! Of those, Completed.
    Q_PROPERTY(int completedLastDay READ completedLastDay NOTIFY summaryChanged)
    //! Of those, Failed.
    Q_PROPERTY(int failedLastDay READ failedLastDay NOTIFY summaryChanged)
    //! Computation graphs (`list_graphs`).
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

    //! The server's version as the connect check learned it; empty when unknown.
    Q_PROPERTY(QString serverVersion READ serverVersion NOTIFY serverChanged)
    //! `GET /health` answered.
    Q_PROPERTY(bool alive READ isAlive NOTIFY serverChanged)
    //! `GET /ready` answered 200.
    Q_PROPERTY(bool ready READ isReady NOTIFY serverChanged)
    //! Why the server is not ready (its `reason`, or the error); empty when ready.
    Q_PROPERTY(QString readyReason READ readyReason NOTIFY serverChanged)

    //! The rows as a list for charts drawn in QML: maps with `start` (QDateTime, UTC), `runs` and
    //! `failed`, oldest first.
    Q_PROPERTY(QVariantList timeline READ timeline NOTIFY timelineChanged)
    //! The largest `runs` of a bucket (a chart's scale).
    Q_PROPERTY(int timelinePeak READ timelinePeak NOTIFY timelineChanged)
    //! Bucket length in minutes (10).
    Q_PROPERTY(int bucketMinutes READ bucketMinutes CONSTANT)
    //! The failure rate per workflow over the last 24 h.
    Q_PROPERTY(Cloacina::WorkflowFailureRateModel* failureRates READ failureRates CONSTANT)

public:
    //! The window of the run counts, the chart and the failure rates.
    static constexpr int WindowHours = 24;
    //! The length of one time bucket (row).
    static constexpr int BucketMinutes = 10;
    //! The columns of the bucket rows.
    enum Column { StartColumn,
        RunsColumn,
        FailedColumn,
        ColumnCount };
    //! The fields of a bucket by role, for QML.
    enum Role { StartRole = Qt::UserRole + 1,
        RunsRole,
        FailedRole };

    //! Nothing counted until a client is set.
    explicit OverviewModel(QObject* parent = nullptr);
    ~OverviewModel() override;

    //! Asks \a backend instead of the client's (tests, other transports); a client is still
    //! needed to refresh.
    void setBackend(OverviewBackend backend);
    //! The clock the windows are measured against (tests); the system's UTC clock by default.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    //! The most runs one refresh walks.
    int maxRuns() const { return m_maxRuns; }
    //! Walks at most \a runs runs (at least 1) from the next refresh on.
    void setMaxRuns(int runs);

    //! Workflows registered.
    int workflowCount() const { return m_summary.workflows; }
    //! Runs Pending or Running.
    int runsInFlight() const { return m_summary.inFlight; }
    //! Runs started in the last hour.
    int startedLastHour() const { return m_summary.startedHour; }
    //! Runs of the last hour that completed.
    int completedLastHour() const { return m_summary.completedHour; }
    //! Runs of the last hour that failed.
    int failedLastHour() const { return m_summary.failedHour; }
    //! Runs started in the last 24 h.
    int startedLastDay() const { return m_summary.startedDay; }
    //! Runs of the last 24 h that completed.
    int completedLastDay() const { return m_summary.completedDay; }
    //! Runs of the last 24 h that failed.
    int failedLastDay() const { return m_summary.failedDay; }
    //! Computation graphs, whatever their health.
    int graphCount() const { return m_summary.graphsLive + m_summary.graphsDegraded + m_summary.graphsStarting + m_summary.graphsDown; }
    //! Graphs whose reactor is live.
    int graphsLive() const { return m_summary.graphsLive; }
    //! Graphs with a disconnected accumulator.
    int graphsDegraded() const { return m_summary.graphsDegraded; }
    //! Graphs starting or warming up.
    int graphsStarting() const { return m_summary.graphsStarting; }
    //! Graphs stopped, crashed or in an unknown state.
    int graphsDown() const { return m_summary.graphsDown; }
    //! True when maxRuns cut the 24 h walk short.
    bool isTruncated() const { return m_summary.truncated; }

    //! The server's version; empty when unknown.
    QString serverVersion() const { return m_server.version; }
    //! `GET /health` answered.
    bool isAlive() const { return m_server.alive; }
    //! `GET /ready` answered 200.
    bool isReady() const { return m_server.ready; }
    //! Why the server is not ready; empty when ready.
    QString readyReason() const { return m_server.readyReason; }

    //! The buckets as maps (start, runs, failed), oldest first.
    QVariantList timeline() const;
    //! The largest number of runs started in one bucket.
    int timelinePeak() const;
    //! BucketMinutes, for QML.
    int bucketMinutes() const { return BucketMinutes; }
    //! The failure rate per workflow (owned by the model).
    WorkflowFailureRateModel* failureRates() const { return m_rates; }

    //! One column per field (Column).
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    //! The text of a cell (DisplayRole) or a field by Role.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    //! The columns' titles (translated).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! start, runs, failed.
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    //! maxRuns changed.
    void maxRunsChanged();
    //! One of the counts changed (once per refresh at most).
    void summaryChanged();
    //! The version, liveness or readiness changed.
    void serverChanged();
    //! The buckets changed (once per refresh at most).
    void timelineChanged();

protected:
    void fetch(quint64 ticket) override;
    void clientReplaced() override;
    QString emptyMessage() const override;
    int storedRowCount() const override { return int(m_buckets.size()); }
    void clearRows() override { m_buckets.clear(); }

private:
    struct Bucket {
        QDateTime start;
        int runs = 0;
        int failed = 0;
        bool operator==(const Bucket& o) const { return start == o.start && runs == o.runs && failed == o.failed; }
    };
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

    void applyRuns(Round& round, const QList<ExecutionSummary>& runs, const QDateTime& now);
    void applyGraphs(Round& round, const QList<GraphStatus>& graphs);
    void answered(quint64 ticket);

    OverviewBackend m_backend;
    bool m_customBackend = false;
    QMetaObject::Connection m_versionWatch;
    std::function<QDateTime()> m_now;
    int m_maxRuns = 5000;
    QList<Bucket> m_buckets;
    Summary m_summary;
    ServerState m_server;
    WorkflowFailureRateModel* m_rates;
    std::unique_ptr<Round> m_round;
};

} // namespace Cloacina

#pragma once

#include <cloacinamodels/runeventmodel.h>
#include <cloacinamodels/tasklistmodel.h>
#include <cloacinamodels/workflowresolver.h>

#include <cloacina/error.h>
#include <cloacina/executionfollower.h>

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <cloacina/cloacinaclient.h>
#include <cloacinamodels/clientof.h>

namespace Cloacina {

//! One node of a workflow's task graph (`get_workflow` → `task_graph`).
struct TaskGraphNode {
    QString id; //!< local task id
    QStringList dependencies; //!< ids of upstream tasks
    QString description; //!< the task's description; empty when none
};

//! Everything the run view shows about one execution, for Widgets and QML alike.
//!
//! open() resets the event and task models, starts an ExecutionFollower (REST history + live
//! delivery socket + polling, see executionfollower.h) and fetches the workflow's task graph
//! from the package that holds the workflow (WorkflowResolver: runs name workflows, the
//! server looks packages up by package name).
//! Batches of the follower go as they are (RunEvent, RunTask: no conversion) to eventModel()
//! and taskModel(), the events tagged with the model's generation, so batches that arrive for
//! a previous run are dropped. The follower merges by event id; the models only store. status, source and lastError mirror the follower;
//! errors carry the server code and request id. A transient error (no answer, timeout, 5xx)
//! clears itself when its cause does: when the follower delivers data again, when the client
//! reports the server connected again, and when the run ends. Other errors stay until the next
//! open() or reconnect().
//!
//! Threading: GUI thread only. The session never owns the client.
class RunSession : public QObject {
    Q_OBJECT
    //! The client the run is followed with (not owned).
    //! QML may also assign a wrapper holding one (Cloacina::clientOf()); reads give the SDK client.
    Q_PROPERTY(QObject* client READ client WRITE setClientObject NOTIFY clientChanged)
    //! The execution followed; empty when none.
    Q_PROPERTY(QString executionId READ executionId NOTIFY executionChanged)
    //! The tenant of the execution followed.
    Q_PROPERTY(QString tenant READ tenant NOTIFY executionChanged)
    //! The workflow name given to open().
    Q_PROPERTY(QString workflowName READ workflowName NOTIFY executionChanged)
    //! The execution's last known status, e.g. "Running".
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    //! What feeds the view; see Source.
    Q_PROPERTY(Source source READ source NOTIFY sourceChanged)
    //! source as translated lower-case text ("live", "polling", …).
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY sourceChanged)
    //! The most recent error of the follower (see graphError() for the graph fetch).
    Q_PROPERTY(Cloacina::Error lastError READ lastError NOTIFY lastErrorChanged)
    //! True while lastError holds an error.
    Q_PROPERTY(bool hasError READ hasError NOTIFY lastErrorChanged)
    //! The event log of the run (owned by the session).
    Q_PROPERTY(Cloacina::RunEventModel* eventModel READ eventModel CONSTANT)
    //! The task rows of the run (owned by the session).
    Q_PROPERTY(Cloacina::TaskListModel* taskModel READ taskModel CONSTANT)
    //! Task ids of the workflow's task graph, in graph order.
    Q_PROPERTY(QStringList graphTaskIds READ graphTaskIds NOTIFY taskGraphChanged)
    //! The package holding the run's workflow (see WorkflowResolver); empty until resolved.
    Q_PROPERTY(QString packageName READ packageName NOTIFY taskGraphChanged)
    //! Why the task graph is not known (kind None when it is, or while it is being fetched).
    Q_PROPERTY(Cloacina::Error graphError READ graphError NOTIFY taskGraphChanged)
    //! Uses the delivery socket (default true); false polls only. Applies from the next open().
    Q_PROPERTY(bool liveEnabled READ liveEnabled WRITE setLiveEnabled)

public:
    //! What feeds the view (mirrors ExecutionFollower::Source).
    enum class Source { Idle,
        Live,
        Polling,
        Reconnecting,
        Ended };
    Q_ENUM(Source)

    //! An idle session without a client.
    explicit RunSession(QObject* parent = nullptr);
    ~RunSession() override;

    //! The client in use, or nullptr.
    CloacinaClient* client() const { return m_client; }
    //! Uses \a client (not owned); reopens the current run, if any.
    void setClient(CloacinaClient* client);
    //! setClient(clientOf(\a client)): the `client` property's setter.
    void setClientObject(QObject* client) { setClient(clientOf(client)); }

    //! Follows \a executionId of \a tenant (empty: the client's tenant). \a workflowName (from
    //! the list row) is used for the task graph; the detail endpoint does not carry it.
    Q_INVOKABLE void open(const QString& executionId, const QString& tenant = {}, const QString& workflowName = {});
    //! Stops following and empties the models.
    Q_INVOKABLE void close();
    //! Restarts the follower for the current run (after a connection loss or a fatal error),
    //! keeping the rows already shown.
    Q_INVOKABLE void reconnect();

    //! The execution followed; empty when none.
    QString executionId() const { return m_executionId; }
    //! The tenant of the execution followed.
    QString tenant() const { return m_tenant; }
    //! The workflow name given to open().
    QString workflowName() const { return m_workflow; }
    //! The execution's last known status.
    QString status() const { return m_status; }
    //! What feeds the view.
    Source source() const { return m_source; }
    //! source() as translated lower-case text.
    QString sourceText() const;
    //! The most recent error.
    Error lastError() const { return m_lastError; }
    //! True while lastError() holds an error.
    bool hasError() const { return m_hasError; }
    //! The event log (owned by the session).
    RunEventModel* eventModel() const { return m_events; }
    //! The task rows (owned by the session).
    TaskListModel* taskModel() const { return m_tasks; }
    //! The workflow's task graph; empty until fetched or when the workflow has none.
    const QList<TaskGraphNode>& taskGraph() const { return m_graph; }
    //! The ids of taskGraph(), in order.
    QStringList graphTaskIds() const;
    //! Error of the task graph fetch (a workflow without a graph is not an error), including
    //! a workflow whose package could not be found (code `workflow_unresolved`).
    Error graphError() const { return m_graphError; }
    //! The package holding the run's workflow; empty until resolved.
    QString packageName() const { return m_package; }
    //! True when the delivery socket is used.
    bool liveEnabled() const { return m_liveEnabled; }
    //! Uses the delivery socket when \a on is true; applies from the next open().
    void setLiveEnabled(bool on) { m_liveEnabled = on; }
    //! Poll period of the follower in ms (set before open()).
    void setPollInterval(int ms) { m_pollMs = ms; }
    //! The current follower (diagnostics and tests), or nullptr.
    ExecutionFollower* follower() const { return m_follower; }

signals:
    //! The client changed.
    void clientChanged();
    //! executionId, tenant or workflowName changed.
    void executionChanged();
    //! The status changed.
    void statusChanged();
    //! source (and sourceText) changed.
    void sourceChanged();
    //! lastError or hasError changed.
    void lastErrorChanged();
    //! The task graph was fetched or cleared.
    void taskGraphChanged();
    //! The run reached terminal \a status and every event was delivered.
    void finished(const QString& status);

private:
    void startFollower(const ExecutionFollower* previous = nullptr);
    void setSource(Source source);
    void setError(const Error& error);
    void clearError();
    //! Clears a transient error: its cause (no answer) is gone once data arrives again.
    void clearTransientError();
    void fetchGraph();
    void fetchGraphOfPackage(quint64 generation);
    //! Asks for the graph again later (bounded, backing off) when it was missing because the
    //! package was still being built or rebuilt; false once the attempts are used up.
    bool retryGraphLater(quint64 generation);

    QPointer<CloacinaClient> m_client;
    RunEventModel* m_events;
    TaskListModel* m_tasks;
    WorkflowResolver* m_resolver;
    QPointer<ExecutionFollower> m_follower;
    QString m_executionId;
    QString m_tenant;
    QString m_workflow;
    QString m_status;
    Source m_source = Source::Idle;
    Error m_lastError;
    bool m_hasError = false;
    bool m_liveEnabled = true;
    int m_pollMs = 2000;
    QList<TaskGraphNode> m_graph;
    Error m_graphError;
    QString m_package;
    bool m_graphAwaitsTasks = false; //!< unresolved for lack of task names: retry when they arrive
    quint64 m_graphGeneration = 0;
    int m_graphRetries = 0; //!< refetches spent waiting for the package build to settle
};

} // namespace Cloacina

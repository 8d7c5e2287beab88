#pragma once

#include <cloacinamodels/runeventmodel.h>
#include <cloacinamodels/tasklistmodel.h>

#include <cloacina/error.h>
#include <cloacina/executionfollower.h>

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <cloacina/cloacinaclient.h>

namespace Cloacina {


class RunEvent;
class RunTask;

//! One node of a workflow's task graph (`get_workflow` → `task_graph`).
struct TaskGraphNode {
    QString id; //!< local task id
    QStringList dependencies; //!< ids of upstream tasks
    QString description;
};

//! Converts a follower event into the event model's record.
RunEventRecord toRecord(const RunEvent& event, bool viaPoll = false);
//! Converts a follower task row into the task model's record.
TaskRecord toRecord(const RunTask& task);

//! Everything the run view shows about one execution, for Widgets and QML alike.
//!
//! open() resets the event and task models, starts an ExecutionFollower (REST history + live
//! delivery socket + polling, see executionfollower.h) and fetches the workflow's task graph.
//! Batches of the follower go to eventModel() tagged with its generation, so batches that
//! arrive for a previous run are dropped. status, source and lastError mirror the follower;
//! errors carry the server code and request id.
//!
//! Threading: GUI thread only. The session never owns the client.
class RunSession : public QObject {
    Q_OBJECT
    Q_PROPERTY(CloacinaClient* client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(QString executionId READ executionId NOTIFY executionChanged)
    Q_PROPERTY(QString tenant READ tenant NOTIFY executionChanged)
    Q_PROPERTY(QString workflowName READ workflowName NOTIFY executionChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(Source source READ source NOTIFY sourceChanged)
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY sourceChanged)
    Q_PROPERTY(Cloacina::Error lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool hasError READ hasError NOTIFY lastErrorChanged)
    Q_PROPERTY(Cloacina::RunEventModel* eventModel READ eventModel CONSTANT)
    Q_PROPERTY(Cloacina::TaskListModel* taskModel READ taskModel CONSTANT)
    Q_PROPERTY(QStringList graphTaskIds READ graphTaskIds NOTIFY taskGraphChanged)
    Q_PROPERTY(bool liveEnabled READ liveEnabled WRITE setLiveEnabled)

public:
    //! What feeds the view (mirrors ExecutionFollower::Source).
    enum class Source { Idle, Live, Polling, Reconnecting, Ended };
    Q_ENUM(Source)

    explicit RunSession(QObject* parent = nullptr);
    ~RunSession() override;

    CloacinaClient* client() const { return m_client; }
    void setClient(CloacinaClient* client);

    //! Follows \a executionId of \a tenant (empty: the client's tenant). \a workflowName (from
    //! the list row) is used for the task graph; the detail endpoint does not carry it.
    Q_INVOKABLE void open(const QString& executionId, const QString& tenant = {}, const QString& workflowName = {});
    //! Stops following and empties the models.
    Q_INVOKABLE void close();
    //! Restarts the follower for the current run (after a connection loss or a fatal error),
    //! keeping the rows already shown.
    Q_INVOKABLE void reconnect();

    QString executionId() const { return m_executionId; }
    QString tenant() const { return m_tenant; }
    QString workflowName() const { return m_workflow; }
    QString status() const { return m_status; }
    Source source() const { return m_source; }
    QString sourceText() const;
    Error lastError() const { return m_lastError; }
    bool hasError() const { return m_hasError; }
    RunEventModel* eventModel() const { return m_events; }
    TaskListModel* taskModel() const { return m_tasks; }
    const QList<TaskGraphNode>& taskGraph() const { return m_graph; }
    QStringList graphTaskIds() const;
    //! Error of the task graph fetch (a workflow without a graph is not an error).
    Error graphError() const { return m_graphError; }
    bool liveEnabled() const { return m_liveEnabled; }
    void setLiveEnabled(bool on) { m_liveEnabled = on; }
    //! Poll period of the follower in ms (set before open()).
    void setPollInterval(int ms) { m_pollMs = ms; }
    //! The current follower (diagnostics and tests), or nullptr.
    ExecutionFollower* follower() const { return m_follower; }

signals:
    void clientChanged();
    void executionChanged();
    void statusChanged();
    void sourceChanged();
    void lastErrorChanged();
    void taskGraphChanged();
    //! The run reached terminal \a status and every event was delivered.
    void finished(const QString& status);

private:
    void startFollower();
    void setSource(Source source);
    void setError(const Error& error);
    void fetchGraph();

    QPointer<CloacinaClient> m_client;
    RunEventModel* m_events;
    TaskListModel* m_tasks;
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
    quint64 m_graphGeneration = 0;
};

} // namespace Cloacina

#pragma once

#include <cloacinamodels/failingtask.h>
#include <cloacinamodels/runeventmodel.h>
#include <cloacinamodels/runmodels.h>

#include <QtQml/qqmlregistration.h>

namespace Cloacina::Qml {

//! `RunFollower`: everything a run view shows about one execution (Cloacina::RunSession for
//! QML). Set `client`, then `open(executionId, tenant, workflowName)`: the event and task
//! models are reset and an ExecutionFollower feeds them (REST history, the live delivery socket
//! and a polling fallback, merged by event id) until the run's status is terminal.
//!
//! Inherited from RunSession: `client`, `executionId`, `tenant`, `workflowName`, `status`,
//! `source` (RunFollower.Idle/Live/Polling/Reconnecting/Ended), `sourceText` ("live",
//! "polling", "reconnecting", "ended", "idle"), `lastError` + `hasError` (code and request id
//! included), `eventModel` (RunEventModel), `taskModel` (TaskListModel), `graphTaskIds`,
//! `liveEnabled`; `open()`, `close()`, `reconnect()`; signal `finished(status)`.
//!
//! \qml
//! RunFollower { id: run; client: client }
//! ListView { model: run.filteredEvents; delegate: Text { text: timeText + " " + label } }
//! Component.onCompleted: run.open(executionId)
//! \endqml
class RunFollower : public Cloacina::RunSession {
    Q_OBJECT
    QML_NAMED_ELEMENT(RunFollower)
    //! eventModel filtered by failuresOnly and filterText (what an event list shows).
    Q_PROPERTY(Cloacina::RunEventFilterModel* filteredEvents READ filteredEvents CONSTANT)
    //! Only failure-category events in filteredEvents.
    Q_PROPERTY(bool failuresOnly READ failuresOnly WRITE setFailuresOnly NOTIFY failuresOnlyChanged)
    //! Case-insensitive text that label, task or details must contain; empty: everything.
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    //! Poll period of the follower's REST fallback in ms (applies to the next open()).
    Q_PROPERTY(int pollInterval READ pollInterval WRITE setPollIntervalMs NOTIFY pollIntervalChanged)
    //! True when `status` is terminal (Completed, Failed, Cancelled).
    Q_PROPERTY(bool terminal READ isTerminal NOTIFY statusChanged)
    //! The failure panel's data (task, attempt, time, full error text and cause), shared with
    //! the Widgets monitor.
    Q_PROPERTY(Cloacina::FailingTask* failure READ failure CONSTANT)
    //! Short name of the task that failed last (from the task rows), or empty (`failure.taskName`).
    Q_PROPERTY(QString failingTask READ failingTask NOTIFY failureChanged)
    //! Full error text of the failing task; without one, the error of the last failure event
    //! (e.g. a workflow_failed reason). Empty while nothing failed (`failure.errorText`).
    Q_PROPERTY(QString failingError READ failingError NOTIFY failureChanged)
    //! The workflow's task graph placed for drawing: a list of {id, column, row, dependencies,
    //! status, color} maps (column = longest path from a root; status of the task in this run,
    //! empty when it has no row yet). Updates with the graph and with the task rows.
    Q_PROPERTY(QVariantList graphNodes READ graphNodes NOTIFY graphNodesChanged)
    //! Number of columns of graphNodes.
    Q_PROPERTY(int graphColumns READ graphColumns NOTIFY graphNodesChanged)
    //! Largest number of nodes in one column of graphNodes.
    Q_PROPERTY(int graphRows READ graphRows NOTIFY graphNodesChanged)
    //! The current ExecutionFollower (diagnostics), or null.
    Q_PROPERTY(Cloacina::ExecutionFollower* follower READ follower NOTIFY sourceChanged)

public:
    explicit RunFollower(QObject* parent = nullptr);

    Cloacina::RunEventFilterModel* filteredEvents() const { return m_filter; }
    bool failuresOnly() const { return m_filter->failuresOnly(); }
    void setFailuresOnly(bool on) { m_filter->setFailuresOnly(on); }
    QString filterText() const { return m_filter->text(); }
    void setFilterText(const QString& text) { m_filter->setText(text); }
    int pollInterval() const { return m_pollInterval; }
    void setPollIntervalMs(int ms);
    bool isTerminal() const;
    Cloacina::FailingTask* failure() const { return m_failure; }
    QString failingTask() const { return m_failure->taskName(); }
    QString failingError() const { return m_failure->errorText(); }
    QVariantList graphNodes() const { return m_graphNodes; }
    int graphColumns() const { return m_graphColumns; }
    int graphRows() const { return m_graphRows; }

signals:
    void failuresOnlyChanged();
    void filterTextChanged();
    void pollIntervalChanged();
    void failureChanged();
    void graphNodesChanged();

private:
    void updateGraphNodes();

    Cloacina::RunEventFilterModel* m_filter;
    Cloacina::FailingTask* m_failure;
    int m_pollInterval = 2000;
    QVariantList m_graphNodes;
    int m_graphColumns = 0;
    int m_graphRows = 0;
};

} // namespace Cloacina::Qml

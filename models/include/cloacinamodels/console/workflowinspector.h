#pragma once

#include <cloacinamodels/console/workflowbackend.h>
#include <cloacinamodels/runmodels.h>

#include <cloacina/error.h>

#include <QObject>
#include <QPointer>

namespace Cloacina {

//! One task of a workflow's graph with its documentation (`doc_what` / `doc_why`).
struct WorkflowTaskDoc {
    //! task id
    QString id;
    //! the task's description; may be empty
    QString description;
    //! what the task does (`doc_what`); may be empty
    QString what;
    //! why the task exists (`doc_why`); may be empty
    QString why;
};

//! The selected package of the Workflows screen: its detail (`get_workflow` by package id, so
//! pending, building and failed builds are inspected too), its source (`get_workflow_source`)
//! and the actions on it: pause, resume, delete (of its version) and upload of a new package.
//! Each action ends with actionFinished(); a failed action keeps the detail and says why.
//!
//! Threading: the GUI thread only.
class WorkflowInspector : public QObject {
    Q_OBJECT
    //! The package UUID shown; empty when none.
    Q_PROPERTY(QString packageId READ packageId NOTIFY detailChanged)
    //! The workflow of the package shown.
    Q_PROPERTY(QString workflowName READ workflowName NOTIFY detailChanged)
    //! pending, building, success or failed.
    Q_PROPERTY(QString buildStatus READ buildStatus NOTIFY detailChanged)
    //! The compiler's message of a failed build; empty otherwise.
    Q_PROPERTY(QString buildError READ buildError NOTIFY detailChanged)
    //! True while no new run of the workflow starts.
    Q_PROPERTY(bool paused READ isPaused NOTIFY detailChanged)
    //! True while an action (pause, resume, delete, upload) waits for the server.
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    //! Why the detail could not be read; kind None when it could.
    Q_PROPERTY(Cloacina::Error detailError READ detailError NOTIFY detailChanged)

public:
    //! Shows nothing until a backend is set and a package inspected.
    explicit WorkflowInspector(QObject* parent = nullptr);

    //! Calls through \a backend from now on and forgets the package shown.
    void setBackend(const WorkflowBackend& backend);

    //! Shows package \a packageId (a UUID; empty clears) and fetches its detail and source.
    Q_INVOKABLE void inspect(const QString& packageId);
    //! Fetches the detail and source of the package shown again.
    Q_INVOKABLE void reload();

    //! The package UUID shown; empty when none.
    QString packageId() const { return m_packageId; }
    //! True once the detail arrived.
    bool hasDetail() const { return m_hasDetail; }
    //! The detail as the server sent it.
    const WorkflowDetail& detail() const { return m_detail; }
    //! The workflow of the package shown.
    QString workflowName() const { return m_detail.workflowName; }
    //! pending, building, success or failed; empty before the detail.
    QString buildStatus() const { return m_detail.buildStatus; }
    //! The compiler's message of a failed build; empty otherwise.
    QString buildError() const;
    //! True while no new run of the workflow starts.
    bool isPaused() const { return m_detail.paused.value_or(false); }
    //! Why the detail could not be read; kind None when it could.
    Error detailError() const { return m_detailError; }
    //! The task graph (tasks without edges for packages without a persisted graph).
    QList<TaskGraphNode> taskGraph() const;
    //! The tasks with their documentation, in graph order.
    QList<WorkflowTaskDoc> taskDocs() const;
    //! The package's source files; empty until fetched.
    const QList<WorkflowSourceFile>& sourceFiles() const { return m_source; }
    //! Why the source could not be read; kind None when it could.
    Error sourceError() const { return m_sourceError; }
    //! True while an action waits for the server.
    bool isBusy() const { return m_busy; }

    //! Pauses (\a pause true) or resumes the workflow shown.
    Q_INVOKABLE void setPaused(bool pause);
    //! Deletes the version shown of the package.
    Q_INVOKABLE void deleteVersion();
    //! Uploads \a package (a .cloacina archive) named \a fileName; uploaded() gives its id.
    Q_INVOKABLE void upload(const QByteArray& package, const QString& fileName);

Q_SIGNALS:
    //! The detail, its error or the package shown changed.
    void detailChanged();
    //! The source files or their error changed.
    void sourceChanged();
    //! busy changed.
    void busyChanged();
    //! An action ended: \a operationId (e.g. "pause_workflow"), and why it failed when \a error is set.
    void actionFinished(const QString& operationId, const Cloacina::Error& error);
    //! An upload was registered as package \a packageId; its build follows.
    void uploaded(const QString& packageId);

private:
    template <typename T>
    void runAction(const QString& operationId, QFuture<Result<T>> future, std::function<void(const T&)> onSuccess);
    void setBusy(bool busy);
    QString tenant() const;

    WorkflowBackend m_backend;
    QString m_packageId;
    quint64 m_generation = 0;
    bool m_hasDetail = false;
    WorkflowDetail m_detail;
    Error m_detailError;
    QList<WorkflowSourceFile> m_source;
    Error m_sourceError;
    bool m_busy = false;
};

} // namespace Cloacina

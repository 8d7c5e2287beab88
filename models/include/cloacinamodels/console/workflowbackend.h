#pragma once

#include <cloacinamodels/executionrecord.h>

#include <cloacina/cloacinaclient.h>
#include <cloacina/result.h>

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QString>

#include <functional>

//! \file
//! Where the Workflows screen's models get their data and send their actions: a struct of
//! fetchers, so WorkflowListModel and WorkflowInspector are tested without a server.

namespace Cloacina {

//! The operations of the Workflows screen. Build it with workflowBackend() from a client, or by
//! hand (tests). Every function returns a future that settles exactly once; \a tenant is never
//! empty when a model asks. \a nameOrId is a package name (built packages) or a package UUID
//! (any build state), as the server's get_workflow takes it.
struct WorkflowBackend {
    //! The tenant's built workflows (`list_workflows`).
    std::function<QFuture<Result<QList<WorkflowSummary>>>(const QString& tenant)> listWorkflows;
    //! A package's detail in any build state by id, or a built one by name (`get_workflow`).
    std::function<QFuture<Result<WorkflowDetail>>(const QString& nameOrId, const QString& tenant)> getWorkflow;
    //! A package's source files (`get_workflow_source`).
    std::function<QFuture<Result<WorkflowSourceResponse>>(const QString& nameOrId, const QString& tenant)> getSource;
    //! The newest \a limit runs of the tenant, newest first (`list_executions`).
    std::function<QFuture<Result<QList<ExecutionRecord>>>(const QString& tenant, int limit)> recentRuns;
    //! Pauses (\a pause true) or resumes workflow \a name (`pause_workflow` / `resume_workflow`).
    std::function<QFuture<Result<WorkflowPauseResponse>>(const QString& name, bool pause, const QString& tenant)> setPaused;
    //! Deletes version \a version of package \a name (`delete_workflow`).
    std::function<QFuture<Result<WorkflowDeletedResponse>>(const QString& name, const QString& version, const QString& tenant)> deleteWorkflow;
    //! Uploads a .cloacina archive (`upload_workflow`).
    std::function<QFuture<Result<WorkflowUploadedResponse>>(const QByteArray& package, const QString& fileName, const QString& tenant)> upload;
    //! The tenant of the client (never empty: "public" by default).
    std::function<QString()> defaultTenant;

    //! True when every function is set.
    bool isValid() const
    {
        return listWorkflows && getWorkflow && getSource && recentRuns && setPaused && deleteWorkflow && upload
            && defaultTenant;
    }
};

//! The backend that calls \a client (not owned; once it is destroyed every call settles with an
//! Error of kind Canceled).
WorkflowBackend workflowBackend(CloacinaClient* client);

//! True when \a buildStatus ("pending", "building") says the package's build is not finished.
bool isBuildUnsettled(const QString& buildStatus);

} // namespace Cloacina

#include <cloacinamodels/console/workflowbackend.h>

#include "clientgone_p.h"
#include "dtoconvert_p.h"

#include <QPointer>

namespace Cloacina {

namespace {
    template <typename T>
    QFuture<Result<T>> clientGone(const char* operationId)
    {
        return Internal::failedFuture<T>(Internal::clientGone(QString::fromLatin1(operationId)));
    }
} // namespace

bool isBuildUnsettled(const QString& buildStatus)
{
    return buildStatus == QLatin1String("pending") || buildStatus == QLatin1String("building");
}

WorkflowBackend workflowBackend(CloacinaClient* client)
{
    WorkflowBackend b;
    QPointer<CloacinaClient> guard(client);
    b.listWorkflows = [guard](const QString& tenant) -> QFuture<Result<QList<WorkflowSummary>>> {
        if (!guard)
            return clientGone<QList<WorkflowSummary>>("list_workflows");
        return guard->listWorkflows(tenant).then([](const Result<WorkflowSummaryList>& r) -> Result<QList<WorkflowSummary>> {
            if (!r)
                return r.error();
            return r.value().items;
        });
    };
    b.getWorkflow = [guard](const QString& nameOrId, const QString& tenant) -> QFuture<Result<WorkflowDetail>> {
        if (!guard)
            return clientGone<WorkflowDetail>("get_workflow");
        return guard->getWorkflow(nameOrId, tenant);
    };
    b.getSource = [guard](const QString& nameOrId, const QString& tenant) -> QFuture<Result<WorkflowSourceResponse>> {
        if (!guard)
            return clientGone<WorkflowSourceResponse>("get_workflow_source");
        return guard->getWorkflowSource(nameOrId, tenant);
    };
    b.recentRuns = [guard](const QString& tenant, int limit) -> QFuture<Result<QList<ExecutionRecord>>> {
        if (!guard)
            return clientGone<QList<ExecutionRecord>>("list_executions");
        return Detail::listExecutions(guard, tenant, QString(), QString(), limit, 0)
            .then([tenant](const Result<ExecutionSummaryList>& r) -> Result<QList<ExecutionRecord>> {
                if (!r)
                    return r.error();
                return Detail::executionRecords(r.value(), tenant);
            });
    };
    b.setPaused = [guard](const QString& name, bool pause, const QString& tenant) -> QFuture<Result<WorkflowPauseResponse>> {
        if (!guard)
            return clientGone<WorkflowPauseResponse>(pause ? "pause_workflow" : "resume_workflow");
        return pause ? guard->pauseWorkflow(name, tenant) : guard->resumeWorkflow(name, tenant);
    };
    b.deleteWorkflow = [guard](const QString& name, const QString& version, const QString& tenant)
        -> QFuture<Result<WorkflowDeletedResponse>> {
        if (!guard)
            return clientGone<WorkflowDeletedResponse>("delete_workflow");
        return guard->deleteWorkflow(name, version, tenant);
    };
    b.upload = [guard](const QByteArray& package, const QString& fileName, const QString& tenant)
        -> QFuture<Result<WorkflowUploadedResponse>> {
        if (!guard)
            return clientGone<WorkflowUploadedResponse>("upload_workflow");
        return guard->uploadWorkflow(package, fileName, tenant);
    };
    b.defaultTenant = [guard] {
        return guard && !guard->tenant().isEmpty() ? guard->tenant() : QStringLiteral("public");
    };
    return b;
}

} // namespace Cloacina

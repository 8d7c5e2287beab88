#include <cloacinamodels/console/workflowbackend.h>

#include "backendcall_p.h"
#include "dtoconvert_p.h"

namespace Cloacina {

using Internal::callClient;

bool isBuildUnsettled(const QString& buildStatus)
{
    return buildStatus == QLatin1String("pending") || buildStatus == QLatin1String("building");
}

WorkflowBackend workflowBackend(CloacinaClient* client)
{
    WorkflowBackend b;
    QPointer<CloacinaClient> guard(client);
    b.listWorkflows = [guard](const QString& tenant) {
        return callClient<QList<WorkflowSummary>>(guard, "list_workflows",
            [&](CloacinaClient* c) { return Internal::itemsOf(c->listWorkflows(tenant)); });
    };
    b.getWorkflow = [guard](const QString& nameOrId, const QString& tenant) {
        return callClient<WorkflowDetail>(guard, "get_workflow", [&](CloacinaClient* c) { return c->getWorkflow(nameOrId, tenant); });
    };
    b.getSource = [guard](const QString& nameOrId, const QString& tenant) {
        return callClient<WorkflowSourceResponse>(guard, "get_workflow_source",
            [&](CloacinaClient* c) { return c->getWorkflowSource(nameOrId, tenant); });
    };
    b.recentRuns = [guard](const QString& tenant, int limit) {
        return callClient<QList<ExecutionRecord>>(guard, "list_executions", [&](CloacinaClient* c) {
            return Detail::listExecutions(c, tenant, QString(), QString(), limit, 0)
                .then([tenant](const Result<ExecutionSummaryList>& r) -> Result<QList<ExecutionRecord>> {
                    if (!r)
                        return r.error();
                    return Detail::executionRecords(r.value(), tenant);
                });
        });
    };
    b.setPaused = [guard](const QString& name, bool pause, const QString& tenant) {
        return callClient<WorkflowPauseResponse>(guard, pause ? "pause_workflow" : "resume_workflow",
            [&](CloacinaClient* c) { return pause ? c->pauseWorkflow(name, tenant) : c->resumeWorkflow(name, tenant); });
    };
    b.deleteWorkflow = [guard](const QString& name, const QString& version, const QString& tenant) {
        return callClient<WorkflowDeletedResponse>(guard, "delete_workflow",
            [&](CloacinaClient* c) { return c->deleteWorkflow(name, version, tenant); });
    };
    b.upload = [guard](const QByteArray& package, const QString& fileName, const QString& tenant) {
        return callClient<WorkflowUploadedResponse>(guard, "upload_workflow",
            [&](CloacinaClient* c) { return c->uploadWorkflow(package, fileName, tenant); });
    };
    b.defaultTenant = [guard] { return Internal::tenantOf(guard); };
    return b;
}

} // namespace Cloacina

#include <cloacinamodels/executionlistbackend.h>

#include "clientgone_p.h"
#include "dtoconvert_p.h"

#include <QPointer>

namespace Cloacina {

namespace {
    template <typename T>
    QFuture<Result<T>> clientGone(const QString& operationId)
    {
        return Internal::failedFuture<T>(Internal::clientGone(operationId));
    }
} // namespace

ExecutionListBackend executionListBackend(CloacinaClient* client)
{
    ExecutionListBackend backend;
    QPointer<CloacinaClient> guard(client);
    backend.listExecutions = [guard](const ExecutionPageQuery& q) -> QFuture<Result<QList<ExecutionRecord>>> {
        if (!guard)
            return clientGone<QList<ExecutionRecord>>(QStringLiteral("list_executions"));
        return Detail::listExecutions(guard, q.tenant, q.status, q.workflow, q.limit, int(q.offset))
            .then([tenant = q.tenant](const Result<ExecutionSummaryList>& r) -> Result<QList<ExecutionRecord>> {
                if (!r)
                    return r.error();
                return Detail::executionRecords(r.value(), tenant);
            });
    };
    backend.listTenants = [guard]() -> QFuture<Result<QStringList>> {
        if (!guard)
            return clientGone<QStringList>(QStringLiteral("list_tenants"));
        return guard->listTenants().then([](const Result<TenantSummaryList>& r) -> Result<QStringList> {
            if (!r)
                return r.error();
            return Detail::tenantNames(r.value());
        });
    };
    backend.defaultTenant = [guard] { return guard ? guard->tenant() : QString(); };
    backend.failureFromTasks = [guard](const QString& id, const QString& tenant) -> QFuture<Result<ExecutionFailure>> {
        if (!guard)
            return clientGone<ExecutionFailure>(QStringLiteral("get_execution_tasks"));
        return guard->getExecutionTasks(id, tenant).then([](const Result<ExecutionTasksResponse>& r) -> Result<ExecutionFailure> {
            if (!r)
                return r.error();
            return Detail::failureFromTasks(r.value());
        });
    };
    backend.failureFromEvents = [guard](const QString& id, const QString& tenant) -> QFuture<Result<ExecutionFailure>> {
        if (!guard)
            return clientGone<ExecutionFailure>(QStringLiteral("get_execution_events"));
        return guard->getExecutionEvents(id, tenant).then([](const Result<ExecutionEventsResponse>& r) -> Result<ExecutionFailure> {
            if (!r)
                return r.error();
            return Detail::failureFromEvents(r.value());
        });
    };
    return backend;
}

} // namespace Cloacina

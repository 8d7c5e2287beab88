#include <cloacinamodels/console/triggerbackend.h>

#include "clientgone_p.h"

#include <QPointer>

namespace Cloacina {

namespace {
    template <typename T>
    QFuture<Result<T>> clientGone(const char* operationId)
    {
        return Internal::failedFuture<T>(Internal::clientGone(QString::fromLatin1(operationId)));
    }
} // namespace

TriggerBackend triggerBackend(CloacinaClient* client)
{
    TriggerBackend b;
    QPointer<CloacinaClient> guard(client);
    b.listTriggers = [guard](const QString& tenant) -> QFuture<Result<QList<TriggerScheduleSummary>>> {
        if (!guard)
            return clientGone<QList<TriggerScheduleSummary>>("list_triggers");
        ListTriggersQuery query;
        query.limit = 1000;
        return guard->listTriggers(query, tenant).then([](const Result<TriggerScheduleSummaryList>& r) -> Result<QList<TriggerScheduleSummary>> {
            if (!r)
                return r.error();
            return r.value().items;
        });
    };
    b.getTrigger = [guard](const QString& name, const QString& tenant) -> QFuture<Result<TriggerDetailResponse>> {
        if (!guard)
            return clientGone<TriggerDetailResponse>("get_trigger");
        return guard->getTrigger(name, tenant);
    };
    b.getInterface = [guard](const QString& name, const QString& tenant) -> QFuture<Result<DeclaredSurface>> {
        if (!guard)
            return clientGone<DeclaredSurface>("get_trigger_interface");
        return guard->getTriggerInterface(name, tenant);
    };
    b.setPaused = [guard](const QString& name, bool pause, const QString& tenant) -> QFuture<Result<TriggerPauseResponse>> {
        if (!guard)
            return clientGone<TriggerPauseResponse>(pause ? "pause_trigger" : "resume_trigger");
        return pause ? guard->pauseTrigger(name, tenant) : guard->resumeTrigger(name, tenant);
    };
    b.fire = [guard](const QString& name, const std::optional<QJsonValue>& event, const QString& tenant)
        -> QFuture<Result<FireTriggerResponse>> {
        if (!guard)
            return clientGone<FireTriggerResponse>("fire_trigger");
        FireTriggerRequest request;
        request.event = event;
        return guard->fireTrigger(name, request, tenant);
    };
    b.listInstances = [guard](const QString& workflow, const QString& tenant) -> QFuture<Result<QList<WorkflowInstanceSummary>>> {
        if (!guard)
            return clientGone<QList<WorkflowInstanceSummary>>("list_instances");
        ListInstancesQuery query;
        query.limit = 1000;
        return guard->listInstances(workflow, query, tenant)
            .then([](const Result<WorkflowInstanceSummaryList>& r) -> Result<QList<WorkflowInstanceSummary>> {
                if (!r)
                    return r.error();
                return r.value().items;
            });
    };
    b.createInstance = [guard](const QString& workflow, const CreateInstanceRequest& request, const QString& tenant)
        -> QFuture<Result<WorkflowInstanceSummary>> {
        if (!guard)
            return clientGone<WorkflowInstanceSummary>("create_instance");
        return guard->createInstance(workflow, request, tenant);
    };
    b.deleteInstance = [guard](const QString& workflow, const QString& instance, const QString& tenant)
        -> QFuture<Result<DeleteInstanceResponse>> {
        if (!guard)
            return clientGone<DeleteInstanceResponse>("delete_instance");
        return guard->deleteInstance(workflow, instance, tenant);
    };
    b.defaultTenant = [guard] {
        return guard && !guard->tenant().isEmpty() ? guard->tenant() : QStringLiteral("public");
    };
    return b;
}

} // namespace Cloacina

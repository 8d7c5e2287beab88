#include <cloacinamodels/console/triggerbackend.h>

#include "backendcall_p.h"

namespace Cloacina {

using Internal::callClient;

TriggerBackend triggerBackend(CloacinaClient* client)
{
    TriggerBackend b;
    QPointer<CloacinaClient> guard(client);
    b.listTriggers = [guard](const QString& tenant) {
        return callClient<QList<TriggerScheduleSummary>>(guard, "list_triggers", [&](CloacinaClient* c) {
            ListTriggersQuery query;
            query.limit = 1000;
            return Internal::itemsOf(c->listTriggers(query, tenant));
        });
    };
    b.getTrigger = [guard](const QString& name, const QString& tenant) {
        return callClient<TriggerDetailResponse>(guard, "get_trigger", [&](CloacinaClient* c) { return c->getTrigger(name, tenant); });
    };
    b.getInterface = [guard](const QString& name, const QString& tenant) {
        return callClient<DeclaredSurface>(guard, "get_trigger_interface",
            [&](CloacinaClient* c) { return c->getTriggerInterface(name, tenant); });
    };
    b.setPaused = [guard](const QString& name, bool pause, const QString& tenant) {
        return callClient<TriggerPauseResponse>(guard, pause ? "pause_trigger" : "resume_trigger",
            [&](CloacinaClient* c) { return pause ? c->pauseTrigger(name, tenant) : c->resumeTrigger(name, tenant); });
    };
    b.fire = [guard](const QString& name, const std::optional<QJsonValue>& event, const QString& tenant) {
        return callClient<FireTriggerResponse>(guard, "fire_trigger", [&](CloacinaClient* c) {
            FireTriggerRequest request;
            request.event = event;
            return c->fireTrigger(name, request, tenant);
        });
    };
    b.listInstances = [guard](const QString& workflow, const QString& tenant) {
        return callClient<QList<WorkflowInstanceSummary>>(guard, "list_instances", [&](CloacinaClient* c) {
            ListInstancesQuery query;
            query.limit = 1000;
            return Internal::itemsOf(c->listInstances(workflow, query, tenant));
        });
    };
    b.createInstance = [guard](const QString& workflow, const CreateInstanceRequest& request, const QString& tenant) {
        return callClient<WorkflowInstanceSummary>(guard, "create_instance",
            [&](CloacinaClient* c) { return c->createInstance(workflow, request, tenant); });
    };
    b.deleteInstance = [guard](const QString& workflow, const QString& instance, const QString& tenant) {
        return callClient<DeleteInstanceResponse>(guard, "delete_instance",
            [&](CloacinaClient* c) { return c->deleteInstance(workflow, instance, tenant); });
    };
    b.defaultTenant = [guard] { return Internal::tenantOf(guard); };
    return b;
}

} // namespace Cloacina

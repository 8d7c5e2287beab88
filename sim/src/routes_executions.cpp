// SPDX-License-Identifier: Apache-2.0
// Execute a workflow; list and inspect executions, their events and tasks.
#include "engine_p.h"
#include "routes_p.h"
#include "util_p.h"

namespace CloacinaSim {

namespace {

    bool matchesType(const QJsonValue& v, const QString& type)
    {
        if (type == QLatin1String("string"))
            return v.isString();
        if (type == QLatin1String("integer"))
            return v.isDouble() && v.toDouble() == double(v.toInteger());
        if (type == QLatin1String("number"))
            return v.isDouble();
        if (type == QLatin1String("boolean"))
            return v.isBool();
        if (type == QLatin1String("array"))
            return v.isArray();
        if (type == QLatin1String("object"))
            return v.isObject();
        if (type == QLatin1String("null"))
            return v.isNull();
        return true;
    }

    QString typeName(const QJsonValue& v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("boolean");
        case QJsonValue::Double:
            return QStringLiteral("number");
        case QJsonValue::String:
            return QStringLiteral("string");
        case QJsonValue::Array:
            return QStringLiteral("array");
        default:
            return QStringLiteral("object");
        }
    }

    //! The execution if it exists in this tenant.
    ExecutionRecord* findExecution(Store& store, const QString& tenant, const QString& id)
    {
        ExecutionRecord* run = store.execution(id);
        return run && run->tenantId == tenant ? run : nullptr;
    }

    HttpResponse invalidId()
    {
        return HttpResponse::error(
            400, QStringLiteral("invalid_request"), QStringLiteral("invalid execution ID"));
    }

} // namespace

QStringList validateDeclaredParams(const QJsonArray& inputSlots, const QJsonObject* provided)
{
    QStringList errors;
    for (const auto& s : inputSlots) {
        const QJsonObject slot = s.toObject();
        const QString name = slot.value(QStringLiteral("name")).toString();
        const QJsonValue v = provided ? provided->value(name) : QJsonValue(QJsonValue::Undefined);
        if (v.isUndefined()) {
            if (slot.value(QStringLiteral("required")).toBool()
                && slot.value(QStringLiteral("default")).isNull())
                errors << QStringLiteral("missing required param '%1'").arg(name);
            continue;
        }
        const QString type = slot.value(QStringLiteral("schema"))
                                 .toObject()
                                 .value(QStringLiteral("type"))
                                 .toString();
        if (!type.isEmpty() && !matchesType(v, type))
            errors << QStringLiteral("param '%1' expects type '%2', got %3")
                          .arg(name, type, typeName(v));
    }
    return errors;
}

void addExecutionRoutes(Router& router, SimContext& ctx)
{
    Store& store = ctx.store;
    ExecutionEngine& engine = ctx.engine;

    router.add("POST", QStringLiteral("/v1/tenants/{tenant_id}/workflows/{name}/execute"),
        Scope::Tenant, Level::Write, [&store, &engine](RequestContext& c) {
            QJsonObject body;
            if (auto bad = parseJsonBody(c.request, body))
                return *bad;
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            const QString name = c.param(QStringLiteral("name"));
            const WorkflowRecord* wf = store.workflowByName(tenant, name);
            // Only `public` is exempt from the registered-in-this-tenant gate (I-0138).
            if (!wf && tenant != QLatin1String("public"))
                return HttpResponse::error(404, QStringLiteral("workflow_not_found"),
                    QStringLiteral("workflow '%1' is not registered for tenant '%2'")
                        .arg(name, tenant));
            if (wf && wf->paused)
                return HttpResponse::error(409, QStringLiteral("workflow_paused"),
                    QStringLiteral("workflow '%1' is paused; resume it before executing")
                        .arg(name));
            const QJsonValue context = body.value(QStringLiteral("context"));
            const QJsonObject contextObject = context.toObject();
            if (wf && !wf->declaredParams.isEmpty()) {
                const QStringList errors = validateDeclaredParams(
                    wf->declaredParams, context.isObject() ? &contextObject : nullptr);
                if (!errors.isEmpty())
                    return HttpResponse::error(400, QStringLiteral("workflow_input_invalid"),
                        QStringLiteral("invalid execution context: %1")
                            .arg(errors.join(QStringLiteral("; "))));
            }
            // The gates above accept a package name too, but the runner schedules by workflow
            // name only: a package name that is no workflow's name fails to schedule.
            ExecutionRecord* run = wf && wf->workflowName == name
                ? engine.start(tenant, name, QStringLiteral("manual"))
                : nullptr;
            if (!run)
                return HttpResponse::error(400, QStringLiteral("execution_failed"),
                    QStringLiteral("Workflow execution failed: Failed to schedule workflow: Workflow "
                                   "not found in registry: %1")
                        .arg(name));
            return HttpResponse::json(202,
                QJsonObject { { QStringLiteral("execution_id"), run->id },
                    { QStringLiteral("workflow_name"), name },
                    { QStringLiteral("tenant_id"), tenant },
                    { QStringLiteral("status"), QStringLiteral("scheduled") } });
        });

    router.add("GET", QStringLiteral("/v1/tenants/{tenant_id}/executions"), Scope::Tenant,
        Level::Read, [&store](RequestContext& c) {
            qint64 limit = 0;
            qint64 offset = 0;
            if (auto bad = parsePagination(c.request, limit, offset))
                return *bad;
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            const bool byStatus = c.request.query.hasQueryItem(QStringLiteral("status"));
            const bool byWorkflow = c.request.query.hasQueryItem(QStringLiteral("workflow"));
            const QString status
                = c.request.query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
            const QString workflow
                = c.request.query.queryItemValue(QStringLiteral("workflow"), QUrl::FullyDecoded);
            QJsonArray items;
            qint64 skipped = 0;
            // Newest first; filters are exact and case-sensitive; total is the page size.
            for (auto it = store.executions.rbegin();
                 it != store.executions.rend() && items.size() < limit; ++it) {
                const ExecutionRecord& e = **it;
                if (e.tenantId != tenant || (byStatus && e.status != status)
                    || (byWorkflow && e.workflowName != workflow))
                    continue;
                if (skipped++ < offset)
                    continue;
                items.append(QJsonObject { { QStringLiteral("id"), e.id },
                    { QStringLiteral("workflow_name"), e.workflowName },
                    { QStringLiteral("status"), e.status },
                    { QStringLiteral("started_at"), isoTime(e.startedAt) },
                    { QStringLiteral("completed_at"), optTime(e.completedAt) },
                    { QStringLiteral("trigger_origin"), optString(e.triggerOrigin) } });
            }
            return listResponse(items, tenant);
        });

    router.add("GET", QStringLiteral("/v1/tenants/{tenant_id}/executions/{exec_id}"), Scope::Tenant,
        Level::Read, [&store](RequestContext& c) {
            const QString raw = c.param(QStringLiteral("exec_id"));
            const QString id = parseUuid(raw);
            if (id.isEmpty())
                return invalidId();
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            const ExecutionRecord* run = findExecution(store, tenant, id);
            if (!run)
                return HttpResponse::error(
                    404, QStringLiteral("execution_not_found"), QStringLiteral("Record not found"));
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("tenant_id"), tenant },
                    { QStringLiteral("execution_id"), raw },
                    { QStringLiteral("status"), run->status } });
        });

    // Unknown (but well-formed) ids give an empty envelope, not 404, as upstream.
    router.add("GET", QStringLiteral("/v1/tenants/{tenant_id}/executions/{exec_id}/events"),
        Scope::Tenant, Level::Read, [&store](RequestContext& c) {
            const QString raw = c.param(QStringLiteral("exec_id"));
            const QString id = parseUuid(raw);
            if (id.isEmpty())
                return invalidId();
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            QJsonArray events;
            if (const ExecutionRecord* run = findExecution(store, tenant, id)) {
                QHash<QString, QString> names;
                for (const auto& t : run->tasks)
                    names.insert(t.id, t.taskName);
                for (const auto& e : run->events) {
                    const QString task = names.value(e.taskExecutionId);
                    events.append(QJsonObject { { QStringLiteral("id"), e.id },
                        { QStringLiteral("event_type"), e.eventType },
                        { QStringLiteral("event_data"), optString(e.eventData) },
                        { QStringLiteral("task_name"),
                            task.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(task) },
                        { QStringLiteral("created_at"), isoTime(e.createdAt) },
                        { QStringLiteral("sequence_num"), e.sequenceNum } });
                }
            }
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("tenant_id"), tenant },
                    { QStringLiteral("execution_id"), raw },
                    { QStringLiteral("events"), events } });
        });

    router.add("GET", QStringLiteral("/v1/tenants/{tenant_id}/executions/{exec_id}/tasks"),
        Scope::Tenant, Level::Read, [&store](RequestContext& c) {
            const QString raw = c.param(QStringLiteral("exec_id"));
            const QString id = parseUuid(raw);
            if (id.isEmpty())
                return invalidId();
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            QJsonArray tasks;
            if (const ExecutionRecord* run = findExecution(store, tenant, id)) {
                for (const auto& t : run->tasks) {
                    tasks.append(QJsonObject { { QStringLiteral("id"), t.id },
                        { QStringLiteral("task_name"), t.taskName },
                        { QStringLiteral("status"), t.status },
                        { QStringLiteral("started_at"), optTime(t.startedAt) },
                        { QStringLiteral("completed_at"), optTime(t.completedAt) },
                        { QStringLiteral("attempt"), t.attempt },
                        { QStringLiteral("max_attempts"), t.maxAttempts },
                        { QStringLiteral("created_at"), isoTime(t.createdAt) },
                        { QStringLiteral("updated_at"), isoTime(t.updatedAt) },
                        { QStringLiteral("sub_status"), optString(t.subStatus) },
                        { QStringLiteral("last_error"), optString(t.lastError) },
                        { QStringLiteral("error_details"), optString(t.errorDetails) } });
                }
            }
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("tenant_id"), tenant },
                    { QStringLiteral("execution_id"), raw }, { QStringLiteral("tasks"), tasks } });
        });
}

} // namespace CloacinaSim

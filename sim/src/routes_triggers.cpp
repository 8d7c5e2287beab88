// SPDX-License-Identifier: Apache-2.0
// Trigger schedules: list, inspect, pause/resume, fire, declared interface.
#include "engine_p.h"
#include "routes_p.h"
#include "util_p.h"

namespace CloacinaSim {

namespace {

    QJsonObject scheduleInfo(const ScheduleRecord& s, bool summary)
    {
        QJsonObject o { { QStringLiteral("id"), s.id },
            { QStringLiteral("schedule_type"), s.scheduleType },
            { QStringLiteral("workflow_name"), s.workflowName },
            { QStringLiteral("enabled"), s.enabled },
            { QStringLiteral("cron_expression"), optString(s.cronExpression) },
            { QStringLiteral("trigger_name"), optString(s.triggerName) },
            { QStringLiteral("poll_interval_ms"),
                s.pollIntervalMs ? QJsonValue(*s.pollIntervalMs) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("paused"), s.paused },
            { QStringLiteral("paused_at"), optTime(s.pausedAt) } };
        if (summary) {
            o.insert(QStringLiteral("next_run_at"), optTime(s.nextRunAt));
            o.insert(QStringLiteral("last_run_at"), optTime(s.lastRunAt));
            o.insert(QStringLiteral("created_at"), isoTime(s.createdAt));
        }
        return o;
    }

    //! The newest schedule whose trigger or workflow is name (upstream scans newest first).
    ScheduleRecord* findSchedule(TenantRecord* t, const QString& name)
    {
        if (!t)
            return nullptr;
        for (auto it = t->schedules.rbegin(); it != t->schedules.rend(); ++it) {
            if (it->triggerName == name || it->workflowName == name)
                return &*it;
        }
        return nullptr;
    }

    HttpResponse triggerNotFound(const QString& name)
    {
        return HttpResponse::error(404, QStringLiteral("trigger_not_found"),
            QStringLiteral("trigger '%1' not found").arg(name));
    }

    //! Workflows subscribed to trigger name: built packages whose workflow lists it
    //! (upstream's find_trigger_subscribers reads package metadata, not the schedules table).
    QStringList subscribers(const TenantRecord* t, const QString& name)
    {
        QStringList out;
        if (!t)
            return out;
        for (const auto& w : t->workflows) {
            if (w.isBuilt() && w.triggers.contains(name) && !out.contains(w.workflowName))
                out << w.workflowName;
        }
        return out;
    }

    QJsonArray declaredSlots(Store& store, const QString& tenant, const QStringList& workflows)
    {
        QJsonArray inputSlots;
        QStringList seen;
        for (const auto& w : workflows) {
            if (const WorkflowRecord* wf = store.workflowByName(tenant, w)) {
                for (const auto& s : wf->declaredParams) {
                    const QString n = s.toObject().value(QStringLiteral("name")).toString();
                    if (!seen.contains(n)) {
                        seen << n;
                        inputSlots.append(s);
                    }
                }
            }
        }
        return inputSlots;
    }

} // namespace

void addTriggerRoutes(Router& router, SimContext& ctx)
{
    Store& store = ctx.store;
    ExecutionEngine& engine = ctx.engine;

    router.add("GET", QStringLiteral("/v1/tenants/{tenant_id}/triggers"), Scope::Tenant,
        Level::Read, [&store](RequestContext& c) {
            qint64 limit = 0;
            qint64 offset = 0;
            if (auto bad = parsePagination(c.request, limit, offset))
                return *bad;
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            const TenantRecord* t = store.tenant(tenant);
            if (!t)
                return HttpResponse::error(500, QStringLiteral("internal_error"),
                    QStringLiteral("tenant database unavailable: schema '%1' does not exist").arg(tenant));
            // Newest first (created_at descending), instance rows included: one schedules table.
            QJsonArray items;
            for (qint64 i = t->schedules.size() - 1 - offset; i >= 0 && items.size() < limit; --i)
                items.append(scheduleInfo(t->schedules.at(int(i)), true));
            return listResponse(items, tenant);
        });

    router.add("GET", QStringLiteral("/v1/tenants/{tenant_id}/triggers/{name}"), Scope::Tenant,
        Level::Read, [&store](RequestContext& c) {
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            const ScheduleRecord* s
                = findSchedule(store.tenant(tenant), c.param(QStringLiteral("name")));
            if (!s)
                return triggerNotFound(c.param(QStringLiteral("name")));
            QJsonArray recent;
            for (const auto& r : s->recent) {
                recent.append(QJsonObject { { QStringLiteral("id"), r.id },
                    { QStringLiteral("scheduled_time"), optTime(r.scheduledTime) },
                    { QStringLiteral("started_at"), isoTime(r.startedAt) },
                    { QStringLiteral("completed_at"), optTime(r.completedAt) } });
            }
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("tenant_id"), tenant },
                    { QStringLiteral("schedule"), scheduleInfo(*s, false) },
                    { QStringLiteral("recent_executions"), recent } });
        });

    const auto setPaused = [&store](RequestContext& c, bool pause) {
        const QString tenant = c.param(QStringLiteral("tenant_id"));
        const QString name = c.param(QStringLiteral("name"));
        ScheduleRecord* s = findSchedule(store.tenant(tenant), name);
        if (!s)
            return triggerNotFound(name);
        s->paused = pause;
        s->pausedAt
            = pause ? std::optional<QDateTime>(QDateTime::currentDateTimeUtc()) : std::nullopt;
        return HttpResponse::json(200,
            QJsonObject { { QStringLiteral("tenant_id"), tenant }, { QStringLiteral("id"), s->id },
                { QStringLiteral("name"), name },
                { QStringLiteral("status"),
                    pause ? QStringLiteral("paused") : QStringLiteral("resumed") },
                { QStringLiteral("paused"), pause } });
    };
    router.add("POST", QStringLiteral("/v1/tenants/{tenant_id}/triggers/{name}/pause"),
        Scope::Tenant, Level::Write, [setPaused](RequestContext& c) { return setPaused(c, true); });
    router.add("POST", QStringLiteral("/v1/tenants/{tenant_id}/triggers/{name}/resume"),
        Scope::Tenant, Level::Write,
        [setPaused](RequestContext& c) { return setPaused(c, false); });

    router.add("POST", QStringLiteral("/v1/tenants/{tenant_id}/triggers/{name}/fire"),
        Scope::Tenant, Level::Write, [&store, &engine](RequestContext& c) {
            QJsonObject body;
            if (auto bad = parseJsonBody(c.request, body))
                return *bad;
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            const QString name = c.param(QStringLiteral("name"));
            TenantRecord* t = store.tenant(tenant);
            const QStringList workflows = subscribers(t, name);
            if (workflows.isEmpty())
                return HttpResponse::error(404, QStringLiteral("trigger_not_found"),
                    QStringLiteral("trigger '%1' has no subscribed workflows").arg(name));
            const QJsonValue event = body.value(QStringLiteral("event"));
            if (!event.isUndefined() && !event.isNull()) {
                const QJsonArray inputSlots = declaredSlots(store, tenant, workflows);
                const QJsonObject eventObject = event.toObject();
                const QStringList errors = inputSlots.isEmpty()
                    ? QStringList()
                    : validateDeclaredParams(inputSlots, event.isObject() ? &eventObject : nullptr);
                if (!errors.isEmpty())
                    return HttpResponse::error(400, QStringLiteral("trigger_event_invalid"),
                        QStringLiteral("invalid trigger event: %1")
                            .arg(errors.join(QStringLiteral("; "))));
            }
            QJsonArray executions;
            for (const auto& w : workflows) {
                if (const ExecutionRecord* run
                    = engine.start(tenant, w, QStringLiteral("manual"))) {
                    // A manual fire leaves the schedule row alone, as upstream's fire_trigger.
                    executions.append(QJsonObject { { QStringLiteral("execution_id"), run->id },
                        { QStringLiteral("workflow_name"), w } });
                }
            }
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("tenant_id"), tenant },
                    { QStringLiteral("trigger"), name },
                    { QStringLiteral("fired"), executions.size() },
                    { QStringLiteral("executions"), executions } });
        });

    router.add("GET", QStringLiteral("/v1/tenants/{tenant_id}/triggers/{name}/interface"),
        Scope::Tenant, Level::Read, [&store](RequestContext& c) {
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            const QString name = c.param(QStringLiteral("name"));
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("kind"), QStringLiteral("trigger") },
                    { QStringLiteral("name"), name },
                    { QStringLiteral("slots"),
                        declaredSlots(store, tenant, subscribers(store.tenant(tenant), name)) } });
        });
}

} // namespace CloacinaSim

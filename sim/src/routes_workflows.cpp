// SPDX-License-Identifier: Apache-2.0
// Workflow packages (list, upload, inspect, source, pause/resume, delete) and named instances.
#include "cronschedule_p.h"
#include "engine_p.h"
#include "multipart_p.h"
#include "packageregistry_p.h"
#include "routes_p.h"
#include "sourcepackage_p.h"
#include "util_p.h"

#include <cloacinasim/simulator.h>

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimer>

namespace CloacinaSim {

namespace {

    HttpResponse workflowNotFound(const QString& name)
    {
        return HttpResponse::error(404, QStringLiteral("workflow_not_found"),
            QStringLiteral("workflow '%1' not found").arg(name));
    }

    QJsonObject summaryJson(const WorkflowRecord& w)
    {
        return { { QStringLiteral("id"), w.id }, { QStringLiteral("package_name"), w.packageName },
            { QStringLiteral("workflow_name"), w.workflowName },
            { QStringLiteral("version"), w.version },
            { QStringLiteral("description"),
                w.description.isEmpty() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(w.description) },
            { QStringLiteral("tasks"), toJsonArray(w.taskIds()) },
            { QStringLiteral("created_at"), isoTime(w.createdAt) },
            { QStringLiteral("paused"), w.paused } };
    }

    QJsonObject detailJson(const WorkflowRecord& w, const QString& tenant)
    {
        QJsonObject o = summaryJson(w);
        QJsonArray graph;
        for (const auto& t : w.tasks) {
            const auto opt = [](const QString& s) {
                return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
            };
            graph.append(QJsonObject { { QStringLiteral("id"), t.id },
                { QStringLiteral("dependencies"), toJsonArray(t.dependencies) },
                { QStringLiteral("description"), opt(t.description) },
                { QStringLiteral("doc_what"), opt(t.docWhat) },
                { QStringLiteral("doc_why"), opt(t.docWhy) } });
        }
        o.insert(QStringLiteral("tenant_id"), tenant);
        o.insert(QStringLiteral("task_graph"), graph);
        o.insert(QStringLiteral("build_status"), w.buildStatus);
        o.insert(QStringLiteral("build_error"), optString(w.buildError));
        o.insert(QStringLiteral("declared_params"), w.declaredParams);
        return o;
    }

    //! By package UUID (any build state) or package name (built packages only), as upstream's
    //! get_workflow and get_workflow_source.
    WorkflowRecord* findPackage(TenantRecord& t, const QString& name)
    {
        const QString asId = parseUuid(name);
        for (auto& w : t.workflows) {
            if (asId.isEmpty() ? (w.isBuilt() && w.packageName == name) : w.id == asId)
                return &w;
        }
        return nullptr;
    }

    QString languageOf(const QString& path)
    {
        static const QHash<QString, QString> byExt { { QStringLiteral("rs"),
                                                         QStringLiteral("rust") },
            { QStringLiteral("py"), QStringLiteral("python") },
            { QStringLiteral("toml"), QStringLiteral("toml") },
            { QStringLiteral("json"), QStringLiteral("json") },
            { QStringLiteral("yaml"), QStringLiteral("yaml") },
            { QStringLiteral("yml"), QStringLiteral("yaml") },
            { QStringLiteral("md"), QStringLiteral("markdown") },
            { QStringLiteral("pyi"), QStringLiteral("python") },
            { QStringLiteral("txt"), QStringLiteral("text") },
            { QStringLiteral("cfg"), QStringLiteral("ini") }, { QStringLiteral("ini"), QStringLiteral("ini") },
            { QStringLiteral("sh"), QStringLiteral("shell") } };
        if (!path.section(QLatin1Char('/'), -1).contains(QLatin1Char('.')))
            return {};
        return byExt.value(path.section(QLatin1Char('.'), -1));
    }

    QJsonObject instanceJson(const ScheduleRecord& s)
    {
        return { { QStringLiteral("id"), s.id },
            { QStringLiteral("workflow_name"), s.workflowName },
            { QStringLiteral("instance_name"), s.instanceName.value_or(QString()) },
            { QStringLiteral("params"), s.params },
            { QStringLiteral("cron_expression"), optString(s.cronExpression) },
            { QStringLiteral("timezone"), optString(s.timezone) },
            { QStringLiteral("enabled"), s.enabled }, { QStringLiteral("paused"), s.paused },
            { QStringLiteral("next_run_at"), optTime(s.nextRunAt) },
            { QStringLiteral("last_run_at"), optTime(s.lastRunAt) },
            { QStringLiteral("created_at"), isoTime(s.createdAt) } };
    }

    bool validCron(const QString& cron)
    {
        static const QRegularExpression field(QStringLiteral("^[0-9A-Za-z*,/?LW#\\-]+$"));
        const QStringList parts = cron.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() < 5 || parts.size() > 7)
            return false;
        for (const auto& p : parts) {
            if (!field.match(p).hasMatch())
                return false;
        }
        return true;
    }

} // namespace

HttpResponse tenantUnavailable(const QString& tenant)
{
    return HttpResponse::error(500, QStringLiteral("internal_error"),
        QStringLiteral("tenant database error: schema '%1' does not exist").arg(tenant));
}

void addWorkflowRoutes(Router& router, SimContext& ctx)
{
    Store& store = ctx.store;

    router.add("GET", QStringLiteral("/v1/tenants/{tenant_id}/workflows"), Scope::Tenant,
        Level::Read, [&store](RequestContext& c) {
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            TenantRecord* t = store.tenant(tenant);
            if (!t)
                return tenantUnavailable(tenant);
            QJsonArray items;
            for (const auto& w : std::as_const(t->workflows)) {
                if (w.isBuilt()) // pending, building and failed rows are inspected by UUID
                    items.append(summaryJson(w));
            }
            return listResponse(items, tenant);
        });

    const auto uploaded = [](const QString& id, const QString& tenant) {
        return HttpResponse::json(201,
            QJsonObject { { QStringLiteral("package_id"), id }, { QStringLiteral("tenant_id"), tenant } });
    };
    router.add("POST", QStringLiteral("/v1/tenants/{tenant_id}/workflows"), Scope::Tenant,
        Level::Write, [&store, &engine = ctx.engine, &options = ctx.options, uploaded](RequestContext& c) {
            const MultipartResult part = readFileField(c.request);
            if (part.rejection)
                return *part.rejection;
            if (!part.found)
                return HttpResponse::error(400, QStringLiteral("invalid_request"),
                    QStringLiteral("no 'file' field in multipart request"));
            if (part.file.isEmpty())
                return HttpResponse::error(
                    400, QStringLiteral("invalid_request"), QStringLiteral("empty package file"));
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            TenantRecord* t = store.tenant(tenant);
            if (!t)
                return tenantUnavailable(tenant);
            QString error;
            const auto package = readSourcePackage(part.file, &error);
            if (!package)
                return HttpResponse::error(400, QStringLiteral("upload_failed"), error);
            return uploaded(registerPackage(engine, store, options.buildStepMs, tenant, *package, part.file), tenant);
        });

    router.add("GET", QStringLiteral("/v1/tenants/{tenant_id}/workflows/{name}"), Scope::Tenant,
        Level::Read, [&store](RequestContext& c) {
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            TenantRecord* t = store.tenant(tenant);
            if (!t)
                return tenantUnavailable(tenant);
            const WorkflowRecord* w = findPackage(*t, c.param(QStringLiteral("name")));
            return w ? HttpResponse::json(200, detailJson(*w, tenant))
                     : workflowNotFound(c.param(QStringLiteral("name")));
        });

    router.add("GET", QStringLiteral("/v1/tenants/{tenant_id}/workflows/{name}/source"),
        Scope::Tenant, Level::Read, [&store](RequestContext& c) {
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            TenantRecord* t = store.tenant(tenant);
            if (!t)
                return tenantUnavailable(tenant);
            const WorkflowRecord* w = findPackage(*t, c.param(QStringLiteral("name")));
            if (!w)
                return workflowNotFound(c.param(QStringLiteral("name")));
            QJsonArray files;
            for (const auto& f : w->sources) {
                const QString lang = languageOf(f.path);
                files.append(QJsonObject { { QStringLiteral("path"), f.path },
                    { QStringLiteral("contents"), f.contents },
                    { QStringLiteral("language"),
                        lang.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lang) } });
            }
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("tenant_id"), tenant },
                    { QStringLiteral("id"), w->id },
                    { QStringLiteral("package_name"), w->packageName },
                    { QStringLiteral("workflow_name"), w->workflowName },
                    { QStringLiteral("version"), w->version },
                    { QStringLiteral("files"), files } });
        });

    const auto setPaused = [&store](RequestContext& c, bool pause) {
        const QString tenant = c.param(QStringLiteral("tenant_id"));
        const QString name = c.param(QStringLiteral("name"));
        TenantRecord* t = store.tenant(tenant);
        if (!t)
            return tenantUnavailable(tenant);
        // The first built package whose workflow or package name matches, as upstream.
        WorkflowRecord* found = store.workflowByName(tenant, name);
        if (!found)
            return workflowNotFound(name);
        found->paused = pause;
        return HttpResponse::json(200,
            QJsonObject { { QStringLiteral("tenant_id"), tenant },
                { QStringLiteral("id"), found->id }, { QStringLiteral("name"), name },
                { QStringLiteral("status"),
                    pause ? QStringLiteral("paused") : QStringLiteral("resumed") },
                { QStringLiteral("paused"), pause } });
    };
    router.add("POST", QStringLiteral("/v1/tenants/{tenant_id}/workflows/{name}/pause"),
        Scope::Tenant, Level::Write, [setPaused](RequestContext& c) { return setPaused(c, true); });
    router.add("POST", QStringLiteral("/v1/tenants/{tenant_id}/workflows/{name}/resume"),
        Scope::Tenant, Level::Write,
        [setPaused](RequestContext& c) { return setPaused(c, false); });

    // Idempotent: deleting a package that is not there still answers "deleted".
    router.add("DELETE", QStringLiteral("/v1/tenants/{tenant_id}/workflows/{name}/{version}"),
        Scope::Tenant, Level::Write, [&store](RequestContext& c) {
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            const QString name = c.param(QStringLiteral("name"));
            const QString version = c.param(QStringLiteral("version"));
            TenantRecord* t = store.tenant(tenant);
            if (!t)
                return tenantUnavailable(tenant);
            // Only a built package is found by name and version; anything else is a no-op.
            t->workflows.removeIf([&](const WorkflowRecord& w) {
                return w.isBuilt() && w.packageName == name && w.version == version;
            });
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("status"), QStringLiteral("deleted") },
                    { QStringLiteral("package_name"), name },
                    { QStringLiteral("version"), version } });
        });

    // Named instances: schedule rows with an instance name.
    router.add("GET", QStringLiteral("/v1/tenants/{tenant_id}/workflows/{name}/instances"),
        Scope::Tenant, Level::Read, [&store](RequestContext& c) {
            qint64 limit = 0;
            qint64 offset = 0;
            if (auto bad = parsePagination(c.request, limit, offset))
                return *bad;
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            TenantRecord* t = store.tenant(tenant);
            if (!t)
                return tenantUnavailable(tenant);
            QJsonArray items;
            qint64 index = 0;
            // Newest first, as upstream's find_by_workflow.
            for (auto it = t->schedules.crbegin(); it != t->schedules.crend(); ++it) {
                if (it->workflowName != c.param(QStringLiteral("name")) || !it->instanceName)
                    continue;
                if (index++ >= offset && items.size() < limit)
                    items.append(instanceJson(*it));
            }
            return listResponse(items, tenant);
        });

    router.add("POST", QStringLiteral("/v1/tenants/{tenant_id}/workflows/{name}/instances"),
        Scope::Tenant, Level::Write, [&store](RequestContext& c) {
            QJsonObject body;
            if (auto bad = parseJsonBody(c.request, body,
                    { { "instance_name", FieldType::String }, { "cron", FieldType::OptionalString },
                        { "timezone", FieldType::OptionalString },
                        { "enabled", FieldType::OptionalBool } }))
                return *bad;
            const QString instance = body.value(QStringLiteral("instance_name")).toString();
            if (instance.trimmed().isEmpty())
                return HttpResponse::error(400, QStringLiteral("invalid_instance_name"),
                    QStringLiteral("instance_name must not be empty"));
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            const QString workflow = c.param(QStringLiteral("name"));
            TenantRecord* t = store.tenant(tenant);
            if (!t)
                return tenantUnavailable(tenant);
            for (const auto& s : std::as_const(t->schedules)) {
                if (s.workflowName == workflow && s.instanceName == instance)
                    return HttpResponse::error(409, QStringLiteral("instance_exists"),
                        QStringLiteral("instance '%1' already exists for workflow '%2'")
                            .arg(instance, workflow));
            }
            // Bound params are checked against the workflow's declared slots; an unknown
            // workflow has none, so the check fails open and the instance is created.
            const QJsonValue params = body.value(QStringLiteral("params"));
            if (const WorkflowRecord* w = store.workflowByName(tenant, workflow);
                w && !w->declaredParams.isEmpty()) {
                const QJsonObject provided = params.toObject();
                const QStringList errors = validateDeclaredParams(
                    w->declaredParams, params.isObject() ? &provided : nullptr);
                if (!errors.isEmpty())
                    return HttpResponse::error(400, QStringLiteral("instance_params_invalid"),
                        QStringLiteral("invalid instance params: %1").arg(errors.join(QStringLiteral("; "))));
            }
            ScheduleRecord s;
            s.id = newUuid();
            s.scheduleType = QStringLiteral("cron");
            s.workflowName = workflow;
            s.instanceName = instance;
            s.createdAt = QDateTime::currentDateTimeUtc();
            s.timezone = body.value(QStringLiteral("timezone")).toString(QStringLiteral("UTC"));
            s.params = body.value(QStringLiteral("params"));
            if (s.params.isUndefined())
                s.params = QJsonValue::Null;
            const QJsonValue cron = body.value(QStringLiteral("cron"));
            if (cron.isString()) {
                if (!validCron(cron.toString()))
                    return HttpResponse::error(400, QStringLiteral("invalid_cron"),
                        QStringLiteral("invalid cron expression or timezone: %1")
                            .arg(cron.toString()));
                s.cronExpression = cron.toString();
                // The scheduler's first due time (an expression the simulator cannot
                // evaluate, e.g. with `L`, keeps none and never fires).
                if (const auto schedule = CronSchedule::parse(cron.toString(), *s.timezone))
                    s.nextRunAt = schedule->next(s.createdAt);
            }
            if (body.value(QStringLiteral("enabled")).isBool())
                s.enabled = body.value(QStringLiteral("enabled")).toBool();
            t->schedules << s;
            return HttpResponse::json(200, instanceJson(s));
        });

    const auto findInstance = [&store](RequestContext& c) -> ScheduleRecord* {
        TenantRecord* t = store.tenant(c.param(QStringLiteral("tenant_id")));
        if (!t)
            return nullptr;
        for (auto& s : t->schedules) {
            if (s.workflowName == c.param(QStringLiteral("name"))
                && s.instanceName == c.param(QStringLiteral("instance")))
                return &s;
        }
        return nullptr;
    };
    const auto instanceNotFound = [](RequestContext& c) {
        return HttpResponse::error(404, QStringLiteral("instance_not_found"),
            QStringLiteral("instance '%1' of workflow '%2' not found")
                .arg(c.param(QStringLiteral("instance")), c.param(QStringLiteral("name"))));
    };
    router.add("GET",
        QStringLiteral("/v1/tenants/{tenant_id}/workflows/{name}/instances/{instance}"),
        Scope::Tenant, Level::Read, [&store, findInstance, instanceNotFound](RequestContext& c) {
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            if (!store.tenant(tenant))
                return tenantUnavailable(tenant); // find_by_instance_name fails: 500
            const ScheduleRecord* s = findInstance(c);
            return s ? HttpResponse::json(200, instanceJson(*s)) : instanceNotFound(c);
        });
    router.add("DELETE",
        QStringLiteral("/v1/tenants/{tenant_id}/workflows/{name}/instances/{instance}"),
        Scope::Tenant, Level::Write, [&store, findInstance, instanceNotFound](RequestContext& c) {
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            if (!store.tenant(tenant))
                return tenantUnavailable(tenant); // find_by_instance_name fails: 500
            const ScheduleRecord* s = findInstance(c);
            if (!s)
                return instanceNotFound(c);
            const QString id = s->id;
            store.tenant(c.param(QStringLiteral("tenant_id")))
                ->schedules.removeIf([&](const ScheduleRecord& r) { return r.id == id; });
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("tenant_id"), c.param(QStringLiteral("tenant_id")) },
                    { QStringLiteral("workflow_name"), c.param(QStringLiteral("name")) },
                    { QStringLiteral("instance_name"), c.param(QStringLiteral("instance")) },
                    { QStringLiteral("deleted"), true } });
        });
}

} // namespace CloacinaSim

#include <cloacinamodels/console/accesspolicy.h>

#include <QCoreApplication>
#include <QHash>

namespace Cloacina {

namespace {
    using Scope = OperationAccess::Scope;
    using Level = OperationAccess::Level;

    // The server's route table (routes/authz.rs, the `add(...)` list), by operationId.
    const QHash<QString, OperationAccess>& routeAccess()
    {
        static const QHash<QString, OperationAccess> access = [] {
            QHash<QString, OperationAccess> t;
            auto add = [&t](Scope scope, Level level, std::initializer_list<const char*> ids) {
                for (const char* id : ids)
                    t.insert(QString::fromLatin1(id), OperationAccess { scope, level });
            };
            add(Scope::Platform, Level::Admin,
                { "create_tenant", "list_tenants", "remove_tenant", "compiler_status", "list_keys", "create_key",
                    "revoke_key" });
            add(Scope::Any, Level::Admin, { "list_agents" });
            add(Scope::Tenant, Level::Admin,
                { "create_tenant_key", "list_tenant_keys", "revoke_tenant_key", "create_account", "list_accounts",
                    "disable_account", "reset_password", "create_secret", "list_secrets", "get_secret",
                    "rotate_secret", "delete_secret" });
            add(Scope::Tenant, Level::Read,
                { "list_workflows", "get_workflow", "get_workflow_source", "list_instances", "get_instance",
                    "list_triggers", "get_trigger", "get_trigger_interface", "list_executions", "get_execution",
                    "get_execution_events", "get_execution_tasks" });
            add(Scope::Tenant, Level::Write,
                { "upload_workflow", "pause_workflow", "resume_workflow", "delete_workflow", "execute_workflow",
                    "create_instance", "delete_instance", "pause_trigger", "resume_trigger", "fire_trigger" });
            add(Scope::Any, Level::Read,
                { "create_ws_ticket", "refresh", "logout", "whoami", "list_accumulators", "list_reactors",
                    "fire_reactor", "list_reactor_fires", "reactor_fire_timeseries", "inject_accumulator",
                    "get_reactor_interface", "get_accumulator_interface", "list_graphs", "get_graph" });
            return t;
        }();
        return access;
    }

    Level roleLevelOf(const QString& role)
    {
        if (role == QLatin1String("admin"))
            return Level::Admin;
        if (role == QLatin1String("write"))
            return Level::Write;
        return Level::Read; // unknown roles get the least privilege, as on the server
    }

    QString levelName(Level level)
    {
        switch (level) {
        case Level::Admin:
            return QStringLiteral("admin");
        case Level::Write:
            return QStringLiteral("write");
        case Level::Read:
            break;
        }
        return QStringLiteral("read");
    }

    QString trAccess(const char* text)
    {
        return QCoreApplication::translate("Cloacina::AccessPolicy", text);
    }
} // namespace

std::optional<OperationAccess> operationAccess(const QString& operationId)
{
    const auto it = routeAccess().constFind(operationId);
    if (it == routeAccess().constEnd())
        return std::nullopt;
    return *it;
}

QString accessDeniedReason(const std::optional<WhoamiResponse>& identity, const QString& operationId,
    const QString& tenant)
{
    const std::optional<OperationAccess> access = operationAccess(operationId);
    if (!identity || !access || identity->isAdmin)
        return QString();
    const Level role = roleLevelOf(identity->role);
    switch (access->scope) {
    case Scope::Platform:
        return trAccess("Only a global admin key may do this; this key belongs to a tenant.");
    case Scope::Tenant: {
        const QString keyTenant = identity->tenantId && !identity->tenantId->isNull()
            ? identity->tenantId->value()
            : QString();
        if (keyTenant.isEmpty())
            return trAccess("This key belongs to no tenant and is not an admin key.");
        if (keyTenant != tenant)
            return trAccess("This key belongs to tenant \"%1\", not \"%2\".").arg(keyTenant, tenant);
        break;
    }
    case Scope::Any:
        break;
    }
    if (role < access->level)
        return trAccess("This key's role is %1; this needs %2.").arg(levelName(role), levelName(access->level));
    return QString();
}

} // namespace Cloacina

// The role gating of console actions follows the server's route table (routes/authz.rs).
#include <cloacinamodels/console/accesspolicy.h>

#include <QTest>

using namespace Cloacina;

namespace {
WhoamiResponse key(const QString& role, const QString& tenant, bool admin = false)
{
    WhoamiResponse who;
    who.name = QStringLiteral("k");
    who.role = role;
    who.isAdmin = admin;
    if (!tenant.isNull())
        who.tenantId = Nullable<QString>(tenant);
    return who;
}
} // namespace

class TestAccessPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unknownIdentityRefusesNothing()
    {
        QVERIFY(accessDeniedReason(std::nullopt, QStringLiteral("delete_workflow"), QStringLiteral("acme")).isEmpty());
    }

    void globalAdminMayDoEverything()
    {
        const auto admin = key(QStringLiteral("admin"), QString(), true);
        for (const char* op : { "create_tenant", "list_keys", "delete_workflow", "list_secrets", "compiler_status" })
            QVERIFY2(accessDeniedReason(admin, QString::fromLatin1(op), QStringLiteral("acme")).isEmpty(), op);
    }

    void readKeysMayReadButNotWrite()
    {
        const auto reader = key(QStringLiteral("read"), QStringLiteral("acme"));
        QVERIFY(accessDeniedReason(reader, QStringLiteral("list_workflows"), QStringLiteral("acme")).isEmpty());
        QVERIFY(accessDeniedReason(reader, QStringLiteral("fire_reactor"), QStringLiteral("acme")).isEmpty());
        const QString why = accessDeniedReason(reader, QStringLiteral("pause_workflow"), QStringLiteral("acme"));
        QVERIFY(why.contains(QStringLiteral("read")));
        QVERIFY(why.contains(QStringLiteral("write")));
    }

    void tenantAdminsManageTheirTenantOnly()
    {
        const auto tenantAdmin = key(QStringLiteral("admin"), QStringLiteral("acme"));
        QVERIFY(accessDeniedReason(tenantAdmin, QStringLiteral("list_secrets"), QStringLiteral("acme")).isEmpty());
        QVERIFY(accessDeniedReason(tenantAdmin, QStringLiteral("list_agents"), QStringLiteral("acme")).isEmpty());
        QVERIFY(accessDeniedReason(tenantAdmin, QStringLiteral("list_secrets"), QStringLiteral("globex"))
                    .contains(QStringLiteral("acme")));
        // Platform operations need a global admin key, whatever the role.
        QVERIFY(!accessDeniedReason(tenantAdmin, QStringLiteral("list_tenants"), QStringLiteral("acme")).isEmpty());
        QVERIFY(!accessDeniedReason(tenantAdmin, QStringLiteral("compiler_status"), QStringLiteral("acme")).isEmpty());
    }

    void writeKeysMayNotAdminister()
    {
        const auto writer = key(QStringLiteral("write"), QStringLiteral("acme"));
        QVERIFY(accessDeniedReason(writer, QStringLiteral("fire_trigger"), QStringLiteral("acme")).isEmpty());
        QVERIFY(!accessDeniedReason(writer, QStringLiteral("create_tenant_key"), QStringLiteral("acme")).isEmpty());
        QVERIFY(!accessDeniedReason(writer, QStringLiteral("list_agents"), QStringLiteral("acme")).isEmpty());
    }

    void unknownRolesGetTheLeastPrivilege()
    {
        const auto odd = key(QStringLiteral("superuser"), QStringLiteral("acme"));
        QVERIFY(accessDeniedReason(odd, QStringLiteral("list_workflows"), QStringLiteral("acme")).isEmpty());
        QVERIFY(!accessDeniedReason(odd, QStringLiteral("upload_workflow"), QStringLiteral("acme")).isEmpty());
    }

    void everyContractOperationIsClassified()
    {
        // Operations without a key (health, ready, local_login) are the only ones left out.
        for (const char* op : { "health", "ready", "local_login" })
            QVERIFY(!operationAccess(QString::fromLatin1(op)));
        for (const char* op : { "list_agents", "list_keys", "create_key", "revoke_key", "logout", "refresh",
                 "whoami", "create_ws_ticket", "compiler_status", "list_accumulators", "inject_accumulator",
                 "get_accumulator_interface", "list_graphs", "get_graph", "list_reactors", "fire_reactor",
                 "list_reactor_fires", "reactor_fire_timeseries", "get_reactor_interface", "list_tenants",
                 "create_tenant", "remove_tenant", "list_accounts", "create_account", "disable_account",
                 "reset_password", "list_executions", "get_execution", "get_execution_events",
                 "get_execution_tasks", "list_tenant_keys", "create_tenant_key", "revoke_tenant_key",
                 "list_secrets", "create_secret", "get_secret", "rotate_secret", "delete_secret", "list_triggers",
                 "get_trigger", "fire_trigger", "get_trigger_interface", "pause_trigger", "resume_trigger",
                 "list_workflows", "upload_workflow", "get_workflow", "execute_workflow", "list_instances",
                 "create_instance", "get_instance", "delete_instance", "pause_workflow", "resume_workflow",
                 "get_workflow_source", "delete_workflow" })
            QVERIFY2(operationAccess(QString::fromLatin1(op)).has_value(), op);
    }
};

QTEST_APPLESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"

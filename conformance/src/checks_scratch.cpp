// Write checks inside the scratch tenant the session created (and removes): full lifecycles of
// tenant keys, accounts and sessions, secrets and instances, and the refusals of writes that
// name things the tenant does not have.
#include "checks_p.h"
#include "expect_p.h"

#include <cloacina/types.h>
#include <cloacinaconformance/context.h>

#include <QJsonDocument>

namespace Cloacina::Conformance::Detail {

namespace {

    Check scratchCheck(const char* operationId, const QString& name, Role role, std::function<void(Context&)> run,
        const QStringList& alsoCovers = {})
    {
        return makeCheck(operationId, name, Access::Write, role, Scope::ScratchTenant, std::move(run), alsoCovers);
    }

    void tenantKeyLifecycle(Context& ctx)
    {
        const QString tenant = ctx.scratchTenant();
        CreateKeyRequest request;
        request.name = QStringLiteral("conformance-t-%1").arg(ctx.stamp());
        request.role = KeyRole::Write;
        const auto created = ctx.await(ctx.client().createTenantKey(request, tenant));
        CONFORM_OK(created);
        CONFORM_VERIFY(!created.value().key.isEmpty(), tr("no plaintext key in the 201"));
        CONFORM_VERIFY(created.value().tenantId && !created.value().tenantId->isNull()
                && created.value().tenantId->value() == tenant,
            tr("the key is not scoped to the tenant"));
        const auto listed = ctx.await(ctx.client().listTenantKeys(tenant));
        CONFORM_OK(listed);
        CONFORM_VERIFY(std::any_of(listed.value().items.begin(), listed.value().items.end(),
                           [&](const KeyInfo& k) { return k.id == created.value().id; }),
            tr("the new key is not listed"));
        CONFORM_VERIFY(!QJsonDocument(listed.value().toJson()).toJson().contains(created.value().key.toUtf8()),
            tr("the listing contains the plaintext key"));
        // The new key works, for its own tenant only.
        auto holder = ctx.newClient();
        holder->setApiKey(created.value().key);
        const auto who = ctx.await(holder->whoami());
        CONFORM_OK(who);
        CONFORM_EQ(who.value().role, QStringLiteral("write"));
        const auto revoked = ctx.await(ctx.client().revokeTenantKey(created.value().id, tenant));
        CONFORM_OK(revoked);
        CONFORM_EQ(revoked.value().status, QStringLiteral("revoked"));
        CONFORM_STATUS(ctx.await(holder->whoami()), 401);
        CONFORM_API(ctx.await(ctx.client().revokeTenantKey(ctx.absentUuid(), tenant)), 404, "key_not_found");
    }

    void accountLifecycle(Context& ctx)
    {
        const QString tenant = ctx.scratchTenant();
        CreateAccountRequest request;
        request.username = QStringLiteral("conformance-%1").arg(ctx.stamp());
        request.password = QStringLiteral("first password 123");
        request.role = QStringLiteral("write");
        const auto created = ctx.await(ctx.client().createAccount(request, tenant));
        CONFORM_OK(created);
        CONFORM_EQ(created.value().username, request.username);
        const auto listed = ctx.await(ctx.client().listAccounts(tenant));
        CONFORM_OK(listed);
        CONFORM_VERIFY(std::any_of(listed.value().items.begin(), listed.value().items.end(),
                           [&](const AccountInfo& a) { return a.id == created.value().id; }),
            tr("the new account is not listed"));
        ResetPasswordRequest reset;
        reset.password = QStringLiteral("second password 456");
        CONFORM_OK(ctx.await(ctx.client().resetPassword(created.value().id, reset, tenant)));

        auto user = ctx.newClient();
        CONFORM_STATUS(ctx.await(user->login(request.username, request.password, tenant)), 401);
        const auto login = ctx.await(user->login(request.username, reset.password, tenant));
        CONFORM_OK(login);
        CONFORM_VERIFY(user->hasApiKey(), tr("login did not set the session key"));
        const auto refreshed = ctx.await(user->refreshSession());
        CONFORM_OK(refreshed);
        CONFORM_VERIFY(refreshed.value().key != login.value().key, tr("refresh returned the same key"));
        CONFORM_OK(ctx.await(user->logout()));
        CONFORM_VERIFY(!user->hasApiKey(), tr("logout kept the session key"));

        CONFORM_OK(ctx.await(ctx.client().disableAccount(created.value().id, tenant)));
        CONFORM_STATUS(ctx.await(user->login(request.username, reset.password, tenant)), 401);
    }

    void secretLifecycle(Context& ctx)
    {
        const QString tenant = ctx.scratchTenant();
        const QString name = QStringLiteral("conformance-secret-%1").arg(ctx.stamp());
        const QString value = QStringLiteral("conformance-value-%1").arg(ctx.absentUuid());
        CreateSecretRequest request;
        request.name = name;
        request.fields.insert(QStringLiteral("token"), value);
        const auto created = ctx.await(ctx.client().createSecret(request, tenant));
        if (!created.ok() && created.error().httpStatus == 503) {
            CONFORM_API(created, 503, "secrets_not_configured");
            return ctx.skip(tr("secrets are not configured on this server (503 secrets_not_configured)"));
        }
        CONFORM_OK(created);
        CONFORM_EQ(created.value().name, name);
        CONFORM_EQ(created.value().fieldNames, QList<QString> { QStringLiteral("token") });
        CONFORM_VERIFY(!QJsonDocument(created.value().toJson()).toJson().contains(value.toUtf8()),
            tr("the answer contains the secret value"));
        CONFORM_API(ctx.await(ctx.client().createSecret(request, tenant)), 409, "secret_exists");
        const auto listed = ctx.await(ctx.client().listSecrets(tenant));
        CONFORM_OK(listed);
        CONFORM_VERIFY(std::any_of(listed.value().items.begin(), listed.value().items.end(),
                           [&](const SecretMetadataResponse& s) { return s.name == name; }),
            tr("the new secret is not listed"));
        const auto fetched = ctx.await(ctx.client().getSecret(name, tenant));
        CONFORM_OK(fetched);
        CONFORM_EQ(fetched.value().id, created.value().id);
        CONFORM_VERIFY(!QJsonDocument(fetched.value().toJson()).toJson().contains(value.toUtf8()),
            tr("the answer contains the secret value"));
        RotateSecretRequest rotate;
        rotate.fields.insert(QStringLiteral("token"), QStringLiteral("rotated"));
        rotate.fields.insert(QStringLiteral("extra"), QStringLiteral("field"));
        const auto rotated = ctx.await(ctx.client().rotateSecret(name, rotate, tenant));
        CONFORM_OK(rotated);
        CONFORM_EQ(rotated.value().fieldNames.size(), 2);
        CONFORM_API(ctx.await(ctx.client().getSecret(ctx.absentName(), tenant)), 404, "secret_not_found");
        const auto deleted = ctx.await(ctx.client().deleteSecret(name, tenant));
        CONFORM_OK(deleted);
        CONFORM_EQ(deleted.value().status, QStringLiteral("deleted"));
        CONFORM_API(ctx.await(ctx.client().getSecret(name, tenant)), 404, "secret_not_found");
    }

    // routes/instances.rs does not check that the workflow exists: an instance is a named
    // binding, so a made-up workflow name is enough (and runs nothing without a cron).
    void instanceLifecycle(Context& ctx)
    {
        const QString tenant = ctx.scratchTenant();
        const QString workflow = QStringLiteral("conformance-workflow-%1").arg(ctx.stamp());
        CreateInstanceRequest request;
        request.instanceName = QStringLiteral("conformance-%1").arg(ctx.stamp());
        request.params = QJsonObject { { QStringLiteral("region"), QStringLiteral("emea") } };
        const auto created = ctx.await(ctx.client().createInstance(workflow, request, tenant));
        CONFORM_OK(created);
        CONFORM_EQ(created.value().instanceName, request.instanceName);
        CONFORM_API(ctx.await(ctx.client().createInstance(workflow, request, tenant)), 409, "instance_exists");
        const auto listed = ctx.await(ctx.client().listInstances(workflow, {}, tenant));
        CONFORM_OK(listed);
        CONFORM_EQ(listed.value().tenantId, tenant);
        CONFORM_VERIFY(std::any_of(listed.value().items.begin(), listed.value().items.end(),
                           [&](const WorkflowInstanceSummary& i) { return i.instanceName == request.instanceName; }),
            tr("the new instance is not listed"));
        CONFORM_OK(ctx.await(ctx.client().getInstance(workflow, request.instanceName, tenant)));
        const auto deleted = ctx.await(ctx.client().deleteInstance(workflow, request.instanceName, tenant));
        CONFORM_OK(deleted);
        CONFORM_VERIFY(deleted.value().deleted, tr("deleted is false"));
        CONFORM_API(ctx.await(ctx.client().getInstance(workflow, request.instanceName, tenant)), 404, "instance_not_found");
        CONFORM_API(ctx.await(ctx.client().deleteInstance(workflow, request.instanceName, tenant)), 404,
            "instance_not_found");
    }

} // namespace

void addScratchWriteChecks(QList<Check>& out)
{
    out << scratchCheck("create_tenant", tr("creates and removes another tenant"), Role::PlatformAdmin,
        [](Context& ctx) {
            CreateTenantRequest request;
            request.name = ctx.scratchTenant() + QStringLiteral("_rm");
            request.description = Nullable<QString>(QStringLiteral("cloacina-conformance"));
            ctx.adoptTenant(request.name); // removed by the session if this check ends early
            const auto created = ctx.await(ctx.client().createTenant(request));
            CONFORM_OK(created);
            CONFORM_EQ(created.value().name, request.name);
            const auto removed = ctx.await(ctx.client().removeTenant(request.name));
            CONFORM_OK(removed);
            ctx.releaseTenant(request.name);
            CONFORM_EQ(removed.value().schemaName, request.name);
        },
        { QStringLiteral("remove_tenant") });
    out << scratchCheck("create_tenant_key", tr("create, list, use, revoke a tenant key"),
        Role::TenantAdmin, tenantKeyLifecycle,
        { QStringLiteral("list_tenant_keys"), QStringLiteral("revoke_tenant_key"), QStringLiteral("whoami") });
    out << scratchCheck("create_account", tr("create, reset password, login, refresh, logout, disable"),
        Role::TenantAdmin, accountLifecycle,
        { QStringLiteral("list_accounts"), QStringLiteral("reset_password"), QStringLiteral("local_login"),
            QStringLiteral("refresh"), QStringLiteral("logout"), QStringLiteral("disable_account") });
    out << scratchCheck("create_secret", tr("create, 409, list, get, rotate, delete; never the value"),
        Role::TenantAdmin, secretLifecycle,
        { QStringLiteral("list_secrets"), QStringLiteral("get_secret"), QStringLiteral("rotate_secret"),
            QStringLiteral("delete_secret") });
    out << scratchCheck("create_instance", tr("create (workflow not checked), 409, list, get, delete"),
        Role::Write, instanceLifecycle,
        { QStringLiteral("list_instances"), QStringLiteral("get_instance"), QStringLiteral("delete_instance") });
    // routes/workflows.rs: the registry refuses bytes that are not a source package.
    out << scratchCheck("upload_workflow", tr("a file that is not a package is 400 upload_failed"), Role::Write,
        [](Context& ctx) {
            CONFORM_API(ctx.await(ctx.client().uploadWorkflow(QByteArray("not a package"),
                            QStringLiteral("conformance.cloacina"), ctx.scratchTenant())),
                400, "upload_failed");
        });
    out << scratchCheck("delete_workflow", tr("idempotent: an unknown package is 200 deleted"),
        Role::Write, [](Context& ctx) {
            for (int i = 0; i < 2; ++i) {
                const auto r = ctx.await(
                    ctx.client().deleteWorkflow(ctx.absentName(), QStringLiteral("0.0.0"), ctx.scratchTenant()));
                CONFORM_OK(r);
                CONFORM_EQ(r.value().status, QStringLiteral("deleted"));
            }
        });
    out << scratchCheck("pause_workflow", tr("unknown workflow: pause/resume 404 workflow_not_found"),
        Role::Write,
        [](Context& ctx) {
            CONFORM_API(ctx.await(ctx.client().pauseWorkflow(ctx.absentName(), ctx.scratchTenant())), 404,
                "workflow_not_found");
            CONFORM_API(ctx.await(ctx.client().resumeWorkflow(ctx.absentName(), ctx.scratchTenant())), 404,
                "workflow_not_found");
        },
        { QStringLiteral("resume_workflow") });
    // A tenant other than `public` may only run its own workflows (routes/executions.rs).
    out << scratchCheck("execute_workflow", tr("unknown workflow is 404 (tenants other than public)"),
        Role::Write, [](Context& ctx) {
            ExecuteRequest request;
            request.context = QJsonObject { { QStringLiteral("k"), QStringLiteral("v") } };
            CONFORM_API(ctx.await(ctx.client().executeWorkflow(ctx.absentName(), request, ctx.scratchTenant())), 404,
                "workflow_not_found");
        });
    out << scratchCheck("pause_trigger", tr("unknown trigger: pause/resume 404 trigger_not_found"),
        Role::Write,
        [](Context& ctx) {
            CONFORM_API(ctx.await(ctx.client().pauseTrigger(ctx.absentName(), ctx.scratchTenant())), 404,
                "trigger_not_found");
            CONFORM_API(ctx.await(ctx.client().resumeTrigger(ctx.absentName(), ctx.scratchTenant())), 404,
                "trigger_not_found");
        },
        { QStringLiteral("resume_trigger") });
    out << scratchCheck("fire_trigger", tr("unsubscribed trigger is 404 trigger_not_found"),
        Role::Write, [](Context& ctx) {
            CONFORM_API(ctx.await(ctx.client().fireTrigger(ctx.absentName(), {}, ctx.scratchTenant())), 404,
                "trigger_not_found");
        });
}

} // namespace Cloacina::Conformance::Detail

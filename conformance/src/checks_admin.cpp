// Listing checks of the administrative surface: tenants, keys, accounts, secrets. They read
// only; plaintext keys and secret values must never appear in a listing.
#include "checks_p.h"
#include "expect_p.h"

#include <cloacina/types.h>
#include <cloacinaconformance/context.h>

#include <QJsonDocument>

namespace Cloacina::Conformance::Detail {

namespace {

    //! Fails unless no listed key carries a plaintext `key` field.
    template <typename List>
    QString plaintextKeyIn(const List& items)
    {
        for (const KeyInfo& k : items) {
            if (k.unknownFields.contains(QLatin1String("key")))
                return tr("key '%1' is listed with its plaintext").arg(k.name);
        }
        return {};
    }

} // namespace

void addAdminReadChecks(QList<Check>& out)
{
    out << makeCheck("list_tenants", tr("lists tenants (and the scratch tenant)"),
        Access::ReadOnly, Role::PlatformAdmin, Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().listTenants());
            CONFORM_OK(r);
            if (!ctx.scratchTenant().isEmpty()) {
                CONFORM_VERIFY(std::any_of(r.value().items.begin(), r.value().items.end(),
                                   [&](const TenantSummary& t) { return t.name == ctx.scratchTenant(); }),
                    tr("the scratch tenant %1 is not listed").arg(ctx.scratchTenant()));
            }
        });
    out << makeCheck("list_keys", tr("lists keys without their plaintext"), Access::ReadOnly,
        Role::PlatformAdmin, Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().listKeys());
            CONFORM_OK(r);
            CONFORM_EQ(r.value().total, qint64(r.value().items.size()));
            const QString leak = plaintextKeyIn(r.value().items);
            CONFORM_VERIFY(leak.isEmpty(), leak);
        });
    out << makeCheck("list_tenant_keys", tr("lists the tenant's keys without their plaintext"),
        Access::ReadOnly, Role::TenantAdmin, Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().listTenantKeys(ctx.tenant()));
            CONFORM_OK(r);
            const QString leak = plaintextKeyIn(r.value().items);
            CONFORM_VERIFY(leak.isEmpty(), leak);
        });
    out << makeCheck("list_accounts", tr("lists the tenant's local accounts"), Access::ReadOnly,
        Role::TenantAdmin, Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().listAccounts(ctx.tenant()));
            CONFORM_OK(r);
            CONFORM_EQ(r.value().total, qint64(r.value().items.size()));
        });
    out << makeCheck("list_secrets", tr("lists secret metadata, or 503 secrets_not_configured"),
        Access::ReadOnly, Role::TenantAdmin, Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().listSecrets(ctx.tenant()));
            if (!r.ok() && r.error().httpStatus == 503) {
                CONFORM_API(r, 503, "secrets_not_configured");
                return ctx.skip(tr("secrets are not configured on this server (503 secrets_not_configured)"));
            }
            CONFORM_OK(r);
            CONFORM_EQ(r.value().total, qint64(r.value().items.size()));
        });
}

} // namespace Cloacina::Conformance::Detail

// SPDX-License-Identifier: Apache-2.0
// Tenants, tenant-scoped keys and local accounts.
#include "routes_p.h"
#include "util_p.h"

#include <QRegularExpression>

namespace CloacinaSim {

namespace {

    QJsonObject accountJson(const AccountRecord& a)
    {
        return { { QStringLiteral("id"), a.id }, { QStringLiteral("username"), a.username },
            { QStringLiteral("role"), a.role }, { QStringLiteral("status"), a.status } };
    }

} // namespace

void addTenantRoutes(Router& router, SimContext& ctx)
{
    Store& store = ctx.store;

    router.add("POST", QStringLiteral("/v1/tenants"), Scope::Platform, Level::Admin,
        [&store](RequestContext& c) {
            QJsonObject body;
            if (auto bad = parseJsonBody(c.request, body,
                    { { "name", FieldType::String }, { "description", FieldType::OptionalString },
                        { "password", FieldType::OptionalString } }))
                return *bad;
            const QString name = body.value(QStringLiteral("name")).toString();
            static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
            if (!valid.match(name).hasMatch())
                return HttpResponse::error(400, QStringLiteral("tenant_creation_failed"),
                    QStringLiteral("Invalid schema name '%1': must be alphanumeric + underscore")
                        .arg(name));
            if (store.tenant(name))
                return HttpResponse::error(400, QStringLiteral("tenant_creation_failed"),
                    QStringLiteral("Schema '%1' already exists").arg(name));
            TenantRecord& t = store.ensureTenant(name);
            const QJsonValue description = body.value(QStringLiteral("description"));
            if (description.isString())
                t.description = description.toString();
            return HttpResponse::json(201,
                QJsonObject { { QStringLiteral("name"), name },
                    { QStringLiteral("username"), name },
                    { QStringLiteral("description"), optString(t.description) } });
        });

    router.add("GET", QStringLiteral("/v1/tenants"), Scope::Platform, Level::Admin,
        [&store](RequestContext&) {
            QJsonArray items;
            // Upstream lists schemas other than `public`, by name.
            for (const auto& t : std::as_const(store.tenants)) {
                if (t.name != QLatin1String("public"))
                    items.append(QJsonObject { { QStringLiteral("name"), t.name } });
            }
            return listResponse(items);
        });

    router.add("DELETE", QStringLiteral("/v1/tenants/{schema_name}"), Scope::Platform, Level::Admin,
        [&store](RequestContext& c) {
            const QString name = c.param(QStringLiteral("schema_name"));
            if (name == QLatin1String("public") || !store.tenant(name))
                return HttpResponse::error(400, QStringLiteral("tenant_removal_failed"),
                    QStringLiteral("schema '%1' does not exist").arg(name));
            int revoked = 0;
            for (auto& k : store.keys) {
                if (!k.revoked && k.auth.tenantId == name) {
                    k.revoked = true;
                    ++revoked;
                }
            }
            store.tenants.remove(name);
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("status"), QStringLiteral("removed") },
                    { QStringLiteral("schema_name"), name },
                    { QStringLiteral("revoked_keys"), revoked },
                    { QStringLiteral("runner_evicted"), false },
                    { QStringLiteral("db_cache_evicted"), false } });
        });

    // Tenant-scoped keys.
    router.add("POST", QStringLiteral("/v1/tenants/{tenant_id}/keys"), Scope::Tenant, Level::Admin,
        [&store](RequestContext& c) {
            QJsonObject body;
            if (auto bad = parseJsonBody(c.request, body, { { "name", FieldType::String } }))
                return *bad;
            const QString role
                = body.value(QStringLiteral("role")).toString(QStringLiteral("admin"));
            if (role != QLatin1String("admin") && role != QLatin1String("write")
                && role != QLatin1String("read"))
                return HttpResponse::text(422,
                    "Failed to deserialize the JSON body into the target type: role: unknown "
                    "variant `"
                        + role.toUtf8() + '`');
            const ApiKeyRecord& k = store.addKey(body.value(QStringLiteral("name")).toString(),
                role, c.param(QStringLiteral("tenant_id")), false);
            QJsonObject o = keyInfoJson(k);
            o.remove(QStringLiteral("revoked"));
            o.insert(QStringLiteral("key"), k.plaintext);
            return HttpResponse::json(201, o);
        });

    router.add("GET", QStringLiteral("/v1/tenants/{tenant_id}/keys"), Scope::Tenant, Level::Admin,
        [&store](RequestContext& c) {
            QJsonArray items;
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            for (const ApiKeyRecord* k : store.keysInOrder()) {
                if (k->auth.tenantId == tenant)
                    items.append(keyInfoJson(*k));
            }
            return listResponse(items);
        });

    router.add("DELETE", QStringLiteral("/v1/tenants/{tenant_id}/keys/{key_id}"), Scope::Tenant,
        Level::Admin, [&store](RequestContext& c) {
            const QString id = parseUuid(c.param(QStringLiteral("key_id")));
            if (id.isEmpty())
                return HttpResponse::error(
                    400, QStringLiteral("invalid_key_id"), QStringLiteral("invalid key ID format"));
            ApiKeyRecord* k = store.key(id);
            if (!k || k->auth.tenantId != c.param(QStringLiteral("tenant_id")))
                return HttpResponse::error(404, QStringLiteral("key_not_found"),
                    QStringLiteral("key not found in this tenant"));
            if (!store.revokeKey(id))
                return HttpResponse::error(404, QStringLiteral("key_not_found"),
                    QStringLiteral("key not found or already revoked"));
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("status"), QStringLiteral("revoked") },
                    { QStringLiteral("id"), c.param(QStringLiteral("key_id")) } });
        });

    // Local accounts.
    router.add("POST", QStringLiteral("/v1/tenants/{tenant_id}/accounts"), Scope::Tenant,
        Level::Admin, [&store](RequestContext& c) {
            QJsonObject body;
            if (auto bad = parseJsonBody(c.request, body,
                    { { "username", FieldType::String }, { "password", FieldType::String },
                        { "role", FieldType::String } }))
                return *bad;
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            const QString username = body.value(QStringLiteral("username")).toString();
            for (const auto& a : std::as_const(store.accounts)) {
                if (a.tenantId == tenant && a.username == username)
                    return HttpResponse::error(500, QStringLiteral("internal_error"),
                        QStringLiteral("failed to create account"));
            }
            AccountRecord a;
            a.id = newUuid();
            a.tenantId = tenant;
            a.username = username;
            a.password = body.value(QStringLiteral("password")).toString();
            a.role = body.value(QStringLiteral("role")).toString();
            store.accounts.insert(a.id, a);
            store.accountOrder << a.id;
            return HttpResponse::json(201, accountJson(a));
        });

    router.add("GET", QStringLiteral("/v1/tenants/{tenant_id}/accounts"), Scope::Tenant,
        Level::Admin, [&store](RequestContext& c) {
            QJsonArray items;
            for (const auto& id : std::as_const(store.accountOrder)) {
                const AccountRecord& a = store.accounts[id];
                if (a.tenantId == c.param(QStringLiteral("tenant_id")))
                    items.append(accountJson(a));
            }
            return listResponse(items);
        });

    const auto accountAction = [&store](RequestContext& c, bool disable) {
        // Extractors run before the handler: a bad body beats a bad id, as upstream.
        QJsonObject body;
        if (!disable) {
            if (auto bad = parseJsonBody(c.request, body, { { "password", FieldType::String } }))
                return *bad;
        }
        const QString raw = c.param(QStringLiteral("account_id"));
        const QString id = parseUuid(raw);
        if (id.isEmpty())
            return HttpResponse::error(400, QStringLiteral("invalid_account_id"),
                QStringLiteral("invalid account ID format"));
        auto it = store.accounts.find(id);
        if (it == store.accounts.end() || it->tenantId != c.param(QStringLiteral("tenant_id")))
            return HttpResponse::error(404, QStringLiteral("account_not_found"),
                QStringLiteral("account not found in this tenant"));
        if (disable)
            it->status = QStringLiteral("disabled");
        else
            it->password = body.value(QStringLiteral("password")).toString();
        return HttpResponse::json(200,
            QJsonObject {
                { QStringLiteral("status"),
                    disable ? QStringLiteral("disabled") : QStringLiteral("password_reset") },
                { QStringLiteral("id"), raw } });
    };
    router.add("DELETE", QStringLiteral("/v1/tenants/{tenant_id}/accounts/{account_id}"),
        Scope::Tenant, Level::Admin,
        [accountAction](RequestContext& c) { return accountAction(c, true); });
    router.add("POST", QStringLiteral("/v1/tenants/{tenant_id}/accounts/{account_id}/password"),
        Scope::Tenant, Level::Admin,
        [accountAction](RequestContext& c) { return accountAction(c, false); });
}

} // namespace CloacinaSim

// SPDX-License-Identifier: Apache-2.0
// Tenants, tenant-scoped keys and local accounts.
#include "routes_p.h"
#include "util_p.h"

namespace CloacinaSim {

namespace {

    QJsonObject accountJson(const AccountRecord& a)
    {
        return { { QStringLiteral("id"), a.id }, { QStringLiteral("username"), a.username },
            { QStringLiteral("role"), a.role }, { QStringLiteral("status"), a.status } };
    }

    //! DatabaseAdmin's schema-name then username validation, as AdminError displays it;
    //! empty when valid.
    QString invalidTenantName(const QString& name)
    {
        const QString schema = QStringLiteral("Invalid schema name: Schema name ");
        if (name.isEmpty() || name.toUtf8().size() > 63)
            return schema + QStringLiteral("length invalid: '%1' (must be 1-63 characters)").arg(name);
        const QChar first = name.front();
        const auto asciiLetter = [](QChar c) {
            return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
        };
        if (!asciiLetter(first) && first != QLatin1Char('_'))
            return schema + QStringLiteral("must start with a letter or underscore: '%1'").arg(name);
        for (const QChar c : name) {
            if (!asciiLetter(c) && !(c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                && c != QLatin1Char('_'))
                return schema
                    + QStringLiteral("contains invalid characters (only alphanumeric and "
                                     "underscore allowed): '%1'")
                          .arg(name);
        }
        static const QStringList reservedSchemas { QStringLiteral("public"),
            QStringLiteral("pg_catalog"), QStringLiteral("information_schema"),
            QStringLiteral("pg_temp") };
        if (reservedSchemas.contains(name.toLower()))
            return schema + QStringLiteral("is reserved: '%1'").arg(name);
        static const QStringList reservedUsers { QStringLiteral("postgres"),
            QStringLiteral("pg_database_owner"), QStringLiteral("pg_read_all_data"),
            QStringLiteral("pg_write_all_data"), QStringLiteral("pg_read_all_settings"),
            QStringLiteral("pg_read_all_stats"), QStringLiteral("pg_stat_scan_tables"),
            QStringLiteral("pg_monitor"), QStringLiteral("pg_read_server_files"),
            QStringLiteral("pg_write_server_files"), QStringLiteral("pg_execute_server_program"),
            QStringLiteral("pg_signal_backend"), QStringLiteral("pg_checkpoint") };
        if (reservedUsers.contains(name.toLower()))
            return QStringLiteral("Invalid username: Username is reserved: '%1'").arg(name);
        return {};
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
            if (const QString invalid = invalidTenantName(name); !invalid.isEmpty())
                return HttpResponse::error(400, QStringLiteral("tenant_creation_failed"), invalid);
            // The schema is created IF NOT EXISTS; the role of the same name then fails.
            if (store.tenant(name))
                return HttpResponse::error(400, QStringLiteral("tenant_creation_failed"),
                    QStringLiteral("SQL execution error: Failed to create user '%1': role \"%2\" "
                                   "already exists")
                        .arg(name, name.toLower()));
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
                // `nspname NOT LIKE 'pg_%'`: `_` is a wildcard there, so any "pg" + 1 char.
                if (t.name != QLatin1String("public")
                    && !(t.name.startsWith(QLatin1String("pg")) && t.name.size() > 2))
                    items.append(QJsonObject { { QStringLiteral("name"), t.name } });
            }
            return listResponse(items);
        });

    router.add("DELETE", QStringLiteral("/v1/tenants/{schema_name}"), Scope::Platform, Level::Admin,
        [&store](RequestContext& c) {
            const QString name = c.param(QStringLiteral("schema_name"));
            // Step 1 revokes the tenant's keys before anything is validated; the schema and
            // role are then dropped IF EXISTS, so only an invalid name fails.
            int revoked = 0;
            for (auto& k : store.keys) {
                if (!k.revoked && k.auth.tenantId == name) {
                    k.revoked = true;
                    ++revoked;
                }
            }
            if (const QString invalid = invalidTenantName(name); !invalid.isEmpty())
                return HttpResponse::error(400, QStringLiteral("tenant_removal_failed"), invalid);
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
            std::optional<HttpResponse> bad;
            const QString role = keyRoleOf(body, bad);
            if (bad)
                return *bad;
            // Upstream does not check that the tenant exists.
            const ApiKeyRecord& k = store.addKey(body.value(QStringLiteral("name")).toString(),
                role, c.param(QStringLiteral("tenant_id")), false);
            return HttpResponse::json(201, keyCreatedJson(k));
        });

    router.add("GET", QStringLiteral("/v1/tenants/{tenant_id}/keys"), Scope::Tenant, Level::Admin,
        [&store](RequestContext& c) {
            QJsonArray items;
            const QString tenant = c.param(QStringLiteral("tenant_id"));
            // Revoked keys included, newest first (list_keys_for_tenant).
            for (const ApiKeyRecord* k : store.keysNewestFirst()) {
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
            // Newest first (list_for_tenant orders by created_at descending).
            for (auto it = store.accountOrder.crbegin(); it != store.accountOrder.crend(); ++it) {
                const AccountRecord& a = store.accounts[*it];
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

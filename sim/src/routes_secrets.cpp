// SPDX-License-Identifier: Apache-2.0
// Tenant secrets: values are write-only, every read is metadata.
#include "routes_p.h"
#include "util_p.h"

#include <cloacinasim/simulator.h>

namespace CloacinaSim {

namespace {

    QJsonObject metadataJson(const SecretRecord& s)
    {
        return { { QStringLiteral("id"), s.id }, { QStringLiteral("name"), s.name },
            { QStringLiteral("field_names"), toJsonArray(s.fieldNames) },
            { QStringLiteral("created_at"), isoTime(s.createdAt) },
            { QStringLiteral("updated_at"), isoTime(s.updatedAt) } };
    }

    HttpResponse notFound(const QString& name)
    {
        return HttpResponse::error(404, QStringLiteral("secret_not_found"),
            QStringLiteral("secret not found: %1").arg(name));
    }

} // namespace

void addSecretRoutes(Router& router, SimContext& ctx)
{
    Store& store = ctx.store;
    const Options& options = ctx.options;
    // Upstream checks the server KEK before anything else.
    const auto unconfigured = [&options]() -> std::optional<HttpResponse> {
        if (options.secretsConfigured)
            return std::nullopt;
        return HttpResponse::error(503, QStringLiteral("secrets_not_configured"),
            QStringLiteral("secrets are not configured on this server (CLOACINA_SECRET_KEK unset "
                           "or invalid)"));
    };
    // Lazily creates the secrets table of a tenant that exists; nullptr otherwise.
    const auto secretsOf = [&store](RequestContext& c) -> QMap<QString, SecretRecord>* {
        TenantRecord* t = store.tenant(c.param(QStringLiteral("tenant_id")));
        return t ? &t->secrets : nullptr;
    };

    router.add("POST", QStringLiteral("/v1/tenants/{tenant_id}/secrets"), Scope::Tenant,
        Level::Admin, [unconfigured, secretsOf](RequestContext& c) {
            QJsonObject body;
            if (auto bad = parseJsonBody(c.request, body,
                    { { "name", FieldType::String }, { "fields", FieldType::StringMap } }))
                return *bad;
            if (auto no = unconfigured())
                return *no;
            if (!secretsOf(c))
                return HttpResponse::error(500, QStringLiteral("internal_error"),
                    QStringLiteral("secret store error"));
            auto& secrets = *secretsOf(c);
            const QString name = body.value(QStringLiteral("name")).toString();
            if (secrets.contains(name))
                return HttpResponse::error(409, QStringLiteral("secret_exists"),
                    QStringLiteral("a secret named '%1' already exists in this tenant").arg(name));
            SecretRecord s;
            s.id = newUuid();
            s.name = name;
            s.fields = body.value(QStringLiteral("fields")).toObject();
            s.fieldNames = s.fields.keys();
            s.createdAt = s.updatedAt = QDateTime::currentDateTimeUtc();
            secrets.insert(name, s);
            return HttpResponse::json(201, metadataJson(s));
        });

    router.add("GET", QStringLiteral("/v1/tenants/{tenant_id}/secrets"), Scope::Tenant,
        Level::Admin, [unconfigured, secretsOf](RequestContext& c) {
            if (auto no = unconfigured())
                return *no;
            if (!secretsOf(c))
                return HttpResponse::error(500, QStringLiteral("internal_error"),
                    QStringLiteral("secret store error"));
            QJsonArray items;
            for (const auto& s : std::as_const(*secretsOf(c)))
                items.append(metadataJson(s));
            return listResponse(items);
        });

    router.add("GET", QStringLiteral("/v1/tenants/{tenant_id}/secrets/{name}"), Scope::Tenant,
        Level::Admin, [unconfigured, secretsOf](RequestContext& c) {
            if (auto no = unconfigured())
                return *no;
            if (!secretsOf(c))
                return HttpResponse::error(500, QStringLiteral("internal_error"),
                    QStringLiteral("secret store error"));
            const QString name = c.param(QStringLiteral("name"));
            const auto& secrets = *secretsOf(c);
            if (!secrets.contains(name))
                return notFound(name);
            return HttpResponse::json(200, metadataJson(secrets.value(name)));
        });

    router.add("PUT", QStringLiteral("/v1/tenants/{tenant_id}/secrets/{name}"), Scope::Tenant,
        Level::Admin, [unconfigured, secretsOf](RequestContext& c) {
            QJsonObject body;
            if (auto bad = parseJsonBody(c.request, body, { { "fields", FieldType::StringMap } }))
                return *bad;
            if (auto no = unconfigured())
                return *no;
            if (!secretsOf(c))
                return HttpResponse::error(500, QStringLiteral("internal_error"),
                    QStringLiteral("secret store error"));
            const QString name = c.param(QStringLiteral("name"));
            auto& secrets = *secretsOf(c);
            if (!secrets.contains(name))
                return notFound(name);
            SecretRecord& s = secrets[name];
            s.fields = body.value(QStringLiteral("fields")).toObject();
            s.fieldNames = s.fields.keys();
            s.updatedAt = QDateTime::currentDateTimeUtc();
            return HttpResponse::json(200, metadataJson(s));
        });

    router.add("DELETE", QStringLiteral("/v1/tenants/{tenant_id}/secrets/{name}"), Scope::Tenant,
        Level::Admin, [unconfigured, secretsOf](RequestContext& c) {
            if (auto no = unconfigured())
                return *no;
            if (!secretsOf(c))
                return HttpResponse::error(500, QStringLiteral("internal_error"),
                    QStringLiteral("secret store error"));
            const QString name = c.param(QStringLiteral("name"));
            if (secretsOf(c)->remove(name) == 0)
                return notFound(name);
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("status"), QStringLiteral("deleted") },
                    { QStringLiteral("name"), name } });
        });
}

} // namespace CloacinaSim

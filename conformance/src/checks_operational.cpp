// Operational checks: version lockstep, health, identity, authentication failures.
#include "checks_p.h"
#include "expect_p.h"

#include <cloacinaconformance/context.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace Cloacina::Conformance::Detail {

Check versionCheck()
{
    return makeCheck("version", tr("server and SDK speak the same contract version"), Access::ReadOnly,
        Role::AnyKey, Scope::UserTenant, [](Context& ctx) {
            const auto server = ctx.await(ctx.client().checkServerVersion());
            CONFORM_OK(server);
            const QString sdk = CloacinaClient::contractVersion();
            CONFORM_VERIFY(CloacinaClient::versionsCompatible(server.value(), sdk),
                tr("the server is %1 but this SDK speaks %2: their major.minor versions differ, so "
                   "requests and answers may not match; upgrade the one that is behind")
                    .arg(server.value(), sdk));
        });
}

void addOperationalChecks(QList<Check>& out)
{
    out << makeCheck("health", tr("answers 200 {\"status\":\"ok\"} without a key"), Access::ReadOnly,
        Role::AnyKey, Scope::UserTenant, [](Context& ctx) {
            auto anonymous = ctx.newClient();
            const auto r = ctx.await(anonymous->health());
            CONFORM_OK(r);
            CONFORM_EQ(r.value().toObject().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        });
    out << makeCheck("ready", tr("200, or 503 while a dependency is down; with a status"),
        Access::ReadOnly, Role::AnyKey, Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().ready());
            if (r.ok()) {
                CONFORM_VERIFY(r.value().toObject().contains(QLatin1String("status")), tr("no status field"));
                return;
            }
            CONFORM_STATUS(r, 503);
            CONFORM_VERIFY(QJsonDocument::fromJson(r.error().bodySample).object().contains(QLatin1String("status")),
                tr("a 503 without a status field"));
        });
    out << makeCheck("whoami", tr("names the key's role"), Access::ReadOnly, Role::AnyKey, Scope::UserTenant,
        [](Context& ctx) {
            const auto r = ctx.await(ctx.client().whoami());
            CONFORM_OK(r);
            CONFORM_VERIFY(!r.value().role.isEmpty(), tr("empty role"));
            CONFORM_VERIFY(!r.value().name.isEmpty(), tr("empty key name"));
        });
    out << makeCheck("auth", tr("no key or a wrong key is 401 with a code"),
        Access::ReadOnly, Role::AnyKey, Scope::UserTenant,
        [](Context& ctx) {
            auto anonymous = ctx.newClient();
            CONFORM_OK(ctx.await(anonymous->health()));
            const auto none = ctx.await(anonymous->listExecutions({}, ctx.tenant()));
            CONFORM_STATUS(none, 401);
            CONFORM_EQ(none.error().kind, Error::Kind::Api);
            CONFORM_VERIFY(!none.error().code.isEmpty(), tr("a 401 without a code"));
            CONFORM_EQ(anonymous->connectionState(), CloacinaClient::ConnectionState::Unauthorized);
            anonymous->setApiKey(QStringLiteral("conformance-not-a-key-%1").arg(ctx.stamp()));
            CONFORM_STATUS(ctx.await(anonymous->whoami()), 401);
        },
        { QStringLiteral("list_executions") });
    out << makeCheck("openapi", tr("serves an OpenAPI 3.1 document without a key"), Access::ReadOnly,
        Role::AnyKey, Scope::UserTenant, [](Context& ctx) {
            auto anonymous = ctx.newClient();
            const auto doc = ctx.await(anonymous->rawRequest("GET", QStringLiteral("/openapi.json")));
            CONFORM_OK(doc);
            const QString openapi = doc.value().toObject().value(QLatin1String("openapi")).toString();
            CONFORM_VERIFY(openapi.startsWith(QLatin1String("3.1")),
                tr("openapi is '%1', expected 3.1.x").arg(openapi));
        });
    out << makeCheck("list_agents", tr("lists agents; total is the page size"), Access::ReadOnly,
        Role::AdminRole, Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().listAgents());
            CONFORM_OK(r);
            CONFORM_EQ(r.value().total, qint64(r.value().items.size()));
        });
    out << makeCheck("compiler_status", tr("reports the compiler's status"), Access::ReadOnly,
        Role::PlatformAdmin, Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().compilerStatus());
            CONFORM_OK(r);
            CONFORM_VERIFY(!r.value().status.isEmpty(), tr("empty status"));
        });
}

} // namespace Cloacina::Conformance::Detail

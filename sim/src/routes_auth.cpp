// SPDX-License-Identifier: Apache-2.0
// Keys, WebSocket tickets and login sessions.
#include "routes_p.h"
#include "tickets_p.h"
#include "util_p.h"

namespace CloacinaSim {

namespace {

    constexpr int loginKeyTtlSeconds = 15 * 60;

    QJsonObject loginJson(const ApiKeyRecord& k)
    {
        return { { QStringLiteral("key"), k.plaintext },
            { QStringLiteral("tenant_id"), optString(k.auth.tenantId) },
            { QStringLiteral("role"), k.auth.permissions },
            { QStringLiteral("expires_at"), optTime(k.expiresAt) } };
    }

} // namespace

QString keyRoleOf(const QJsonObject& body, std::optional<HttpResponse>& error)
{
    const QJsonValue role = body.value(QStringLiteral("role"));
    if (role.isUndefined())
        return QStringLiteral("admin"); // serde default of KeyRole
    const QString r = role.toString();
    if (r != QLatin1String("admin") && r != QLatin1String("write") && r != QLatin1String("read"))
        error = HttpResponse::text(422,
            "Failed to deserialize the JSON body into the target type: role: unknown variant `"
                + r.toUtf8() + "`, expected one of `admin`, `write`, `read`");
    return r;
}

QJsonObject keyCreatedJson(const ApiKeyRecord& k)
{
    QJsonObject o = keyInfoJson(k);
    o.remove(QStringLiteral("revoked"));
    o.insert(QStringLiteral("key"), k.plaintext);
    return o;
}

QJsonObject keyInfoJson(const ApiKeyRecord& k)
{
    return { { QStringLiteral("id"), k.auth.keyId }, { QStringLiteral("name"), k.auth.name },
        { QStringLiteral("permissions"), k.auth.permissions },
        { QStringLiteral("tenant_id"), optString(k.auth.tenantId) },
        { QStringLiteral("is_admin"), k.auth.isAdmin },
        { QStringLiteral("created_at"), isoTime(k.createdAt) },
        { QStringLiteral("revoked"), k.revoked } };
}

void addAuthRoutes(Router& router, SimContext& ctx)
{
    Store& store = ctx.store;

    router.add("POST", QStringLiteral("/v1/auth/keys"), Scope::Platform, Level::Admin,
        [&store](RequestContext& c) {
            QJsonObject body;
            if (auto bad = parseJsonBody(c.request, body, { { "name", FieldType::String } }))
                return *bad;
            std::optional<HttpResponse> bad;
            const QString role = keyRoleOf(body, bad);
            if (bad)
                return *bad;
            // Upstream scopes keys made here to the public tenant and never grants is_admin.
            const ApiKeyRecord& k = store.addKey(body.value(QStringLiteral("name")).toString(),
                role, QStringLiteral("public"), false);
            return HttpResponse::json(201, keyCreatedJson(k));
        });

    router.add("GET", QStringLiteral("/v1/auth/keys"), Scope::Platform, Level::Admin,
        [&store](RequestContext&) {
            QJsonArray items;
            for (const ApiKeyRecord* k : store.keysNewestFirst())
                items.append(keyInfoJson(*k));
            return listResponse(items);
        });

    router.add("DELETE", QStringLiteral("/v1/auth/keys/{key_id}"), Scope::Platform, Level::Admin,
        [&store](RequestContext& c) {
            const QString id = parseUuid(c.param(QStringLiteral("key_id")));
            if (id.isEmpty())
                return HttpResponse::error(
                    400, QStringLiteral("invalid_key_id"), QStringLiteral("invalid key ID format"));
            if (!store.revokeKey(id))
                return HttpResponse::error(404, QStringLiteral("key_not_found"),
                    QStringLiteral("key not found or already revoked"));
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("status"), QStringLiteral("revoked") },
                    { QStringLiteral("id"), c.param(QStringLiteral("key_id")) } });
        });

    TicketStore& tickets = ctx.tickets;
    router.add("POST", QStringLiteral("/v1/auth/ws-ticket"), Scope::Any, Level::Read,
        [&tickets](RequestContext& c) {
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("ticket"), tickets.issue(*c.auth) },
                    { QStringLiteral("expires_in_seconds"), TicketStore::ttlSeconds } });
        });

    router.add(
        "GET", QStringLiteral("/v1/auth/whoami"), Scope::Any, Level::Read, [](RequestContext& c) {
            const AuthKey& a = *c.auth;
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("tenant_id"), optString(a.tenantId) },
                    { QStringLiteral("role"), a.permissions },
                    { QStringLiteral("is_admin"), a.isAdmin },
                    { QStringLiteral("name"), a.name } });
        });

    router.add("POST", QStringLiteral("/v1/auth/logout"), Scope::Any, Level::Read,
        [&store](RequestContext& c) {
            store.revokeKey(c.auth->keyId);
            return HttpResponse::json(
                200, QJsonObject { { QStringLiteral("status"), QStringLiteral("logged_out") } });
        });

    router.add("POST", QStringLiteral("/v1/auth/refresh"), Scope::Any, Level::Read,
        [&store](RequestContext& c) {
            ApiKeyRecord* current = store.key(c.auth->keyId);
            if (!current->issuedVia.startsWith(QLatin1String("local:")))
                return HttpResponse::error(400, QStringLiteral("not_refreshable"),
                    QStringLiteral("only minted login keys can be refreshed"));
            const QString accountId = current->issuedVia.mid(6);
            const auto account = store.accounts.constFind(accountId);
            if (account == store.accounts.constEnd()
                || account->status != QLatin1String("active")) {
                store.revokeKey(current->auth.keyId);
                return HttpResponse::error(401, QStringLiteral("unauthorized"),
                    QStringLiteral("account is no longer active"));
            }
            const AuthKey old = current->auth;
            const QString via = current->issuedVia;
            const ApiKeyRecord& fresh = store.addKey(via, old.permissions, old.tenantId, false, via,
                QDateTime::currentDateTimeUtc().addSecs(loginKeyTtlSeconds));
            const QJsonObject answer = loginJson(fresh);
            store.revokeKey(old.keyId);
            return HttpResponse::json(200, answer);
        });

    router.add("POST", QStringLiteral("/v1/auth/local/login"), Scope::Public, Level::Read,
        [&store](RequestContext& c) {
            QJsonObject body;
            if (auto bad = parseJsonBody(c.request, body,
                    { { "username", FieldType::String }, { "password", FieldType::String },
                        { "tenant", FieldType::OptionalString } }))
                return *bad;
            const QString username = body.value(QStringLiteral("username")).toString();
            const QString password = body.value(QStringLiteral("password")).toString();
            const QJsonValue tenantValue = body.value(QStringLiteral("tenant"));
            const std::optional<QString> tenant = tenantValue.isString()
                ? std::optional<QString>(tenantValue.toString())
                : std::nullopt;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const auto throttled = [&now](const QDateTime& until) {
                HttpResponse r = HttpResponse::error(429, QStringLiteral("login_throttled"),
                    QStringLiteral("too many failed login attempts — try again later"));
                r.headers.append(
                    { "retry-after", QByteArray::number(qMax<qint64>(1, now.secsTo(until))) });
                return r;
            };
            // Throttle keys exist whether or not the account does: the username (within the
            // requested tenant, `_` without one) and the source address (always loopback here).
            LoginThrottle& throttle = store.loginThrottle;
            const QString userKey = LoginThrottle::usernameKey(tenant, username);
            const QString ipKey = LoginThrottle::ipKey(QStringLiteral("127.0.0.1"));
            for (const QString& key : { userKey, ipKey }) {
                if (const auto until = throttle.lockedUntil(key, now))
                    return throttled(*until);
            }
            // Without a tenant only global accounts (no tenant) match, as `authenticate`.
            const AccountRecord* match = nullptr;
            for (const auto& a : std::as_const(store.accounts)) {
                if (a.username == username
                    && (tenant ? a.tenantId == *tenant : a.tenantId.isEmpty())) {
                    match = &a;
                    break;
                }
            }
            if (!match || match->password != password || match->status != QLatin1String("active")) {
                const auto userLock
                    = throttle.recordFailure(userKey, LoginThrottle::usernamePolicy(), now);
                const auto ipLock = throttle.recordFailure(ipKey, LoginThrottle::ipPolicy(), now);
                if (userLock || ipLock)
                    return throttled(std::max(userLock.value_or(now), ipLock.value_or(now)));
                return HttpResponse::error(401, QStringLiteral("unauthorized"),
                    QStringLiteral("invalid username or password"));
            }
            throttle.clear(userKey);
            const QString via = QStringLiteral("local:") + match->id;
            const ApiKeyRecord& k = store.addKey(
                via, match->role, match->tenantId, false, via, now.addSecs(loginKeyTtlSeconds));
            return HttpResponse::json(200, loginJson(k));
        });
}

} // namespace CloacinaSim

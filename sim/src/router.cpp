// SPDX-License-Identifier: Apache-2.0
#include "router_p.h"

#include <QUrl>

namespace CloacinaSim {

QStringList pathSegments(const QString& rawPath)
{
    QStringList out;
    const QStringList parts = rawPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const auto& p : parts)
        out << QUrl::fromPercentEncoding(p.toUtf8());
    return out;
}

Router::Router(Store& store)
    : m_store(store)
{
}

void Router::add(const QByteArray& method, const QString& pattern, Scope scope, Level level,
    RouteHandler handler)
{
    m_routes.append(Route { method, pattern, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts),
        scope, level, std::move(handler) });
}

namespace {

    bool isParam(const QString& segment) { return segment.startsWith(QLatin1Char('{')); }

    //! Static segments outrank parameters, leftmost first (like axum's matchit).
    bool moreSpecific(const QStringList& a, const QStringList& b)
    {
        for (int i = 0; i < a.size() && i < b.size(); ++i) {
            if (isParam(a.at(i)) != isParam(b.at(i)))
                return !isParam(a.at(i));
        }
        return false;
    }

} // namespace

HttpResponse Router::dispatch(const HttpRequest& request) const
{
    const QStringList rawSegments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QStringList segments = pathSegments(request.path);
    const QStringList* best = nullptr;
    for (const auto& route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        bool match = true;
        for (int i = 0; i < segments.size() && match; ++i) {
            const QString& s = route.segments.at(i);
            match = isParam(s) ? !rawSegments.at(i).isEmpty() : s == rawSegments.at(i);
        }
        if (match && (!best || moreSpecific(route.segments, *best)))
            best = &route.segments;
    }
    if (!best)
        return HttpResponse::error(
            404, QStringLiteral("not_found"), QStringLiteral("no route matches this request"));

    const Route* chosen = nullptr;
    for (const auto& route : m_routes) {
        if (route.segments == *best && route.method == request.method)
            chosen = &route;
    }
    if (!chosen) {
        // axum answers an unsupported method with an empty 405.
        HttpResponse r;
        r.status = 405;
        return r;
    }
    RequestContext context { request, {}, std::nullopt };
    for (int i = 0; i < segments.size(); ++i) {
        const QString& s = chosen->segments.at(i);
        if (isParam(s))
            context.params.insert(s.mid(1, s.size() - 2), segments.at(i));
    }
    if (auto denied = authorize(*chosen, context))
        return *denied;
    return chosen->handler(context);
}

std::optional<HttpResponse> Router::authorize(const Route& route, RequestContext& context) const
{
    if (route.scope == Scope::Public)
        return std::nullopt;
    const QString token = context.request.bearerToken();
    if (token.isEmpty())
        return HttpResponse::error(401, QStringLiteral("unauthorized"),
            QStringLiteral("missing or malformed Authorization header"));
    context.auth = m_store.validate(token);
    if (!context.auth)
        return HttpResponse::error(
            401, QStringLiteral("unauthorized"), QStringLiteral("invalid or revoked API key"));

    const AuthKey& key = *context.auth;
    if (key.isAdmin)
        return std::nullopt;
    const auto adminRequired = [] {
        return HttpResponse::error(
            403, QStringLiteral("admin_required"), QStringLiteral("admin access required"));
    };
    const Level role = key.permissions == QLatin1String("admin") ? Level::Admin
        : key.permissions == QLatin1String("write")              ? Level::Write
                                                                 : Level::Read;
    const auto insufficient = [] {
        return HttpResponse::error(403, QStringLiteral("insufficient_permissions"),
            QStringLiteral("insufficient permissions"));
    };
    switch (route.scope) {
    case Scope::Platform:
    case Scope::Control:
        return adminRequired();
    case Scope::Tenant:
        if (!key.tenantId || *key.tenantId != context.param(QStringLiteral("tenant_id")))
            return HttpResponse::error(403, QStringLiteral("tenant_access_denied"),
                QStringLiteral("access denied for this tenant"));
        if (role < route.level)
            return insufficient();
        return std::nullopt;
    case Scope::Any:
        if (role < route.level)
            return insufficient();
        return std::nullopt;
    case Scope::Public:
        break;
    }
    return std::nullopt;
}

} // namespace CloacinaSim

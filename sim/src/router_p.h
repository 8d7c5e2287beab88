// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httpmessage_p.h"
#include "store_p.h"

#include <QHash>
#include <QVector>

#include <functional>
#include <optional>

namespace CloacinaSim {

//! Who may call a route (upstream's authz table).
enum class Scope {
    Public, //!< no key needed
    Platform, //!< platform admin only
    Tenant, //!< key of the `{tenant_id}` path tenant (or platform admin)
    Any, //!< any valid key with enough role
    Control, //!< simulator control surface: an admin key
};

enum class Level { Read = 0,
    Write = 1,
    Admin = 2 };

struct RequestContext {
    const HttpRequest& request;
    QHash<QString, QString> params; //!< percent-decoded path parameters
    std::optional<AuthKey> auth;
    QString param(const QString& name) const { return params.value(name); }
};

using RouteHandler = std::function<HttpResponse(RequestContext&)>;

//! Matches method + path against route patterns, then authenticates and authorizes
//! in upstream's order: route match (404/405), bearer (401), role/tenant (403).
class Router {
public:
    explicit Router(Store& store);

    void add(const QByteArray& method, const QString& pattern, Scope scope, Level level,
        RouteHandler handler);
    HttpResponse dispatch(const HttpRequest& request) const;
    int routeCount() const { return m_routes.size(); }

private:
    struct Route {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Scope scope;
        Level level;
        RouteHandler handler;
    };
    std::optional<HttpResponse> authorize(const Route& route, RequestContext& context) const;

    Store& m_store;
    QVector<Route> m_routes;
};

//! Splits a raw path into percent-decoded segments.
QStringList pathSegments(const QString& rawPath);

} // namespace CloacinaSim

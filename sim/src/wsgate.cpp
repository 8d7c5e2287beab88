// SPDX-License-Identifier: Apache-2.0
#include "deliveryhub_p.h"
#include "endpointsockets_p.h"
#include "logging_p.h"
#include "router_p.h"
#include "tickets_p.h"
#include "wsgate_p.h"

#include <QTcpSocket>
#include <QWebSocket>

namespace CloacinaSim {

WebSocketGate::WebSocketGate(Store& store, TicketStore& tickets, DeliveryHub& hub,
    EndpointSockets& endpoints, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_tickets(tickets)
    , m_hub(hub)
    , m_endpoints(endpoints)
    , m_server(QStringLiteral("cloacina-sim"), QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &WebSocketGate::onNewConnection);
}

std::optional<HttpResponse> WebSocketGate::upgrade(const HttpRequest& request, QTcpSocket* socket)
{
    const QStringList segments = pathSegments(request.path);
    if (segments.size() != 4 || segments.at(0) != QLatin1String("v1")
        || segments.at(1) != QLatin1String("ws") || request.method != "GET")
        return HttpResponse::error(
            404, QStringLiteral("not_found"), QStringLiteral("no route matches this request"));
    Kind kind;
    if (segments.at(2) == QLatin1String("delivery"))
        kind = Kind::Delivery;
    else if (segments.at(2) == QLatin1String("accumulator"))
        kind = Kind::Accumulator;
    else if (segments.at(2) == QLatin1String("reactor"))
        kind = Kind::Reactor;
    else
        return HttpResponse::error(
            404, QStringLiteral("not_found"), QStringLiteral("no route matches this request"));
    const QString name = segments.at(3);

    // Header bearer first (an API key); otherwise ?token= is always a single-use ticket.
    std::optional<AuthKey> auth;
    const QString bearer = request.bearerToken();
    const QString ticket
        = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (!bearer.isEmpty()) {
        auth = m_store.validate(bearer);
        if (!auth)
            return HttpResponse::error(
                401, QStringLiteral("unauthorized"), QStringLiteral("invalid bearer token"));
    } else if (!ticket.isEmpty()) {
        auth = m_tickets.consume(ticket);
        if (!auth)
            return HttpResponse::error(401, QStringLiteral("unauthorized"),
                QStringLiteral("invalid or expired WebSocket ticket"));
        // The ticket's key may have been revoked since it was minted; upstream trusts the
        // ticket for its lifetime, and so do we.
    } else {
        return HttpResponse::error(
            401, QStringLiteral("unauthorized"), QStringLiteral("missing auth token"));
    }

    if (kind == Kind::Accumulator && !m_endpoints.mayUseAccumulator(name, *auth))
        return HttpResponse::error(403, QStringLiteral("endpoint_access_denied"),
            QStringLiteral("not authorized for accumulator '%1'").arg(name));
    if (kind == Kind::Reactor && !m_endpoints.mayUseReactor(name, *auth))
        return HttpResponse::error(403, QStringLiteral("endpoint_access_denied"),
            QStringLiteral("not authorized for reactor '%1'").arg(name));

    m_pending.insert(socket->peerPort(), Pending { kind, name, *auth });
    // The handshake bytes are still unread in the socket; QWebSocketServer parses them.
    socket->setParent(nullptr);
    m_server.handleConnection(socket);
    return std::nullopt;
}

void WebSocketGate::onNewConnection()
{
    while (QWebSocket* ws = m_server.nextPendingConnection()) {
        const auto it = m_pending.find(ws->peerPort());
        if (it == m_pending.end()) {
            qCWarning(lcSim) << "upgraded socket without a pending authorization; closing";
            ws->abort();
            ws->deleteLater();
            continue;
        }
        const Pending p = *it;
        m_pending.erase(it);
        switch (p.kind) {
        case Kind::Delivery:
            m_hub.attach(ws, p.name, p.auth.tenantId, p.auth.isAdmin);
            break;
        case Kind::Accumulator:
            m_endpoints.attachAccumulator(ws, p.name, p.auth);
            break;
        case Kind::Reactor:
            m_endpoints.attachReactor(ws, p.name, p.auth);
            break;
        }
    }
}

} // namespace CloacinaSim

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httpmessage_p.h"
#include "store_p.h"

#include <QHash>
#include <QObject>
#include <QWebSocketServer>

#include <optional>

class QTcpSocket;

namespace CloacinaSim {

class TicketStore;
class DeliveryHub;
class EndpointSockets;

//! Authenticates WebSocket upgrades before the handshake and hands accepted
//! sockets to QWebSocketServer, then to the delivery hub or endpoint sockets.
class WebSocketGate : public QObject {
    Q_OBJECT
public:
    WebSocketGate(Store& store, TicketStore& tickets, DeliveryHub& hub, EndpointSockets& endpoints,
        QObject* parent = nullptr);

    //! HttpServer::Upgrade: a refusal (401/403/404), or nullopt once the socket is taken.
    std::optional<HttpResponse> upgrade(const HttpRequest& request, QTcpSocket* socket);

private:
    enum class Kind { Delivery,
        Accumulator,
        Reactor };
    struct Pending {
        Kind kind;
        QString name;
        AuthKey auth;
    };
    void onNewConnection();

    Store& m_store;
    TicketStore& m_tickets;
    DeliveryHub& m_hub;
    EndpointSockets& m_endpoints;
    QWebSocketServer m_server;
    QHash<quint16, Pending> m_pending; //!< by client port: unique per loopback connection
};

} // namespace CloacinaSim

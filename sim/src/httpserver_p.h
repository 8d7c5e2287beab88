// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httpmessage_p.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace CloacinaSim {

struct FaultConfig;

//! A small HTTP/1.1 server on QTcpServer: keep-alive, Content-Length bodies, and
//! WebSocket upgrades handed over untouched. Faults are applied when writing.
class HttpServer : public QObject {
    Q_OBJECT
public:
    using Dispatch = std::function<HttpResponse(const HttpRequest&)>;
    //! Returns a response to refuse the upgrade, or nullopt after taking the socket
    //! (whose handshake bytes are still unread).
    using Upgrade = std::function<std::optional<HttpResponse>(const HttpRequest&, QTcpSocket*)>;

    HttpServer(FaultConfig& faults, QObject* parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress& address, quint16 port, QString* errorMessage);
    quint16 port() const;
    //! Stops listening and aborts every accepted socket: idle keep-alive connections,
    //! requests in flight and sockets handed over to WebSockets (bytes already written,
    //! such as a close frame, are flushed first). listen() works again afterwards.
    void close();

    void setDispatch(Dispatch dispatch) { m_dispatch = std::move(dispatch); }
    void setUpgrade(Upgrade upgrade) { m_upgrade = std::move(upgrade); }

    HttpResponse dispatch(const HttpRequest& request) const { return m_dispatch(request); }
    std::optional<HttpResponse> upgrade(const HttpRequest& request, QTcpSocket* socket) const
    {
        return m_upgrade(request, socket);
    }
    FaultConfig& faults() const { return m_faults; }

private:
    void onNewConnection();

    FaultConfig& m_faults;
    QTcpServer m_server;
    //! Every accepted socket, also after a WebSocket took it over (QWebSocket drops all
    //! signal connections of the socket, so these are weak pointers, pruned on accept).
    QList<QPointer<QTcpSocket>> m_sockets;
    Dispatch m_dispatch;
    Upgrade m_upgrade;
};

//! Parses requests from one socket and writes the answers, one at a time.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket* socket, HttpServer* server);

private:
    void onReadyRead();
    bool parseHead(const QByteArray& head);
    void finishRequest();
    void fail(int status, const QByteArray& message);

    QPointer<QTcpSocket> m_socket;
    HttpServer* m_server;
    HttpRequest m_request;
    bool m_haveHead = false;
    bool m_busy = false; //!< a response is still being written (delay, trickle)
    bool m_closeAfter = false;
    qint64 m_bodyRemaining = 0;
};

//! Writes response on socket, applying the faults that match path; calls done when
//! the connection may read the next request (never, if the fault closes it).
void writeResponse(QTcpSocket* socket, HttpResponse response, const QString& path,
    FaultConfig& faults, std::function<void()> done);

} // namespace CloacinaSim

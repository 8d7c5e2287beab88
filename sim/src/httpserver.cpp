// SPDX-License-Identifier: Apache-2.0
#include "httpserver_p.h"
#include "logging_p.h"

#include <cloacinasim/simulator.h>

#include <QTcpSocket>
#include <QUrl>

#include <utility>

namespace CloacinaSim {

namespace {
    constexpr int maxHeadBytes = 64 * 1024;
    constexpr qint64 maxBodyBytes = 100LL * 1024 * 1024; // upstream DefaultBodyLimit
}

HttpServer::HttpServer(FaultConfig& faults, QObject* parent)
    : QObject(parent)
    , m_faults(faults)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress& address, quint16 port, QString* errorMessage)
{
    if (!m_server.listen(address, port)) {
        if (errorMessage)
            *errorMessage = m_server.errorString();
        return false;
    }
    return true;
}

quint16 HttpServer::port() const { return m_server.serverPort(); }

void HttpServer::close()
{
    m_server.close();
    // QTcpServer::close() leaves accepted sockets open: a client would keep sending on a
    // kept-alive connection that nobody reads and wait for its own timeout. Cut them all.
    const QList<QPointer<QTcpSocket>> guarded = std::exchange(m_sockets, {});
    for (const QPointer<QTcpSocket>& s : std::as_const(guarded)) {
        if (!s)
            continue; // destroyed by an earlier abort's disconnected handler
        if (s->state() == QAbstractSocket::ConnectedState)
            s->flush(); // e.g. the 1001 close frame of a delivery socket
        s->abort();
    }
    const auto connections = findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly);
    for (auto* c : connections)
        delete c;
    // Sockets never handed to the WebSocket server still belong to m_server.
    for (const QPointer<QTcpSocket>& s : std::as_const(guarded)) {
        if (s && s->parent() == &m_server)
            s->deleteLater();
    }
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_sockets.removeIf([](const QPointer<QTcpSocket>& s) { return s.isNull(); });
        m_sockets << socket;
        new HttpConnection(socket, this);
    }
}

HttpConnection::HttpConnection(QTcpSocket* socket, HttpServer* server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
{
    // The socket stays a child of the QTcpServer until an upgrade hands it on.
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (m_socket)
            m_socket->deleteLater();
        deleteLater();
    });
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::fail(int status, const QByteArray& message)
{
    HttpResponse r = HttpResponse::text(status, message);
    r.closeAfter = true;
    m_busy = true;
    writeResponse(m_socket, r, QStringLiteral("/_sim/internal"), m_server->faults(), [] {});
}

bool HttpConnection::parseHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return false;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return false;
    m_request = {};
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    const int q = m_request.target.indexOf('?');
    m_request.path = QString::fromLatin1(q < 0 ? m_request.target : m_request.target.left(q));
    if (q >= 0)
        m_request.query = QUrlQuery(QString::fromLatin1(m_request.target.mid(q + 1)));
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        m_request.headers.insert(
            line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    m_closeAfter
        = m_request.header("connection").toLower() == "close" || requestLine.at(2) == "HTTP/1.0";
    return true;
}

void HttpConnection::onReadyRead()
{
    while (m_socket && !m_busy) {
        if (!m_haveHead) {
            // Peek, never read, so an upgrade can be handed over with its bytes intact.
            const QByteArray peeked
                = m_socket->peek(qMin<qint64>(m_socket->bytesAvailable(), maxHeadBytes + 4));
            const int end = peeked.indexOf("\r\n\r\n");
            if (end < 0) {
                if (peeked.size() > maxHeadBytes)
                    fail(431, "request header too large");
                return;
            }
            if (!parseHead(peeked.left(end))) {
                m_socket->read(end + 4);
                fail(400, "malformed request");
                return;
            }
            if (m_request.isWebSocketUpgrade()) {
                QTcpSocket* socket = m_socket;
                disconnect(socket, nullptr, this, nullptr);
                const auto refusal = m_server->upgrade(m_request, socket);
                if (!refusal) {
                    m_socket = nullptr;
                    deleteLater();
                    return;
                }
                connect(socket, &QTcpSocket::disconnected, this, [this] {
                    if (m_socket)
                        m_socket->deleteLater();
                    deleteLater();
                });
                socket->read(end + 4);
                HttpResponse r = *refusal;
                r.closeAfter = true;
                m_busy = true;
                writeResponse(socket, r, m_request.path, m_server->faults(), [] {});
                return;
            }
            m_socket->read(end + 4);
            if (m_request.header("transfer-encoding").toLower().contains("chunked")) {
                fail(411, "chunked request bodies are not supported by the simulator");
                return;
            }
            bool ok = true;
            const QByteArray cl = m_request.header("content-length");
            m_bodyRemaining = cl.isEmpty() ? 0 : cl.toLongLong(&ok);
            if (!ok || m_bodyRemaining < 0) {
                fail(400, "invalid content-length");
                return;
            }
            if (m_bodyRemaining > maxBodyBytes) {
                fail(413, "length limit exceeded");
                return;
            }
            m_haveHead = true;
        }
        if (m_bodyRemaining > 0) {
            const QByteArray chunk = m_socket->read(m_bodyRemaining);
            m_request.body += chunk;
            m_bodyRemaining -= chunk.size();
            if (m_bodyRemaining > 0)
                return;
        }
        m_haveHead = false;
        finishRequest();
    }
}

void HttpConnection::finishRequest()
{
    HttpResponse response = m_server->dispatch(m_request);
    if (m_closeAfter)
        response.closeAfter = true;
    m_busy = true;
    QPointer<HttpConnection> self(this);
    writeResponse(m_socket, std::move(response), m_request.path, m_server->faults(), [self] {
        if (!self)
            return;
        self->m_busy = false;
        if (self->m_socket && self->m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(self, &HttpConnection::onReadyRead, Qt::QueuedConnection);
    });
}

} // namespace CloacinaSim

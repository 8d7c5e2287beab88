#include "scriptedserver.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

ScriptedServer::ScriptedServer(QObject* parent)
    : QObject(parent)
{
    m_handler = [](const Recorded&) { return json(200, "{}"); };
}

ScriptedServer::~ScriptedServer() = default;

bool ScriptedServer::start()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptedServer::onConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool ScriptedServer::startTls(const QString& certificatePath, const QString& keyPath)
{
    QFile certFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto* server = new QSslServer(this);
    server->setSslConfiguration(config);
    m_server = server;
    m_tls = true;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptedServer::onConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString ScriptedServer::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? "https" : "http").arg(m_server->serverPort());
}

ScriptedServer::Reply ScriptedServer::json(int status, const QByteArray& body, const QByteArray& requestId)
{
    Reply reply;
    reply.status = status;
    reply.reason = status == 200 ? "OK" : "Status";
    reply.headers = { { "Content-Type", "application/json" } };
    if (!requestId.isEmpty())
        reply.headers.append({ "x-request-id", requestId });
    reply.body = body;
    return reply;
}

void ScriptedServer::onConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (socket->property("pending").toBool())
                ++closedBeforeAnswer;
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedServer::onReadable(QTcpSocket* socket)
{
    // Work on a local buffer: responding may close the socket and drop its map entry.
    QPointer<QTcpSocket> guard(socket);
    QByteArray buffer = m_buffers.take(socket) + socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        Recorded recorded;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        recorded.method = requestLine.value(0);
        recorded.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                recorded.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = recorded.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            break;
        recorded.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        requests.append(recorded);
        socket->setProperty("pending", true);
        respond(socket, m_handler(recorded));
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
    }
    if (guard && !buffer.isEmpty())
        m_buffers.insert(socket, buffer);
}

void ScriptedServer::respond(QPointer<QTcpSocket> socket, const Reply& reply)
{
    if (reply.hang)
        return;
    if (reply.delayMs > 0) {
        Reply now = reply;
        now.delayMs = 0;
        QTimer::singleShot(reply.delayMs, this, [this, socket, now] { respond(socket, now); });
        return;
    }
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reason + "\r\n";
    for (const auto& h : reply.headers)
        head += h.first + ": " + h.second + "\r\n";
    const qint64 total = reply.body.size() + reply.streamBytes;
    if (!reply.omitLength)
        head += "Content-Length: " + QByteArray::number(reply.declaredLength >= 0 ? reply.declaredLength : total) + "\r\n";
    const bool close = reply.omitLength || reply.closeAfterBodyBytes >= 0 || reply.streamBytes > 0;
    head += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";
    socket->write(head);
    QByteArray body = reply.body;
    if (reply.closeAfterBodyBytes >= 0)
        body = body.left(reply.closeAfterBodyBytes);
    socket->write(body);
    socket->setProperty("pending", false);
    if (reply.streamBytes > 0) {
        // Stream in 64 KiB chunks while the client keeps the connection.
        auto remaining = std::make_shared<qint64>(reply.streamBytes);
        auto* timer = new QTimer(socket);
        timer->setInterval(1);
        connect(timer, &QTimer::timeout, socket, [socket, remaining, timer] {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState || *remaining <= 0) {
                timer->stop();
                if (socket)
                    socket->disconnectFromHost();
                return;
            }
            const qint64 n = qMin<qint64>(*remaining, 64 * 1024);
            socket->write(QByteArray(n, 'x'));
            *remaining -= n;
        });
        timer->start();
        return;
    }
    ++answered;
    if (close || reply.closeAfterBodyBytes >= 0) {
        socket->flush();
        socket->disconnectFromHost();
    }
}

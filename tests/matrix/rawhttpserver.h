#pragma once
// A bare QTcpServer that answers every HTTP request in one scripted way, for failure modes the
// simulator cannot produce: a reset after the request, a close-delimited endless body, a 2xx
// with the wrong JSON types, a silent peer (accepts TCP, never answers).

#include <QByteArray>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

class RawHttpServer : public QObject {
public:
    enum class Mode {
        Reset, //!< read the request, then abort the TCP connection (RST)
        Silent, //!< accept, read, never answer
        Fixed, //!< answer with `response` verbatim, then close
        FixedKeepOpen, //!< answer with `response` verbatim and keep the TCP connection open
        Endless, //!< 200 without Content-Length, then `chunk` every turn until the peer leaves
    };

    explicit RawHttpServer(Mode mode, QByteArray response = {})
        : m_mode(mode)
        , m_response(std::move(response))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s] { onRequest(s); });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int connections = 0;
    qint64 bytesWritten = 0;

    static QByteArray json(int status, const QByteArray& body, bool keepAlive = false)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nx-request-id: raw-1\r\nConnection: "
            + (keepAlive ? "keep-alive" : "close") + "\r\n\r\n" + body;
    }

private:
    void onRequest(QTcpSocket* s)
    {
        const QByteArray request = s->readAll();
        if (s->property("answered").toBool() || !request.contains("\r\n\r\n"))
            return;
        s->setProperty("answered", true);
        switch (m_mode) {
        case Mode::Reset:
            s->abort();
            return;
        case Mode::Silent:
            return;
        case Mode::Fixed:
            s->write(m_response);
            s->disconnectFromHost();
            return;
        case Mode::FixedKeepOpen:
            s->write(m_response);
            return;
        case Mode::Endless: {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"items\":[");
            auto* timer = new QTimer(s);
            QPointer<QTcpSocket> guard(s);
            connect(timer, &QTimer::timeout, s, [this, guard] {
                if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                    return;
                if (guard->bytesToWrite() < (1 << 20)) {
                    const QByteArray chunk(64 * 1024, ' ');
                    guard->write(chunk);
                    bytesWritten += chunk.size();
                }
            });
            timer->start(0);
            return;
        }
        }
    }

    Mode m_mode;
    QByteArray m_response;
    QTcpServer m_server;
};

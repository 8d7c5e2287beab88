#include "stream_connection_p.h"
#include "stream_logging_p.h"

#include <cloacina/whenready.h>

#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>

namespace Cloacina {

bool StreamEndpoint::isValid() const
{
    const QString scheme = baseUrl.scheme();
    return baseUrl.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && static_cast<bool>(mintTicket);
}

QUrl StreamEndpoint::webSocketUrl(const QString& encodedPath) const
{
    QUrl url = baseUrl;
    url.setScheme(baseUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString prefix = baseUrl.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + encodedPath, QUrl::StrictMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

namespace StreamDetail {

    int upgradeStatusFromErrorString(const QString& text)
    {
        static const QRegularExpression re(QStringLiteral("status code:?\\s*(\\d{3})"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = re.match(text);
        return match.hasMatch() ? match.captured(1).toInt() : 0;
    }

    Error closeCodeError(int code, const QString& reason, const QString& operationId)
    {
        QString what;
        Error::Kind kind = Error::Kind::Protocol;
        switch (code) {
        case 4400:
            what = QStringLiteral("the server rejected a client frame (close 4400)");
            break;
        case 4426:
            what = QStringLiteral("the server does not speak this protocol version (close 4426)");
            break;
        case 4404:
            kind = Error::Kind::Api;
            what = QStringLiteral("the endpoint is gone or cannot take messages (close 4404)");
            break;
        case 1009:
            what = QStringLiteral("a message from the server exceeds the size limit (close 1009)");
            break;
        case 1001:
            kind = Error::Kind::Network;
            what = QStringLiteral("the server is going away (close 1001)");
            break;
        default:
            kind = Error::Kind::Network;
            what = QStringLiteral("the server closed the socket (close %1)").arg(code);
            break;
        }
        if (!reason.isEmpty())
            what += QStringLiteral(": ") + reason;
        Error error = Error::make(kind, what, operationId);
        error.code = QStringLiteral("ws_close_%1").arg(code);
        return error;
    }

    Connection::Connection(StreamEndpoint endpoint, QString encodedPath, QString operationId, QObject* parent)
        : QObject(parent)
        , m_endpoint(std::move(endpoint))
        , m_path(std::move(encodedPath))
        , m_operationId(std::move(operationId))
    {
        qRegisterMetaType<Outcome>();
        m_handshakeTimer.setSingleShot(true);
        m_pongTimer.setSingleShot(true);
        m_closeTimer.setSingleShot(true);
        connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
            Outcome outcome;
            outcome.kind = Outcome::Kind::HandshakeTimeout;
            outcome.error = Error::make(Error::Kind::Timeout,
                QStringLiteral("no WebSocket upgrade within %1 ms").arg(m_timing.handshakeTimeoutMs),
                m_operationId);
            finish(outcome);
        });
        connect(&m_pingTimer, &QTimer::timeout, this, &Connection::sendPing);
        connect(&m_pongTimer, &QTimer::timeout, this, [this] {
            Outcome outcome;
            outcome.kind = Outcome::Kind::PongTimeout;
            outcome.wasOpen = m_open;
            outcome.openMs = m_open ? m_openClock.elapsed() : 0;
            outcome.error = Error::make(Error::Kind::Timeout,
                QStringLiteral("no pong within %1 ms").arg(m_timing.pongTimeoutMs), m_operationId);
            finish(outcome);
        });
        connect(&m_closeTimer, &QTimer::timeout, this, [this] {
            // The server does not answer close frames; stop waiting.
            Outcome outcome;
            outcome.kind = Outcome::Kind::LocalClose;
            outcome.wasOpen = true;
            outcome.openMs = m_openClock.isValid() ? m_openClock.elapsed() : 0;
            finish(outcome);
        });
    }

    Connection::~Connection()
    {
        teardownSocket();
    }

    bool Connection::isOpen() const
    {
        return m_socket && m_open && m_socket->state() == QAbstractSocket::ConnectedState;
    }

    void Connection::open()
    {
        if (m_active)
            return;
        m_active = true;
        m_open = false;
        m_localClose = false;
        m_sawCloseFrame = false;
        m_sawError = false;
        m_firstError = QAbstractSocket::UnknownSocketError;
        m_firstErrorString.clear();
        ++m_attempts;
        if (m_timing.handshakeTimeoutMs > 0)
            m_handshakeTimer.start(m_timing.handshakeTimeoutMs);

        if (m_attemptContext)
            m_attemptContext->deleteLater();
        m_attemptContext = new QObject(this);
        const quint64 generation = ++m_generation;
        if (!m_endpoint.mintTicket) {
            Outcome outcome;
            outcome.kind = Outcome::Kind::TicketFailed;
            outcome.error = Error::make(Error::Kind::Protocol, QStringLiteral("no ticket source configured"), m_operationId);
            QTimer::singleShot(0, m_attemptContext, [this, outcome] { finish(outcome); });
            return;
        }
        whenReady(m_endpoint.mintTicket(), m_attemptContext, [this, generation](const Result<QString>& ticket) {
            if (!m_active || generation != m_generation)
                return;
            if (!ticket) {
                Outcome outcome;
                outcome.kind = Outcome::Kind::TicketFailed;
                outcome.error = ticket.error();
                outcome.httpStatus = ticket.error().httpStatus;
                finish(outcome);
                return;
            }
            connectWithTicket(ticket.value());
        });
    }

    void Connection::connectWithTicket(const QString& ticket)
    {
        dropSocket();
        m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        // Bounded memory: a frame or message above the limit makes Qt close the socket (1009)
        // instead of buffering it.
        const qint64 maxIncomingBytes = qMax<qint64>(1024, m_timing.maxIncomingMessageBytes);
        m_socket->setMaxAllowedIncomingFrameSize(quint64(maxIncomingBytes));
        m_socket->setMaxAllowedIncomingMessageSize(quint64(maxIncomingBytes));
        if (!m_endpoint.sslConfiguration.isNull())
            m_socket->setSslConfiguration(m_endpoint.sslConfiguration);
        connect(m_socket, &QWebSocket::connected, this, [this] {
            m_handshakeTimer.stop();
            m_open = true;
            m_openClock.start();
            if (m_timing.pingIntervalMs > 0)
                m_pingTimer.start(m_timing.pingIntervalMs);
            qCDebug(lcStream) << "connected" << m_path;
            emit opened();
        });
        connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
            noteTraffic();
            emit textReceived(text);
        });
        connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray& data) {
            noteTraffic();
            emit binaryReceived(data);
        });
        connect(m_socket, &QWebSocket::pong, this, [this] { noteTraffic(); });
        connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            &Connection::onSocketError);
        connect(m_socket, &QWebSocket::stateChanged, this, &Connection::onStateChanged);
        connect(m_socket, &QWebSocket::disconnected, this, &Connection::onDisconnected);

        QUrl url = m_endpoint.webSocketUrl(m_path);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("token"), QString::fromLatin1(QUrl::toPercentEncoding(ticket)));
        url.setQuery(query);
        QNetworkRequest request(url);
        if (!m_endpoint.userAgent.isEmpty())
            request.setHeader(QNetworkRequest::UserAgentHeader, m_endpoint.userAgent);
        ++m_upgrades;
        qCDebug(lcStream) << "upgrading" << m_path;
        m_socket->open(request);
    }

    void Connection::onSocketError(QAbstractSocket::SocketError error)
    {
        if (!m_sawError && !m_sawCloseFrame) {
            m_sawError = true;
            m_firstError = error;
            m_firstErrorString = m_socket ? m_socket->errorString() : QString();
        }
        // A refused upgrade is decided here, not on disconnected(): a server that answers 401/403/503
        // and keeps the TCP connection open leaves Qt 6.4 reporting the error without ever
        // disconnecting, which would otherwise end as a handshake timeout and retry forever.
        // Decided on the next event-loop turn, outside QWebSocket's own handshake code.
        const int upgradeStatus = m_open || !m_socket ? 0 : upgradeStatusFromErrorString(m_socket->errorString());
        if (!m_active || upgradeStatus == 0)
            return;
        QTimer::singleShot(0, this, [this, generation = m_generation, upgradeStatus] {
            if (m_active && generation == m_generation)
                finish(upgradeRefused(upgradeStatus));
        });
    }

    Outcome Connection::upgradeRefused(int status) const
    {
        Outcome outcome;
        outcome.kind = Outcome::Kind::UpgradeRefused;
        outcome.httpStatus = status;
        outcome.error = Error::make(status >= 500 ? Error::Kind::Http : Error::Kind::Api,
            QStringLiteral("the server refused the WebSocket upgrade with HTTP %1").arg(status), m_operationId);
        outcome.error.httpStatus = status;
        if (status == 401)
            outcome.error.code = QStringLiteral("unauthorized");
        else if (status == 403)
            outcome.error.code = QStringLiteral("forbidden");
        return outcome;
    }

    void Connection::onStateChanged(QAbstractSocket::SocketState state)
    {
        // A close frame from the peer moves the socket to ClosingState before any socket error.
        if (state == QAbstractSocket::ClosingState && m_open && !m_sawError && !m_localClose)
            m_sawCloseFrame = true;
    }

    void Connection::onDisconnected()
    {
        if (!m_active || !m_socket)
            return;
        Outcome outcome;
        outcome.wasOpen = m_open;
        outcome.openMs = m_open ? m_openClock.elapsed() : 0;
        const int upgradeStatus = m_open ? 0 : upgradeStatusFromErrorString(m_firstErrorString);
        if (m_localClose) {
            outcome.kind = Outcome::Kind::LocalClose;
        } else if (m_sawCloseFrame || (m_open && !m_sawError) || closeFrameRaced()) {
            outcome.kind = Outcome::Kind::CloseFrame;
            outcome.closeCode = m_socket->closeCode();
            outcome.closeReason = m_socket->closeReason();
            outcome.error = closeCodeError(outcome.closeCode, outcome.closeReason, m_operationId);
        } else if (upgradeStatus != 0) {
            outcome = upgradeRefused(upgradeStatus);
        } else if (m_open && m_firstError == QAbstractSocket::RemoteHostClosedError) {
            outcome.kind = Outcome::Kind::Dropped;
            outcome.error = Error::make(Error::Kind::Network,
                QStringLiteral("the server dropped the connection without a close frame"), m_operationId);
        } else {
            outcome.kind = Outcome::Kind::NetworkError;
            outcome.error = Error::make(Error::Kind::Network,
                m_firstErrorString.isEmpty() ? QStringLiteral("the connection failed") : m_firstErrorString,
                m_operationId);
        }
        finish(outcome);
    }

    bool Connection::closeFrameRaced() const
    {
        // A close frame and the FIN behind it can arrive in one read: Qt may then report
        // RemoteHostClosedError before the ClosingState the frame leads to, yet it has recorded
        // the frame's code. Only a frame sets a code other than these two defaults.
        if (!m_open || m_firstError != QAbstractSocket::RemoteHostClosedError)
            return false;
        const auto code = m_socket->closeCode();
        return code != QWebSocketProtocol::CloseCodeNormal
            && code != QWebSocketProtocol::CloseCodeAbnormalDisconnection;
    }

    void Connection::sendPing()
    {
        if (!isOpen())
            return;
        m_socket->ping();
        if (m_timing.pongTimeoutMs > 0 && !m_pongTimer.isActive())
            m_pongTimer.start(m_timing.pongTimeoutMs);
    }

    void Connection::noteTraffic()
    {
        m_pongTimer.stop();
    }

    bool Connection::sendText(const QString& text)
    {
        if (!isOpen())
            return false;
        m_socket->sendTextMessage(text);
        return true;
    }

    bool Connection::sendBinary(const QByteArray& data)
    {
        if (!isOpen())
            return false;
        m_socket->sendBinaryMessage(data);
        return true;
    }

    void Connection::close(int code, const QString& reason)
    {
        if (!m_active)
            return;
        if (!isOpen()) {
            Outcome outcome;
            outcome.kind = Outcome::Kind::LocalClose;
            finish(outcome);
            return;
        }
        m_localClose = true;
        m_pingTimer.stop();
        m_pongTimer.stop();
        m_closeTimer.start(std::max(1, m_timing.closeTimeoutMs));
        m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    }

    void Connection::abandon()
    {
        m_active = false;
        teardownSocket();
    }

    void Connection::finish(Outcome outcome)
    {
        if (!m_active)
            return;
        m_active = false;
        teardownSocket();
        emit finished(outcome);
    }

    void Connection::teardownSocket()
    {
        m_handshakeTimer.stop();
        m_pingTimer.stop();
        m_pongTimer.stop();
        m_closeTimer.stop();
        ++m_generation; // drops a pending ticket callback
        if (m_attemptContext) {
            m_attemptContext->deleteLater();
            m_attemptContext = nullptr;
        }
        dropSocket();
    }

    void Connection::dropSocket()
    {
        if (m_socket) {
            QWebSocket* socket = m_socket;
            m_socket = nullptr;
            socket->disconnect(this);
            // Unparent first: the socket may be the sender of the signal that is deleting us, so it
            // must outlive this call stack and die on the event loop, not with its parent.
            socket->setParent(nullptr);
            socket->abort();
            socket->deleteLater();
        }
        m_open = false;
    }

} // namespace StreamDetail
} // namespace Cloacina

#pragma once

#include <cloacina/error.h>
#include <cloacina/streamendpoint.h>

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "stream_backoff_p.h"

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace Cloacina::StreamDetail {

//! How one connection attempt ended.
struct Outcome {
    enum class Kind {
        CloseFrame, //!< the server sent a close frame (closeCode valid)
        Dropped, //!< the open socket went away without a close frame (peer closed TCP)
        NetworkError, //!< could not connect, or the connection broke with a socket error
        UpgradeRefused, //!< the server answered the upgrade with an HTTP status (httpStatus)
        TicketFailed, //!< minting the ticket failed (error)
        PongTimeout, //!< no pong nor frame within the deadline
        HandshakeTimeout, //!< no upgrade within the deadline
        LocalClose, //!< we closed it
    };
    Kind kind = Kind::NetworkError;
    int closeCode = 0;
    QString closeReason;
    int httpStatus = 0;
    Error error; //!< a ready-made Error describing the outcome
    bool wasOpen = false; //!< the upgrade had succeeded
    qint64 openMs = 0; //!< how long the socket was open
};

//! One WebSocket connection attempt at a time: ticket, upgrade, ping/pong, close with a deadline.
//! Reports every attempt's end exactly once through finished(), unless abandon() was called.
class Connection : public QObject {
    Q_OBJECT
public:
    Connection(StreamEndpoint endpoint, QString encodedPath, QString operationId,
        QObject* parent = nullptr);
    ~Connection() override;

    void setTiming(const StreamTiming& timing) { m_timing = timing; }
    //! Starts an attempt: mint a ticket, then connect. No-op while an attempt is running.
    void open();
    //! Graceful close: sends a close frame and aborts after closeTimeoutMs at the latest.
    //! finished(LocalClose) follows. A pending ticket or upgrade is dropped at once.
    void close(int code = 1000, const QString& reason = {});
    //! Drops the attempt at once without any further signal.
    void abandon();
    bool isActive() const { return m_active; }
    bool isOpen() const;
    //! Sends a frame; false when the socket is not open.
    bool sendText(const QString& text);
    bool sendBinary(const QByteArray& data);
    //! Redacted URL of the current attempt (no token), for logs.
    QString describe() const { return m_path; }
    //! Attempts started (tickets requested), ever.
    qint64 attempts() const { return m_attempts; }
    //! Upgrade requests sent, ever.
    qint64 upgrades() const { return m_upgrades; }

signals:
    void opened();
    void textReceived(const QString& text);
    void binaryReceived(const QByteArray& data);
    void finished(const Cloacina::StreamDetail::Outcome& outcome);

private:
    void connectWithTicket(const QString& ticket);
    void onSocketError(QAbstractSocket::SocketError error);
    void onStateChanged(QAbstractSocket::SocketState state);
    void onDisconnected();
    Outcome upgradeRefused(int status) const;
    bool closeFrameRaced() const;
    void sendPing();
    void noteTraffic();
    void finish(Outcome outcome);
    void teardownSocket();
    void dropSocket();

    StreamEndpoint m_endpoint;
    QString m_path;
    QString m_operationId;
    StreamTiming m_timing;
    QWebSocket* m_socket = nullptr;
    QObject* m_attemptContext = nullptr; // parent of ticket watchers; dies with the attempt
    QTimer m_handshakeTimer;
    QTimer m_pingTimer;
    QTimer m_pongTimer;
    QTimer m_closeTimer;
    QElapsedTimer m_openClock;
    bool m_active = false;
    bool m_open = false;
    bool m_localClose = false;
    bool m_sawCloseFrame = false;
    bool m_sawError = false;
    QAbstractSocket::SocketError m_firstError = QAbstractSocket::UnknownSocketError;
    QString m_firstErrorString;
    quint64 m_generation = 0;
    qint64 m_attempts = 0;
    qint64 m_upgrades = 0;
};

//! Parses the HTTP status out of QWebSocket's handshake error text ("… status code: 403 …");
//! 0 when absent.
int upgradeStatusFromErrorString(const QString& text);

//! The error for a close code received from the server.
Error closeCodeError(int code, const QString& reason, const QString& operationId);
// Close codes that retrying cannot cure: a frame the server refused (4400), a protocol version
// it does not speak (4426), or a message above our size limit (1009: the server would resend
// the same oversized row forever).
inline bool isUnrecoverableCloseCode(int code)
{
    return code == 4400 || code == 4426 || code == 1009;
}

} // namespace Cloacina::StreamDetail

Q_DECLARE_METATYPE(Cloacina::StreamDetail::Outcome)

#pragma once
// A bare WebSocket for the stream checks that must send what the SDK never sends (a wrong
// protocol version, a reused ticket, repeated acks) and observe the server's exact answer.
#include <cloacina/streamendpoint.h>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QWebSocket>

namespace Cloacina::Conformance {

class Context;

class RawSocket : public QObject {
    Q_OBJECT
public:
    explicit RawSocket(Context& ctx, QObject* parent = nullptr);
    ~RawSocket() override;

    //! Opens \a encodedPath of \a endpoint's server with \a ticket as `?token=` (none when empty)
    //! and waits until the upgrade succeeded or was refused. True when open.
    bool open(const StreamEndpoint& endpoint, const QString& encodedPath, const QString& ticket);
    //! The HTTP status of a refused upgrade; 0 when open or when no HTTP answer arrived.
    int refusedStatus() const { return m_refusedStatus; }
    //! Why the socket is not open (Qt's error text), empty when it is.
    QString errorText() const { return m_errorText; }

    //! Sends \a frame as one compact JSON text frame.
    void send(const QJsonObject& frame);
    //! Waits for the next JSON text frame; an empty object when none came in time.
    QJsonObject nextFrame();
    //! Sends a ping and waits for its pong. True when the pong came back.
    bool ping();
    //! Waits until the server closed the socket; its close code (-1 when it did not close).
    int waitForClose();
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    Context& m_ctx;
    QWebSocket m_socket;
    QList<QJsonObject> m_frames;
    bool m_settled = false;
    bool m_closed = false;
    int m_pongs = 0;
    int m_refusedStatus = 0;
    QString m_errorText;
};

} // namespace Cloacina::Conformance

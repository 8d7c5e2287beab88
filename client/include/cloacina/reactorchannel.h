#pragma once

#include <cloacina/cloacina_export.h>
#include <cloacina/error.h>
#include <cloacina/result.h>
#include <cloacina/streamendpoint.h>

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

//! \file
//! Operator channel of a reactor (`GET /v1/ws/reactor/{name}`): command/response over JSON
//! text frames. Pause and resume exist only here, not in REST.

namespace Cloacina {

//! A successful reply of the reactor socket. An `error` reply is a failed Result instead.
class CLOACINA_EXPORT ReactorResponse {
    Q_GADGET
    Q_PROPERTY(Type type MEMBER type)
    Q_PROPERTY(QJsonObject raw MEMBER raw)

public:
    enum class Type {
        Fired, //!< `{"type":"fired"}`: answer to forceFire() and fireWith()
        State, //!< `{"type":"state","cache":{…}}`: answer to getState()
        Paused, //!< `{"type":"paused"}`
        Resumed, //!< `{"type":"resumed"}`
    };
    Q_ENUM(Type)

    Type type = Type::Fired;
    //! For State: the input cache, boundary name → JSON string rendering of its data.
    QMap<QString, QString> cache;
    QJsonObject raw; //!< The frame as received.
};

class ReactorChannelPrivate;

//! Sends commands to one reactor and matches each reply to its command.
//!
//! Every command returns a future that settles exactly once: with the ReactorResponse; with an
//! Error of kind Api and code `reactor_error` when the reactor answered `error` (that command
//! only: the socket stays open); with a Decode error when the reply does not fit the command;
//! or with the channel's error when the socket closes before the reply (Network for a lost
//! connection — the command may or may not have run; Api `ws_close_4404` when the reactor is
//! gone; Api 403 when the key may not use it). Replies are matched first-in first-out: the
//! server answers each command exactly once, in order.
//!
//! Commands issued while connecting are queued and sent once the socket opens; a command
//! issued while Idle opens the channel. After a lost connection the channel reconnects with
//! backoff (commands in flight fail, queued ones wait); after 403/4404 it is Failed and every
//! command fails at once until open() is called again.
//!
//! Threading: lives in its creator's thread. Lifetime: destroying it cancels every pending
//! future.
class CLOACINA_EXPORT ReactorChannel : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(Cloacina::Error error READ error NOTIFY errorOccurred)
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(int pendingCount READ pendingCount)

public:
    enum class State { Idle, Connecting, Open, Reconnecting, Closed, Failed };
    Q_ENUM(State)

    ReactorChannel(StreamEndpoint endpoint, QString name, QObject* parent = nullptr);
    ~ReactorChannel() override;

    void setTiming(const StreamTiming& timing);
    void open();
    //! Closes; pending commands fail with a Canceled error.
    void close();

    //! `force_fire`: run the graph now. Settles with Type::Fired.
    QFuture<Result<ReactorResponse>> forceFire();
    //! `fire_with`: run with an injected cache (boundary → bytes 0..255). Settles with
    //! Type::Fired; a byte out of range fails at once (Decode) without sending.
    QFuture<Result<ReactorResponse>> fireWith(const QMap<QString, QList<int>>& cache);
    //! `get_state`: settles with Type::State and the cache.
    QFuture<Result<ReactorResponse>> getState();
    //! `pause`: settles with Type::Paused.
    QFuture<Result<ReactorResponse>> pause();
    //! `resume`: settles with Type::Resumed.
    QFuture<Result<ReactorResponse>> resume();

    State state() const;
    Error error() const;
    QString name() const;
    //! Commands queued or awaiting their reply.
    int pendingCount() const;
    qint64 connectionAttempts() const;

signals:
    void stateChanged(Cloacina::ReactorChannel::State state);
    void errorOccurred(const Cloacina::Error& error);
    void failed(const Cloacina::Error& error);

private:
    std::unique_ptr<ReactorChannelPrivate> d;
};

} // namespace Cloacina

Q_DECLARE_METATYPE(Cloacina::ReactorResponse)

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
    //! The kind of reply; see Type.
    Q_PROPERTY(Type type MEMBER type)
    //! The reply frame as received.
    Q_PROPERTY(QJsonObject raw MEMBER raw)

public:
    //! The `type` of a successful reply.
    enum class Type {
        Fired, //!< `{"type":"fired"}`: answer to forceFire() and fireWith()
        State, //!< `{"type":"state","cache":{…}}`: answer to getState()
        Paused, //!< `{"type":"paused"}`
        Resumed, //!< `{"type":"resumed"}`
    };
    Q_ENUM(Type)

    //! The kind of reply.
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
//! backoff (commands in flight fail, queued ones wait); after 403, or close 4404, 4400, 4426 or
//! 1009 (a reply above the size limit), it is Failed and every command fails at once until
//! open() is called again.
//!
//! Threading: lives in its creator's thread. Lifetime: destroying it cancels every pending
//! future.
class CLOACINA_EXPORT ReactorChannel : public QObject {
    Q_OBJECT
    //! Connection state; see State.
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    //! The most recent error (lost connection, reconnect cause or fatal failure).
    Q_PROPERTY(Cloacina::Error lastError READ lastError NOTIFY lastErrorChanged)
    //! \deprecated Old name of lastError.
    Q_PROPERTY(Cloacina::Error error READ lastError NOTIFY errorOccurred)
    //! The reactor's name, as given to the constructor.
    Q_PROPERTY(QString name READ name CONSTANT)
    //! Commands queued or awaiting their reply (not notified).
    Q_PROPERTY(int pendingCount READ pendingCount)

public:
    //! Life cycle of the channel: Idle until open() or the first command; Connecting, then Open;
    //! Reconnecting after a lost connection; Closed after close(); Failed after 403 or an
    //! unrecoverable close: 4404, 4400, 4426, 1009 (commands fail at once until open() again).
    enum class State { Idle,
        Connecting,
        Open,
        Reconnecting,
        Closed,
        Failed };
    Q_ENUM(State)

    //! A channel to the reactor \a name on the server described by \a endpoint. Does not connect
    //! until open() or the first command.
    ReactorChannel(StreamEndpoint endpoint, QString name, QObject* parent = nullptr);
    //! Closes the socket and cancels every pending future.
    ~ReactorChannel() override;

    //! Replaces the backoff, ping and timeout settings with \a timing.
    void setTiming(const StreamTiming& timing);
    //! Connects (Idle, Closed or Failed → Connecting).
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

    //! The current state.
    State state() const;
    //! The most recent error; the "no error" value before any.
    Error lastError() const;
    //! \deprecated Use lastError().
    Error error() const { return lastError(); }
    //! The reactor's name.
    QString name() const;
    //! Commands queued or awaiting their reply.
    int pendingCount() const;
    //! Tickets requested, ever (one per connection attempt).
    qint64 connectionAttempts() const;

Q_SIGNALS:
    //! The state changed to \a state.
    void stateChanged(Cloacina::ReactorChannel::State state);
    //! A connection was lost (a reconnect follows) or failed for good (failed() follows); \a error
    //! says why; lastError() is now \a error.
    void lastErrorChanged(const Cloacina::Error& error);
    //! \deprecated Old name of lastErrorChanged(); emitted with it.
    void errorOccurred(const Cloacina::Error& error);
    //! Fatal: the channel is Failed with \a error; no retry until open().
    void failed(const Cloacina::Error& error);

private:
    std::unique_ptr<ReactorChannelPrivate> d;
};

} // namespace Cloacina

Q_DECLARE_METATYPE(Cloacina::ReactorResponse)

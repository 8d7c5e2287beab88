#pragma once

#include <cloacina/cloacina_export.h>
#include <cloacina/error.h>
#include <cloacina/streamendpoint.h>

#include <QJsonValue>
#include <QObject>
#include <QString>

#include <memory>

//! \file
//! Producer side of an accumulator (`GET /v1/ws/accumulator/{name}`): JSON events in binary
//! frames, fire-and-forget (the server acknowledges nothing and drops messages silently when
//! the accumulator's queue is full).

namespace Cloacina {

class AccumulatorProducerPrivate;

//! Sends JSON events to one accumulator.
//!
//! send() queues while connecting or reconnecting (up to maxQueued()) and flushes the queue in
//! order once the socket is open. Lost connections (network, 1001, missed pong) reconnect with
//! jittered backoff; a 401 at the upgrade gets one fresh ticket. Failed, with a typed Error and
//! no retry: 403 at the upgrade (kind Api, httpStatus 403: the key may not use this name, or it
//! is not registered), close 4404 (kind Api, code `ws_close_4404`: the accumulator cannot take
//! messages), 4400/4426, and 1009 (a message above the size limit). Messages already written to
//! a socket that then breaks may be lost; there is no acknowledgement to tell.
//!
//! Threading: lives in its creator's thread. Lifetime: may be destroyed at any time.
class CLOACINA_EXPORT AccumulatorProducer : public QObject {
    Q_OBJECT
    //! Connection state; see State.
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    //! The most recent error (lost connection, reconnect cause or fatal failure).
    Q_PROPERTY(Cloacina::Error lastError READ lastError NOTIFY lastErrorChanged)
    //! \deprecated Old name of lastError.
    Q_PROPERTY(Cloacina::Error error READ lastError NOTIFY errorOccurred)
    //! The accumulator's name, as given to the constructor.
    Q_PROPERTY(QString name READ name CONSTANT)
    //! Frames written to a socket so far.
    Q_PROPERTY(qint64 sentCount READ sentCount NOTIFY countersChanged)
    //! Events waiting for the socket to open.
    Q_PROPERTY(int queuedCount READ queuedCount NOTIFY countersChanged)
    //! send() calls that returned false.
    Q_PROPERTY(qint64 rejectedCount READ rejectedCount NOTIFY countersChanged)

public:
    //! Life cycle of the producer: Idle until open() or the first send(); Connecting, then Open;
    //! Reconnecting after a lost connection; Closed after close(); Failed after a fatal error (no
    //! retry until open() is called again).
    enum class State { Idle,
        Connecting,
        Open,
        Reconnecting,
        Closed,
        Failed };
    Q_ENUM(State)

    //! A producer for the accumulator \a name on the server described by \a endpoint. Does not
    //! connect until open() or send() is called.
    AccumulatorProducer(StreamEndpoint endpoint, QString name, QObject* parent = nullptr);
    //! Closes the socket; queued events are dropped.
    ~AccumulatorProducer() override;

    //! Replaces the backoff, ping and timeout settings with \a timing.
    void setTiming(const StreamTiming& timing);
    //! Events kept while not open (default 10000); send() refuses more.
    void setMaxQueued(int count);
    //! The queue limit set by setMaxQueued().
    int maxQueued() const;

    //! Connects (Idle, Closed or Failed → Connecting).
    void open();
    //! Closes; queued events are dropped.
    void close();

    //! Sends \a event as one binary frame of compact JSON, or queues it while (re)connecting.
    //! Opens the producer when Idle. Returns false — and sends nothing — when Failed or Closed,
    //! when the queue is full, or when \a event is undefined.
    bool send(const QJsonValue& event);

    //! The current state.
    State state() const;
    //! The most recent error; the "no error" value before any.
    Error lastError() const;
    //! \deprecated Use lastError().
    Error error() const { return lastError(); }
    //! The accumulator's name.
    QString name() const;
    qint64 sentCount() const; //!< frames written to a socket
    int queuedCount() const; //!< events waiting for the socket
    qint64 rejectedCount() const; //!< send() calls that returned false
    qint64 connectionAttempts() const; //!< tickets requested, ever

Q_SIGNALS:
    //! The state changed to \a state.
    void stateChanged(Cloacina::AccumulatorProducer::State state);
    //! The socket is open and the queued events have been written to it.
    void opened();
    //! A connection was lost (a reconnect follows) or failed for good (failed() follows); \a error
    //! says why; lastError() is now \a error.
    void lastErrorChanged(const Cloacina::Error& error);
    //! \deprecated Old name of lastErrorChanged(); emitted with it.
    void errorOccurred(const Cloacina::Error& error);
    //! Fatal: Failed with \a error; no retry.
    void failed(const Cloacina::Error& error);
    //! sentCount, queuedCount or rejectedCount changed.
    void countersChanged();

private:
    std::unique_ptr<AccumulatorProducerPrivate> d;
};

} // namespace Cloacina

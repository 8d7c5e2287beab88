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
//! messages), 4400/4426. Messages already written to a socket that then breaks may be lost;
//! there is no acknowledgement to tell.
//!
//! Threading: lives in its creator's thread. Lifetime: may be destroyed at any time.
class CLOACINA_EXPORT AccumulatorProducer : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(Cloacina::Error error READ error NOTIFY errorOccurred)
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(qint64 sentCount READ sentCount NOTIFY countersChanged)
    Q_PROPERTY(int queuedCount READ queuedCount NOTIFY countersChanged)
    Q_PROPERTY(qint64 rejectedCount READ rejectedCount NOTIFY countersChanged)

public:
    enum class State { Idle, Connecting, Open, Reconnecting, Closed, Failed };
    Q_ENUM(State)

    AccumulatorProducer(StreamEndpoint endpoint, QString name, QObject* parent = nullptr);
    ~AccumulatorProducer() override;

    void setTiming(const StreamTiming& timing);
    //! Events kept while not open (default 10000); send() refuses more.
    void setMaxQueued(int count);
    int maxQueued() const;

    //! Connects (Idle, Closed or Failed → Connecting).
    void open();
    //! Closes; queued events are dropped.
    void close();

    //! Sends \a event as one binary frame of compact JSON, or queues it while (re)connecting.
    //! Opens the producer when Idle. Returns false — and sends nothing — when Failed or Closed,
    //! when the queue is full, or when \a event is undefined.
    bool send(const QJsonValue& event);

    State state() const;
    Error error() const;
    QString name() const;
    qint64 sentCount() const; //!< frames written to a socket
    int queuedCount() const; //!< events waiting for the socket
    qint64 rejectedCount() const; //!< send() calls that returned false
    qint64 connectionAttempts() const; //!< tickets requested, ever

signals:
    void stateChanged(Cloacina::AccumulatorProducer::State state);
    void opened();
    void errorOccurred(const Cloacina::Error& error);
    //! Fatal: Failed with \a error; no retry.
    void failed(const Cloacina::Error& error);
    void countersChanged();

private:
    std::unique_ptr<AccumulatorProducerPrivate> d;
};

} // namespace Cloacina

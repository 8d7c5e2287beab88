#pragma once

#include <cloacina/cloacina_export.h>
#include <cloacina/error.h>
#include <cloacina/streamendpoint.h>

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

//! \file
//! The delivery socket (`GET /v1/ws/delivery/{recipient}`): an at-least-once outbox pushed to
//! one subscriber, deduplicated and acknowledged here so the application sees each push once.

namespace Cloacina {

//! One push of the delivery socket, after envelope validation and base64 decoding.
class CLOACINA_EXPORT DeliveryPush {
    Q_GADGET
    Q_PROPERTY(qint64 id MEMBER id)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString recipient MEMBER recipient)
    Q_PROPERTY(QString tenantId MEMBER tenantId)
    Q_PROPERTY(QByteArray payload MEMBER payload)

public:
    qint64 id = 0; //!< Outbox row id: the dedup and ack key.
    QString kind; //!< Producer-defined discriminator, e.g. `execution_event`.
    QString recipient; //!< The recipient the row was addressed to.
    QString tenantId; //!< The row's tenant; a null QString when the server sent null.
    QByteArray payload; //!< Decoded payload bytes (JSON for execution events).

    //! True for kinds that are durable outbox rows and must be acked (not `ops_metrics:*`).
    bool isDurable() const;
    friend CLOACINA_EXPORT bool operator==(const DeliveryPush& a, const DeliveryPush& b);
};

} // namespace Cloacina

// Every member is relocatable: lists of pushes grow and hand batches over with memmove.
Q_DECLARE_TYPEINFO(Cloacina::DeliveryPush, Q_RELOCATABLE_TYPE);

namespace Cloacina {

class DeliverySubscriptionPrivate;

//! A live subscription to one recipient of the delivery socket.
//!
//! Life cycle (see docs/STREAMS.md): Idle → Connecting → Live ⇄ Reconnecting → Ended | Failed.
//! Every connection attempt mints a fresh single-use ticket, waits for `welcome`, sends
//! `hello` (protocol_version 1, since_id null), then receives pushes.
//!
//! Delivery: pushes are validated as they arrive, then emitted on later event-loop turns as
//! pushesReceived() batches of at most maxBatchSize(), one batch per turn (a burst read in one go
//! never holds the thread for more than one batch's handlers; only when 64 batches are waiting
//! is a batch emitted as frames arrive, so that an application slower than the socket keeps the
//! memory bounded and the socket is read no faster than pushes are handled), each deduplicated on the row id
//! (a bounded window of recent ids, see dedupWindowCapacity()). After the signal returned — i.e.
//! after every directly connected slot ran — the durable ids of the batch are acked. Connect
//! with a direct (default, same-thread) connection: a queued slot runs after the ack, so a crash
//! there loses the push.
//!
//! Reconnects: capped, jittered exponential backoff (StreamTiming, 100 ms → 30 s) after an
//! abnormal close, a 1001, a network loss or a missed pong. Close 4400/4426, 1009 (a frame
//! above the size limit, which the server would only resend) and a protocol
//! violation by the server end in Failed with a Protocol error; an HTTP 401 at the upgrade is
//! retried once with a fresh ticket, 403 (or a second 401) ends in Failed with an Api error.
//!
//! Threading: lives in the thread that created it; all methods must be called there.
//! Lifetime: may be destroyed at any time, including mid-connect; nothing is emitted after.
class CLOACINA_EXPORT DeliverySubscription : public QObject {
    Q_OBJECT
    //! Where the subscription is; see State.
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    //! The last error, transient ones included; the "no error" value before any.
    Q_PROPERTY(Cloacina::Error lastError READ lastError NOTIFY lastErrorChanged)
    //! \deprecated Old name of lastError.
    Q_PROPERTY(Cloacina::Error error READ lastError NOTIFY errorChanged)
    //! The recipient subscribed to (an `exec_events:` id normalised, see the constructor).
    Q_PROPERTY(QString recipient READ recipient CONSTANT)
    //! Pushes handed to the application.
    Q_PROPERTY(qint64 pushCount READ pushCount NOTIFY countersChanged)
    //! Pushes dropped as duplicates.
    Q_PROPERTY(qint64 duplicateCount READ duplicateCount NOTIFY countersChanged)
    //! Ack frames sent.
    Q_PROPERTY(qint64 ackCount READ ackCount NOTIFY countersChanged)
    //! Connection attempts after the first.
    Q_PROPERTY(qint64 reconnectCount READ reconnectCount NOTIFY countersChanged)
    //! Live connections dropped by the server (see takenOver()).
    Q_PROPERTY(qint64 takeoverCount READ takeoverCount NOTIFY countersChanged)
    //! Tickets requested, ever.
    Q_PROPERTY(qint64 connectionAttempts READ connectionAttempts NOTIFY countersChanged)

public:
    //! Where the subscription is.
    enum class State {
        Idle, //!< not started
        Connecting, //!< first connection attempt (ticket, upgrade, welcome)
        Live, //!< welcome received, hello sent; pushes flow
        Reconnecting, //!< waiting for the backoff or retrying after a lost connection
        Ended, //!< stopped by the application (stop() or destruction)
        Failed, //!< a non-retryable error; see error()
    };
    Q_ENUM(State)

    //! The protocol version this client speaks.
    static constexpr int protocolVersion = 1;

    //! A subscription for \a recipient (e.g. `exec_events:<uuid>`; encoded here). Call start().
    //! The id of an `exec_events:` recipient is normalised with normalizeExecutionId() (the
    //! server spells it in lower case and matches recipients byte for byte).
    DeliverySubscription(StreamEndpoint endpoint, QString recipient, QObject* parent = nullptr);
    ~DeliverySubscription() override;

    //! Timing knobs; set before start().
    void setTiming(const StreamTiming& timing);
    //! The timing knobs in use.
    StreamTiming timing() const;
    //! Kinds delivered to the application (default: `execution_event`). Other kinds are logged
    //! once per kind and skipped; durable ones are still acked so the server stops resending
    //! them. An empty list accepts every kind.
    void setAcceptedKinds(const QStringList& kinds);
    //! The kinds delivered to the application; empty means every kind.
    QStringList acceptedKinds() const;
    //! Largest number of recent row ids remembered for dedup (default 8192, minimum 16).
    void setDedupWindowCapacity(int capacity);
    //! The dedup window capacity (see setDedupWindowCapacity()).
    int dedupWindowCapacity() const;
    //! Ids currently remembered; never above dedupWindowCapacity().
    int dedupWindowSize() const;
    //! Largest row id seen so far, or -1.
    qint64 highestSeenId() const;
    //! Upper bound of pushes per pushesReceived() batch (default 512).
    void setMaxBatchSize(int size);
    //! The largest number of pushes per pushesReceived() batch.
    int maxBatchSize() const;

    //! Starts connecting (Idle or Ended → Connecting). No-op while running.
    void start();
    //! Stops: closes the socket (without waiting for the server), State Ended. Pushes collected
    //! but not yet emitted are dropped without ack: the server delivers them again next time.
    void stop();

    //! Where the subscription is.
    State state() const;
    //! The last error (also transient ones while reconnecting); the "no error" value when none.
    Error lastError() const;
    //! \deprecated Use lastError().
    Error error() const { return lastError(); }
    //! The recipient subscribed to.
    QString recipient() const;

    qint64 pushCount() const; //!< pushes handed to the application
    qint64 duplicateCount() const; //!< pushes dropped as duplicates
    qint64 ackCount() const; //!< ack frames sent
    qint64 reconnectCount() const; //!< connection attempts after the first
    qint64 takeoverCount() const; //!< live connections dropped by the server (see takenOver)
    qint64 connectionAttempts() const; //!< tickets requested, ever

Q_SIGNALS:
    //! The state changed to \a state.
    void stateChanged(Cloacina::DeliverySubscription::State state);
    //! lastError() changed to \a error (transient or fatal).
    void lastErrorChanged(const Cloacina::Error& error);
    //! \deprecated Old name of lastErrorChanged(); emitted with it.
    void errorChanged(const Cloacina::Error& error);
    //! Fatal: the subscription is Failed with \a error and will not retry.
    void failed(const Cloacina::Error& error);
    //! A batch of new pushes, in arrival order, each exactly once. Acked when this returns.
    void pushesReceived(const QList<Cloacina::DeliveryPush>& pushes);
    //! The server dropped a live connection without a close frame: what a takeover by another
    //! subscriber of the same (recipient, tenant) looks like (0.10.0 may drop both sockets).
    //! The subscription reconnects with backoff; \a consecutive counts takeovers in a row.
    void takenOver(int consecutive);
    //! A connection attempt failed or a live connection was lost; retry in \a delayMs.
    void reconnecting(int delayMs, const Cloacina::Error& reason);
    //! One or more of the counters (pushCount, duplicateCount, ackCount, reconnectCount,
    //! takeoverCount, connectionAttempts) changed.
    void countersChanged();

private:
    std::unique_ptr<DeliverySubscriptionPrivate> d;
    friend class DeliverySubscriptionPrivate;
};

} // namespace Cloacina

Q_DECLARE_METATYPE(Cloacina::DeliveryPush)

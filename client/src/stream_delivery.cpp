#include <cloacina/deliverysubscription.h>
#include <cloacina/executionid.h>

#include "stream_connection_p.h"
#include "stream_dedup_p.h"
#include "stream_deliveryframe_p.h"
#include "stream_errorsignals_p.h"
#include "stream_logging_p.h"
#include "stream_pushqueue_p.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace Cloacina {

using namespace StreamDetail;

bool DeliveryPush::isDurable() const
{
    // The ops_metrics stream carries ids from an in-memory counter, not outbox rows: acking one
    // could mark an unrelated row as delivered (PROTOCOL.md).
    return !kind.startsWith(QLatin1String("ops_metrics"));
}

bool operator==(const DeliveryPush& a, const DeliveryPush& b)
{
    return a.id == b.id && a.kind == b.kind && a.recipient == b.recipient && a.tenantId == b.tenantId
        && a.tenantId.isNull() == b.tenantId.isNull() && a.payload == b.payload;
}

namespace {
    const QString operationName = QStringLiteral("delivery_ws");
} // namespace

class DeliverySubscriptionPrivate {
public:
    DeliverySubscriptionPrivate(DeliverySubscription* q, StreamEndpoint endpoint, const QString& recipient)
        : q(q)
        , endpoint(std::move(endpoint))
        , recipient(normalizedRecipient(recipient))
        , decoder(this->recipient)
    {
    }

    // The server matches recipients byte for byte and spells execution ids in lower case.
    static QString normalizedRecipient(const QString& recipient)
    {
        static const QString prefix = QStringLiteral("exec_events:");
        if (!recipient.startsWith(prefix))
            return recipient;
        const std::optional<QString> id = normalizeExecutionId(QStringView(recipient).mid(prefix.size()));
        return id ? prefix + *id : recipient;
    }

    DeliverySubscription* q;
    StreamEndpoint endpoint;
    QString recipient;
    DeliveryFrameDecoder decoder;
    StreamTiming timing;
    QStringList acceptedKinds { QStringLiteral("execution_event") };
    int maxBatch = 512;
    Connection* conn = nullptr;
    QTimer retryTimer;
    QTimer welcomeTimer;
    QTimer flushTimer;
    Backoff backoff;
    DedupWindow window;
    QString ackText; // reused by every ack: writeAckFrame() keeps its buffer
    PushQueue batch;
    QSet<QString> loggedKinds;
    QSet<QString> loggedAnomalies;
    DeliverySubscription::State state = DeliverySubscription::State::Idle;
    Error error;
    bool welcomed = false;
    int authRetries = 0;
    int consecutiveTakeovers = 0;
    qint64 pushes = 0, duplicates = 0, acks = 0, reconnects = 0, takeovers = 0;

    void setState(DeliverySubscription::State s)
    {
        if (state == s)
            return;
        state = s;
        emit q->stateChanged(s);
    }
    void setError(const Error& e)
    {
        error = e;
        StreamDetail::emitError(q, e, &DeliverySubscription::errorChanged);
    }
    void logOnce(const QString& key, const QString& text)
    {
        if (loggedAnomalies.contains(key))
            return;
        loggedAnomalies.insert(key);
        qCWarning(lcStream).noquote() << recipient << text;
    }

    void attempt()
    {
        welcomed = false;
        conn->open();
        emit q->countersChanged();
    }

    void fail(Error e)
    {
        retryTimer.stop();
        welcomeTimer.stop();
        flushTimer.stop();
        batch.clear();
        if (conn->isActive()) {
            if (conn->isOpen())
                conn->close(1002);
            conn->abandon();
        }
        qCWarning(lcStream).noquote() << "subscription" << recipient << "failed:" << e.toString();
        setError(e);
        setState(DeliverySubscription::State::Failed);
        emit q->failed(e);
    }

    void protocolViolation(const QString& what)
    {
        fail(Error::make(Error::Kind::Protocol, what, operationName));
    }

    void scheduleRetry(const Error& reason, bool immediate = false)
    {
        const int delay = immediate ? 0 : backoff.next();
        ++reconnects;
        setError(reason);
        setState(DeliverySubscription::State::Reconnecting);
        qCInfo(lcStream).noquote() << "subscription" << recipient << "reconnecting in" << delay << "ms:"
                                   << reason.toString();
        emit q->reconnecting(delay, reason);
        emit q->countersChanged();
        retryTimer.start(delay);
    }

    void onText(const QString& text)
    {
        if (state == DeliverySubscription::State::Failed || state == DeliverySubscription::State::Ended)
            return;
        DeliveryFrame frame = decoder.decode(text);
        if (frame.pushFrame && !welcomed)
            return protocolViolation(QStringLiteral("push before welcome"));
        switch (frame.type) {
        case DeliveryFrame::Type::Violation:
            return protocolViolation(frame.violation);
        case DeliveryFrame::Type::Welcome:
            if (welcomed)
                return logOnce(QStringLiteral("welcome2"), QStringLiteral("second welcome ignored"));
            welcomed = true;
            welcomeTimer.stop();
            conn->sendText(helloFrame());
            authRetries = 0;
            qCDebug(lcStream).noquote() << "subscription" << recipient << "live";
            setState(DeliverySubscription::State::Live);
            return;
        case DeliveryFrame::Type::Push:
            if (frame.extraMembers)
                logOnce(QStringLiteral("extra"), QStringLiteral("push frames carry unknown members (ignored)"));
            batch.append(std::move(frame.push));
            // Emitted on a later event-loop turn, one chunk per turn (flush()) — unless the
            // application falls that far behind: then a chunk is emitted now, so that the
            // socket is read no faster than pushes are handled and memory stays bounded.
            if (batch.size() >= pendingLimit()) {
                deliverNextChunk();
                return; // the subscription may be gone
            }
            if (!flushTimer.isActive())
                flushTimer.start(0);
            return;
        case DeliveryFrame::Type::Unknown:
            return logOnce(QStringLiteral("type:") + frame.unknownType,
                QStringLiteral("ignoring unknown frame type '%1'").arg(frame.unknownType));
        }
    }

    //! Emits one chunk of at most maxBatch pushes and leaves the rest for the next event-loop
    //! turn: a burst read in one go never holds the application's thread for more than one
    //! chunk's handlers at a time (input and painting run in between).
    void flush()
    {
        if (!deliverNextChunk())
            return;
        if (!batch.isEmpty())
            flushTimer.start(0);
    }

    //! Emits everything collected, chunk by chunk (before acting on a connection's end).
    void flushAll()
    {
        flushTimer.stop();
        while (!batch.isEmpty()) {
            if (!deliverNextChunk())
                return;
        }
    }

    //! Pushes that may wait for their turn: 64 batches (32,768 at the default batch size).
    qsizetype pendingLimit() const { return qsizetype(qMax(1, maxBatch)) * 64; }

    bool deliverNextChunk()
    {
        // maxBatch may have been lowered while pushes were pending: no pushesReceived() ever
        // exceeds it.
        const qsizetype take = qMin<qsizetype>(batch.size(), qMax(1, maxBatch));
        if (take == 0)
            return true;
        return deliverChunk(batch.take(take));
    }

    //! Dedups, emits and acks one chunk. False when the subscription was destroyed, failed or
    //! stopped meanwhile (then nothing more may be done).
    bool deliverChunk(QList<DeliveryPush> deliver)
    {
        // Filtered in place: the pushes handed over are moved to the front, the rest dropped.
        QList<qint64> ackIds;
        ackIds.reserve(deliver.size());
        qsizetype kept = 0;
        for (qsizetype i = 0; i < deliver.size(); ++i) {
            DeliveryPush& push = deliver[i];
            if (push.recipient != recipient) {
                logOnce(QStringLiteral("recipient"),
                    QStringLiteral("push %1 addressed to '%2' skipped (not acked)").arg(push.id).arg(push.recipient));
                continue;
            }
            const bool durable = push.isDurable();
            if (!window.insert(push.id)) {
                ++duplicates;
                if (durable)
                    ackIds.append(push.id); // idempotent: a redelivery means our ack was lost
                continue;
            }
            if (!acceptedKinds.isEmpty() && !acceptedKinds.contains(push.kind)) {
                if (!loggedKinds.contains(push.kind)) {
                    loggedKinds.insert(push.kind);
                    qCWarning(lcStream).noquote() << "subscription" << recipient << "skips pushes of unknown kind"
                                                  << push.kind;
                }
                if (durable)
                    ackIds.append(push.id);
                continue;
            }
            if (durable)
                ackIds.append(push.id);
            if (kept != i)
                deliver[kept] = std::move(push);
            ++kept;
        }
        deliver.resize(kept);
        pushes += deliver.size();
        if (!deliver.isEmpty()) {
            QPointer<DeliverySubscription> guard(q);
            emit q->pushesReceived(deliver);
            if (!guard)
                return false; // destroyed by a handler: nothing acked, the server resends
        }
        if (state == DeliverySubscription::State::Failed)
            return false;
        for (qint64 id : std::as_const(ackIds)) {
            writeAckFrame(id, ackText);
            if (!conn->sendText(ackText))
                break; // the socket is gone: the server will resend, and dedup acks then
            ++acks;
        }
        QPointer<DeliverySubscription> guard(q);
        emit q->countersChanged();
        return guard && state != DeliverySubscription::State::Ended;
    }

    void onFinished(const Outcome& outcome)
    {
        welcomeTimer.stop();
        if (state == DeliverySubscription::State::Ended || state == DeliverySubscription::State::Failed)
            return;
        // A slot of pushesReceived or takenOver may delete the subscription (allowed): stop then.
        const QPointer<DeliverySubscription> alive(q);
        flushAll(); // frames received before the loss are valid; their acks are resent later
        if (!alive || state == DeliverySubscription::State::Ended || state == DeliverySubscription::State::Failed)
            return;
        const bool stable = outcome.wasOpen && outcome.openMs >= timing.stableAfterMs;
        if (stable) {
            backoff.reset();
            consecutiveTakeovers = 0;
        }
        switch (outcome.kind) {
        case Outcome::Kind::CloseFrame:
            if (isUnrecoverableCloseCode(outcome.closeCode)) {
                Error e = outcome.error;
                e.kind = Error::Kind::Protocol;
                return fail(e);
            }
            return scheduleRetry(outcome.error);
        case Outcome::Kind::UpgradeRefused: {
            const int status = outcome.httpStatus;
            if (status == 401 && authRetries == 0) {
                ++authRetries;
                return scheduleRetry(outcome.error, true); // one fresh ticket, at once
            }
            if (outcome.error.isTransient())
                return scheduleRetry(outcome.error);
            return fail(outcome.error);
        }
        case Outcome::Kind::TicketFailed:
            if (outcome.error.isTransient())
                return scheduleRetry(outcome.error);
            return fail(outcome.error);
        case Outcome::Kind::Dropped:
            if (welcomed) {
                ++takeovers;
                ++consecutiveTakeovers;
                if (consecutiveTakeovers == 3)
                    qCWarning(lcStream).noquote()
                        << "subscription" << recipient
                        << "keeps being dropped: another subscriber with the same tenant may hold it";
                emit q->takenOver(consecutiveTakeovers);
                if (!alive)
                    return;
            }
            return scheduleRetry(outcome.error);
        case Outcome::Kind::NetworkError:
        case Outcome::Kind::PongTimeout:
        case Outcome::Kind::HandshakeTimeout:
            return scheduleRetry(outcome.error);
        case Outcome::Kind::LocalClose:
            return;
        }
    }
};

DeliverySubscription::DeliverySubscription(StreamEndpoint endpoint, QString recipient, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<DeliverySubscriptionPrivate>(this, std::move(endpoint), recipient))
{
    const QString path = QStringLiteral("/v1/ws/delivery/")
        + QString::fromLatin1(QUrl::toPercentEncoding(d->recipient));
    d->conn = new Connection(d->endpoint, path, operationName, this);
    d->retryTimer.setSingleShot(true);
    d->welcomeTimer.setSingleShot(true);
    d->flushTimer.setSingleShot(true);
    connect(d->conn, &Connection::opened, this, [this] {
        if (d->timing.handshakeTimeoutMs > 0)
            d->welcomeTimer.start(d->timing.handshakeTimeoutMs);
    });
    connect(d->conn, &Connection::textReceived, this, [this](const QString& text) { d->onText(text); });
    connect(d->conn, &Connection::binaryReceived, this, [this](const QByteArray&) {
        d->logOnce(QStringLiteral("binary"), QStringLiteral("ignoring binary frames on the delivery socket"));
    });
    connect(d->conn, &Connection::finished, this, [this](const Outcome& outcome) { d->onFinished(outcome); });
    connect(&d->retryTimer, &QTimer::timeout, this, [this] { d->attempt(); });
    connect(&d->flushTimer, &QTimer::timeout, this, [this] { d->flush(); });
    connect(&d->welcomeTimer, &QTimer::timeout, this, [this] {
        d->conn->abandon();
        Outcome outcome;
        outcome.kind = Outcome::Kind::HandshakeTimeout;
        outcome.error = Error::make(Error::Kind::Timeout, QStringLiteral("no welcome frame in time"), operationName);
        d->onFinished(outcome);
    });
}

DeliverySubscription::~DeliverySubscription()
{
    d->retryTimer.stop();
    d->flushTimer.stop();
    d->welcomeTimer.stop();
    d->conn->disconnect(this);
    delete d->conn;
    d->conn = nullptr;
}

void DeliverySubscription::setTiming(const StreamTiming& timing)
{
    d->timing = timing;
    d->conn->setTiming(timing);
    d->backoff.configure(timing.initialBackoffMs, timing.maxBackoffMs);
}

StreamTiming DeliverySubscription::timing() const { return d->timing; }
void DeliverySubscription::setAcceptedKinds(const QStringList& kinds) { d->acceptedKinds = kinds; }
QStringList DeliverySubscription::acceptedKinds() const { return d->acceptedKinds; }
void DeliverySubscription::setDedupWindowCapacity(int capacity) { d->window.setCapacity(capacity); }
int DeliverySubscription::dedupWindowCapacity() const { return d->window.capacity(); }
int DeliverySubscription::dedupWindowSize() const { return d->window.size(); }
qint64 DeliverySubscription::highestSeenId() const { return d->window.highest(); }
void DeliverySubscription::setMaxBatchSize(int size) { d->maxBatch = qMax(1, size); }
int DeliverySubscription::maxBatchSize() const { return d->maxBatch; }

void DeliverySubscription::start()
{
    if (d->state != State::Idle && d->state != State::Ended && d->state != State::Failed)
        return;
    d->backoff.configure(d->timing.initialBackoffMs, d->timing.maxBackoffMs);
    d->backoff.reset();
    d->authRetries = 0;
    d->consecutiveTakeovers = 0;
    d->error = Error();
    if (!d->endpoint.isValid()) {
        d->setState(State::Connecting);
        d->fail(Error::make(Error::Kind::Protocol,
            QStringLiteral("invalid stream endpoint (base URL must be http(s), ticket source required)"),
            operationName));
        return;
    }
    d->setState(State::Connecting);
    d->attempt();
}

void DeliverySubscription::stop()
{
    if (d->state == State::Idle || d->state == State::Ended || d->state == State::Failed)
        return;
    d->retryTimer.stop();
    d->welcomeTimer.stop();
    d->flushTimer.stop();
    d->batch.clear();
    d->setState(State::Ended);
    d->conn->close(1000);
}

DeliverySubscription::State DeliverySubscription::state() const { return d->state; }
Error DeliverySubscription::lastError() const { return d->error; }
QString DeliverySubscription::recipient() const { return d->recipient; }
qint64 DeliverySubscription::pushCount() const { return d->pushes; }
qint64 DeliverySubscription::duplicateCount() const { return d->duplicates; }
qint64 DeliverySubscription::ackCount() const { return d->acks; }
qint64 DeliverySubscription::reconnectCount() const { return d->reconnects; }
qint64 DeliverySubscription::takeoverCount() const { return d->takeovers; }
qint64 DeliverySubscription::connectionAttempts() const { return d->conn->attempts(); }

} // namespace Cloacina

// Fuzz target: the delivery socket protocol as the client sees it.
//
// The real DeliverySubscription runs on fake_connection.cpp; the input is a script of server
// actions (raw text frames, templated welcome/push frames with fuzzed members, binary frames,
// upgrade completion, connection losses and close codes, start/stop, event-loop turns, window
// and batch sizes, destroying the subscription from its own handler).
//
// Ids are 64-bit integers on the wire (never doubles), including neighbours of 2^53 and the
// ends of the range.
//
// Invariants: the simdjson frame decoder gives exactly the strict decoder's frame for every
// text frame (fuzz_delivery checks it before injecting); every id reaches the application at most once over the whole run (dedup across
// reconnects, window evictions and capacity changes); only pushes for our recipient and of an
// accepted kind are delivered; every ack frame is well-formed, acks an id that arrived in a
// durable push, and none is sent before the application had the batch; every delivered id is
// exactly one the server sent; no batch exceeds maxBatchSize (also after it was lowered);
// nothing is delivered while not Live; a Failed subscription carries a Protocol/Api/... error
// and emits nothing more.

#include "fuzzcommon.h"

#include "fake_connection.h"
#include "stream_deliveryframe_p.h"

#include <cloacina/deliverysubscription.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QPromise>
#include <QSet>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <limits>
#include <memory>

using namespace Cloacina;
using FuzzWire::Outcome;

namespace {

const QString ours = QStringLiteral("exec_events:0b3c");

QFuture<Result<QString>> readyTicket()
{
    QPromise<Result<QString>> p;
    p.start();
    p.addResult(Result<QString>(QStringLiteral("ticket")));
    p.finish();
    return p.future();
}

//! Injects a text frame after checking that both frame decoders agree on it.
void receive(FuzzWire::Connection* conn, const QString& text)
{
    static StreamDetail::DeliveryFrameDecoder decoder(ours);
    const QByteArray utf8 = text.toUtf8();
    FUZZ_CHECK(decoder.decode(text) == StreamDetail::DeliveryFrameDecoder::decodeStrict(utf8),
        "simdjson frame decoder disagrees with the strict decoder");
    FuzzWire::receiveText(conn, text);
}

void turn(int rounds = 2)
{
    for (int i = 0; i < rounds; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

void waitMs(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    turn();
}

QJsonValue pickJsonScalar(FuzzedDataProvider& in)
{
    switch (in.ConsumeIntegralInRange<int>(0, 6)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return in.ConsumeBool();
    case 2:
        return in.ConsumeBool() ? QJsonValue(qint64(in.ConsumeIntegral<int64_t>()))
                                : QJsonValue(double(in.ConsumeIntegral<int64_t>()));
    case 3:
        return in.ConsumeFloatingPoint<double>();
    case 4:
        return QString::fromStdString(in.ConsumeRandomLengthString(12));
    case 5:
        return QJsonArray { 1, 2 };
    default:
        return QJsonObject { { QStringLiteral("x"), 1 } };
    }
}

//! The id a frame carries as the server meant it: an integer token exactly, or an integral
//! double that is exact (below 2^53). False for anything else.
bool wireId(const QJsonValue& v, qint64& out)
{
    if (!v.isDouble())
        return false;
    const QVariant exact = v.toVariant();
    if (exact.typeId() == QMetaType::LongLong) {
        out = exact.toLongLong();
        return true;
    }
    const double d = v.toDouble();
    if (!(d > -9007199254740992.0 && d < 9007199254740992.0) || d != qint64(d))
        return false;
    out = qint64(d);
    return true;
}

//! Records the id of \a frame: in \a sent always, in \a durableSent for durable kinds.
void recordSent(const QJsonObject& frame, QSet<qint64>& sent, QSet<qint64>& durableSent)
{
    qint64 id = 0;
    if (!wireId(frame.value(QLatin1String("id")), id))
        return;
    sent.insert(id);
    if (!frame.value(QLatin1String("kind")).toString().startsWith(QLatin1String("ops_metrics")))
        durableSent.insert(id);
}

QString pushFrame(FuzzedDataProvider& in, QSet<qint64>& sent, QSet<qint64>& durableSent)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), QStringLiteral("push"));
    o.insert(QStringLiteral("protocol_version"), in.ConsumeIntegralInRange<int>(0, 9) == 0 ? pickJsonScalar(in) : QJsonValue(1));
    qint64 id = 0;
    // 64-bit ids, as the server sends them: small ones, neighbours of 2^53 (where a double
    // collapses two ids into one), the ends of the range, anything.
    const int idMode = in.ConsumeIntegralInRange<int>(0, 11);
    if (idMode < 6)
        id = in.ConsumeIntegralInRange<qint64>(-3, 60);
    else if (idMode < 8)
        id = (qint64(1) << 53) + in.ConsumeIntegralInRange<qint64>(-3, 3);
    else if (idMode == 8)
        id = std::numeric_limits<qint64>::max() - in.ConsumeIntegralInRange<qint64>(0, 3);
    else if (idMode < 11)
        id = in.ConsumeIntegral<qint64>();
    if (idMode == 11)
        o.insert(QStringLiteral("id"), pickJsonScalar(in));
    else
        o.insert(QStringLiteral("id"), QJsonValue(id));
    static const char* const kinds[] = { "execution_event", "execution_event", "ops_metrics:global", "other_kind", "" };
    const QString kind = QString::fromLatin1(kinds[in.ConsumeIntegralInRange<int>(0, 4)]);
    if (in.ConsumeIntegralInRange<int>(0, 15) != 0)
        o.insert(QStringLiteral("kind"), kind);
    const int recipientMode = in.ConsumeIntegralInRange<int>(0, 7);
    if (recipientMode < 6)
        o.insert(QStringLiteral("recipient"), ours);
    else if (recipientMode == 6)
        o.insert(QStringLiteral("recipient"), QStringLiteral("exec_events:other"));
    const int tenantMode = in.ConsumeIntegralInRange<int>(0, 5);
    if (tenantMode < 3)
        o.insert(QStringLiteral("tenant_id"), QJsonValue(QJsonValue::Null));
    else if (tenantMode < 5)
        o.insert(QStringLiteral("tenant_id"), QStringLiteral("public"));
    else
        o.insert(QStringLiteral("tenant_id"), pickJsonScalar(in));
    const int payloadMode = in.ConsumeIntegralInRange<int>(0, 5);
    const QByteArray payload = QByteArray::fromStdString(in.ConsumeRandomLengthString(64));
    if (payloadMode < 4)
        o.insert(QStringLiteral("payload_b64"), QString::fromLatin1(payload.toBase64()));
    else if (payloadMode == 4)
        o.insert(QStringLiteral("payload_b64"), QString::fromLatin1(payload));
    if (in.ConsumeIntegralInRange<int>(0, 7) == 0)
        o.insert(QStringLiteral("extra"), pickJsonScalar(in));
    // Record what the frame really carries (an id of any numeric form, any durable kind).
    recordSent(o, sent, durableSent);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

struct Harness {
    QSet<qint64> delivered;
    QSet<qint64> sent; // ids of every frame the server sent, exactly
    QSet<qint64> durableSent; // ids of frames the server sent with a durable kind (a superset)
    bool destroyOnNextBatch = false;
    bool failedSeen = false;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzCommon::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzedDataProvider in(data, size);
    Harness h;
    static const bool skipF4 = qEnvironmentVariable("FUZZ_SKIP_KNOWN").split(QLatin1Char(',')).contains(QLatin1String("F4"));

    StreamEndpoint endpoint;
    endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    endpoint.mintTicket = readyTicket;
    QPointer<DeliverySubscription> sub = new DeliverySubscription(endpoint, ours);
    StreamTiming timing;
    timing.initialBackoffMs = 1;
    timing.maxBackoffMs = 1;
    timing.pingIntervalMs = 0;
    timing.handshakeTimeoutMs = 0;
    timing.stableAfterMs = 1000000;
    sub->setTiming(timing);
    FuzzWire::Connection* conn = sub->findChild<FuzzWire::Connection*>();
    FUZZ_CHECK(conn != nullptr, "subscription owns a connection");

    QObject::connect(sub, &DeliverySubscription::pushesReceived, sub, [&h, &sub, conn](const QList<DeliveryPush>& pushes) {
        FUZZ_CHECK(sub->state() == DeliverySubscription::State::Live || sub->state() == DeliverySubscription::State::Reconnecting
                || sub->state() == DeliverySubscription::State::Connecting,
            "delivery outside a connection");
        FUZZ_CHECK(!pushes.isEmpty(), "empty batch");
        FUZZ_CHECK(pushes.size() <= sub->maxBatchSize(), "batch above maxBatchSize");
        // Acks must come after the handlers: none for this batch may have been sent yet.
        QSet<qint64> acked;
        for (const QString& frame : FuzzWire::state(conn).sentText) {
            const QJsonObject o = QJsonDocument::fromJson(frame.toUtf8()).object();
            if (o.value(QLatin1String("type")).toString() == QLatin1String("ack"))
                acked.insert(o.value(QLatin1String("id")).toInteger());
        }
        for (const DeliveryPush& p : pushes) {
            FUZZ_CHECK(p.recipient == ours, "push for another recipient delivered");
            FUZZ_CHECK(sub->acceptedKinds().isEmpty() || sub->acceptedKinds().contains(p.kind), "unaccepted kind delivered");
            FUZZ_CHECK(!h.delivered.contains(p.id), "push delivered twice");
            FUZZ_CHECK(h.sent.contains(p.id), "delivered id differs from every id sent (read through a double?)");
            FUZZ_CHECK(!acked.contains(p.id), "ack sent before the application had the push");
            h.delivered.insert(p.id);
        }
        if (h.destroyOnNextBatch) {
            h.destroyOnNextBatch = false;
            delete sub.data();
        }
    });
    QObject::connect(sub, &DeliverySubscription::failed, sub, [&h, &sub](const Error& e) {
        h.failedSeen = true;
        FUZZ_CHECK(sub->state() == DeliverySubscription::State::Failed, "failed() outside Failed");
        FUZZ_CHECK(!e.message.isEmpty(), "failure without message");
        FUZZ_CHECK(e.kind != Error::Kind::Canceled, "failure of kind Canceled");
    });

    sub->start();
    int waits = 0;
    int steps = 0;
    while (sub && in.remaining_bytes() > 0 && ++steps < 400) {
        switch (in.ConsumeIntegralInRange<int>(0, 12)) {
        case 0: {
            const QString text = QString::fromStdString(in.ConsumeRandomLengthString(256));
            recordSent(QJsonDocument::fromJson(text.toUtf8()).object(), h.sent, h.durableSent);
            receive(conn, text);
            break;
        }
        case 1:
        case 2:
        case 3:
            receive(conn, pushFrame(in, h.sent, h.durableSent));
            break;
        case 4: {
            QJsonObject o { { QStringLiteral("type"), QStringLiteral("welcome") },
                { QStringLiteral("protocol_version"), in.ConsumeIntegralInRange<int>(0, 7) == 0 ? pickJsonScalar(in) : QJsonValue(1) },
                { QStringLiteral("max_known_id"), in.ConsumeBool() ? QJsonValue(0) : pickJsonScalar(in) } };
            receive(conn, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            break;
        }
        case 5:
            FuzzWire::completeUpgrade(conn);
            break;
        case 6: {
            Outcome o;
            static const Outcome::Kind kinds[] = { Outcome::Kind::CloseFrame, Outcome::Kind::Dropped,
                Outcome::Kind::NetworkError, Outcome::Kind::UpgradeRefused, Outcome::Kind::TicketFailed,
                Outcome::Kind::PongTimeout, Outcome::Kind::HandshakeTimeout };
            o.kind = in.PickValueInArray(kinds);
            static const int codes[] = { 1000, 1001, 1006, 1011, 4400, 4404, 4426, 4000 };
            o.closeCode = in.PickValueInArray(codes);
            static const int statuses[] = { 401, 403, 404, 429, 500, 502 };
            o.httpStatus = in.PickValueInArray(statuses);
            static const Error::Kind errorKinds[] = { Error::Kind::Network, Error::Kind::Api, Error::Kind::Http,
                Error::Kind::Timeout, Error::Kind::Protocol, Error::Kind::Decode };
            o.error = Error::make(in.PickValueInArray(errorKinds), QStringLiteral("fuzz outcome"), QStringLiteral("delivery_ws"));
            o.error.httpStatus = o.kind == Outcome::Kind::UpgradeRefused ? o.httpStatus : 0;
            if (o.kind == Outcome::Kind::CloseFrame)
                o.error.code = QStringLiteral("ws_close_%1").arg(o.closeCode);
            o.openMs = in.ConsumeIntegralInRange<int>(0, 10);
            FuzzWire::finish(conn, o);
            break;
        }
        case 7:
            turn();
            break;
        case 8:
            if (waits < 3 && sub->state() == DeliverySubscription::State::Reconnecting) {
                ++waits;
                waitMs(3);
            }
            break;
        case 9:
            FuzzWire::receiveBinary(conn, QByteArray::fromStdString(in.ConsumeRandomLengthString(32)));
            break;
        case 10:
            if (in.ConsumeBool())
                sub->stop();
            else
                sub->start();
            break;
        case 11:
            if (in.ConsumeBool())
                sub->setDedupWindowCapacity(in.ConsumeIntegralInRange<int>(0, 40));
            else
                sub->setMaxBatchSize(in.ConsumeIntegralInRange<int>(0, 8));
            break;
        default:
            // FUZZ_SKIP_KNOWN=F4 skips deleting from the handler (finding F4, fixed in
            // onFinished; keep the switch for the next finding of this kind).
            h.destroyOnNextBatch = in.ConsumeBool() && !skipF4;
            if (in.ConsumeBool())
                sub->setAcceptedKinds(in.ConsumeBool() ? QStringList() : QStringList { QStringLiteral("execution_event") });
            break;
        }
        if (sub) {
            FUZZ_CHECK(sub->dedupWindowSize() <= sub->dedupWindowCapacity(), "window above capacity");
            if (sub->state() == DeliverySubscription::State::Failed)
                FUZZ_CHECK(!FuzzWire::isActive(conn), "failed with a live connection");
        }
    }
    turn();

    // Every ack is well-formed and acknowledges a durable id the server actually pushed.
    const QList<FuzzWire::Connection*> all = FuzzWire::connections();
    if (all.contains(conn)) {
        for (const QString& frame : FuzzWire::state(conn).sentText) {
            const QJsonDocument doc = QJsonDocument::fromJson(frame.toUtf8());
            FUZZ_CHECK(doc.isObject(), "client frame is not an object");
            const QJsonObject o = doc.object();
            FUZZ_CHECK(o.value(QLatin1String("protocol_version")).toInt() == 1, "client frame version");
            const QString type = o.value(QLatin1String("type")).toString();
            FUZZ_CHECK(type == QLatin1String("hello") || type == QLatin1String("ack"), "client frame type");
            if (type == QLatin1String("ack")) {
                const QJsonValue id = o.value(QLatin1String("id"));
                FUZZ_CHECK(id.toVariant().typeId() == QMetaType::LongLong, "ack id is not an exact integer");
                FUZZ_CHECK(h.durableSent.contains(id.toInteger()), "ack of an id never pushed durably");
            }
        }
    }
    delete sub.data();
    turn();
    return 0;
}

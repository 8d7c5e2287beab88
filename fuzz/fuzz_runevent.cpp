// Fuzz target: execution-event decoding.
//
// Byte 0 picks the entry point, the rest is its input:
//   0  delivery push payload (JSON)            → RunEvent::fromPushPayload, the simdjson
//                                                 decoder (StreamDetail::decodePushPayload) and
//                                                 a follower's long-lived PushPayloadDecoder
//   1  `payload_b64` text → base64 → JSON      → the follower's full push pipeline (both decoders)
//   2  REST history row (JSON)                 → RunEvent::fromHistoryRow
//   3  REST task row (JSON)                    → RunTask::fromJson
//   4  `event_data` string                     → RunEvent::parseEventData
// Invariants: the simdjson payload decoder accepts exactly what the strict one accepts, with the
// same RunEvent (created_at included) or the same message; failures carry a `path: reason`; successes keep the wire fields verbatim; the
// parsed event_data is never undefined and survives a serialise/parse round trip; toJson()
// and the accessors never crash.

#include "fuzzcommon.h"

#include "stream_pushpayload_p.h"

#include <cloacina/executionevent.h>

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>

using namespace Cloacina;

namespace {

void checkEventData(const RunEvent& e)
{
    FUZZ_CHECK(!e.eventData.isUndefined(), "event_data undefined");
    if (!e.rawEventData.isNull() && !(e.eventData.isString() && e.eventData.toString() == e.rawEventData)) {
        // It parsed as JSON: a compact re-serialisation must parse to the same value.
        const QByteArray text = QJsonDocument(QJsonArray { e.eventData }).toJson(QJsonDocument::Compact);
        const QJsonValue again = RunEvent::parseEventData(QString::fromUtf8(text.mid(1, text.size() - 2)));
        FUZZ_CHECK(again == e.eventData, "event_data round trip");
    }
}

void touch(const RunEvent& e)
{
    const QJsonObject o = e.toJson(false);
    FUZZ_CHECK(o.value(QLatin1String("id")).toString() == e.id, "toJson id");
    (void)e.toJson(true);
    (void)e.shortTaskName();
    (void)e.isKnownType();
    (void)e.isTerminalType();
    (void)e.sequenceNumVariant();
    checkEventData(e);
}

void push(const QByteArray& json)
{
    RunEvent fast;
    QString fastError;
    const bool fastOk = StreamDetail::decodePushPayload(json, fast, fastError);
    FUZZ_CHECK(fastOk || !fastError.isEmpty(), "fast push failure without message");
    {
        // A follower's decoder, with the strings of every earlier input kept: same result.
        static StreamDetail::PushPayloadDecoder shared;
        RunEvent e;
        StreamDetail::EventTypeFacts facts;
        QString error;
        const bool ok = shared.decode(json, e, facts, error);
        FUZZ_CHECK(ok == fastOk && error == fastError, "shared decoder disagrees on success");
        FUZZ_CHECK(!ok || (e == fast && e.createdAt == fast.createdAt), "shared decoder disagrees on the event");
        FUZZ_CHECK(!ok || (facts.known == e.isKnownType() && facts.terminal == e.isTerminalType()), "type facts");
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        FUZZ_CHECK(!fastOk, "fast decoder accepted a payload that is not a JSON object");
        return;
    }
    Json::Context ctx;
    RunEvent e;
    if (!RunEvent::fromPushPayload(doc.object(), e, ctx)) {
        FUZZ_CHECK(ctx.failed() && !ctx.errorString().isEmpty(), "push failure without message");
        FUZZ_CHECK(!fastOk && fastError == ctx.errorString(), "fast decoder disagrees on a malformed payload");
        return;
    }
    FUZZ_CHECK(fastOk && fast == e && fast.createdAt == e.createdAt, "fast decoder disagrees on a valid payload");
    FUZZ_CHECK(e.origin == RunEvent::Origin::Push, "origin");
    FUZZ_CHECK(e.eventType == doc.object().value(QLatin1String("event_type")).toString(), "event_type kept");
    FUZZ_CHECK(e.executionId == doc.object().value(QLatin1String("workflow_execution_id")).toString(), "execution id kept");
    touch(e);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzCommon::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray rest(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 5) {
    case 0:
        push(rest);
        break;
    case 1: {
        const auto decoded = QByteArray::fromBase64Encoding(rest, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            push(*decoded);
        break;
    }
    case 2: {
        const QJsonDocument doc = QJsonDocument::fromJson(rest);
        if (!doc.isObject())
            return 0;
        Json::Context ctx;
        RunEvent e;
        if (!RunEvent::fromHistoryRow(doc.object(), QStringLiteral("exec-1"), e, ctx)) {
            FUZZ_CHECK(ctx.failed(), "history failure without message");
            return 0;
        }
        FUZZ_CHECK(e.sequenceNum.has_value(), "history rows carry sequence_num");
        FUZZ_CHECK(e.executionId == QLatin1String("exec-1"), "execution id");
        touch(e);
        break;
    }
    case 3: {
        const QJsonDocument doc = QJsonDocument::fromJson(rest);
        if (!doc.isObject())
            return 0;
        Json::Context ctx;
        RunTask t;
        if (!RunTask::fromJson(doc.object(), t, ctx)) {
            FUZZ_CHECK(ctx.failed(), "task failure without message");
            return 0;
        }
        (void)t.shortTaskName();
        FUZZ_CHECK(t == t, "RunTask equality");
        break;
    }
    default: {
        const QString wire = QString::fromUtf8(rest);
        const QJsonValue v = RunEvent::parseEventData(wire);
        FUZZ_CHECK(!v.isUndefined(), "parseEventData undefined");
        RunEvent e;
        e.rawEventData = wire;
        e.eventData = v;
        checkEventData(e);
        break;
    }
    }
    return 0;
}

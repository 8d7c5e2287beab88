// The delivery socket's frame decoder and the push payload decoder: the simdjson fast path gives
// exactly what the strict QJsonDocument decoder gives, for valid and malformed input alike, and
// the hand-written ack/hello frames are the protocol's JSON.
#include "stream_base64_p.h"
#include "stream_deliveryframe_p.h"
#include "stream_pushpayload_p.h"

#include <cloacina/executionevent.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <limits>

using namespace Cloacina;
using namespace Cloacina::StreamDetail;

namespace {
const QByteArray recipient = "exec_events:0b7e0d8e-1111-4222-8333-944445555666";

QByteArray pushFrame(const QByteArray& members)
{
    return "{\"type\":\"push\",\"protocol_version\":1," + members + "}";
}

QByteArray envelope(const QByteArray& id = "7", const QByteArray& tenant = "null",
    const QByteArray& payload = "\"eyJhIjoxfQ==\"")
{
    return pushFrame("\"id\":" + id + ",\"kind\":\"execution_event\",\"recipient\":\"" + recipient
        + "\",\"tenant_id\":" + tenant + ",\"payload_b64\":" + payload);
}

const QByteArray payloadBase = "\"id\":\"e1\",\"workflow_execution_id\":\"x1\",\"event_type\":\"task_failed\","
                               "\"created_at\":\"2026-12-03T16:11:36.123456Z\"";
} // namespace

class TstStreamFrames : public QObject {
    Q_OBJECT
private slots:
    void framesMatchTheStrictDecoder_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("type");
        const int push = int(DeliveryFrame::Type::Push), welcome = int(DeliveryFrame::Type::Welcome),
                  unknown = int(DeliveryFrame::Type::Unknown), bad = int(DeliveryFrame::Type::Violation);
        QTest::newRow("push") << envelope() << push;
        QTest::newRow("push, tenant") << envelope("7", "\"acme\"") << push;
        QTest::newRow("push, id as integral double") << envelope("7.0") << push;
        // Qt stores an integral double as an integer: accepted (by the strict path).
        QTest::newRow("push, id 2^53 as double") << envelope("9007199254740992.0") << push;
        QTest::newRow("push, id max int64") << envelope("9223372036854775807") << push;
        QTest::newRow("push, id above int64") << envelope("9223372036854775808") << bad;
        QTest::newRow("push, id big double") << envelope("555555555555555554.2") << push;
        QTest::newRow("push, id -2^63 as double") << envelope("-9223372036854775808.0") << push;
        QTest::newRow("push, id 2^63 as double") << envelope("9223372036854775808.0") << bad;
        QTest::newRow("push, id beyond uint64") << envelope("123456789012345678901234567890") << bad;
        QTest::newRow("push, id string") << envelope("\"7\"") << bad;
        QTest::newRow("push, id fraction") << envelope("7.5") << bad;
        QTest::newRow("push, tenant number") << envelope("7", "3") << bad;
        QTest::newRow("push, tenant absent")
            << pushFrame("\"id\":1,\"kind\":\"k\",\"recipient\":\"r\",\"payload_b64\":\"\"") << bad;
        QTest::newRow("push, empty payload") << envelope("7", "null", "\"\"") << push;
        QTest::newRow("push, bad base64") << envelope("7", "null", "\"a$b=\"") << bad;
        QTest::newRow("push, base64 escaped") << envelope("7", "null", "\"eyJhIjoxfQ\\u003d\\u003d\"") << push;
        QTest::newRow("push, payload null") << envelope("7", "null", "null") << bad;
        QTest::newRow("push, extra member") << pushFrame("\"x\":[1,{}],\"id\":1,\"kind\":\"k\",\"recipient\":\"r\","
                                                         "\"tenant_id\":null,\"payload_b64\":\"\"")
                                            << push;
        QTest::newRow("push, duplicate id (last wins)")
            << pushFrame("\"id\":\"no\",\"id\":3,\"kind\":\"k\",\"recipient\":\"r\",\"tenant_id\":null,"
                         "\"payload_b64\":\"\"")
            << push;
        QTest::newRow("push, duplicate unknown")
            << pushFrame("\"x\":1,\"x\":2,\"id\":3,\"kind\":\"k\",\"recipient\":\"r\",\"tenant_id\":null,"
                         "\"payload_b64\":\"\"")
            << push;
        // The shapes the UTF-16 scanner takes, and the ones it must leave to the full decoders.
        QTest::newRow("push, spaced") << QByteArray(" {\n \"type\" : \"push\" ,\t\"protocol_version\":1, \"id\": 12 ,"
                                                    "\"kind\":\"execution_event\",\"recipient\":\"exec_events:e1\","
                                                    "\"tenant_id\": null ,\"payload_b64\":\"eyJhIjoxfQ==\" }\r\n")
                                      << push;
        QTest::newRow("push, id 0") << envelope("0") << push;
        QTest::newRow("push, id leading zero") << envelope("07") << bad;
        QTest::newRow("push, id negative") << envelope("-7") << push;
        QTest::newRow("push, id minus zero") << envelope("-0") << push;
        QTest::newRow("push, id exponent") << envelope("7e2") << push;
        QTest::newRow("push, id 18 digits") << envelope("999999999999999999") << push;
        QTest::newRow("push, id 19 digits") << envelope("1000000000000000000") << push;
        QTest::newRow("push, version 01") << envelope().replace("\"protocol_version\":1", "\"protocol_version\":01") << bad;
        QTest::newRow("push, version 2") << envelope().replace("\"protocol_version\":1", "\"protocol_version\":2") << bad;
        QTest::newRow("push, raw tab in kind") << pushFrame("\"id\":3,\"kind\":\"k\tk\",\"recipient\":\"r\",\"tenant_id\":null,"
                                                            "\"payload_b64\":\"\"")
                                               << push; // QJsonDocument takes a raw control character
        QTest::newRow("push, raw unicode tenant") << pushFrame("\"id\":3,\"kind\":\"k\",\"recipient\":\"r\",\"tenant_id\":"
                                                               "\"caf\xc3\xa9 \xf0\x9f\x98\x80\",\"payload_b64\":\"\"")
                                                  << push;
        QTest::newRow("push, payload not ASCII") << envelope("7", "null", "\"eyJh\xc3\xa9\"") << bad;
        QTest::newRow("push, payload escaped quote") << envelope("7", "null", "\"eyJh\\\"IjoxfQ==\"") << bad;
        QTest::newRow("push, payload escaped slash") << envelope("7", "null", "\"ab\\/d\"") << push;
        QTest::newRow("push, payload raw newline") << envelope("7", "null", "\"eyJhIjox\nfQ==\"") << bad;
        QTest::newRow("push, payload unterminated") << envelope("7", "null", "\"eyJhIjoxfQ==") << bad;
        QTest::newRow("push, nul") << envelope("7", "nul") << bad;
        QTest::newRow("push, trailing garbage") << envelope() + "x" << bad;
        QTest::newRow("push, trailing comma") << pushFrame("\"id\":3,\"kind\":\"k\",\"recipient\":\"r\",\"tenant_id\":null,"
                                                           "\"payload_b64\":\"\",")
                                              << bad;
        QTest::newRow("push, unterminated") << envelope().chopped(1) << bad;
        QTest::newRow("push, unicode kind") << pushFrame("\"id\":3,\"kind\":\"k\\u00e9\\ud83d\\ude00\",\"recipient\":"
                                                         "\"r\",\"tenant_id\":\"t\\n\",\"payload_b64\":\"\"")
                                            << push;
        QTest::newRow("push, lone surrogate") << pushFrame("\"id\":3,\"kind\":\"\\ud800\",\"recipient\":\"r\","
                                                           "\"tenant_id\":null,\"payload_b64\":\"\"")
                                              << push;
        QTest::newRow("push, big number elsewhere")
            << pushFrame("\"n\":123456789012345678901234567890,\"id\":3,\"kind\":\"k\",\"recipient\":\"r\","
                         "\"tenant_id\":null,\"payload_b64\":\"\"")
            << push;
        QTest::newRow("welcome") << QByteArray("{\"type\":\"welcome\",\"protocol_version\":1,\"max_known_id\":0}") << welcome;
        QTest::newRow("welcome without max_known_id") << QByteArray("{\"type\":\"welcome\",\"protocol_version\":1}") << bad;
        QTest::newRow("version 2") << QByteArray("{\"type\":\"welcome\",\"protocol_version\":2,\"max_known_id\":0}") << bad;
        QTest::newRow("version 1.0") << QByteArray("{\"type\":\"welcome\",\"protocol_version\":1.0,\"max_known_id\":0}")
                                     << welcome;
        QTest::newRow("no version") << QByteArray("{\"type\":\"push\"}") << bad;
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"gossip\",\"protocol_version\":1}") << unknown;
        QTest::newRow("type missing") << QByteArray("{\"protocol_version\":1}") << unknown;
        QTest::newRow("type number") << QByteArray("{\"type\":5,\"protocol_version\":1}") << unknown;
        QTest::newRow("array") << QByteArray("[1]") << bad;
        QTest::newRow("truncated") << envelope().chopped(1) << bad;
        QTest::newRow("trailing bytes") << envelope() + "x" << bad;
        QTest::newRow("empty") << QByteArray() << bad;
    }

    void framesMatchTheStrictDecoder()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, type);
        DeliveryFrameDecoder decoder(QString::fromUtf8(recipient));
        const DeliveryFrame strict = DeliveryFrameDecoder::decodeStrict(frame);
        QCOMPARE(int(strict.type), type);
        // Through both entry points, twice (the second time with the decoder's caches warm).
        for (int i = 0; i < 2; ++i) {
            const DeliveryFrame fromUtf8 = decoder.decodeUtf8(frame);
            QVERIFY2(fromUtf8 == strict, qPrintable(fromUtf8.violation + QLatin1String(" | ") + strict.violation));
            const DeliveryFrame fromText = decoder.decode(QString::fromUtf8(frame));
            QVERIFY(fromText == DeliveryFrameDecoder::decodeStrict(QString::fromUtf8(frame).toUtf8()));
        }
    }

    void pushEnvelopeIsDecoded()
    {
        DeliveryFrameDecoder decoder(QString::fromUtf8(recipient));
        const DeliveryFrame f = decoder.decodeUtf8(envelope("42", "null", "\"eyJhIjoxfQ==\""));
        QCOMPARE(f.type, DeliveryFrame::Type::Push);
        QVERIFY(f.pushFrame);
        QVERIFY(!f.extraMembers);
        QCOMPARE(f.push.id, 42);
        QCOMPARE(f.push.kind, QStringLiteral("execution_event"));
        QCOMPARE(f.push.recipient, QString::fromUtf8(recipient));
        QVERIFY(f.push.tenantId.isNull());
        QCOMPARE(f.push.payload, QByteArray("{\"a\":1}"));
        const DeliveryFrame tenant = decoder.decodeUtf8(envelope("43", "\"\""));
        QVERIFY(!tenant.push.tenantId.isNull() && tenant.push.tenantId.isEmpty());
        const DeliveryFrame other = decoder.decodeUtf8(
            pushFrame("\"id\":1,\"kind\":\"ops_metrics:x\",\"recipient\":\"else\",\"tenant_id\":null,\"payload_b64\":\"\""));
        QCOMPARE(other.push.kind, QStringLiteral("ops_metrics:x"));
        QCOMPARE(other.push.recipient, QStringLiteral("else"));
        QVERIFY(decoder.decodeUtf8(envelope()).push.kind == QStringLiteral("execution_event"));
    }

    void malformedFramesSayWhy()
    {
        DeliveryFrameDecoder decoder;
        QCOMPARE(decoder.decodeUtf8("nope").violation, QStringLiteral("the server sent a frame that is not a JSON object"));
        QCOMPARE(decoder.decodeUtf8(envelope("7", "null", "\"a$\"")).violation,
            QStringLiteral("push 7: payload_b64 is not valid base64"));
        QCOMPARE(decoder.decodeUtf8("{\"type\":\"welcome\",\"protocol_version\":3}").violation,
            QStringLiteral("the server speaks delivery protocol version 3; this client speaks 1"));
        const DeliveryFrame badPush = decoder.decodeUtf8(envelope("\"x\""));
        QVERIFY(badPush.pushFrame);
        QCOMPARE(badPush.violation, QStringLiteral("push frame does not match the envelope schema"));
    }

    void base64AgreesWithQt()
    {
        QList<QByteArray> inputs { "", "QQ==", "QUI=", "QUJD", "QR==", "QUJ=", "Q===", "====", "QQ=", "QQ", "Q", "QQ==QQ==",
            "QU=D", "=QUJ", "QUJD\n", "QU JD", "QUJD====", "-_-_", "QUJD\0", "\xc3\xa9"
                                                                             "AAA" };
        QRandomGenerator random(14);
        // Short inputs exercise the scalar decoder, long ones the vectorised one and its tail.
        QList<int> lengths;
        for (int length = 0; length < 70; ++length)
            lengths << length;
        for (int length = 70; length < 700; length += 23)
            lengths << length;
        for (const int length : std::as_const(lengths)) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char& c : bytes)
                c = char(random.bounded(256));
            inputs << bytes.toBase64() << bytes.toBase64(QByteArray::OmitTrailingEquals)
                   << bytes.toBase64(QByteArray::Base64UrlEncoding);
        }
        for (const QByteArray& input : std::as_const(inputs)) {
            const auto qt = QByteArray::fromBase64Encoding(input, QByteArray::AbortOnBase64DecodingErrors);
            QByteArray ours;
            if (decodeCanonicalBase64(input, ours))
                QVERIFY2(qt && qt.decoded == ours, input.constData()); // never accepts what Qt refuses
            else
                QVERIFY2(input.size() % 4 != 0 || !qt || input.contains('-') || input.contains('_'), input.constData());
        }
        // A character outside the alphabet is refused wherever it sits: in every lane of a
        // vectorised step, in the scalar tail, in the padded quad.
        QByteArray bytes(400, Qt::Uninitialized);
        for (char& c : bytes)
            c = char(random.bounded(256));
        const QByteArray valid = bytes.left(397).toBase64();
        QByteArray decoded;
        QVERIFY(decodeCanonicalBase64(valid, decoded));
        QCOMPARE(decoded, bytes.left(397));
        for (int at = 0; at < valid.size() - 2; ++at) {
            for (const char bad : { '!', '-', '\x80', '\xff', '=', ' ', '\0' }) {
                QByteArray input = valid;
                input[at] = bad;
                QVERIFY2(!decodeCanonicalBase64(input, decoded), qPrintable(QStringLiteral("position %1").arg(at)));
            }
        }
    }

    void ackAndHelloAreTheProtocolsJson()
    {
        for (const qint64 id : { qint64(0), qint64(7), qint64(-3), std::numeric_limits<qint64>::max(),
                 std::numeric_limits<qint64>::min() }) {
            const QJsonObject expected { { QStringLiteral("type"), QStringLiteral("ack") },
                { QStringLiteral("protocol_version"), 1 }, { QStringLiteral("id"), id } };
            const QJsonDocument doc = QJsonDocument::fromJson(ackFrame(id).toUtf8());
            QCOMPARE(doc.object(), expected);
            QCOMPARE(doc.object().value(QLatin1String("id")).toInteger(), id);
        }
        // The reused buffer: a short ack after a long one is not followed by the long one's tail.
        QString reused;
        for (const qint64 id : { std::numeric_limits<qint64>::min(), qint64(5), qint64(123456789) }) {
            writeAckFrame(id, reused);
            QCOMPARE(reused, ackFrame(id));
        }
        const QJsonObject hello = QJsonDocument::fromJson(helloFrame().toUtf8()).object();
        QCOMPARE(hello.size(), 3);
        QCOMPARE(hello.value(QLatin1String("type")).toString(), QStringLiteral("hello"));
        QCOMPARE(hello.value(QLatin1String("protocol_version")).toInteger(), 1);
        QVERIFY(hello.contains(QLatin1String("since_id")) && hello.value(QLatin1String("since_id")).isNull());
    }

    void payloadsMatchTheStrictDecoder_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::newRow("0.10.0 payload") << "{" + payloadBase
                + ",\"task_execution_id\":\"t1\",\"event_data\":\"{\\\"attempt\\\":2,\\\"error\\\":\\\"boom\\\"}\"}"
                                        << true;
        QTest::newRow("nulls") << "{" + payloadBase + ",\"task_execution_id\":null,\"event_data\":null}" << true;
        QTest::newRow("absent optionals") << "{" + payloadBase + "}" << true;
        QTest::newRow("event_data not JSON") << "{" + payloadBase + ",\"event_data\":\"plain words\"}" << true;
        QTest::newRow("event_data scalar") << "{" + payloadBase + ",\"event_data\":\"42\"}" << true;
        QTest::newRow("sequence and task name")
            << "{" + payloadBase + ",\"sequence_num\":12,\"task_name\":\"t::p::w::task\"}" << true;
        QTest::newRow("sequence mistyped, task name number")
            << "{" + payloadBase + ",\"sequence_num\":\"12\",\"task_name\":5}" << true;
        QTest::newRow("sequence integral double") << "{" + payloadBase + ",\"sequence_num\":12.0}" << true;
        // Found by fuzz_runevent: a double above 2^53 is integral, and QJsonValue keeps it as an integer.
        QTest::newRow("sequence big double") << "{" + payloadBase + ",\"sequence_num\":555555555555555554.2}" << true;
        QTest::newRow("sequence -0.0") << "{" + payloadBase + ",\"sequence_num\":-0.0}" << true;
        QTest::newRow("sequence 1e300") << "{" + payloadBase + ",\"sequence_num\":1e300}" << true;
        QTest::newRow("sequence above int64") << "{" + payloadBase + ",\"sequence_num\":9223372036854775808}" << true;
        QTest::newRow("offset timestamp") << QByteArray("{\"id\":\"e\",\"workflow_execution_id\":\"x\",\"event_type\":"
                                                        "\"t\",\"created_at\":\"2026-12-03T18:11:36+02:00\"}")
                                          << true;
        QTest::newRow("timestamp without offset")
            << QByteArray("{\"id\":\"e\",\"workflow_execution_id\":\"x\",\"event_type\":\"t\",\"created_at\":"
                          "\"2026-12-03T18:11:36\"}")
            << true;
        QTest::newRow("duplicate id") << "{\"id\":5," + payloadBase + "}" << true;
        QTest::newRow("id null") << "{" + payloadBase + ",\"id\":null}" << false;
        QTest::newRow("id missing") << QByteArray("{\"workflow_execution_id\":\"x\",\"event_type\":\"t\",\"created_at\":\"c\"}")
                                    << false;
        QTest::newRow("task id number") << "{" + payloadBase + ",\"task_execution_id\":3}" << false;
        QTest::newRow("event_data object") << "{" + payloadBase + ",\"event_data\":{}}" << false;
        QTest::newRow("not an object") << QByteArray("[]") << false;
        QTest::newRow("not JSON") << QByteArray("{\"id\"") << false;
        QTest::newRow("lone surrogate") << "{" + payloadBase + ",\"task_name\":\"\\udc00\"}" << true;
    }

    void payloadsMatchTheStrictDecoder()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        RunEvent fast, strict;
        QString fastError, strictError;
        QCOMPARE(decodePushPayload(json, fast, fastError), valid);
        QCOMPARE(decodePushPayloadStrict(json, strict, strictError), valid);
        if (!valid) {
            QVERIFY(!fastError.isEmpty());
            QCOMPARE(fastError, strictError);
            return;
        }
        QCOMPARE(fast, strict);
        QCOMPARE(fast.createdAt, strict.createdAt);
        QCOMPARE(fast.origin, RunEvent::Origin::Push);
    }

    // A follower's decoder keeps the strings its run repeats: the events share them, and are
    // the same as those of fresh decodes, past the decoder's bounds and around malformed ones.
    void oneDecoderSharesStringsAndMatchesFreshDecodes()
    {
        PushPayloadDecoder shared;
        QHash<QString, RunEvent> decoded;
        for (int i = 0; i < 700; ++i) {
            const QByteArray type = i % 4 == 0 ? "custom_" + QByteArray::number(i) // 175 types, then more
                : i % 4 == 1                   ? QByteArray("task_completed")
                : i % 4 == 2                   ? QByteArray("workflow_completed")
                                               : QByteArray("pipeline_failed");
            const QByteArray task = i % 3 == 0 ? QByteArray("null") : "\"t" + QByteArray::number(i % 7) + "\"";
            QByteArray json = "{\"id\":\"e" + QByteArray::number(i) + "\",\"workflow_execution_id\":\"x"
                + QByteArray::number(i % 11 == 0 ? 2 : 1) + "\",\"event_type\":\"" + type
                + "\",\"task_execution_id\":" + task + ",\"created_at\":\"2026-12-03T16:11:"
                + QByteArray::number(10 + i / 20) + ".5Z\",\"event_data\":"
                + (i % 5 == 0 ? QByteArray("\"{\\\"n\\\":1}\"") : QByteArray("null"))
                + (i % 6 == 0 ? ",\"task_name\":\"a::b::c" + QByteArray::number(i % 4) + "\"" : QByteArray())
                + (i % 8 == 0 ? ",\"sequence_num\":" + QByteArray::number(i) : QByteArray()) + "}";
            if (i % 50 == 7)
                json = "{\"workflow_execution_id\":\"x1\"}"; // malformed: the strict decoder words it
            if (i % 50 == 9)
                json.replace("\"id\":\"e", "\"id\":\"\\u00e9"); // escaped text
            RunEvent mine, fresh;
            EventTypeFacts facts;
            QString myError, freshError;
            const bool ok = shared.decode(json, mine, facts, myError);
            QCOMPARE(ok, decodePushPayload(json, fresh, freshError));
            if (!ok) {
                QCOMPARE(myError, freshError);
                continue;
            }
            QCOMPARE(mine, fresh);
            QCOMPARE(mine.createdAt, fresh.createdAt);
            QCOMPARE(facts.known, fresh.isKnownType());
            QCOMPARE(facts.terminal, fresh.isTerminalType());
            decoded.insert(mine.id, mine);
        }
        // Repeated strings share one copy: the point of the decoder.
        const RunEvent a = decoded.value(QStringLiteral("e1"));
        const RunEvent b = decoded.value(QStringLiteral("e5"));
        QCOMPARE(a.eventType, b.eventType);
        QCOMPARE(a.eventType.constData(), b.eventType.constData());
        QCOMPARE(a.executionId.constData(), b.executionId.constData());
        const RunEvent c = decoded.value(QStringLiteral("e2"));
        const RunEvent d = decoded.value(QStringLiteral("e16")); // both name t2
        QCOMPARE(c.taskExecutionId, d.taskExecutionId);
        QCOMPARE(c.taskExecutionId.constData(), d.taskExecutionId.constData());
    }

    void payloadFieldsAreKept()
    {
        RunEvent e;
        QString error;
        QVERIFY(decodePushPayload("{" + payloadBase + ",\"task_execution_id\":\"t1\",\"event_data\":\"{\\\"a\\\":[1]}\"}", e,
            error));
        QCOMPARE(e.id, QStringLiteral("e1"));
        QCOMPARE(e.executionId, QStringLiteral("x1"));
        QCOMPARE(e.taskExecutionId, QStringLiteral("t1"));
        QCOMPARE(e.eventType, QStringLiteral("task_failed"));
        QCOMPARE(e.createdAtText, QStringLiteral("2026-12-03T16:11:36.123456Z"));
        QCOMPARE(e.createdAt, QDateTime(QDate(2026, 12, 3), QTime(16, 11, 36, 123), Qt::UTC));
        QCOMPARE(e.rawEventData, QStringLiteral("{\"a\":[1]}"));
        QCOMPARE(e.eventData.toObject().value(QLatin1String("a")).toArray().at(0).toInt(), 1);
        QVERIFY(!e.sequenceNum);
    }
};

QTEST_GUILESS_MAIN(TstStreamFrames)
#include "tst_streamframes.moc"

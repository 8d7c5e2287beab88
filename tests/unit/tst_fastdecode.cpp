// The fast decode path of REST bodies (Internal::decodeFast: simdjson straight into the DTOs)
// and decodeResponse(), which takes it first and leaves anything it declines to the strict QJson
// decoder. Checks that the fast path is taken for ordinary bodies, never accepts what the strict
// decoder refuses, agrees with it on the value, and that errors keep their messages.

#include "dispatcher_p.h"
#include "fastdecode_p.h"

#include <cloacina/types.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <thread>

using namespace Cloacina;

namespace {

QByteArray row(int i, const char* status = "Failed")
{
    return QByteArrayLiteral("{\"id\":\"0b6f2d8e-3c1a-4f5e-9a7b-") + QByteArray::number(100000000000LL + i)
        + QByteArrayLiteral("\",\"workflow_name\":\"etl_daily\",\"status\":\"") + status
        + QByteArrayLiteral("\",\"started_at\":\"2026-11-28T10:15:30.123456Z\","
                            "\"completed_at\":null}");
}

QByteArray page(int rows)
{
    QByteArray items;
    for (int i = 0; i < rows; ++i)
        items += (i ? "," : "") + row(i, i % 2 ? "Failed" : "Completed");
    return QByteArrayLiteral("{\"tenant_id\":\"public\",\"items\":[") + items + QByteArrayLiteral("],\"total\":")
        + QByteArray::number(rows) + '}';
}

Response response(const QByteArray& body)
{
    Response r;
    r.httpStatus = 200;
    r.body = body;
    r.requestId = QStringLiteral("req-1");
    return r;
}

// What the strict decoder alone makes of \a body (the decoder before the fast path existed).
template <typename T>
Result<T> strictDecode(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Decode, error.errorString());
    Json::Context ctx;
    T value {};
    if (!read(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), value, ctx))
        return Error::make(Error::Kind::Decode, ctx.errorString());
    return value;
}

// An event whose `sequence_num` and unknown member `extra` are spelt \a sequence and \a extra.
QByteArray eventBody(const QByteArray& sequence, const QByteArray& extra)
{
    return QByteArrayLiteral("{\"id\":\"e1\",\"execution_id\":\"x1\",\"event_type\":\"task_started\","
                             "\"created_at\":\"2026-11-28T10:15:30Z\",\"sequence_num\":")
        + sequence + QByteArrayLiteral(",\"extra\":") + extra + '}';
}

} // namespace

class TestFastDecode : public QObject {
    Q_OBJECT

private slots:
    void listPageTakesTheFastPath();
    void fastAndStrictAgree_data();
    void fastAndStrictAgree();
    void errorsKeepTheirMessages_data();
    void errorsKeepTheirMessages();
    void bodyWithoutPaddingIsCopied();
    void repeatedShortStringsShareData();
    void largeBodyThenSmallBody();
    void threadsDecodeIndependently();
};

void TestFastDecode::listPageTakesTheFastPath()
{
    const QByteArray body = page(50);
    ExecutionSummaryList fast;
    QVERIFY(Internal::decodeFast(body, fast));
    const Result<ExecutionSummaryList> strict = strictDecode<ExecutionSummaryList>(body);
    QVERIFY(strict);
    QCOMPARE(fast.items.size(), 50);
    QVERIFY(fast == strict.value());
    QCOMPARE(fast.items.at(3).status, QStringLiteral("Failed"));
    QVERIFY(fast.items.at(3).completedAt.has_value() && fast.items.at(3).completedAt->isNull());
    QVERIFY(!fast.items.at(3).triggerOrigin.has_value());

    const Result<ExecutionSummaryList> decoded = decodeResponse<ExecutionSummaryList>(response(body), QStringLiteral("list_executions"));
    QVERIFY(decoded);
    QVERIFY(decoded.value() == strict.value());
}

void TestFastDecode::fastAndStrictAgree_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("fastPath"); // whether the fast path is expected to take it
    QTest::addColumn<bool>("accepted"); // whether the strict decoder accepts it

    QTest::newRow("plain") << eventBody("7", "1") << true << true;
    QTest::newRow("integral fraction") << eventBody("7.0", "1.0") << true << true;
    QTest::newRow("exponent integer") << eventBody("7e2", "1e17") << true << true;
    QTest::newRow("2^53 as a double") << eventBody("9007199254740992.0", "0") << false << true;
    QTest::newRow("beyond qint64") << eventBody("9223372036854775808", "0") << false << false;
    QTest::newRow("fraction") << eventBody("7.5", "0") << false << false;
    QTest::newRow("unknown uint64") << eventBody("1", "18446744073709551615") << true << true;
    QTest::newRow("unknown beyond uint64") << eventBody("1", "123456789012345678901234567890") << false << true;
    QTest::newRow("unknown 0.0") << eventBody("1", "0.0") << false << true;
    QTest::newRow("unknown underflow") << eventBody("1", "1e-400") << false << false;
    QTest::newRow("unknown subnormal") << eventBody("1", "-1e-320") << true << true;
    QTest::newRow("unknown overflow") << eventBody("1", "1e400") << false << false;
    QTest::newRow("unknown object") << eventBody("1", R"({"b":[1,2.5,"x",null,true,{"c":{}}],"a":-3})") << true << true;
    QTest::newRow("unknown duplicate inside") << eventBody("1", R"({"a":1,"a":2})") << false << true;
    QTest::newRow("lone surrogate") << eventBody("1", R"("\ud800")") << false << true;
    QTest::newRow("escaped key") << QByteArray(eventBody("1", "1")).replace("\"id\"", "\"\\u0069d\"") << true << true;
    QTest::newRow("duplicate known key") << QByteArray(eventBody("1", "1")).replace("\"extra\"", "\"id\"") << false << false;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + eventBody("1", "1") << false << true;
    QTest::newRow("unescaped control") << eventBody("1", "\"a\x01\"") << false << true;
    QTest::newRow("trailing garbage") << eventBody("1", "1") + " x" << false << false;
    QTest::newRow("two documents") << eventBody("1", "1") + "{}" << false << false;
    QTest::newRow("null sequence") << eventBody("null", "1") << false << false;
    QTest::newRow("string sequence") << eventBody("\"7\"", "1") << false << false;
    QTest::newRow("not an object") << QByteArray("[1,2]") << false << false;
    QTest::newRow("empty") << QByteArray() << false << false;
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << false << false;
    QTest::newRow("truncated") << eventBody("1", "1").chopped(5) << false << false;
    QTest::newRow("deep") << eventBody("1", QByteArray(600, '[') + QByteArray(600, ']')) << false << true;
}

void TestFastDecode::fastAndStrictAgree()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, fastPath);
    QFETCH(bool, accepted);

    ExecutionEvent fast;
    QCOMPARE(Internal::decodeFast(body, fast), fastPath);
    const Result<ExecutionEvent> strict = strictDecode<ExecutionEvent>(body);
    QCOMPARE(bool(strict), accepted);
    if (fastPath)
        QCOMPARE(QJsonValue(fast.toJson()), QJsonValue(strict.value().toJson()));

    const Result<ExecutionEvent> decoded = decodeResponse<ExecutionEvent>(response(body), QStringLiteral("op"));
    QCOMPARE(bool(decoded), accepted);
    if (accepted)
        QCOMPARE(QJsonValue(decoded.value().toJson()), QJsonValue(strict.value().toJson()));
    else
        QCOMPARE(decoded.error().kind, Error::Kind::Decode);
}

void TestFastDecode::errorsKeepTheirMessages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QByteArray missing = page(3);
    missing.replace("\"id\":\"0b6f2d8e-3c1a-4f5e-9a7b-100000000001\",", "");
    QTest::newRow("missing member") << missing
                                    << QStringLiteral("the response does not match the contract: items[1].id: required member is missing");
    QByteArray wrongType = page(3);
    wrongType.replace("\"total\":3", "\"total\":\"3\"");
    QTest::newRow("wrong type") << wrongType
                                << QStringLiteral("the response does not match the contract: total: expected integer, got string");
    QTest::newRow("truncated") << page(3).left(100)
                               << QStringLiteral("the response does not match the contract: invalid JSON at offset 101 (unterminated string)");
    QTest::newRow("proxy page") << QByteArray("<html>bad gateway</html>")
                                << QStringLiteral("the response does not match the contract: invalid JSON at offset 1 (illegal value)");
}

void TestFastDecode::errorsKeepTheirMessages()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const Result<ExecutionSummaryList> decoded = decodeResponse<ExecutionSummaryList>(response(body), QStringLiteral("list_executions"));
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().kind, Error::Kind::Decode);
    QCOMPARE(decoded.error().message, message);
    QCOMPARE(decoded.error().operationId, QStringLiteral("list_executions"));
    QCOMPARE(decoded.error().requestId, QStringLiteral("req-1"));
    QCOMPARE(decoded.error().bodySample, body.left(Error::maxBodySample));
}

void TestFastDecode::bodyWithoutPaddingIsCopied()
{
    // A body that ends right at the end of its buffer (no room for the parser to read past it),
    // followed in memory by something that is not JSON: it must be copied, never read in place.
    const QByteArray text = page(2) + QByteArray(100, ']');
    const QByteArray exact = QByteArray::fromRawData(text.constData(), text.size() - 100);
    QCOMPARE(exact.capacity(), 0);
    ExecutionSummaryList list;
    QVERIFY(Internal::decodeFast(exact, list));
    QCOMPARE(list.items.size(), 2);

    QByteArray padded = page(2);
    padded.reserve(padded.size() + Internal::fastDecodePadding);
    ExecutionSummaryList inPlace;
    QVERIFY(Internal::decodeFast(padded, inPlace));
    QVERIFY(inPlace == list);
}

void TestFastDecode::repeatedShortStringsShareData()
{
    ExecutionSummaryList list;
    QVERIFY(Internal::decodeFast(page(4), list));
    // Statuses and workflow names repeat on every row: one copy serves them all.
    QCOMPARE(list.items.at(0).workflowName.constData(), list.items.at(3).workflowName.constData());
    QCOMPARE(list.items.at(1).status.constData(), list.items.at(3).status.constData());
    QVERIFY(list.items.at(0).status != list.items.at(1).status);
    QVERIFY(list.items.at(0).id != list.items.at(1).id);
}

void TestFastDecode::largeBodyThenSmallBody()
{
    // Past the size whose parser buffers the thread gives back: both decodes stay correct.
    ExecutionSummaryList large;
    QVERIFY(Internal::decodeFast(page(60000), large));
    QCOMPARE(large.items.size(), 60000);
    QCOMPARE(large.items.last().id, QStringLiteral("0b6f2d8e-3c1a-4f5e-9a7b-100000059999"));
    ExecutionSummaryList small;
    QVERIFY(Internal::decodeFast(page(2), small));
    QCOMPARE(small.items.size(), 2);
}

void TestFastDecode::threadsDecodeIndependently()
{
    const QByteArray body = page(200);
    ExecutionSummaryList expected;
    QVERIFY(Internal::decodeFast(body, expected));
    bool same[2] = { false, false };
    auto work = [&](int slot) {
        bool ok = true;
        for (int i = 0; i < 50 && ok; ++i) {
            ExecutionSummaryList list;
            ok = Internal::decodeFast(body, list) && list == expected;
        }
        same[slot] = ok;
    };
    std::thread a(work, 0);
    std::thread b(work, 1);
    a.join();
    b.join();
    QVERIFY(same[0]);
    QVERIFY(same[1]);
}

QTEST_GUILESS_MAIN(TestFastDecode)
#include "tst_fastdecode.moc"

// The hand-written decode helpers the generated code calls: Json::decode() (jsondecode.h, behind
// every generated fromJson()), Internal::roundTrip() (schemacodec_p.h, behind schemaCodecs()) and
// Internal::readEnum() (enumcodec_p.h, behind the generated Json::read() of every enum).

#include "enumcodec_p.h"
#include "schemacodec_p.h"

#include <cloacina/enums.h>

#include <cloacina/jsondecode.h>
#include <cloacina/types/requests.h>

#include <QJsonObject>
#include <QtTest>

using namespace Cloacina;

namespace {

QJsonObject rotateJson()
{
    return QJsonObject { { QStringLiteral("fields"), QJsonObject { { QStringLiteral("token"), QStringLiteral("t") } } },
        { QStringLiteral("extra"), 7 } };
}

enum class Colour { Red,
    Green };

std::optional<Colour> parseColour(const QString& text)
{
    if (text == QLatin1String("red"))
        return Colour::Red;
    if (text == QLatin1String("green"))
        return Colour::Green;
    return std::nullopt;
}

} // namespace

class TestJsonDecode : public QObject {
    Q_OBJECT

private slots:
    void decodeReturnsTheValue();
    void decodeFailureNamesSchemaAndPath();
    void decodeKeepsItsFormerName();
    void roundTripEncodesAgain();
    void roundTripReportsThePath();
    void roundTripAcceptsNullPointers();
    void readEnumParsesKnownSpellings();
    void readEnumRefusesOtherValues_data();
    void readEnumRefusesOtherValues();
    void generatedEnumsUseReadEnum();
};

void TestJsonDecode::decodeReturnsTheValue()
{
    const Result<RotateSecretRequest> result = Json::decode<RotateSecretRequest>(rotateJson(), "RotateSecretRequest");
    QVERIFY(result);
    QCOMPARE(result.value().fields.value(QStringLiteral("token")), QStringLiteral("t"));
    QCOMPARE(result.value().unknownFields.value(QStringLiteral("extra")).toInt(), 7);
}

void TestJsonDecode::decodeFailureNamesSchemaAndPath()
{
    QJsonObject json = rotateJson();
    json.insert(QStringLiteral("fields"), QJsonObject { { QStringLiteral("token"), 1 } });
    const Result<RotateSecretRequest> result = Json::decode<RotateSecretRequest>(json, "RotateSecretRequest");
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::Decode);
    QCOMPARE(result.error().message, QStringLiteral("RotateSecretRequest: fields.token: expected string, got number"));

    const Result<RotateSecretRequest> notObject = Json::decode<RotateSecretRequest>(QJsonValue(3), "Rotate");
    QVERIFY(!notObject);
    QVERIFY2(notObject.error().message.startsWith(QStringLiteral("Rotate: ")), qPrintable(notObject.error().message));
}

void TestJsonDecode::decodeKeepsItsFormerName()
{
    // Generated::decode was emitted into types.h before it became hand-written: same function.
    const Result<RotateSecretRequest> result = Generated::decode<RotateSecretRequest>(rotateJson(), "R");
    QVERIFY(result);
    QCOMPARE(result.value(), RotateSecretRequest::fromJson(rotateJson()).value());
}

void TestJsonDecode::roundTripEncodesAgain()
{
    QJsonValue out;
    QString error;
    QVERIFY(Internal::roundTrip<RotateSecretRequest>(rotateJson(), &out, &error));
    QCOMPARE(out, QJsonValue(rotateJson()));
    QVERIFY(error.isEmpty());
}

void TestJsonDecode::roundTripReportsThePath()
{
    QJsonValue out(QStringLiteral("untouched"));
    QString error;
    QVERIFY(!Internal::roundTrip<RotateSecretRequest>(QJsonObject(), &out, &error));
    QCOMPARE(error, QStringLiteral("fields: required member is missing"));
    QCOMPARE(out, QJsonValue(QStringLiteral("untouched")));
}

void TestJsonDecode::roundTripAcceptsNullPointers()
{
    QVERIFY(Internal::roundTrip<RotateSecretRequest>(rotateJson(), nullptr, nullptr));
    QVERIFY(!Internal::roundTrip<RotateSecretRequest>(QJsonValue(), nullptr, nullptr));
}

void TestJsonDecode::readEnumParsesKnownSpellings()
{
    Json::Context ctx;
    Colour colour = Colour::Red;
    QVERIFY(Internal::readEnum(QJsonValue(QStringLiteral("green")), colour, ctx, &parseColour, "Colour", "red, green"));
    QCOMPARE(colour, Colour::Green);
    QVERIFY(!ctx.failed());
}

void TestJsonDecode::readEnumRefusesOtherValues_data()
{
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown spelling") << QJsonValue(QStringLiteral("blue"))
                                      << R"(unknown Colour "blue"; expected one of: red, green)";
    QTest::newRow("case matters") << QJsonValue(QStringLiteral("Red"))
                                  << R"(unknown Colour "Red"; expected one of: red, green)";
    QTest::newRow("placeholder in the value stays text")
        << QJsonValue(QStringLiteral("%1")) << R"(unknown Colour "%1"; expected one of: red, green)";
    QTest::newRow("number") << QJsonValue(1) << "expected string, got number";
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << "expected string, got null";
}

void TestJsonDecode::readEnumRefusesOtherValues()
{
    QFETCH(QJsonValue, json);
    QFETCH(QString, error);
    Json::Context ctx;
    Colour colour = Colour::Green;
    QVERIFY(!Internal::readEnum(json, colour, ctx, &parseColour, "Colour", "red, green"));
    QCOMPARE(ctx.errorString(), error);
    QCOMPARE(colour, Colour::Green); // untouched
}

void TestJsonDecode::generatedEnumsUseReadEnum()
{
    Json::Context ctx;
    FireMode mode {};
    QVERIFY(!Json::read(QJsonValue(QStringLiteral("sometimes")), mode, ctx));
    QCOMPARE(ctx.errorString(), QStringLiteral(R"(unknown FireMode "sometimes"; expected one of: force_fire, fire_with)"));
}

QTEST_GUILESS_MAIN(TestJsonDecode)
#include "tst_jsondecode.moc"

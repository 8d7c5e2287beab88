// Fuzz target: the generated JSON decoders of all contract schemas.
//
// Input: byte 0 picks the schema (index into schemaCodecs(), modulo its size), the rest is a
// JSON value. Invariants beyond "no crash, no sanitizer report":
//  - a refused document comes with a non-empty `path: reason` message;
//  - decode → encode → decode succeeds and encode is a fixed point (the second encoding equals
//    the first), also after a trip through JSON text;
//  - the fast path of REST bodies (simdjson, SchemaCodec::fastRoundTrip) on the same bytes never
//    accepts what the strict decoder refuses, and when it accepts, encodes to the same JSON;
//  - with FUZZ_STRICT_ROUNDTRIP=1, the first encoding also equals the input (nothing lost,
//    nothing invented) — off by default because decoders may normalise on purpose.

#include "fuzzcommon.h"
#include "schemaregistry_p.h"

#include <QJsonArray>

#include <cstdint>

using namespace Cloacina;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzCommon::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QList<SchemaCodec> codecs = schemaCodecs();
    static const bool strict = qEnvironmentVariableIntValue("FUZZ_STRICT_ROUNDTRIP") != 0;
    if (size < 1 || codecs.isEmpty())
        return 0;
    const SchemaCodec& codec = codecs.at(data[0] % codecs.size());
    QJsonValue in;
    if (!FuzzCommon::parseAnyJson(QByteArray(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1)), in))
        return -1; // not JSON: keep such inputs out of the corpus

    QJsonValue out;
    QString error;
    const bool strictAccepted = codec.roundTrip(in, &out, &error);
    QJsonValue fastOut;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    if (codec.fastRoundTrip(bytes, &fastOut)) {
        FUZZ_CHECK(strictAccepted, qPrintable(QString::fromLatin1(codec.name) + QLatin1String(": fast path accepted what the strict decoder refuses")));
        FUZZ_CHECK(fastOut == out, qPrintable(QString::fromLatin1(codec.name) + QLatin1String(": fast and strict decoders differ")));
    }
    if (!strictAccepted) {
        FUZZ_CHECK(!error.isEmpty(), codec.name);
        return 0;
    }
    FUZZ_CHECK(error.isEmpty(), codec.name);
    FUZZ_CHECK(!out.isUndefined(), codec.name);

    QJsonValue again;
    QString againError;
    FUZZ_CHECK(codec.roundTrip(out, &again, &againError), qPrintable(QString::fromLatin1(codec.name) + QLatin1String(": ") + againError));
    FUZZ_CHECK(again == out, codec.name);

    // Through text, as the value would travel.
    const QByteArray text = QJsonDocument(QJsonArray { out }).toJson(QJsonDocument::Compact);
    QJsonValue reparsed;
    FUZZ_CHECK(FuzzCommon::parseAnyJson(text.mid(1, text.size() - 2), reparsed), codec.name);
    QJsonValue third;
    FUZZ_CHECK(codec.roundTrip(reparsed, &third, nullptr), codec.name);
    FUZZ_CHECK(third == out, codec.name);

    if (strict)
        FUZZ_CHECK(out == in, codec.name);
    return 0;
}

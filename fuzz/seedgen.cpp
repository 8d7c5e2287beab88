// Writes the seed corpus of the fuzz targets into <out>/<target>/ from the contract's shapes
// (openapi.json via tests/unit/contractsamples) plus hand-written protocol examples.
//
//   fuzz_seedgen <out-dir>        (reads $CLOACINA_CONTRACT_DIR, default: the configured path)
//
// fuzz_delivery and fuzz_reactor take scripts, not documents: their seeds are small corpora
// minimised from fuzzing runs (scripts/fuzz.sh --merge), not generated here.

#include "contractsamples.h"
#include "schemaregistry_p.h"

#include <cloacina/types.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

QString outDir;
int written = 0;

void write(const QString& target, const QByteArray& bytes)
{
    const QString dir = outDir + QLatin1Char('/') + target;
    QDir().mkpath(dir);
    const QString name = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    QFile f(dir + QLatin1Char('/') + name);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(bytes);
        ++written;
    }
}

QByteArray compact(const QJsonValue& v)
{
    const QByteArray text = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

// fuzz_response reads (FuzzedDataProvider) strings from the front — reason phrase, error
// string, request id, secret, each ended by "\\ " — and single bytes from the back: network
// error, status pick, gzip flag, TLS flag, abort reason, length mode. The rest is the body.
QByteArray responseSeed(int statusPick, const QByteArray& body, int lengthMode = 1)
{
    QByteArray seed = "OK\\ \\ rid-seed\\ sk_live_0123456789abcdef\\ " + body;
    seed.append(char(lengthMode)); // length mode (1: exact Content-Length)
    seed.append(char(0)); // abort reason None
    seed.append(char(0)); // no TLS errors
    seed.append(char(0)); // identity encoding
    seed.append(char(statusPick));
    seed.append(char(0)); // NoError
    return seed;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: fuzz_seedgen <out-dir>\n");
        return 2;
    }
    outDir = QString::fromLocal8Bit(argv[1]);
    if (qEnvironmentVariableIsEmpty("CLOACINA_CONTRACT_DIR"))
        qputenv("CLOACINA_CONTRACT_DIR", CLOACINA_CONTRACT_DIR);

    ContractSamples samples;
    QString why;
    if (!samples.load(&why)) {
        std::fprintf(stderr, "fuzz_seedgen: %s\n", qPrintable(why));
        return 1;
    }

    // fuzz_schemas: byte 0 = codec index, then a sample document.
    const QList<Cloacina::SchemaCodec> codecs = Cloacina::schemaCodecs();
    QHash<QString, QJsonValue> fullByName;
    for (int i = 0; i < codecs.size(); ++i) {
        const QString name = QString::fromLatin1(codecs[i].name);
        const QJsonObject schema = samples.schema(name);
        if (schema.isEmpty())
            continue;
        const QByteArray prefix(1, char(i));
        const QJsonValue full = samples.full(schema, ContractSamples::Nulls::AsValue);
        fullByName.insert(name, full);
        write(QStringLiteral("fuzz_schemas"), prefix + compact(full));
        write(QStringLiteral("fuzz_schemas"), prefix + compact(samples.minimal(schema)));
        write(QStringLiteral("fuzz_schemas"), prefix + compact(samples.full(schema, ContractSamples::Nulls::AsNull)));
        write(QStringLiteral("fuzz_schemas"), prefix + compact(samples.withUnknownMembers(schema)));
    }

    // fuzz_response: success bodies for each decoder, error envelopes, a proxy page.
    // Decoder index = statusPick % 16; status = statuses[statusPick % 28] (2xx at 1..6).
    const char* const decoderSchemas[16] = { nullptr, "ExecutionSummaryList", "ExecutionEventsResponse",
        "ExecutionTasksResponse", "ExecutionDetail", "WorkflowSummaryList", "WorkflowDetail",
        "LocalLoginResponse", "WsTicketResponse", "WhoamiResponse", "GraphStatusList",
        "ReactorFireTimeseries", "KeyInfoList", "TriggerScheduleSummaryList", "DeclaredSurface", "ErrorBody" };
    for (int d = 0; d < 16; ++d) {
        for (int pick = 0; pick < 256; ++pick) {
            const int statusIndex = pick % 28;
            if (pick % 16 != d || statusIndex < 1 || statusIndex > 6)
                continue;
            const QByteArray body = decoderSchemas[d] ? compact(fullByName.value(QLatin1String(decoderSchemas[d])))
                                                      : QByteArray(R"({"anything":[1,2,{"x":null}]})");
            write(QStringLiteral("fuzz_response"), responseSeed(pick, body));
            write(QStringLiteral("fuzz_response"), responseSeed(pick, body, 2)); // truncated
            break;
        }
    }
    write(QStringLiteral("fuzz_response"), responseSeed(11, R"({"error":"execution not found","code":"execution_not_found"})"));
    write(QStringLiteral("fuzz_response"), responseSeed(22, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"));
    write(QStringLiteral("fuzz_response"), responseSeed(9, "Json deserialize error: missing field `name`"));

    // fuzz_runevent: mode byte + document.
    const QJsonObject payload { { QStringLiteral("id"), QStringLiteral("6a5f0c1e-0000-4000-8000-000000000001") },
        { QStringLiteral("workflow_execution_id"), QStringLiteral("0b3c0000-0000-4000-8000-000000000002") },
        { QStringLiteral("task_execution_id"), QStringLiteral("7c000000-0000-4000-8000-000000000003") },
        { QStringLiteral("event_type"), QStringLiteral("task_retry_scheduled") },
        { QStringLiteral("event_data"), QStringLiteral(R"({"attempt":2,"retry_at":"2026-11-28T10:49:23Z"})") },
        { QStringLiteral("created_at"), QStringLiteral("2026-11-28T10:49:22.703Z") } };
    QJsonObject nullData = payload;
    nullData.insert(QStringLiteral("event_data"), QJsonValue(QJsonValue::Null));
    nullData.insert(QStringLiteral("task_execution_id"), QJsonValue(QJsonValue::Null));
    nullData.insert(QStringLiteral("event_type"), QStringLiteral("workflow_completed"));
    const QByteArray payloadJson = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    write(QStringLiteral("fuzz_runevent"), "\x00" + payloadJson);
    write(QStringLiteral("fuzz_runevent"), QByteArray(1, '\0') + QJsonDocument(nullData).toJson(QJsonDocument::Compact));
    write(QStringLiteral("fuzz_runevent"), "\x01" + payloadJson.toBase64());
    const QJsonObject row { { QStringLiteral("id"), payload.value(QStringLiteral("id")) },
        { QStringLiteral("event_type"), QStringLiteral("task_failed") },
        { QStringLiteral("event_data"), QStringLiteral(R"({"error":"connection reset by peer"})") },
        { QStringLiteral("task_name"), QStringLiteral("public::etl_daily::etl_daily::extract") },
        { QStringLiteral("created_at"), QStringLiteral("2026-11-28T10:49:22+02:00") },
        { QStringLiteral("sequence_num"), 42 } };
    write(QStringLiteral("fuzz_runevent"), "\x02" + QJsonDocument(row).toJson(QJsonDocument::Compact));
    if (fullByName.contains(QStringLiteral("TaskExecutionDetail")))
        write(QStringLiteral("fuzz_runevent"), "\x03" + compact(fullByName.value(QStringLiteral("TaskExecutionDetail"))));
    write(QStringLiteral("fuzz_runevent"), "\x04" + QByteArray(R"({"reason":"upstream failed"})"));
    write(QStringLiteral("fuzz_runevent"), "\x04" + QByteArray(R"("just a string")"));
    write(QStringLiteral("fuzz_runevent"), "\x04" + QByteArray("not json at all"));

    // fuzz_toml: cloacinactl config files.
    write(QStringLiteral("fuzz_toml"), R"(default_profile = "prod"

[profiles.prod]
server = "https://cloacina.example.com"
api_key = "env:CLOACINA_PROD_KEY"     # a literal key, env:VAR or file:PATH

[profiles."team a"]
server = 'https://a.example.com/prefix'
api_key = "file:/nonexistent/key"
)");
    write(QStringLiteral("fuzz_toml"), R"(database_url = "postgres://localhost/cloacina"
[daemon]
poll_interval_ms = 1_000
ratio = 0.5e-3
enabled = true
[watch]
directories = [
    "/extra/dir1",
    "~/workflows", # trailing comma
]
inline = { a = 1, b.c = "x", "quoted key" = [1, 2.5, "s", [true]] }
ml = """
multi \u00e9 \U0001F600
line"""
lit = '''raw \n'''
)");
    write(QStringLiteral("fuzz_toml"), "[a.b.\"c d\"]\nx = 'y'\n[[not.supported]]\n");

    std::printf("fuzz_seedgen: %d seeds written under %s\n", written, qPrintable(outDir));
    return 0;
}

// Round-trips every schema of the contract through the generated DTOs (via the schema registry)
// and checks that malformed documents fail with an error naming the JSON path.

#include "contractsamples.h"
#include "schemaregistry_p.h"

#include <cloacina/types.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace Cloacina;

namespace {

// \a value as JSON text, as a body would carry it (a scalar document for enum values).
QByteArray jsonText(const QJsonValue& value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QString compact(const QJsonValue& value)
{
    return QString::fromUtf8(jsonText(value));
}

const SchemaCodec* codecFor(const QList<SchemaCodec>& codecs, const QString& name)
{
    for (const SchemaCodec& codec : codecs) {
        if (QLatin1String(codec.name) == name)
            return &codec;
    }
    return nullptr;
}

} // namespace

class TestSchemas : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void registryCoversContract();
    void roundTrip_data();
    void roundTrip();
    void decodeFailures_data();
    void decodeFailures();
    void fastPathAgrees_data();
    void fastPathAgrees();

    // Contract-independent checks of the generated API shape.
    void absentAndNullStayDistinct();
    void enumsSpellTheirValues();
    void fromJsonNamesSchemaAndPath();
    void envelopesAndContainers();
    void cleanupTestCase();

private:
    void schemaRows();
    //! The valid samples of \a definition, labelled: each enum value, or the full (nullables
    //! null, then set), minimal and unknown-members documents of an object schema.
    QList<QPair<QString, QJsonValue>> samplesOf(const QJsonObject& definition) const;

    ContractSamples m_contract;
    QString m_missing;
    QList<SchemaCodec> m_codecs;
    int m_roundTrips = 0;
    int m_refusals = 0;
    int m_fastChecks = 0;
};

void TestSchemas::initTestCase()
{
    m_codecs = schemaCodecs();
    if (!m_contract.load(&m_missing))
        qInfo("contract-driven checks will be skipped: %s", qPrintable(m_missing));
}

void TestSchemas::schemaRows()
{
    QTest::addColumn<QString>("schema");
    if (!m_contract.isLoaded()) {
        QTest::newRow("no-contract") << QString();
        return;
    }
    for (const QString& name : m_contract.schemaNames())
        QTest::newRow(qPrintable(name)) << name;
}

QList<QPair<QString, QJsonValue>> TestSchemas::samplesOf(const QJsonObject& definition) const
{
    QList<QPair<QString, QJsonValue>> samples;
    if (definition.contains(QStringLiteral("enum"))) {
        for (const QJsonValue& value : definition.value(QStringLiteral("enum")).toArray())
            samples.append({ QStringLiteral("value ") + value.toString(), value });
        return samples;
    }
    samples.append({ QStringLiteral("full, nullables null"), m_contract.full(definition, ContractSamples::Nulls::AsNull) });
    samples.append({ QStringLiteral("full, nullables set"), m_contract.full(definition, ContractSamples::Nulls::AsValue) });
    samples.append({ QStringLiteral("minimal"), m_contract.minimal(definition) });
    samples.append({ QStringLiteral("unknown members"), m_contract.withUnknownMembers(definition) });
    return samples;
}

void TestSchemas::registryCoversContract()
{
    QSet<QString> registered;
    for (const SchemaCodec& codec : std::as_const(m_codecs)) {
        QVERIFY2(!registered.contains(QLatin1String(codec.name)), codec.name);
        QVERIFY(codec.roundTrip);
        registered.insert(QLatin1String(codec.name));
    }
    QCOMPARE(registered.size(), 81);
    if (!m_contract.isLoaded())
        QSKIP(qPrintable(m_missing));
    const QStringList names = m_contract.schemaNames();
    QCOMPARE(QSet<QString>(names.begin(), names.end()), registered);
}

void TestSchemas::roundTrip_data()
{
    schemaRows();
}

void TestSchemas::roundTrip()
{
    QFETCH(QString, schema);
    if (!m_contract.isLoaded())
        QSKIP(qPrintable(m_missing));
    const SchemaCodec* codec = codecFor(m_codecs, schema);
    QVERIFY2(codec, qPrintable(QStringLiteral("no codec for %1").arg(schema)));

    const QJsonObject definition = m_contract.schema(schema);
    if (!definition.contains(QStringLiteral("enum")))
        QVERIFY(m_contract.withUnknownMembers(definition) != m_contract.full(definition, ContractSamples::Nulls::AsValue));
    const QList<QPair<QString, QJsonValue>> samples = samplesOf(definition);
    for (const auto& [label, in] : samples) {
        QJsonValue out;
        QString error;
        QVERIFY2(codec->roundTrip(in, &out, &error),
            qPrintable(QStringLiteral("%1: %2 did not decode: %3").arg(label, compact(in), error)));
        QVERIFY2(out == in,
            qPrintable(QStringLiteral("%1: round trip changed\n  in:  %2\n  out: %3").arg(label, compact(in), compact(out))));
        ++m_roundTrips;
    }
}

void TestSchemas::decodeFailures_data()
{
    schemaRows();
}

void TestSchemas::decodeFailures()
{
    QFETCH(QString, schema);
    if (!m_contract.isLoaded())
        QSKIP(qPrintable(m_missing));
    const SchemaCodec* codec = codecFor(m_codecs, schema);
    QVERIFY(codec);
    const QList<ContractSamples::Mutation> mutations = m_contract.mutations(m_contract.schema(schema));
    QVERIFY(!mutations.isEmpty());
    for (const ContractSamples::Mutation& mutation : mutations) {
        QString error;
        QJsonValue out;
        const bool decoded = codec->roundTrip(mutation.document, &out, &error);
        QVERIFY2(!decoded, qPrintable(QStringLiteral("%1 was accepted: %2").arg(mutation.description, compact(mutation.document))));
        QVERIFY2(!error.isEmpty(), qPrintable(mutation.description));
        if (!mutation.path.isEmpty()) {
            QVERIFY2(error.startsWith(mutation.path + QStringLiteral(": ")),
                qPrintable(QStringLiteral("%1: error '%2' does not name the path").arg(mutation.description, error)));
        }
        if (!mutation.mustMention.isEmpty()) {
            QVERIFY2(error.contains(mutation.mustMention),
                qPrintable(QStringLiteral("%1: error '%2' does not list '%3'")
                               .arg(mutation.description, error, mutation.mustMention)));
        }
        ++m_refusals;
    }
}

void TestSchemas::fastPathAgrees_data()
{
    schemaRows();
}

// The fast path of REST bodies on the same samples and broken variants: it takes every sample
// (with the value the strict decoder gives) and refuses every broken variant.
void TestSchemas::fastPathAgrees()
{
    QFETCH(QString, schema);
    if (!m_contract.isLoaded())
        QSKIP(qPrintable(m_missing));
    const SchemaCodec* codec = codecFor(m_codecs, schema);
    QVERIFY(codec && codec->fastRoundTrip);

    const QJsonObject definition = m_contract.schema(schema);
    const QList<QPair<QString, QJsonValue>> samples = samplesOf(definition);
    for (const auto& [label, in] : samples) {
        QJsonValue strict;
        QVERIFY(codec->roundTrip(in, &strict, nullptr));
        QJsonValue fast;
        QVERIFY2(codec->fastRoundTrip(jsonText(in), &fast),
            qPrintable(QStringLiteral("%1: fast path declined %2").arg(label, compact(in))));
        QVERIFY2(fast == strict,
            qPrintable(QStringLiteral("fast and strict differ\n  fast:   %1\n  strict: %2").arg(compact(fast), compact(strict))));
        ++m_fastChecks;
    }
    for (const ContractSamples::Mutation& mutation : m_contract.mutations(definition)) {
        QVERIFY2(!codec->fastRoundTrip(jsonText(mutation.document), nullptr),
            qPrintable(QStringLiteral("fast path accepted %1: %2").arg(mutation.description, compact(mutation.document))));
        ++m_fastChecks;
    }
}

void TestSchemas::absentAndNullStayDistinct()
{
    // optional + nullable: absent, null and a value are three different states, both ways.
    AccumulatorStatus status;
    status.name = QStringLiteral("acc");
    status.status = QJsonValue(QJsonValue::Null);
    QJsonObject json = status.toJson();
    QVERIFY(!json.contains(QStringLiteral("error")));
    QVERIFY(json.contains(QStringLiteral("status")) && json.value(QStringLiteral("status")).isNull());

    status.error = Nullable<QString>();
    json = status.toJson();
    QVERIFY(json.contains(QStringLiteral("error")) && json.value(QStringLiteral("error")).isNull());
    status.error = Nullable<QString>(QStringLiteral("boom"));
    QCOMPARE(status.toJson().value(QStringLiteral("error")).toString(), QStringLiteral("boom"));

    Result<AccumulatorStatus> decoded = AccumulatorStatus::fromJson(
        QJsonObject { { QStringLiteral("name"), QStringLiteral("a") }, { QStringLiteral("status"), 1 },
            { QStringLiteral("error"), QJsonValue() } });
    QVERIFY(decoded);
    QVERIFY(decoded.value().error.has_value());
    QVERIFY(decoded.value().error->isNull());
    QVERIFY(!decoded.value().reactor.has_value());

    // required + nullable: null decodes, absence does not.
    QVERIFY(ExecutionEvent::fromJson(QJsonObject { { QStringLiteral("id"), QStringLiteral("e") },
                                         { QStringLiteral("event_type"), QStringLiteral("t") },
                                         { QStringLiteral("created_at"), QStringLiteral("c") },
                                         { QStringLiteral("sequence_num"), 1 } })
                .ok());
    const Result<ExecutionSummary> missing = ExecutionSummary::fromJson(QJsonObject {
        { QStringLiteral("id"), QStringLiteral("x") }, { QStringLiteral("workflow_name"), QStringLiteral("w") },
        { QStringLiteral("status"), QStringLiteral("Failed") } });
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::Decode);
    QVERIFY2(missing.error().message.contains(QStringLiteral("started_at")), qPrintable(missing.error().message));

    // optional any: absent and null differ too.
    ExecuteRequest request;
    QCOMPARE(request.toJson(), QJsonObject());
    request.context = QJsonValue(QJsonValue::Null);
    QVERIFY(request.toJson().contains(QStringLiteral("context")));
}

void TestSchemas::enumsSpellTheirValues()
{
    QCOMPARE(toString(KeyRole::Admin), QStringLiteral("admin"));
    QCOMPARE(toString(FireMode::FireWith), QStringLiteral("fire_with"));
    QCOMPARE(fromString<KeyRole>(QStringLiteral("read")), std::optional<KeyRole>(KeyRole::Read));
    QCOMPARE(fromString<KeyRole>(QStringLiteral("Read")), std::optional<KeyRole>());

    CreateKeyRequest key;
    key.name = QStringLiteral("ci");
    key.role = KeyRole::Write;
    QCOMPARE(key.toJson().value(QStringLiteral("role")).toString(), QStringLiteral("write"));

    const Result<FireReactorResponse> bad = FireReactorResponse::fromJson(QJsonObject {
        { QStringLiteral("reactor"), QStringLiteral("r") }, { QStringLiteral("mode"), QStringLiteral("sometimes") },
        { QStringLiteral("sources_injected"), QJsonArray() } });
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(QStringLiteral("mode: unknown FireMode \"sometimes\"; expected one of: "
                                                         "force_fire, fire_with")),
        qPrintable(bad.error().message));
}

void TestSchemas::fromJsonNamesSchemaAndPath()
{
    const QJsonObject body = QJsonDocument::fromJson(R"({"tenant_id":"t","total":1,"items":[
        {"id":"a","workflow_name":"w","status":"Failed","started_at":5}]})")
                                 .object();
    const Result<ExecutionSummaryList> list = ExecutionSummaryList::fromJson(body);
    QVERIFY(!list);
    QCOMPARE(list.error().kind, Error::Kind::Decode);
    QVERIFY2(list.error().message.contains(QStringLiteral("items[0].started_at: expected string, got number")),
        qPrintable(list.error().message));

    const Result<AgentInfo> agent = AgentInfo::fromJson(QJsonObject { { QStringLiteral("agent_id"), 1 } });
    QVERIFY(!agent);
    QVERIFY2(agent.error().message.startsWith(QStringLiteral("AgentInfo: agent_id: expected string")),
        qPrintable(agent.error().message));
}

void TestSchemas::envelopesAndContainers()
{
    static_assert(std::is_same_v<ListResponse_AgentInfo, ListResponse<AgentInfo>>);
    static_assert(std::is_same_v<AgentInfoList, ListResponse_AgentInfo>);
    static_assert(std::is_same_v<TenantListResponse_ExecutionSummary, ExecutionSummaryList>);
    static_assert(std::is_same_v<decltype(ExecutionSummaryList::items), QList<ExecutionSummary>>);
    static_assert(std::is_same_v<decltype(GraphStatus::topology), std::optional<Nullable<GraphTopology>>>);
    static_assert(std::is_same_v<decltype(AgentInfo::availableCapacity), int>);
    static_assert(std::is_same_v<decltype(WsTicketResponse::expiresInSeconds), qint64>);
    static_assert(std::is_same_v<decltype(ReactorFire::inputs), std::optional<QMap<QString, QJsonValue>>>);
    static_assert(std::is_same_v<decltype(CreateSecretRequest::fields), QMap<QString, QString>>);
    static_assert(std::is_same_v<decltype(GraphTopologyEdge::from_), QString>);
    static_assert(std::is_same_v<decltype(InputSlot::default_), std::optional<Nullable<QJsonObject>>>);

    // The container templates of json.h reach the generated encoders through ADL.
    AgentInfo agent;
    agent.agentId = QStringLiteral("a1");
    agent.capabilities = { QStringLiteral("linux") };
    const QJsonValue array = Json::write(QList<AgentInfo> { agent });
    QCOMPARE(array.toArray().at(0).toObject().value(QStringLiteral("agent_id")).toString(), QStringLiteral("a1"));
    const QJsonValue roles = Json::write(QList<KeyRole> { KeyRole::Read });
    QCOMPARE(roles.toArray().at(0).toString(), QStringLiteral("read"));
    const QJsonValue nullable = Json::write(Nullable<GraphTopology>());
    QVERIFY(nullable.isNull());

    AgentInfoList list;
    list.items = { agent };
    list.total = 1;
    list.unknownFields.insert(QStringLiteral("next"), QStringLiteral("cursor"));
    const Result<AgentInfoList> back = AgentInfoList::fromJson(list.toJson());
    QVERIFY(back);
    QCOMPARE(back.value(), list);
    QCOMPARE(back.value().toJson().value(QStringLiteral("next")).toString(), QStringLiteral("cursor"));
    QVERIFY(Json::write(list).isObject());
}

void TestSchemas::cleanupTestCase()
{
    qInfo("%d round trips equal, %d malformed documents refused with their path, %d fast-path checks",
        m_roundTrips, m_refusals, m_fastChecks);
}

QTEST_GUILESS_MAIN(TestSchemas)
#include "tst_schemas.moc"

#include "stream_pushpayload_p.h"

#include "rfc3339_p.h"
#include "simdjsonframe_p.h"
#include "stream_internedstrings_p.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>
#include <string_view>

namespace Cloacina::StreamDetail {

namespace {
    //! The members of a push payload, as UTF-8 views into the parsed document.
    struct PushPayloadFields {
        std::string_view id;
        std::string_view executionId;
        std::optional<std::string_view> taskExecutionId; //!< nullopt for null or absent
        std::string_view eventType;
        std::string_view createdAt;
        std::optional<std::string_view> eventData; //!< nullopt for null or absent
        std::optional<qint64> sequenceNum;
        std::optional<std::string_view> taskName;
    };

    //! A string member that may be null or absent (nullopt then); false when mistyped.
    bool readNullableString(const std::optional<simdjson::dom::element>& v, std::optional<std::string_view>& out)
    {
        out.reset();
        if (!v || v->is_null())
            return true;
        std::string_view text;
        if (!SimdFrame::readString(*v, text))
            return false;
        out = text;
        return true;
    }

    bool readRequiredString(const std::optional<simdjson::dom::element>& v, std::string_view& out)
    {
        return v && SimdFrame::readString(*v, out);
    }

    bool readFields(simdjson::dom::object object, PushPayloadFields& f)
    {
        std::optional<simdjson::dom::element> id, execution, task, type, created, data, sequence, taskName;
        for (const simdjson::dom::key_value_pair field : object) {
            const std::string_view key = field.key;
            if (key == "id")
                id = field.value;
            else if (key == "workflow_execution_id")
                execution = field.value;
            else if (key == "task_execution_id")
                task = field.value;
            else if (key == "event_type")
                type = field.value;
            else if (key == "created_at")
                created = field.value;
            else if (key == "event_data")
                data = field.value;
            else if (key == "sequence_num")
                sequence = field.value;
            else if (key == "task_name")
                taskName = field.value;
        }
        if (!readRequiredString(id, f.id) || !readRequiredString(execution, f.executionId)
            || !readNullableString(task, f.taskExecutionId) || !readRequiredString(type, f.eventType)
            || !readRequiredString(created, f.createdAt) || !readNullableString(data, f.eventData))
            return false;
        qint64 seq = 0;
        if (sequence && SimdFrame::readInteger(*sequence, seq))
            f.sequenceNum = seq; // optional and not in 0.10.0's payloads: a mistyped one stays unknown
        std::string_view name;
        if (taskName && SimdFrame::readString(*taskName, name))
            f.taskName = name;
        return true;
    }

    EventTypeFacts factsOf(const RunEvent& e) { return { e.isKnownType(), e.isTerminalType() }; }
} // namespace

struct PushPayloadDecoder::Private {
    SimdFrame::PaddedText text;
    // What a run repeats: its execution id (one), event types, task execution ids and names.
    SimdFrame::CachedString executionId;
    InternedStrings<EventTypeFacts> eventTypes { 256 };
    InternedStrings<> taskExecutionIds { 4096 };
    InternedStrings<> taskNames { 4096 };
    // created_at of the previous push: events written in the same instant share it.
    bool createdAtCached = false;
    QByteArray createdAtUtf8;
    QString createdAtText;
    QDateTime createdAt;

    //! The one place a pushed RunEvent is filled from wire fields.
    void fill(const PushPayloadFields& f, RunEvent& e, EventTypeFacts& facts)
    {
        e.origin = RunEvent::Origin::Push;
        e.id = SimdFrame::toQString(f.id);
        e.executionId = executionId.get(f.executionId);
        e.taskExecutionId = f.taskExecutionId ? taskExecutionIds.get(*f.taskExecutionId) : QString();
        const auto& type = eventTypes.get(f.eventType, [](const QString& name) {
            RunEvent probe;
            probe.eventType = name;
            return factsOf(probe);
        });
        e.eventType = type.text;
        facts = type.extra;
        if (!createdAtCached || SimdFrame::toView(f.createdAt) != QByteArrayView(createdAtUtf8)) {
            createdAtCached = true;
            createdAtUtf8 = QByteArray(f.createdAt.data(), qsizetype(f.createdAt.size()));
            createdAtText = SimdFrame::toQString(f.createdAt);
            createdAt = Internal::parseRfc3339(f.createdAt.data(), qsizetype(f.createdAt.size()));
        }
        e.createdAtText = createdAtText;
        e.createdAt = createdAt;
        if (f.eventData) {
            e.rawEventData = SimdFrame::toQString(*f.eventData);
            e.eventData = RunEvent::parseEventData(QJsonValue(e.rawEventData));
        } else {
            e.rawEventData = QString();
            e.eventData = QJsonValue(QJsonValue::Null);
        }
        e.sequenceNum = f.sequenceNum;
        e.taskName = f.taskName ? taskNames.get(*f.taskName) : QString();
    }

    bool decodeFast(const QByteArray& json, RunEvent& out, EventTypeFacts& facts)
    {
        text.assign(json.constData(), json.size());
        simdjson::dom::parser& parser = SimdFrame::threadParser();
        simdjson::dom::element root;
        simdjson::dom::object object;
        PushPayloadFields fields;
        const bool ok = text.parse(parser, root) && !root.get_object().get(object) && readFields(object, fields);
        if (ok)
            fill(fields, out, facts); // the views point into the parser: before it is trimmed
        SimdFrame::trimParser(parser);
        text.trim();
        return ok;
    }
};

PushPayloadDecoder::PushPayloadDecoder()
    : d(std::make_unique<Private>())
{
}

PushPayloadDecoder::~PushPayloadDecoder() = default;

bool PushPayloadDecoder::decode(const QByteArray& json, RunEvent& out, EventTypeFacts& facts, QString& error)
{
    if (d->decodeFast(json, out, facts))
        return true;
    if (!decodePushPayloadStrict(json, out, error))
        return false;
    facts = factsOf(out);
    return true;
}

bool decodePushPayload(const QByteArray& json, RunEvent& out, QString& error)
{
    EventTypeFacts facts;
    return PushPayloadDecoder().decode(json, out, facts, error);
}

bool decodePushPayloadStrict(const QByteArray& json, RunEvent& out, QString& error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                             : QStringLiteral("the payload is not a JSON object");
        return false;
    }
    Json::Context ctx;
    if (!RunEvent::fromPushPayload(doc.object(), out, ctx)) {
        error = ctx.errorString();
        return false;
    }
    return true;
}

} // namespace Cloacina::StreamDetail

#include "stream_pushpayload_p.h"

#include "rfc3339_p.h"
#include "simdjsonframe_p.h"

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

    //! The one place a pushed RunEvent is filled from wire fields.
    RunEvent makePushEvent(const PushPayloadFields& f)
    {
        RunEvent e;
        e.origin = RunEvent::Origin::Push;
        e.id = SimdFrame::toQString(f.id);
        e.executionId = SimdFrame::toQString(f.executionId);
        if (f.taskExecutionId)
            e.taskExecutionId = SimdFrame::toQString(*f.taskExecutionId);
        e.eventType = SimdFrame::toQString(f.eventType);
        e.createdAtText = SimdFrame::toQString(f.createdAt);
        e.createdAt = Internal::parseRfc3339(f.createdAt.data(), qsizetype(f.createdAt.size()));
        if (f.eventData) {
            e.rawEventData = SimdFrame::toQString(*f.eventData);
            e.eventData = RunEvent::parseEventData(QJsonValue(e.rawEventData));
        } else {
            e.eventData = QJsonValue(QJsonValue::Null);
        }
        e.sequenceNum = f.sequenceNum;
        if (f.taskName)
            e.taskName = SimdFrame::toQString(*f.taskName);
        return e;
    }

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

    bool decodeObject(simdjson::dom::object object, RunEvent& out)
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
        PushPayloadFields f;
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
        out = makePushEvent(f);
        return true;
    }

    bool decodeFast(const QByteArray& json, RunEvent& out)
    {
        thread_local SimdFrame::PaddedText text;
        text.assign(json.constData(), json.size());
        simdjson::dom::parser& parser = SimdFrame::threadParser();
        simdjson::dom::element root;
        simdjson::dom::object object;
        const bool ok = text.parse(parser, root) && !root.get_object().get(object) && decodeObject(object, out);
        SimdFrame::trimParser(parser);
        text.trim();
        return ok;
    }
} // namespace

bool decodePushPayload(const QByteArray& json, RunEvent& out, QString& error)
{
    return decodeFast(json, out) || decodePushPayloadStrict(json, out, error);
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

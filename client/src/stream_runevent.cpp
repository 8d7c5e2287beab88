#include <cloacina/executionevent.h>
#include <cloacina/types.h>

#include "rfc3339_p.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace Cloacina {

namespace {
    QString lastSegment(const QString& name)
    {
        const int at = name.lastIndexOf(QLatin1String("::"));
        return at < 0 ? name : name.mid(at + 2);
    }

    // A nullable and optional string member: null and absent are a null QString.
    QString textOf(const std::optional<Nullable<QString>>& v)
    {
        return v && !v->isNull() ? v->value() : QString();
    }

    // REST rows (history, tasks) carry the server's to_rfc3339(): the hand-written reader, a
    // fraction of QDateTime::fromString's cost on every row of every history fetch.
    QDateTime timeOf(const QString& text) { return text.isNull() ? QDateTime() : Internal::parseRfc3339(text); }

    bool readString(const QJsonObject& o, const char* key, QString& out, Json::Context& ctx, bool nullable)
    {
        auto scope = ctx.key(QLatin1String(key));
        const auto it = o.constFind(QLatin1String(key));
        if (it == o.constEnd()) {
            if (nullable) {
                out = QString();
                return true;
            }
            ctx.fail(QStringLiteral("required member is missing"));
            return false;
        }
        if (it->isNull() && nullable) {
            out = QString();
            return true;
        }
        return Json::read(*it, out, ctx);
    }
} // namespace

QString RunEvent::shortTaskName() const { return lastSegment(taskName); }

QVariant RunEvent::sequenceNumVariant() const
{
    return sequenceNum ? QVariant::fromValue(*sequenceNum) : QVariant();
}

bool RunEvent::isKnownType() const
{
    static const QSet<QString> known = {
        QStringLiteral("workflow_started"),
        QStringLiteral("workflow_completed"),
        QStringLiteral("workflow_failed"),
        QStringLiteral("workflow_paused"),
        QStringLiteral("workflow_resumed"),
        QStringLiteral("task_created"),
        QStringLiteral("task_marked_ready"),
        QStringLiteral("task_claimed"),
        QStringLiteral("task_started"),
        QStringLiteral("task_deferred"),
        QStringLiteral("task_resumed"),
        QStringLiteral("task_completed"),
        QStringLiteral("task_failed"),
        QStringLiteral("task_retry_scheduled"),
        QStringLiteral("task_skipped"),
        QStringLiteral("task_abandoned"),
        QStringLiteral("task_reset"),
        QStringLiteral("pipeline_started"),
        QStringLiteral("pipeline_completed"),
        QStringLiteral("pipeline_failed"),
        QStringLiteral("pipeline_paused"),
        QStringLiteral("pipeline_resumed"),
    };
    return known.contains(eventType);
}

bool RunEvent::isTerminalType() const
{
    return eventType == QLatin1String("workflow_completed") || eventType == QLatin1String("workflow_failed")
        || eventType == QLatin1String("pipeline_completed") || eventType == QLatin1String("pipeline_failed");
}

QJsonObject RunEvent::toJson(bool shortTaskNames) const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("event_type"), eventType);
    o.insert(QStringLiteral("created_at"), createdAtText);
    o.insert(QStringLiteral("event_data"), eventData.isUndefined() ? QJsonValue(QJsonValue::Null) : eventData);
    if (!taskName.isEmpty())
        o.insert(QStringLiteral("task_name"), shortTaskNames ? shortTaskName() : taskName);
    if (sequenceNum)
        o.insert(QStringLiteral("sequence_num"), *sequenceNum);
    return o;
}

QJsonValue RunEvent::parseEventData(const QJsonValue& wire)
{
    if (!wire.isString())
        return wire.isUndefined() ? QJsonValue(QJsonValue::Null) : wire;
    const QByteArray text = wire.toString().toUtf8();
    // Wrap so that scalars ("42", "\"x\"") parse too: QJsonDocument only holds objects/arrays.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return wire;
    return doc.array().at(0);
}

RunEvent RunEvent::fromHistory(const ExecutionEvent& row, const QString& executionId)
{
    RunEvent e;
    e.id = row.id;
    e.executionId = executionId;
    e.taskName = textOf(row.taskName);
    e.eventType = row.eventType;
    e.rawEventData = textOf(row.eventData);
    const bool hasData = row.eventData && !row.eventData->isNull();
    e.eventData = hasData ? parseEventData(row.eventData->value()) : QJsonValue(QJsonValue::Null);
    e.createdAtText = row.createdAt;
    e.createdAt = timeOf(row.createdAt);
    e.sequenceNum = row.sequenceNum;
    e.origin = Origin::History;
    return e;
}

bool RunEvent::fromHistoryRow(const QJsonObject& row, const QString& executionId, RunEvent& out, Json::Context& ctx)
{
    const Result<ExecutionEvent> decoded = ExecutionEvent::fromJson(row);
    if (!decoded) {
        ctx.fail(decoded.error().message);
        return false;
    }
    out = fromHistory(decoded.value(), executionId);
    return true;
}

bool RunEvent::fromPushPayload(const QJsonObject& payload, RunEvent& out, Json::Context& ctx)
{
    RunEvent e;
    e.origin = Origin::Push;
    if (!readString(payload, "id", e.id, ctx, false)
        || !readString(payload, "workflow_execution_id", e.executionId, ctx, false)
        || !readString(payload, "task_execution_id", e.taskExecutionId, ctx, true)
        || !readString(payload, "event_type", e.eventType, ctx, false)
        || !readString(payload, "created_at", e.createdAtText, ctx, false))
        return false;
    {
        auto scope = ctx.key(QStringLiteral("event_data"));
        const QJsonValue data = payload.value(QLatin1String("event_data"));
        if (!(data.isString() || data.isNull() || data.isUndefined())) {
            ctx.fail(QStringLiteral("expected string or null, got %1").arg(Json::typeName(data)));
            return false;
        }
        e.rawEventData = data.isString() ? data.toString() : QString();
        e.eventData = parseEventData(data);
    }
    qint64 seq = 0;
    Json::Context ignored; // optional and not in 0.10.0's payloads: a mistyped one stays unknown
    if (Json::read(payload.value(QLatin1String("sequence_num")), seq, ignored))
        e.sequenceNum = seq;
    if (payload.value(QLatin1String("task_name")).isString())
        e.taskName = payload.value(QLatin1String("task_name")).toString();
    e.createdAt = Internal::parseRfc3339(e.createdAtText);
    out = std::move(e);
    return true;
}

bool operator==(const RunEvent& a, const RunEvent& b)
{
    return a.id == b.id && a.executionId == b.executionId && a.taskExecutionId == b.taskExecutionId
        && a.taskName == b.taskName && a.eventType == b.eventType && a.eventData == b.eventData
        && a.rawEventData == b.rawEventData && a.createdAtText == b.createdAtText
        && a.sequenceNum == b.sequenceNum && a.origin == b.origin;
}

QString RunTask::shortTaskName() const { return lastSegment(taskName); }

RunTask RunTask::fromDetail(const TaskExecutionDetail& row)
{
    RunTask t;
    t.id = row.id;
    t.taskName = row.taskName;
    t.status = row.status;
    t.subStatus = textOf(row.subStatus);
    t.attempt = row.attempt;
    t.maxAttempts = row.maxAttempts;
    t.createdAt = timeOf(row.createdAt);
    t.updatedAt = timeOf(row.updatedAt);
    t.startedAt = timeOf(textOf(row.startedAt));
    t.completedAt = timeOf(textOf(row.completedAt));
    t.lastError = textOf(row.lastError);
    t.errorDetails = textOf(row.errorDetails);
    return t;
}

bool RunTask::fromJson(const QJsonObject& row, RunTask& out, Json::Context& ctx)
{
    const Result<TaskExecutionDetail> decoded = TaskExecutionDetail::fromJson(row);
    if (!decoded) {
        ctx.fail(decoded.error().message);
        return false;
    }
    out = fromDetail(decoded.value());
    return true;
}

bool operator==(const RunTask& a, const RunTask& b)
{
    return a.id == b.id && a.taskName == b.taskName && a.status == b.status && a.subStatus == b.subStatus
        && a.attempt == b.attempt && a.maxAttempts == b.maxAttempts && a.createdAt == b.createdAt
        && a.updatedAt == b.updatedAt && a.startedAt == b.startedAt && a.completedAt == b.completedAt
        && a.lastError == b.lastError && a.errorDetails == b.errorDetails;
}

bool isTerminalExecutionStatus(const QString& status)
{
    return status == QLatin1String("Completed") || status == QLatin1String("Failed")
        || status == QLatin1String("Cancelled");
}

} // namespace Cloacina

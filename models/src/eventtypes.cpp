#include <cloacinamodels/eventtypes.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Cloacina {

namespace {
    struct TypeInfo {
        const char* label;
        EventTypes::Category category;
    };

    using C = EventTypes::Category;

    const QHash<QString, TypeInfo>& table()
    {
        static const QHash<QString, TypeInfo> t = {
            { QStringLiteral("workflow_started"), { QT_TRANSLATE_NOOP("EventTypes", "Workflow started"), C::Started } },
            { QStringLiteral("workflow_completed"), { QT_TRANSLATE_NOOP("EventTypes", "Workflow completed"), C::Success } },
            { QStringLiteral("workflow_failed"), { QT_TRANSLATE_NOOP("EventTypes", "Workflow failed"), C::Failure } },
            { QStringLiteral("workflow_paused"), { QT_TRANSLATE_NOOP("EventTypes", "Workflow paused"), C::Skip } },
            { QStringLiteral("workflow_resumed"), { QT_TRANSLATE_NOOP("EventTypes", "Workflow resumed"), C::Progress } },
            { QStringLiteral("task_created"), { QT_TRANSLATE_NOOP("EventTypes", "Task created"), C::Progress } },
            { QStringLiteral("task_marked_ready"), { QT_TRANSLATE_NOOP("EventTypes", "Task ready"), C::Progress } },
            { QStringLiteral("task_claimed"), { QT_TRANSLATE_NOOP("EventTypes", "Task claimed"), C::Progress } },
            { QStringLiteral("task_started"), { QT_TRANSLATE_NOOP("EventTypes", "Task started"), C::Started } },
            { QStringLiteral("task_deferred"), { QT_TRANSLATE_NOOP("EventTypes", "Task deferred"), C::Skip } },
            { QStringLiteral("task_resumed"), { QT_TRANSLATE_NOOP("EventTypes", "Task resumed"), C::Progress } },
            { QStringLiteral("task_completed"), { QT_TRANSLATE_NOOP("EventTypes", "Task completed"), C::Success } },
            { QStringLiteral("task_failed"), { QT_TRANSLATE_NOOP("EventTypes", "Task failed"), C::Failure } },
            { QStringLiteral("task_retry_scheduled"), { QT_TRANSLATE_NOOP("EventTypes", "Retry scheduled"), C::Retry } },
            { QStringLiteral("task_skipped"), { QT_TRANSLATE_NOOP("EventTypes", "Task skipped"), C::Skip } },
            { QStringLiteral("task_abandoned"), { QT_TRANSLATE_NOOP("EventTypes", "Task abandoned"), C::Failure } },
            { QStringLiteral("task_reset"), { QT_TRANSLATE_NOOP("EventTypes", "Task reset"), C::Retry } },
        };
        return t;
    }

    QString canonical(const QString& type)
    {
        if (type.startsWith(QLatin1String("pipeline_")))
            return QStringLiteral("workflow_") + type.mid(9);
        return type;
    }
} // namespace

QStringList EventTypes::knownTypes()
{
    return { QStringLiteral("workflow_started"), QStringLiteral("task_created"),
        QStringLiteral("task_marked_ready"), QStringLiteral("task_claimed"),
        QStringLiteral("task_started"), QStringLiteral("task_deferred"),
        QStringLiteral("task_resumed"), QStringLiteral("task_completed"),
        QStringLiteral("task_failed"), QStringLiteral("task_retry_scheduled"),
        QStringLiteral("task_skipped"), QStringLiteral("task_abandoned"),
        QStringLiteral("task_reset"), QStringLiteral("workflow_paused"),
        QStringLiteral("workflow_resumed"), QStringLiteral("workflow_completed"),
        QStringLiteral("workflow_failed") };
}

bool EventTypes::isKnown(const QString& eventType)
{
    return table().contains(canonical(eventType));
}

QString EventTypes::label(const QString& eventType)
{
    const auto it = table().constFind(canonical(eventType));
    if (it == table().constEnd())
        return eventType;
    return QCoreApplication::translate("EventTypes", it->label);
}

EventTypes::Category EventTypes::category(const QString& eventType)
{
    const auto it = table().constFind(canonical(eventType));
    return it == table().constEnd() ? C::Unknown : it->category;
}

QString EventTypes::categoryName(Category category)
{
    switch (category) {
    case C::Started:
        return QStringLiteral("started");
    case C::Progress:
        return QStringLiteral("progress");
    case C::Success:
        return QStringLiteral("success");
    case C::Failure:
        return QStringLiteral("failure");
    case C::Retry:
        return QStringLiteral("retry");
    case C::Skip:
        return QStringLiteral("skip");
    case C::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString EventTypes::categoryColor(Category category)
{
    switch (category) {
    case C::Started:
        return QStringLiteral("#1e88e5");
    case C::Progress:
        return QStringLiteral("#78909c");
    case C::Success:
        return QStringLiteral("#2e7d32");
    case C::Failure:
        return QStringLiteral("#d32f2f");
    case C::Retry:
        return QStringLiteral("#ef6c00");
    case C::Skip:
        return QStringLiteral("#8e24aa");
    case C::Unknown:
        break;
    }
    return QStringLiteral("#8d6e63");
}

EventTypes::Category EventTypes::statusCategory(const QString& status)
{
    const QString s = status.toLower();
    if (s == QLatin1String("failed") || s == QLatin1String("abandoned") || s == QLatin1String("error"))
        return C::Failure;
    if (s == QLatin1String("completed") || s == QLatin1String("succeeded") || s == QLatin1String("success"))
        return C::Success;
    if (s == QLatin1String("running") || s == QLatin1String("started") || s == QLatin1String("claimed"))
        return C::Started;
    if (s == QLatin1String("pending") || s == QLatin1String("ready") || s == QLatin1String("notstarted")
        || s == QLatin1String("not_started") || s == QLatin1String("scheduled") || s == QLatin1String("created"))
        return C::Progress;
    if (s == QLatin1String("skipped") || s == QLatin1String("cancelled") || s == QLatin1String("canceled")
        || s == QLatin1String("paused") || s == QLatin1String("deferred"))
        return C::Skip;
    if (s == QLatin1String("retrying") || s == QLatin1String("retry") || s == QLatin1String("retryscheduled"))
        return C::Retry;
    return C::Unknown;
}

bool EventTypes::isTerminalStatus(const QString& runStatus)
{
    return runStatus == QLatin1String("Completed") || runStatus == QLatin1String("Failed")
        || runStatus == QLatin1String("Cancelled");
}

QStringList EventTypes::runStatuses()
{
    return { QStringLiteral("Pending"), QStringLiteral("Running"), QStringLiteral("Completed"),
        QStringLiteral("Failed"), QStringLiteral("Cancelled"), QStringLiteral("Paused") };
}

QString EventTypes::shortTaskName(const QString& qualifiedName)
{
    const qsizetype pos = qualifiedName.lastIndexOf(QLatin1String("::"));
    return pos < 0 ? qualifiedName : qualifiedName.mid(pos + 2);
}

namespace {
    QJsonObject parseObject(const QString& eventData)
    {
        if (eventData.isEmpty() || !eventData.startsWith(QLatin1Char('{')))
            return {};
        return QJsonDocument::fromJson(eventData.toUtf8()).object();
    }

    QString valueText(const QJsonValue& v)
    {
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble());
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (v.isNull())
            return QStringLiteral("null");
        return QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                              : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
} // namespace

QString EventTypes::prettyEventData(const QString& eventData)
{
    if (eventData.isEmpty())
        return {};
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(eventData.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return eventData;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

QString EventTypes::summarizeEventData(const QString& eventType, const QString& eventData)
{
    if (eventData.isEmpty())
        return {};
    const QJsonObject o = parseObject(eventData);
    if (o.isEmpty())
        return eventData.left(300);
    const QString type = canonical(eventType);
    if (type == QLatin1String("task_retry_scheduled") && o.contains(QLatin1String("attempt"))) {
        QString text = QCoreApplication::translate("EventTypes", "attempt %1").arg(valueText(o.value(QLatin1String("attempt"))));
        if (o.contains(QLatin1String("retry_at")))
            text += QCoreApplication::translate("EventTypes", ", retry at %1").arg(valueText(o.value(QLatin1String("retry_at"))));
        return text;
    }
    if (o.size() == 1) {
        const auto it = o.constBegin();
        return valueText(it.value()).left(300);
    }
    QStringList parts;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        parts << it.key() + QStringLiteral(": ") + valueText(it.value());
    return parts.join(QStringLiteral(", ")).left(300);
}

QString EventTypes::errorText(const QString& eventType, const QString& eventData)
{
    if (category(eventType) != C::Failure && canonical(eventType) != QLatin1String("task_skipped"))
        return {};
    const QJsonObject o = parseObject(eventData);
    for (const char* key : { "error", "reason", "message" }) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull())
            return valueText(v);
    }
    return o.isEmpty() ? eventData : QString();
}

} // namespace Cloacina

#include "qmlformat.h"

#include <cloacinamodels/eventtypes.h>
#include <cloacinamodels/format.h>

#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaEnum>

namespace Cloacina::Qml {

namespace {
    EventTypes::Category categoryFromName(const QString& name)
    {
        const QMetaEnum e = QMetaEnum::fromType<EventTypes::Category>();
        for (int i = 0; i < e.keyCount(); ++i) {
            const auto c = static_cast<EventTypes::Category>(e.value(i));
            if (EventTypes::categoryName(c) == name)
                return c;
        }
        return EventTypes::Category::Unknown;
    }
} // namespace

Format::Format(QObject* parent)
    : QObject(parent)
{
}

QStringList Format::knownEventTypes() const { return EventTypes::knownTypes(); }
QStringList Format::runStatuses() const { return EventTypes::runStatuses(); }
QString Format::eventLabel(const QString& eventType) const { return EventTypes::label(eventType); }
bool Format::isKnownEvent(const QString& eventType) const { return EventTypes::isKnown(eventType); }

QString Format::eventCategory(const QString& eventType) const
{
    return EventTypes::categoryName(EventTypes::category(eventType));
}

QString Format::eventColor(const QString& eventType) const
{
    return EventTypes::categoryColor(EventTypes::category(eventType));
}

QString Format::categoryColor(const QString& category) const
{
    return EventTypes::categoryColor(categoryFromName(category));
}

QString Format::statusCategory(const QString& status) const
{
    return EventTypes::categoryName(EventTypes::statusCategory(status));
}

QString Format::statusColor(const QString& status) const
{
    return EventTypes::categoryColor(EventTypes::statusCategory(status));
}

bool Format::isTerminalStatus(const QString& status) const { return EventTypes::isTerminalStatus(status); }

QString Format::sourceColor(const QString& sourceText) const
{
    if (sourceText == QLatin1String("live"))
        return QStringLiteral("#2e7d32");
    if (sourceText == QLatin1String("polling"))
        return QStringLiteral("#b28704");
    if (sourceText == QLatin1String("reconnecting"))
        return QStringLiteral("#ef6c00");
    return QStringLiteral("#757575");
}

QString Format::duration(qint64 ms) const { return Cloacina::Format::duration(ms); }
QString Format::dateTime(const QDateTime& when) const { return Cloacina::Format::dateTime(when); }
QString Format::relativeTime(const QDateTime& when) const { return Cloacina::Format::relativeTime(when); }
QString Format::timeOfDay(const QDateTime& when) const { return Cloacina::Format::timeOfDay(when); }
QString Format::shortTaskName(const QString& name) const { return EventTypes::shortTaskName(name); }
QString Format::firstLine(const QString& text, int maxChars) const { return Cloacina::Format::firstLine(text, maxChars); }

QString Format::errorKind(const Cloacina::Error& error) const
{
    return QString::fromLatin1(QMetaEnum::fromType<Error::Kind>().valueToKey(int(error.kind)));
}

QString Format::describeError(const Cloacina::Error& error) const
{
    QStringList parts;
    QString message = error.message.trimmed();
    if (message.isEmpty())
        message = tr("%1 error").arg(errorKind(error));
    QStringList details;
    if (error.httpStatus > 0)
        details << tr("HTTP %1").arg(error.httpStatus);
    else
        details << errorKind(error);
    if (!error.code.isEmpty())
        details << tr("code %1").arg(error.code);
    if (!error.requestId.isEmpty())
        details << tr("request %1").arg(error.requestId);
    if (!error.operationId.isEmpty())
        details << tr("in %1").arg(error.operationId);
    return message + QStringLiteral(" — ") + details.join(QStringLiteral(" · "));
}

QString Format::validateJson(const QString& text) const
{
    if (text.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    return tr("Not valid JSON: %1 (at character %2)").arg(error.errorString()).arg(error.offset);
}

} // namespace Cloacina::Qml

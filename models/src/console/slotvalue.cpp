#include <cloacinamodels/console/slotvalue.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace Cloacina {

namespace {
    QString trSlot(const char* text)
    {
        return QCoreApplication::translate("Cloacina::SlotValue", text);
    }

    std::optional<QJsonValue> fail(QString* error, const QString& why)
    {
        if (error)
            *error = why;
        return std::nullopt;
    }
} // namespace

QString slotType(const QJsonObject& schema)
{
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type.isString())
        return type.toString();
    // `["integer", "null"]`: the first non-null type.
    for (const QJsonValue& t : type.toArray()) {
        if (t.toString() != QLatin1String("null"))
            return t.toString();
    }
    return {};
}

SlotKind slotKind(const QJsonObject& schema)
{
    const QString type = slotType(schema);
    if (type == QLatin1String("string"))
        return SlotKind::String;
    if (type == QLatin1String("number"))
        return SlotKind::Number;
    if (type == QLatin1String("integer"))
        return SlotKind::Integer;
    if (type == QLatin1String("boolean"))
        return SlotKind::Boolean;
    return SlotKind::Json;
}

std::optional<QJsonValue> parseSlotValue(const QJsonObject& schema, const QString& text, QString* error)
{
    const SlotKind kind = slotKind(schema);
    const QString t = text.trimmed();
    if (kind == SlotKind::String)
        return QJsonValue(text); // as typed: spaces may matter
    if (t.isEmpty())
        return fail(error, trSlot("A value is needed."));
    switch (kind) {
    case SlotKind::Integer: {
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (!ok)
            return fail(error, trSlot("Expected a whole number, got \"%1\".").arg(t));
        return QJsonValue(v);
    }
    case SlotKind::Number: {
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return fail(error, trSlot("Expected a number, got \"%1\".").arg(t));
        return QJsonValue(v);
    }
    case SlotKind::Boolean: {
        const QString l = t.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("yes") || l == QLatin1String("1"))
            return QJsonValue(true);
        if (l == QLatin1String("false") || l == QLatin1String("no") || l == QLatin1String("0"))
            return QJsonValue(false);
        return fail(error, trSlot("Expected true or false, got \"%1\".").arg(t));
    }
    case SlotKind::String:
    case SlotKind::Json:
        break;
    }
    // Wrapped, so that scalars and strings parse as well as objects and arrays.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + t.toUtf8() + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1)
        return fail(error, trSlot("Not valid JSON: %1.").arg(parseError.errorString()));
    const QJsonValue value = doc.array().first();
    const QString type = slotType(schema);
    if (type == QLatin1String("object") && !value.isObject())
        return fail(error, trSlot("Expected a JSON object ({…})."));
    if (type == QLatin1String("array") && !value.isArray())
        return fail(error, trSlot("Expected a JSON array ([…])."));
    return value;
}

} // namespace Cloacina

#include <cloacinamodels/console/triggereventform.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Cloacina {

namespace {
    QString trForm(const char* text)
    {
        return QCoreApplication::translate("Cloacina::TriggerEventForm", text);
    }

    bool hasDefault(const InputSlot& slot)
    {
        return slot.default_ && !slot.default_->isNull();
    }
} // namespace

SlotKind slotKind(const InputSlot& slot)
{
    const QString type = slot.schema.value(QStringLiteral("type")).toString();
    if (type.isEmpty() || type == QLatin1String("string"))
        return SlotKind::String;
    if (type == QLatin1String("number"))
        return SlotKind::Number;
    if (type == QLatin1String("integer"))
        return SlotKind::Integer;
    if (type == QLatin1String("boolean"))
        return SlotKind::Boolean;
    return SlotKind::Json;
}

TriggerEventCheck buildTriggerEvent(const QList<InputSlot>& inputSlots, const QMap<QString, QVariant>& values)
{
    TriggerEventCheck check;
    for (const InputSlot& slot : inputSlots) {
        const QVariant value = values.value(slot.name);
        const SlotKind kind = slotKind(slot);
        if (kind == SlotKind::Boolean) {
            if (value.isValid())
                check.event.insert(slot.name, value.toBool());
            else if (slot.required && !hasDefault(slot))
                check.problems.insert(slot.name, trForm("required"));
            continue;
        }
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            if (slot.required && !hasDefault(slot))
                check.problems.insert(slot.name, trForm("required"));
            continue;
        }
        switch (kind) {
        case SlotKind::String:
            check.event.insert(slot.name, value.toString()); // as typed: spaces may matter
            break;
        case SlotKind::Number: {
            bool ok = false;
            const double d = text.toDouble(&ok);
            if (ok)
                check.event.insert(slot.name, d);
            else
                check.problems.insert(slot.name, trForm("not a number"));
            break;
        }
        case SlotKind::Integer: {
            bool ok = false;
            const qint64 n = text.toLongLong(&ok);
            if (ok)
                check.event.insert(slot.name, n);
            else
                check.problems.insert(slot.name, trForm("not a whole number"));
            break;
        }
        case SlotKind::Json: {
            QJsonParseError error;
            // Wrapped, so that scalars and strings parse as well as objects and arrays.
            const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
            if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
                check.event.insert(slot.name, doc.array().at(0));
            else
                check.problems.insert(slot.name, trForm("not valid JSON: %1").arg(error.errorString()));
            break;
        }
        case SlotKind::Boolean:
            break;
        }
    }
    return check;
}

} // namespace Cloacina

#include <cloacinamodels/console/triggereventform.h>

#include <QCoreApplication>

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

TriggerEventCheck buildTriggerEvent(const QList<InputSlot>& inputSlots, const QMap<QString, QVariant>& values)
{
    TriggerEventCheck check;
    for (const InputSlot& slot : inputSlots) {
        const QVariant value = values.value(slot.name);
        const bool checkBox = slotKind(slot.schema) == SlotKind::Boolean; // a bool, no text to read
        if (checkBox ? !value.isValid() : value.toString().trimmed().isEmpty()) {
            if (slot.required && !hasDefault(slot))
                check.problems.insert(slot.name, trForm("required"));
            continue;
        }
        if (checkBox) {
            check.event.insert(slot.name, value.toBool());
            continue;
        }
        QString problem;
        if (const std::optional<QJsonValue> typed = parseSlotValue(slot.schema, value.toString(), &problem))
            check.event.insert(slot.name, *typed);
        else
            check.problems.insert(slot.name, problem);
    }
    return check;
}

} // namespace Cloacina

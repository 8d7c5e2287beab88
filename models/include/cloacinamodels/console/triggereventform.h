#pragma once

#include <cloacina/types.h>

#include <QJsonObject>
#include <QMap>
#include <QVariant>

//! \file
//! The typed form of a trigger's declared interface (`get_trigger_interface`): which editor
//! each slot gets and how the entered values become the `event` of `fire_trigger`. Pure
//! functions, shared by the Widgets dialog and QML.

namespace Cloacina {

//! The editor a slot needs, from its JSON schema's `type`.
enum class SlotKind {
    String, //!< "string" or no type: a line of text
    Number, //!< "number": a decimal
    Integer, //!< "integer": a whole number
    Boolean, //!< "boolean": a check box
    Json, //!< "object", "array" or anything else: JSON text
};

//! The kind of \a slot's editor.
SlotKind slotKind(const InputSlot& slot);

//! The event built from a form, or why not.
struct TriggerEventCheck {
    QJsonObject event; //!< the slots that were filled in, typed
    QMap<QString, QString> problems; //!< slot name → what is wrong (translated)
    //! True when nothing is wrong.
    bool isValid() const { return problems.isEmpty(); }
};

//! Builds the event from \a values (slot name → the editor's value: a QString for text editors,
//! a bool for Boolean slots). An empty text leaves the slot out; a required slot without a
//! default must be filled in; numbers, integers and JSON must parse.
TriggerEventCheck buildTriggerEvent(const QList<InputSlot>& inputSlots, const QMap<QString, QVariant>& values);

} // namespace Cloacina

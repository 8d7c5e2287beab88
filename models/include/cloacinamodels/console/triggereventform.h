#pragma once

#include <cloacinamodels/console/slotvalue.h>

#include <cloacina/types.h>

#include <QJsonObject>
#include <QMap>
#include <QVariant>

//! \file
//! The typed form of a trigger's declared interface (`get_trigger_interface`): how the entered
//! values become the `event` of `fire_trigger`. Each slot is typed by slotKind() and read by
//! parseSlotValue(). Pure functions, shared by the Widgets dialog and QML.

namespace Cloacina {

//! The event built from a form, or why not.
struct TriggerEventCheck {
    QJsonObject event; //!< the slots that were filled in, typed
    QMap<QString, QString> problems; //!< slot name → what is wrong (translated)
    //! True when nothing is wrong.
    bool isValid() const { return problems.isEmpty(); }
};

//! Builds the event from \a values (slot name → the editor's value: a QString for text editors,
//! a bool for Boolean slots). An empty text leaves the slot out; a required slot without a
//! default must be filled in; the rest must fit its type (parseSlotValue(), whose sentence is
//! the problem).
TriggerEventCheck buildTriggerEvent(const QList<InputSlot>& inputSlots, const QMap<QString, QVariant>& values);

} // namespace Cloacina

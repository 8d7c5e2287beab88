#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

//! \file
//! How a declared input slot (of a trigger's interface, an accumulator, a workflow's
//! parameters) is typed from its JSON schema, and how what an operator typed becomes its JSON
//! value. The one place both the Widgets forms and QML read slots from.

namespace Cloacina {

//! The JSON type a declared input slot's schema asks for (`{"type": "integer"}` → "integer";
//! `["integer", "null"]` → "integer"); empty when the schema names none (any JSON value).
QString slotType(const QJsonObject& schema);

//! The editor a slot needs, from slotType().
enum class SlotKind {
    String, //!< "string": a line of text, taken as typed
    Number, //!< "number": a decimal
    Integer, //!< "integer": a whole number
    Boolean, //!< "boolean": true or false
    Json, //!< "object", "array" or no type (any value): JSON text
};

//! The kind of editor a slot whose schema is \a schema needs.
SlotKind slotKind(const QJsonObject& schema);

//! Reads what an operator typed for a slot whose schema is \a schema: a string as is, integers
//! and numbers as numbers, booleans as true/false/yes/no/1/0, objects, arrays and untyped slots
//! as JSON text. nullopt with \a error (a sentence naming the expected type) when \a text does
//! not fit. Empty text is not a value: the caller decides whether the slot is required.
std::optional<QJsonValue> parseSlotValue(const QJsonObject& schema, const QString& text, QString* error);

} // namespace Cloacina

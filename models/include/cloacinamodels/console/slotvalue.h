#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Cloacina {

//! The JSON type a declared input slot's schema asks for (`{"type": "integer"}` → "integer");
//! empty when the schema names none (any JSON value).
QString slotType(const QJsonObject& schema);

//! Reads what an operator typed for a slot whose schema is \a schema: a string as is, integers
//! and numbers as numbers, booleans as true/false/yes/no/1/0, objects, arrays and untyped slots
//! as JSON text. nullopt with \a error (a sentence naming the expected type) when \a text does
//! not fit. Empty text is not a value: the caller decides whether the slot is required.
std::optional<QJsonValue> parseSlotValue(const QJsonObject& schema, const QString& text, QString* error);

} // namespace Cloacina

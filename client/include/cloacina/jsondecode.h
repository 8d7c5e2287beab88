#pragma once

#include <cloacina/cloacina_export.h>
#include <cloacina/error.h>
#include <cloacina/json.h>
#include <cloacina/result.h>

#include <QJsonValue>

//! \file
//! Json::decode(): a whole-value decode into a Result, used by the generated `fromJson()`
//! functions. Hand-written; the generator only emits calls to it.

namespace Cloacina::Json {

//! The Decode error for a failed decode of schema \a schema: `schema: path: reason` (from \a ctx).
CLOACINA_EXPORT Error decodeError(const char* schema, const Context& ctx);

//! Decodes \a json as a T; on a mismatch the Result holds decodeError(\a schema, …), which names
//! the schema and the JSON path.
template <typename T>
Result<T> decode(const QJsonValue& json, const char* schema)
{
    Context ctx;
    T value {};
    if (!read(json, value, ctx))
        return decodeError(schema, ctx);
    return value;
}

} // namespace Cloacina::Json

namespace Cloacina::Generated {
//! The former home of Json::decode(), kept for source compatibility.
using Json::decode;
}

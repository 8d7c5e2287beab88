#pragma once

#include "fastdecode_p.h"

#include <cloacina/json.h>

#include <QJsonValue>
#include <QString>

namespace Cloacina::Internal {

//! Decodes \a in as a T and encodes the value again into \a out: the SchemaCodec entry the
//! generated schema registry lists for every schema. On a decode failure returns false and sets
//! \a error to `path: reason`. Either pointer may be null.
template <typename T>
bool roundTrip(const QJsonValue& in, QJsonValue* out, QString* error)
{
    Json::Context ctx;
    T value {};
    // Unqualified on purpose: argument-dependent lookup (through Json::Context, and the hidden
    // friend write() of every generated type) finds the codecs however the headers were included.
    if (!read(in, value, ctx)) {
        if (error)
            *error = ctx.errorString();
        return false;
    }
    if (out)
        *out = write(value);
    return true;
}

//! Decodes the JSON text \a json as a T with the fast path of REST bodies (decodeFast()) and
//! encodes the value into \a out (may be null): the SchemaCodec entry that lets tests and
//! fuzzers compare the fast path with roundTrip(). False when the fast path declines.
template <typename T>
bool fastRoundTrip(const QByteArray& json, QJsonValue* out)
{
    T value {};
    if (!decodeFast(json, value))
        return false;
    if (out)
        *out = write(value);
    return true;
}

} // namespace Cloacina::Internal

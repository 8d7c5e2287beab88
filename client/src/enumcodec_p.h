#pragma once

#include <cloacina/json.h>

#include <QJsonValue>
#include <QLatin1String>
#include <QString>

#include <optional>

namespace Cloacina::Internal {

//! Reads a string enum E: \a parse maps a JSON spelling to E. Anything but a string, or a string
//! \a parse does not know, fails in \a ctx naming the enum (\a name) and its \a spellings. Behind
//! the generated Json::read() of every enum (client/generated/src/types.cpp).
template <typename E>
bool readEnum(const QJsonValue& json, E& out, Json::Context& ctx, std::optional<E> (*parse)(const QString&),
    const char* name, const char* spellings)
{
    if (!json.isString()) {
        ctx.fail(QStringLiteral("expected string, got %1").arg(Json::typeName(json)));
        return false;
    }
    const std::optional<E> value = parse(json.toString());
    if (!value) {
        ctx.fail(QStringLiteral("unknown %1 \"%2\"; expected one of: %3")
                     .arg(QLatin1String(name), json.toString(), QLatin1String(spellings)));
        return false;
    }
    out = *value;
    return true;
}

} // namespace Cloacina::Internal

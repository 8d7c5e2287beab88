// SPDX-License-Identifier: Apache-2.0
#include "bodyparse_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace CloacinaSim {

std::optional<HttpResponse> parseJsonBody(const HttpRequest& request, QJsonObject& out,
    std::initializer_list<std::pair<const char*, FieldType>> fields)
{
    const QByteArray type = request.header("content-type").toLower();
    if (!type.startsWith("application/json")
        && !(type.startsWith("application/") && type.contains("+json")))
        return HttpResponse::text(415, "Expected request with `Content-Type: application/json`");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return HttpResponse::text(400,
            "Failed to parse the request body as JSON: " + error.errorString().toUtf8()
                + " at offset " + QByteArray::number(error.offset));
    if (!doc.isObject())
        return HttpResponse::text(422,
            "Failed to deserialize the JSON body into the target type: invalid type: expected a "
            "struct");
    out = doc.object();
    for (const auto& [name, type] : fields) {
        const QJsonValue v = out.value(QLatin1String(name));
        const bool missing = v.isUndefined();
        bool ok = true;
        switch (type) {
        case FieldType::String:
            ok = !missing && v.isString();
            break;
        case FieldType::Object:
            ok = !missing && v.isObject();
            break;
        case FieldType::StringMap: {
            const QJsonObject map = v.toObject();
            ok = !missing && v.isObject()
                && std::all_of(map.begin(), map.end(),
                    [](const QJsonValue& field) { return field.isString(); });
            break;
        }
        case FieldType::Bool:
            ok = !missing && v.isBool();
            break;
        case FieldType::Any:
            ok = !missing;
            break;
        case FieldType::OptionalString:
            ok = missing || v.isNull() || v.isString();
            break;
        case FieldType::OptionalBool:
            ok = missing || v.isNull() || v.isBool();
            break;
        case FieldType::OptionalObject:
            ok = missing || v.isNull() || v.isObject();
            break;
        }
        if (!ok) {
            const QByteArray why = missing ? "missing field `" + QByteArray(name) + '`'
                                           : QByteArray(name) + ": invalid type";
            return HttpResponse::text(
                422, "Failed to deserialize the JSON body into the target type: " + why);
        }
    }
    return std::nullopt;
}

std::optional<HttpResponse> parseQueryInt(
    const HttpRequest& request, const QString& name, std::optional<qint64>& out)
{
    out.reset();
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const qint64 v = request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok)
        return HttpResponse::text(400,
            "Failed to deserialize query string: " + name.toUtf8()
                + ": invalid digit found in string");
    out = v;
    return std::nullopt;
}

std::optional<HttpResponse> parsePagination(
    const HttpRequest& request, qint64& limit, qint64& offset)
{
    std::optional<qint64> l;
    std::optional<qint64> o;
    if (auto bad = parseQueryInt(request, QStringLiteral("limit"), l))
        return bad;
    if (auto bad = parseQueryInt(request, QStringLiteral("offset"), o))
        return bad;
    limit = l.value_or(100);
    if (limit < 1 || limit > 1000)
        return HttpResponse::error(
            400, QStringLiteral("invalid_pagination"), QStringLiteral("limit must be 1..=1000"));
    offset = o.value_or(0);
    if (offset < 0)
        return HttpResponse::error(
            400, QStringLiteral("invalid_pagination"), QStringLiteral("offset must be >= 0"));
    return std::nullopt;
}

HttpResponse listResponse(const QJsonArray& items, const QString& tenantId)
{
    QJsonObject o { { QStringLiteral("items"), items }, { QStringLiteral("total"), items.size() } };
    if (!tenantId.isNull())
        o.insert(QStringLiteral("tenant_id"), tenantId);
    return HttpResponse::json(200, o);
}

} // namespace CloacinaSim

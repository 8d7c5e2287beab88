// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httpmessage_p.h"

#include <QJsonObject>

#include <initializer_list>
#include <optional>
#include <utility>

namespace CloacinaSim {

//! StringMap: an object whose values are all strings (serde's `BTreeMap<String, String>`).
enum class FieldType {
    String,
    Object,
    StringMap,
    Bool,
    Any,
    OptionalString,
    OptionalBool,
    OptionalObject
};

//! Reads a JSON object body the way axum's Json extractor does, including its
//! plain-text rejections: 415 without `Content-Type: application/json`, 400 for
//! bad JSON syntax, 422 for a missing or mistyped field.
std::optional<HttpResponse> parseJsonBody(const HttpRequest& request, QJsonObject& out,
    std::initializer_list<std::pair<const char*, FieldType>> fields = {});

//! `limit` (1..=1000, default 100) and `offset` (>= 0, default 0); 400
//! invalid_pagination, or axum's plain-text 400 when a value is not an integer.
std::optional<HttpResponse> parsePagination(
    const HttpRequest& request, qint64& limit, qint64& offset);

//! An optional integer query parameter; plain-text 400 when unparsable.
std::optional<HttpResponse> parseQueryInt(
    const HttpRequest& request, const QString& name, std::optional<qint64>& out);

//! A `ListResponse` envelope: `{items, total}` (+ tenant_id for tenant lists).
HttpResponse listResponse(const QJsonArray& items, const QString& tenantId = {});

} // namespace CloacinaSim

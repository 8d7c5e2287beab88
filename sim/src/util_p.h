// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUuid>

#include <optional>

namespace CloacinaSim {

inline QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

//! RFC 3339 with milliseconds, UTC.
inline QString isoTime(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }
inline QString nowIso() { return isoTime(QDateTime::currentDateTimeUtc()); }

inline QJsonValue optString(const std::optional<QString>& s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}
inline QJsonValue optTime(const std::optional<QDateTime>& t)
{
    return t ? QJsonValue(isoTime(*t)) : QJsonValue(QJsonValue::Null);
}
inline QJsonArray toJsonArray(const QStringList& list)
{
    QJsonArray a;
    for (const auto& s : list)
        a.append(s);
    return a;
}

//! Parses a canonical UUID the way the server does (hyphenated or not); empty on failure.
QString parseUuid(const QString& text);

} // namespace CloacinaSim

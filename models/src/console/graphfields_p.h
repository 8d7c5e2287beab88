#pragma once

// Reading the optional fields of the graph DTOs the graph models show.

#include "dtoconvert_p.h"

#include <cloacinamodels/format.h>

#include <QDateTime>
#include <QVariant>

namespace Cloacina::Detail {

//! The time in an optional, nullable RFC 3339 field; invalid when absent, null or malformed.
inline QDateTime timeOf(const std::optional<Nullable<QString>>& v)
{
    return Format::parseTimestamp(textOf(v));
}

//! An optional (nullable) count as a QVariant; a null QVariant when absent or null.
inline QVariant countOf(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}
inline QVariant countOf(const std::optional<Nullable<qint64>>& v)
{
    return v && !v->isNull() ? QVariant(v->value()) : QVariant();
}

//! "3 min ago" with the absolute time for a tooltip; empty when \a when is invalid.
inline QVariant ageCell(const QDateTime& when, int role)
{
    if (!when.isValid())
        return {};
    return role == Qt::ToolTipRole ? Format::dateTime(when) : Format::relativeTime(when);
}

} // namespace Cloacina::Detail

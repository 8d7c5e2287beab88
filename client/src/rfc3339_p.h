#pragma once

#include <cloacina/cloacina_export.h>

#include <QDateTime>
#include <QStringView>

//! \file
//! A hand-written RFC 3339 timestamp reader for the hot decode paths (stream frames, REST rows):
//! `QDateTime::fromString` costs several microseconds per call, which dominated event decoding.
//! Not installed; in-tree code reaches it through Cloacina::ClientPrivate.

namespace Cloacina::Internal {

//! Reads an RFC 3339 `date-time` (`2026-12-03T16:11:36Z`, `…36.123456789+02:00`, `t`/space as the
//! separator, `z` lower case) and returns it in UTC. Fractions beyond milliseconds are truncated
//! (QDateTime holds milliseconds). Anything else — a missing offset, out-of-range fields, trailing
//! bytes, a leap second — returns an invalid QDateTime, like a failed `QDateTime::fromString`.
CLOACINA_EXPORT QDateTime parseRfc3339(const char* text, qsizetype size);
//! \overload for UTF-16 text (QString members of decoded rows).
CLOACINA_EXPORT QDateTime parseRfc3339(QStringView text);

//! As parseRfc3339(), as milliseconds since the Unix epoch; false when the text is not RFC 3339.
CLOACINA_EXPORT bool parseRfc3339Msecs(const char* text, qsizetype size, qint64& msecsSinceEpoch);

} // namespace Cloacina::Internal

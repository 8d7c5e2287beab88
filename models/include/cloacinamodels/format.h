#pragma once

#include <QDateTime>
#include <QString>

//! \file
//! Small formatting helpers shared by the models and views. Pure functions.

namespace Cloacina::Format {

//! Parses an RFC 3339 timestamp (any number of fraction digits, `Z` or an offset); invalid
//! QDateTime when \a text is empty or malformed.
QDateTime parseTimestamp(const QString& text);
//! "850 ms", "12.4 s", "3 min 05 s", "2 h 10 min"; empty for a negative duration.
QString duration(qint64 ms);
//! Local date and time to the second ("2024-05-01 14:03:22"); empty when invalid.
QString dateTime(const QDateTime& when);
//! How long ago \a when was, seen at \a now: "just now", "3 min ago", "5 h ago", "2 d ago";
//! older than a week, the local date. Empty when invalid. The absolute time belongs in a tooltip.
QString relativeTime(const QDateTime& when, const QDateTime& now = QDateTime::currentDateTimeUtc());
//! Local time with milliseconds ("14:03:22.153"); empty when invalid.
QString timeOfDay(const QDateTime& when);
//! The first non-empty line of \a text, trimmed, at most \a maxChars characters.
QString firstLine(const QString& text, int maxChars = 200);
//! The cause inside an engine error text: \a text without the prefixes the engine wraps a
//! task's own error in, e.g. "Task execution error: Task execution failed: KeyError: 'id'"
//! gives "KeyError: 'id'". Stripped (repeatedly, at the start only): "Task execution error: ",
//! "Task execution failed: ", "Workflow execution failed: " and "Unknown error in task <id>: ".
//! Prefixes that name what failed (context, validation, timeout…) are kept. Returns \a text
//! unchanged when nothing is wrapped or nothing would remain.
QString errorCause(const QString& text);

} // namespace Cloacina::Format

#pragma once

#include <cloacina/error.h>

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Cloacina::Qml {

//! `Format` (singleton): the display vocabulary shared with the Widgets monitor (readable event
//! labels, colour categories, durations, timestamps) and error texts for banners.
//!
//! \qml
//! Text { text: Format.eventLabel("task_failed"); color: Format.eventColor("task_failed") }
//! \endqml
class Format : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Format)
    QML_SINGLETON
    //! Every event type the server defines, in lifecycle order.
    Q_PROPERTY(QStringList knownEventTypes READ knownEventTypes CONSTANT)
    //! The run statuses (Pending, Running, Completed, Failed, Cancelled, Paused).
    Q_PROPERTY(QStringList runStatuses READ runStatuses CONSTANT)
    //! A default (empty) `error` value, e.g. as the initial value of a `var` property.
    Q_PROPERTY(Cloacina::Error noError READ noError CONSTANT)

public:
    explicit Format(QObject* parent = nullptr);

    QStringList knownEventTypes() const;
    QStringList runStatuses() const;
    Cloacina::Error noError() const { return {}; }

    //! "Task failed" for `task_failed`; an unknown type is returned unchanged.
    Q_INVOKABLE QString eventLabel(const QString& eventType) const;
    //! True for the event types PROTOCOL.md lists (and legacy aliases).
    Q_INVOKABLE bool isKnownEvent(const QString& eventType) const;
    //! Colour family of an event type: "started", "progress", "success", "failure", "retry",
    //! "skip" or "unknown".
    Q_INVOKABLE QString eventCategory(const QString& eventType) const;
    //! "#rrggbb" of an event type's category.
    Q_INVOKABLE QString eventColor(const QString& eventType) const;
    //! "#rrggbb" of a category name (as returned by eventCategory()).
    Q_INVOKABLE QString categoryColor(const QString& category) const;
    //! Colour family of a run or task status ("Failed" → "failure").
    Q_INVOKABLE QString statusCategory(const QString& status) const;
    //! "#rrggbb" of a run or task status.
    Q_INVOKABLE QString statusColor(const QString& status) const;
    //! True for Completed, Failed and Cancelled.
    Q_INVOKABLE bool isTerminalStatus(const QString& status) const;
    //! "#rrggbb" of a feeding source key ("live" green, "polling" amber, "reconnecting"
    //! orange, "ended"/"idle" grey). Pass the untranslated key, not RunFollower.sourceText,
    //! which is translated.
    Q_INVOKABLE QString sourceColor(const QString& sourceText) const;
    //! "850 ms", "12.4 s", "3 min 05 s"; empty for a negative duration.
    Q_INVOKABLE QString duration(qint64 ms) const;
    //! Local date and time to the second; empty when invalid.
    Q_INVOKABLE QString dateTime(const QDateTime& when) const;
    //! "just now", "3 min ago", "5 h ago"; the date beyond a week; empty when invalid.
    Q_INVOKABLE QString relativeTime(const QDateTime& when) const;
    //! Local time with milliseconds; empty when invalid.
    Q_INVOKABLE QString timeOfDay(const QDateTime& when) const;
    //! `tenant::package::workflow::task` → `task`.
    Q_INVOKABLE QString shortTaskName(const QString& qualifiedName) const;
    //! The first non-empty line of \a text, trimmed, at most \a maxChars characters.
    Q_INVOKABLE QString firstLine(const QString& text, int maxChars = 200) const;
    //! Name of an error's kind: "Network", "Timeout", "Canceled", "Http", "Api", "Decode",
    //! "Protocol".
    Q_INVOKABLE QString errorKind(const Cloacina::Error& error) const;
    //! The banner text of an error: message, then HTTP status, server code and request id
    //! ("Workflow not found — HTTP 404 · code workflow_not_found · request 3f2a…").
    Q_INVOKABLE QString describeError(const Cloacina::Error& error) const;
    //! Validates optional JSON text (empty is fine). Returns the problem, or "" when valid.
    Q_INVOKABLE QString validateJson(const QString& text) const;
};

} // namespace Cloacina::Qml

#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

//! \file
//! Readable labels and colour categories for execution event types, run statuses and task
//! statuses. Qt Core only, so the Widgets monitor, the QML module and tests share one table.

namespace Cloacina {

//! Display vocabulary for events and statuses. All functions are pure and thread-safe.
class EventTypes {
    Q_GADGET
public:
    //! The colour family of an event or status.
    enum class Category { Started,
        Progress,
        Success,
        Failure,
        Retry,
        Skip,
        Unknown };
    Q_ENUM(Category)

    //! Every event type defined by the server (PROTOCOL.md), in lifecycle order, without
    //! the legacy `pipeline_*` aliases.
    static QStringList knownTypes();
    //! True for a type in knownTypes() or a `pipeline_*` alias.
    static bool isKnown(const QString& eventType);
    //! "Task failed" for `task_failed`; an unknown type is returned unchanged (raw name).
    static QString label(const QString& eventType);
    //! The category of \a eventType; Unknown for types the table does not know.
    static Category category(const QString& eventType);
    //! Lower-case name of \a category ("failure"), for QML and style sheets.
    static QString categoryName(Category category);
    //! `#rrggbb` colour of \a category (readable on light and dark backgrounds).
    static QString categoryColor(Category category);

    //! Category of a run or task status (`Failed` → Failure, `Running` → Started, …).
    static Category statusCategory(const QString& status);
    //! True for Completed, Failed and Cancelled.
    static bool isTerminalStatus(const QString& runStatus);
    //! The run statuses of PROTOCOL.md.
    static QStringList runStatuses();

    //! `tenant::package::workflow::task` → `task`.
    static QString shortTaskName(const QString& qualifiedName);

    //! `event_data` (JSON text or empty) → indented JSON; non-JSON text is returned as is.
    static QString prettyEventData(const QString& eventData);
    //! One-line summary of `event_data`: `reason: …`, `attempt 2, retry at …`, or compact JSON.
    static QString summarizeEventData(const QString& eventType, const QString& eventData);
    //! The error text of a failure event (`error` of task_failed, `reason` of workflow_failed
    //! or task_abandoned), or empty.
    static QString errorText(const QString& eventType, const QString& eventData);
};

} // namespace Cloacina

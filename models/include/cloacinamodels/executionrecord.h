#pragma once

#include <QDateTime>
#include <QString>

namespace Cloacina {

//! One execution row (an ExecutionSummary plus its tenant and lazily fetched failure details).
struct ExecutionRecord {
    QString id; //!< Execution UUID.
    QString workflow; //!< Workflow name.
    QString status; //!< e.g. "Running", "Completed", "Failed".
    QDateTime startedAt; //!< When the execution started.
    QDateTime completedAt; //!< When it ended; invalid while running.
    QString triggerOrigin; //!< "manual", or empty for trigger/cron/reactor runs
    QString tenant; //!< The tenant the row was listed from.
    // Enrichment (failed rows only): filled from …/tasks, else …/events.
    QString failingTask; //!< short name
    QString firstErrorLine; //!< first line of errorText's cause (Format::errorCause)
    QString errorText; //!< full error text of the failing task
    bool enriched = false; //!< true once the failure details were fetched
    // Highlighting
    bool isNew = false; //!< first seen by a refresh and not yet acknowledged
    QDateTime seenAt; //!< when isNew was set
};

//! What failed in a failed execution: its failing task and that task's error.
struct ExecutionFailure {
    QString failingTask; //!< short task name; empty when unknown
    QString errorText; //!< full error text; empty when unknown
};

} // namespace Cloacina

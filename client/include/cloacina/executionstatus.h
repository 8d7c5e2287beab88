#pragma once

#include <cloacina/cloacina_export.h>

#include <QMetaType>
#include <QObject>
#include <QString>

//! \file
//! Execution statuses as an enum, for code that switches on them instead of comparing strings.

namespace Cloacina {

//! The status of an execution, as `GET …/executions/{id}` and the list operations report it.
namespace ExecutionStatuses {
    Q_NAMESPACE_EXPORT(CLOACINA_EXPORT)

    //! The statuses the server knows (its `WorkflowStatus`), plus Unknown for anything else.
    enum class ExecutionStatus {
        Unknown, //!< Empty, or a status this SDK does not know (a newer server).
        Pending, //!< Accepted, not started yet.
        Running, //!< Started.
        Paused, //!< Paused by an operator.
        Completed, //!< Ended successfully (terminal).
        Failed, //!< Ended with a failed task (terminal).
        Cancelled, //!< Cancelled (terminal).
    };
    Q_ENUM_NS(ExecutionStatus)

} // namespace ExecutionStatuses

using ExecutionStatuses::ExecutionStatus;

//! \a text as the server spells it ("Running", …); Unknown for anything else (case matters, as
//! on the server).
CLOACINA_EXPORT ExecutionStatus executionStatusFromString(const QString& text);
//! The server's spelling of \a status; empty for Unknown.
CLOACINA_EXPORT QString executionStatusToString(ExecutionStatus status);
//! True for Completed, Failed and Cancelled.
CLOACINA_EXPORT bool isTerminal(ExecutionStatus status);

} // namespace Cloacina

#pragma once

#include <cloacina/cloacina_export.h>
#include <cloacina/executionevent.h>
#include <cloacina/executionfollower.h>
#include <cloacina/executionstatus.h>
#include <cloacina/result.h>

#include <QFuture>
#include <QList>
#include <QString>

#include <chrono>

namespace Cloacina {
class CloacinaClient;
}
//! Compatibility alias of Cloacina::CloacinaClient, as declared in cloacinaclient.h.
using CloacinaClient = Cloacina::CloacinaClient;

//! \file
//! Waiting for an execution to end, in one call (the Python SDK's `wait_for_execution`).

namespace Cloacina {

//! How waitForExecution() waits.
struct CLOACINA_EXPORT WaitOptions {
    //! Give up after this long with an Error of kind Timeout; zero or less: no limit (the
    //! client's per-request timeout still applies to every request).
    std::chrono::milliseconds timeout { 0 };
    //! Use the delivery socket for an early end (default); false: REST polling only.
    bool live = true;
    //! Tenant of the execution; empty: the client's.
    QString tenant;
    //! Poll period and socket timing of the follower underneath.
    FollowerTiming timing;
};

//! What waitForExecution() learnt.
struct CLOACINA_EXPORT ExecutionOutcome {
    QString executionId; //!< As given.
    ExecutionStatus status = ExecutionStatus::Unknown; //!< Completed, Failed or Cancelled.
    QString statusText; //!< The status as the server spelled it.
    QList<RunEvent> events; //!< Every event of the run, in sequence order.
    QList<RunTask> tasks; //!< The task rows last fetched.
};

//! Waits until \a executionId reaches a terminal status, following it as ExecutionFollower
//! does (history, live pushes, polling). The future settles once: with the outcome; with the
//! follower's fatal error (e.g. a 404 for an unknown id, 401); with an Error of kind Timeout
//! after WaitOptions::timeout; or canceled when the client is destroyed. Canceling the future
//! stops following. Call in \a client's thread.
//!
//! \code
//! Cloacina::whenReady(Cloacina::waitForExecution(client, id, { std::chrono::minutes(10) }), this,
//!     [](const Cloacina::Result<Cloacina::ExecutionOutcome>& r) {
//!         if (r && r.value().status == Cloacina::ExecutionStatus::Completed) { … }
//!     });
//! \endcode
CLOACINA_EXPORT QFuture<Result<ExecutionOutcome>> waitForExecution(
    CloacinaClient* client, const QString& executionId, const WaitOptions& options = {});

} // namespace Cloacina

Q_DECLARE_METATYPE(Cloacina::ExecutionOutcome)

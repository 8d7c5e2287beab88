#pragma once

//! \file
//! QML registrations of SDK and model types that cannot carry QML macros themselves
//! (they live in cloacina_client / cloacina_models, which do not depend on QtQml).

#include <cloacina/cloacinaclient.h>
#include <cloacina/error.h>
#include <cloacina/executionevent.h>
#include <cloacina/executionfollower.h>
#include <cloacinamodels/console/accumulatorlistmodel.h>
#include <cloacinamodels/console/fireseriesmodel.h>
#include <cloacinamodels/console/graphlistmodel.h>
#include <cloacinamodels/console/overviewmodel.h>
#include <cloacinamodels/console/workflowfailureratemodel.h>
#include <cloacinamodels/eventtypes.h>
#include <cloacinamodels/executionlistmodel.h>
#include <cloacinamodels/failingtask.h>
#include <cloacinamodels/runeventmodel.h>
#include <cloacinamodels/runmodels.h>
#include <cloacinamodels/serversession.h>
#include <cloacinamodels/tasklistmodel.h>

#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

namespace Cloacina::Qml {

//! `error` value type (Cloacina::Error): `kind`, `httpStatus`, `code`, `message`, `requestId`,
//! `operationId`, `transient` and `text` (one line: kind, status, code, message, request id).
//! Read-only in practice: errors come from the client, models and followers.
struct ErrorForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::Error)
    QML_VALUE_TYPE(error)
};

//! `Error.Network`, `Error.Timeout`, `Error.Canceled`, `Error.Http`, `Error.Api`,
//! `Error.Decode`, `Error.Protocol`: the values of `error.kind`.
namespace ErrorKindForeign {
    Q_NAMESPACE
    QML_FOREIGN_NAMESPACE(Cloacina::Error)
    QML_NAMED_ELEMENT(Error)
}

//! `runEvent` value type (Cloacina::RunEvent), as carried by ExecutionFollower signals.
struct RunEventForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::RunEvent)
    QML_VALUE_TYPE(runEvent)
};

//! `runTask` value type (Cloacina::RunTask).
struct RunTaskForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::RunTask)
    QML_VALUE_TYPE(runTask)
};

//! `EventTypes.Failure` etc.: the colour categories of events and statuses.
namespace EventTypesForeign {
    Q_NAMESPACE
    QML_FOREIGN_NAMESPACE(Cloacina::EventTypes)
    QML_NAMED_ELEMENT(EventTypes)
}

//! The SDK facade, known to QML as the base of `Client` (not creatable by itself).
struct CloacinaClientForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::CloacinaClient)
    QML_ANONYMOUS
};

//! `ExecutionFollower` (uncreatable): one execution's REST history + live socket + polling.
//! Its `Source` enum: `ExecutionFollower.Idle/Live/Polling/Reconnecting/Ended`. Get one from
//! `RunFollower.follower`.
struct ExecutionFollowerForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::ExecutionFollower)
    QML_NAMED_ELEMENT(ExecutionFollower)
    QML_UNCREATABLE("ExecutionFollower is created by RunFollower")
};

//! `ExecutionListModel`: executions newest first (default: failed ones) with paging,
//! `refresh()` merging by id, `autoRefreshInterval`, `lastRefreshed`, `isNew` highlighting.
//! Roles: executionId, workflow, status, statusColor, startedAt, completedAt, duration, triggerOrigin,
//! failingTask, firstErrorLine, errorText, enriched, tenant, isNew.
struct ExecutionListModelForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::ExecutionListModel)
    QML_NAMED_ELEMENT(ExecutionListModel)
};

//! `RunEventModel`: the event log of one run, fed in batches. Roles: eventId, time, timeText,
//! eventType, label, category, categoryColor, knownType, taskName, taskFullName, eventData,
//! summary, errorText, sequenceNum, source, isFailure.
struct RunEventModelForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::RunEventModel)
    QML_NAMED_ELEMENT(RunEventModel)
};

//! `RunEventFilterModel`: a RunEventModel filtered by `failuresOnly` and `text`.
struct RunEventFilterModelForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::RunEventFilterModel)
    QML_NAMED_ELEMENT(RunEventFilterModel)
};

//! `TaskListModel`: the tasks of one run. Roles: taskId, name, fullName, status, subStatus,
//! category, categoryColor, attempt, maxAttempts, startedAt, completedAt, duration, errorText,
//! errorLine.
struct TaskListModelForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::TaskListModel)
    QML_NAMED_ELEMENT(TaskListModel)
};

//! `FailingTask` (uncreatable): the failure panel's data, `RunFollower.failure`. Properties:
//! hasFailure, taskName, taskFullName, errorText, cause, attempt, maxAttempts, failedAt,
//! fromEvent; `copyText()`.
struct FailingTaskForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::FailingTask)
    QML_NAMED_ELEMENT(FailingTask)
    QML_UNCREATABLE("FailingTask belongs to a RunFollower")
};

//! `ServerSession` (uncreatable): the connect / identity / tenant flow, `Client.session`.
//! Properties: state (ServerSession.Idle/Checking/Connected/Failed), lastError, problem
//! (ServerSession.None/Unreachable/KeyMissing/KeyRefused/TenantForbidden/ServerError),
//! hasIdentity, keyName, role, tenantId, isAdmin, mayStartWorkflows, tenants.
struct ServerSessionForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::ServerSession)
    QML_NAMED_ELEMENT(ServerSession)
    QML_UNCREATABLE("ServerSession belongs to a Client")
};

//! The shared run session, known to QML as the base of `RunFollower`.
struct RunSessionForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::RunSession)
    QML_ANONYMOUS
};

//! `OverviewModel`: the console's start-screen numbers (set `client`; `refresh()`,
//! `autoRefreshInterval`). Properties: workflowCount, runsInFlight, started/completed/failed
//! LastHour and LastDay, graphCount, graphsLive/Degraded/Starting/Down, truncated, serverVersion,
//! alive, ready, readyReason, timeline (maps: start, runs, failed), timelinePeak, bucketMinutes,
//! failureRates, loading, loaded, lastError, hasError, lastRefreshed.
struct OverviewModelForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::OverviewModel)
    QML_NAMED_ELEMENT(OverviewModel)
};

//! `WorkflowFailureRateModel` (uncreatable): `OverviewModel.failureRates`. Roles: workflow,
//! finished, failed, rate (0..1).
struct WorkflowFailureRateModelForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::WorkflowFailureRateModel)
    QML_NAMED_ELEMENT(WorkflowFailureRateModel)
    QML_UNCREATABLE("WorkflowFailureRateModel belongs to an OverviewModel")
};

//! `GraphListModel`: the computation graphs (set `client`; `refresh()`, `autoRefreshInterval`,
//! `loading`, `loaded`, `lastError`, `emptyText`, `degradedCount`). Roles: name, health,
//! healthText, healthLevel (0 healthy, 1 starting, 2 degraded, 3 stopped, 4 unknown), degraded,
//! disconnected, accumulators, reactor, fires, lastFiredAt, paused.
struct GraphListModelForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::GraphListModel)
    QML_NAMED_ELEMENT(GraphListModel)
};

//! `AccumulatorListModel`: accumulators with their freshness; `names` limits it to one graph's.
//! Roles: name, state, healthLevel, degraded, lastEventAt, lastEventAgeSeconds, events,
//! operatorInjects, reactor, error.
struct AccumulatorListModelForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::AccumulatorListModel)
    QML_NAMED_ELEMENT(AccumulatorListModel)
};

//! `FireSeriesModel`: fires per minute of `reactor` over the last hour, one row per minute.
//! Roles: minute, fires, minuteMs; properties maxFires, totalFires, firstMinute, lastMinute.
struct FireSeriesModelForeign {
    Q_GADGET
    QML_FOREIGN(Cloacina::FireSeriesModel)
    QML_NAMED_ELEMENT(FireSeriesModel)
};

} // namespace Cloacina::Qml

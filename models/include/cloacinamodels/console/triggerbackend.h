#pragma once

#include <cloacina/cloacinaclient.h>
#include <cloacina/result.h>

#include <QFuture>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

//! \file
//! Where the Triggers screen's models get their data and send their actions: a struct of
//! fetchers, so TriggerListModel and TriggerInspector are tested without a server.

namespace Cloacina {

//! The operations of the Triggers screen. Build it with triggerBackend() from a client, or by
//! hand (tests). Every function returns a future that settles exactly once; \a tenant is never
//! empty when a model asks. \a name is a trigger name or, for cron schedules, a workflow name, as
//! the server's trigger routes take it.
struct TriggerBackend {
    //! Every schedule of the tenant, newest first (`list_triggers`, one page of 1000).
    std::function<QFuture<Result<QList<TriggerScheduleSummary>>>(const QString& tenant)> listTriggers;
    //! The schedule and its recent fires (`get_trigger`).
    std::function<QFuture<Result<TriggerDetailResponse>>(const QString& name, const QString& tenant)> getTrigger;
    //! The slots a fire's event may carry (`get_trigger_interface`).
    std::function<QFuture<Result<DeclaredSurface>>(const QString& name, const QString& tenant)> getInterface;
    //! Pauses (\a pause true) or resumes (`pause_trigger` / `resume_trigger`).
    std::function<QFuture<Result<TriggerPauseResponse>>(const QString& name, bool pause, const QString& tenant)> setPaused;
    //! Fires \a name with \a event (none: no `event` member) (`fire_trigger`).
    std::function<QFuture<Result<FireTriggerResponse>>(const QString& name, const std::optional<QJsonValue>& event, const QString& tenant)> fire;
    //! The named instances of \a workflow (`list_instances`, one page of 1000).
    std::function<QFuture<Result<QList<WorkflowInstanceSummary>>>(const QString& workflow, const QString& tenant)> listInstances;
    //! Creates a named instance of \a workflow (`create_instance`).
    std::function<QFuture<Result<WorkflowInstanceSummary>>(const QString& workflow, const CreateInstanceRequest& request, const QString& tenant)> createInstance;
    //! Deletes instance \a instance of \a workflow (`delete_instance`).
    std::function<QFuture<Result<DeleteInstanceResponse>>(const QString& workflow, const QString& instance, const QString& tenant)> deleteInstance;
    //! The tenant of the client (never empty: "public" by default).
    std::function<QString()> defaultTenant;

    //! True when every function is set.
    bool isValid() const
    {
        return listTriggers && getTrigger && getInterface && setPaused && fire && listInstances && createInstance
            && deleteInstance && defaultTenant;
    }
};

//! The backend that calls \a client (not owned; once it is destroyed every call settles with an
//! Error of kind Canceled).
TriggerBackend triggerBackend(CloacinaClient* client);

} // namespace Cloacina

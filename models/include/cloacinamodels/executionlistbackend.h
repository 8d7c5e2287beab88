#pragma once

#include <cloacinamodels/executionrecord.h>

#include <cloacina/cloacinaclient.h>
#include <cloacina/result.h>

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

//! \file
//! Where ExecutionListModel and FailureEnricher get their data: a small set of fetchers, so the
//! model is tested without a server (as ExecutionFollowerBackend does for the follower).

namespace Cloacina {

//! One page of `list_executions`.
struct ExecutionPageQuery {
    QString tenant; //!< the tenant to list; never empty when the model asks
    QString status; //!< e.g. "Failed"; empty = any status
    QString workflow; //!< exact workflow name; empty = all workflows
    qint64 offset = 0; //!< rows to skip from the newest
    int limit = 50; //!< rows to return at most
};

//! The fetchers of an ExecutionListModel. Build it with executionListBackend() from a
//! CloacinaClient, or by hand (tests, other transports). Every function must return a future that
//! settles exactly once; the model consumes it in its own thread (whenReady) and drops late
//! answers itself. A function left empty makes the model treat the backend as unset.
struct ExecutionListBackend {
    //! A page of executions, newest first, as records whose `tenant` is the query's.
    std::function<QFuture<Result<QList<ExecutionRecord>>>(const ExecutionPageQuery& query)> listExecutions;
    //! The names of every tenant (`list_tenants`), for allTenants.
    std::function<QFuture<Result<QStringList>>()> listTenants;
    //! The tenant queried when the model lists no explicit tenant (the client's tenant).
    std::function<QString()> defaultTenant;
    //! The failing task of execution \a id in \a tenant from its task rows (`…/tasks`); the
    //! error text may be empty when the task rows carry none.
    std::function<QFuture<Result<ExecutionFailure>>(const QString& id, const QString& tenant)> failureFromTasks;
    //! The failing task and error of execution \a id from its events (`…/events`): the last
    //! task_failed, else workflow_failed. Asked when failureFromTasks() found no error text.
    std::function<QFuture<Result<ExecutionFailure>>(const QString& id, const QString& tenant)> failureFromEvents;

    //! True when every fetcher is set.
    bool isValid() const
    {
        return listExecutions && listTenants && defaultTenant && failureFromTasks && failureFromEvents;
    }
};

//! The backend that fetches with \a client (not owned; tracked by a QPointer: once the client is
//! destroyed every fetcher returns an Error of kind Canceled).
ExecutionListBackend executionListBackend(CloacinaClient* client);

} // namespace Cloacina

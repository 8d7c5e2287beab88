#pragma once

#include <cloacina/cloacinaclient.h>
#include <cloacina/result.h>
#include <cloacina/types.h>

#include <QDateTime>
#include <QFuture>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

//! \file
//! Where OverviewModel gets its data: a small set of fetchers, so the model is tested without a
//! server (as ExecutionListBackend does for the runs list).

namespace Cloacina {

//! The fetchers of an OverviewModel. Build it with overviewBackend() from a CloacinaClient, or by
//! hand (tests). Every function returns a future that settles exactly once; the model consumes
//! it in its own thread and drops answers of a superseded refresh itself.
struct OverviewBackend {
    //! The workflows registered in the client's tenant (`list_workflows`).
    std::function<QFuture<Result<QList<WorkflowSummary>>>()> listWorkflows;
    //! The runs started at or after \a since, newest first, at most \a maxRuns of them (the
    //! newest); `list_executions` pages, walked until a run older than \a since.
    std::function<QFuture<Result<QList<ExecutionSummary>>>(const QDateTime& since, int maxRuns)> recentRuns;
    //! Up to 1000 runs with \a status (one `list_executions` page), for the runs in flight.
    std::function<QFuture<Result<QList<ExecutionSummary>>>(const QString& status)> runsWithStatus;
    //! Every computation graph with its health (`list_graphs`).
    std::function<QFuture<Result<QList<GraphStatus>>>()> listGraphs;
    //! `GET /health`: the process is alive.
    std::function<QFuture<Result<QJsonValue>>()> health;
    //! `GET /ready`: 200, or an Error (HTTP 503 with a `reason` in the body) when not ready.
    std::function<QFuture<Result<QJsonValue>>()> ready;
    //! The server's version as the connect check learned it; empty when unknown.
    std::function<QString()> serverVersion;

    //! True when every fetcher is set.
    bool isValid() const
    {
        return listWorkflows && recentRuns && runsWithStatus && listGraphs && health && ready && serverVersion;
    }
};

//! The backend that fetches with \a client (not owned; tracked by a QPointer: once the client is
//! destroyed every fetcher settles with an Error of kind Canceled). recentRuns() walks the list
//! with an ExecutionPager (pages of 500) and stops it at the first run older than `since`.
OverviewBackend overviewBackend(CloacinaClient* client);

} // namespace Cloacina

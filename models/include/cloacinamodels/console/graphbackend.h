#pragma once

#include <cloacina/cloacinaclient.h>
#include <cloacina/result.h>

#include <QFuture>
#include <QString>

#include <functional>

//! \file
//! Where the computation-graph models (graphs, reactors, accumulators, fires) get their data:
//! a set of fetchers, so the models are tested without a server.

namespace Cloacina {

//! The fetchers of the graph models. Build it with graphBackend() from a client or by hand
//! (tests). Every function returns a future that settles exactly once.
struct GraphBackend {
    std::function<QFuture<Result<GraphStatusList>>()> listGraphs; //!< `list_graphs`
    std::function<QFuture<Result<GraphStatus>>(const QString& graph)> getGraph; //!< `get_graph`
    std::function<QFuture<Result<ReactorStatusList>>()> listReactors; //!< `list_reactors`
    std::function<QFuture<Result<AccumulatorStatusList>>()> listAccumulators; //!< `list_accumulators`
    //! `list_reactor_fires`: the newest fires of \a reactor first.
    std::function<QFuture<Result<ReactorFireList>>(const QString& reactor)> listReactorFires;
    //! `reactor_fire_timeseries`: fires per minute of \a reactor, oldest minute first.
    std::function<QFuture<Result<ReactorFireTimeseries>>(const QString& reactor)> reactorFireTimeseries;

    //! True when every fetcher is set.
    bool isValid() const
    {
        return listGraphs && getGraph && listReactors && listAccumulators && listReactorFires
            && reactorFireTimeseries;
    }
};

//! The backend that fetches with \a client (not owned; once it is destroyed every fetcher
//! returns an Error of kind Canceled).
GraphBackend graphBackend(CloacinaClient* client);

} // namespace Cloacina

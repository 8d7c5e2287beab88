#pragma once

#include <cloacina/cloacinaclient.h>
#include <cloacina/result.h>
#include <cloacina/types.h>

#include <QFuture>
#include <QList>

#include <functional>

//! \file
//! Where AgentListModel and CompilerStatusModel get their data: two fetchers, so the models
//! are tested without a server.

namespace Cloacina {

//! The fetchers of the Fleet screen's models. Build it with fleetBackend() from a client, or by
//! hand (tests). Every function returns a future that settles exactly once.
struct FleetBackend {
    //! The live execution agents (`list_agents`; admin keys, a tenant admin sees its tenant's).
    std::function<QFuture<Result<QList<AgentInfo>>>()> listAgents;
    //! The package compiler's queue and state (`compiler_status`; global admin keys).
    std::function<QFuture<Result<CompilerStatus>>()> compilerStatus;

    //! True when both fetchers are set.
    bool isValid() const { return listAgents && compilerStatus; }
};

//! The backend that fetches with \a client (not owned; once it is destroyed every fetcher settles
//! with an Error of kind Canceled).
FleetBackend fleetBackend(CloacinaClient* client);

} // namespace Cloacina

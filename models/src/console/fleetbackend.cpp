#include <cloacinamodels/console/fleetbackend.h>

#include "clientgone_p.h"

#include <QPointer>

namespace Cloacina {

FleetBackend fleetBackend(CloacinaClient* client)
{
    FleetBackend backend;
    QPointer<CloacinaClient> guard(client);
    backend.listAgents = [guard]() -> QFuture<Result<QList<AgentInfo>>> {
        if (!guard)
            return Internal::failedFuture<QList<AgentInfo>>(Internal::clientGone(QStringLiteral("list_agents")));
        return guard->listAgents().then([](const Result<AgentInfoList>& r) -> Result<QList<AgentInfo>> {
            if (!r)
                return r.error();
            return r.value().items;
        });
    };
    backend.compilerStatus = [guard]() -> QFuture<Result<CompilerStatus>> {
        if (!guard)
            return Internal::failedFuture<CompilerStatus>(Internal::clientGone(QStringLiteral("compiler_status")));
        return guard->compilerStatus();
    };
    return backend;
}

} // namespace Cloacina

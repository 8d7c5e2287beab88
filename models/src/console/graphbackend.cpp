#include <cloacinamodels/console/graphbackend.h>

#include "clientgone_p.h"

#include <QPointer>

namespace Cloacina {

namespace {
    //! Calls \a call on the client while it lives, else settles with a Canceled error.
    template <typename T, typename Call>
    QFuture<Result<T>> ask(const QPointer<CloacinaClient>& client, const char* operationId, Call call)
    {
        if (!client)
            return Internal::failedFuture<T>(Internal::clientGone(QLatin1String(operationId)));
        return call(client.data());
    }
} // namespace

GraphBackend graphBackend(CloacinaClient* client)
{
    GraphBackend b;
    QPointer<CloacinaClient> c(client);
    b.listGraphs = [c] {
        return ask<GraphStatusList>(c, "list_graphs", [](CloacinaClient* x) { return x->listGraphs(); });
    };
    b.getGraph = [c](const QString& graph) {
        return ask<GraphStatus>(c, "get_graph", [&](CloacinaClient* x) { return x->getGraph(graph); });
    };
    b.listReactors = [c] {
        return ask<ReactorStatusList>(c, "list_reactors", [](CloacinaClient* x) { return x->listReactors(); });
    };
    b.listAccumulators = [c] {
        return ask<AccumulatorStatusList>(
            c, "list_accumulators", [](CloacinaClient* x) { return x->listAccumulators(); });
    };
    b.listReactorFires = [c](const QString& reactor) {
        return ask<ReactorFireList>(
            c, "list_reactor_fires", [&](CloacinaClient* x) { return x->listReactorFires(reactor); });
    };
    b.reactorFireTimeseries = [c](const QString& reactor) {
        return ask<ReactorFireTimeseries>(c, "reactor_fire_timeseries",
            [&](CloacinaClient* x) { return x->reactorFireTimeseries(reactor); });
    };
    return b;
}

} // namespace Cloacina

#include <cloacinamodels/console/graphbackend.h>

#include "backendcall_p.h"

namespace Cloacina {

GraphBackend graphBackend(CloacinaClient* client)
{
    GraphBackend b;
    QPointer<CloacinaClient> c(client);
    b.listGraphs = [c] {
        return Internal::callClient<GraphStatusList>(c, "list_graphs", [](CloacinaClient* x) { return x->listGraphs(); });
    };
    b.getGraph = [c](const QString& graph) {
        return Internal::callClient<GraphStatus>(c, "get_graph", [&](CloacinaClient* x) { return x->getGraph(graph); });
    };
    b.listReactors = [c] {
        return Internal::callClient<ReactorStatusList>(c, "list_reactors", [](CloacinaClient* x) { return x->listReactors(); });
    };
    b.listAccumulators = [c] {
        return Internal::callClient<AccumulatorStatusList>(
            c, "list_accumulators", [](CloacinaClient* x) { return x->listAccumulators(); });
    };
    b.listReactorFires = [c](const QString& reactor) {
        return Internal::callClient<ReactorFireList>(
            c, "list_reactor_fires", [&](CloacinaClient* x) { return x->listReactorFires(reactor); });
    };
    b.reactorFireTimeseries = [c](const QString& reactor) {
        return Internal::callClient<ReactorFireTimeseries>(c, "reactor_fire_timeseries",
            [&](CloacinaClient* x) { return x->reactorFireTimeseries(reactor); });
    };
    return b;
}

} // namespace Cloacina

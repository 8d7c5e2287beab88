#pragma once

#include <cloacinamodels/console/backendlistmodel.h>
#include <cloacinamodels/console/graphbackend.h>

namespace Cloacina {

//! The base of the computation-graph lists (graphs, reactors, accumulators, fires, fire series).
using GraphConsoleModel = BackendListModel<GraphBackend, graphBackend>;

} // namespace Cloacina

#pragma once

#include <cloacinamodels/runmodels.h>

#include <QList>

namespace Cloacina {

//! Places a task graph in columns for drawing, left to right: a node's column is the longest
//! path from a root (cycles and unknown dependencies are ignored); inside a column nodes are
//! ordered by the mean position of their dependencies (one barycentre pass). Returns the
//! columns as lists of indexes into \a nodes. Pure; used by the Widgets and the QML graph.
QList<QList<int>> layeredColumns(const QList<TaskGraphNode>& nodes);

} // namespace Cloacina

#pragma once

#include <cloacina/types.h>

#include <QHash>
#include <QRectF>
#include <QWidget>

namespace Cloacina::Monitor {

//! Paints a computation graph's topology left to right (accumulators → reactor, as the server's
//! `topology` says), each node with its state; a degraded source gets a red frame and says
//! "disconnected", so an operator sees which input the reactor is running without.
class GraphTopologyView : public QWidget {
    Q_OBJECT
public:
    explicit GraphTopologyView(QWidget* parent = nullptr);

    //! Shows \a graph (its topology, or accumulators → reactor when it has none).
    void setGraph(const GraphStatus& graph);
    //! The state of node \a id (accumulator or reactor): a ComponentHealth::Level and its word.
    void setNodeState(const QString& id, int level, const QString& state);
    //! Shows \a message instead of a graph (none selected, could not load).
    void setMessage(const QString& message);

    //! Node rectangles by id after layout, in unscaled coordinates (tests).
    const QHash<QString, QRectF>& nodeRects() const { return m_rects; }
    //! Ids drawn as degraded (tests).
    QStringList flaggedNodes() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct NodeState {
        int level = -1;
        QString state;
    };
    struct Edge {
        QString from;
        QString to;
        QString label;
    };
    void relayout();

    QString m_reactor;
    QStringList m_nodes;
    QList<Edge> m_edges;
    QHash<QString, NodeState> m_states;
    QHash<QString, QRectF> m_rects;
    QSize m_extent;
    QString m_message;
};

} // namespace Cloacina::Monitor

#include "graphtopologyview.h"

#include "healthdelegate.h"

#include <cloacinamodels/console/componenthealth.h>
#include <cloacinamodels/runmodels.h>
#include <cloacinamodels/taskgraphlayout.h>

#include <QPainter>
#include <QPainterPath>

namespace Cloacina::Monitor {

namespace {
    constexpr double nodeW = 170;
    constexpr double nodeH = 46;
    constexpr double colGap = 90;
    constexpr double rowGap = 16;
    constexpr double margin = 16;
} // namespace

GraphTopologyView::GraphTopologyView(QWidget* parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMessage(tr("Select a graph to see its topology."));
}

void GraphTopologyView::setGraph(const GraphStatus& graph)
{
    m_message.clear();
    m_nodes.clear();
    m_edges.clear();
    m_reactor = graph.reactor && !graph.reactor->isNull() ? graph.reactor->value() : QString();
    const bool hasTopology = graph.topology && !graph.topology->isNull() && !graph.topology->value().nodes.isEmpty();
    if (hasTopology) {
        const GraphTopology& t = graph.topology->value();
        for (const GraphTopologyNode& n : t.nodes)
            m_nodes << n.id;
        for (const GraphTopologyEdge& e : t.edges)
            m_edges.append({ e.from_, e.to, e.label && !e.label->isNull() ? e.label->value() : QString() });
        // Nodes that name inputs but whose edges were left out.
        for (const GraphTopologyNode& n : t.nodes) {
            for (const QString& in : n.inputs.value_or(QList<QString>())) {
                const bool known = std::any_of(m_edges.cbegin(), m_edges.cend(),
                    [&](const Edge& e) { return e.from == in && e.to == n.id; });
                if (!known)
                    m_edges.append({ in, n.id, {} });
            }
        }
    } else {
        m_nodes = graph.accumulators;
        if (!m_reactor.isEmpty()) {
            m_nodes << m_reactor;
            for (const QString& a : graph.accumulators)
                m_edges.append({ a, m_reactor, {} });
        }
    }
    if (m_nodes.isEmpty())
        m_message = tr("The server reports no topology for this graph.");
    relayout();
}

void GraphTopologyView::setNodeState(const QString& id, int level, const QString& state)
{
    NodeState& s = m_states[id];
    if (s.level == level && s.state == state)
        return;
    s = { level, state };
    update();
}

void GraphTopologyView::setMessage(const QString& message)
{
    m_message = message;
    update();
}

QStringList GraphTopologyView::flaggedNodes() const
{
    QStringList out;
    for (const QString& id : m_nodes) {
        if (m_states.value(id).level == int(ComponentHealth::Level::Degraded))
            out << id;
    }
    return out;
}

void GraphTopologyView::relayout()
{
    QList<TaskGraphNode> nodes;
    for (const QString& id : std::as_const(m_nodes)) {
        TaskGraphNode n;
        n.id = id;
        for (const Edge& e : std::as_const(m_edges)) {
            if (e.to == id)
                n.dependencies << e.from;
        }
        nodes.append(n);
    }
    m_rects.clear();
    const QList<QList<int>> columns = layeredColumns(nodes);
    int maxRows = 0;
    for (const auto& col : columns)
        maxRows = qMax(maxRows, int(col.size()));
    const double totalH = maxRows * nodeH + qMax(0, maxRows - 1) * rowGap;
    for (int c = 0; c < columns.size(); ++c) {
        const double colH = columns[c].size() * nodeH + (columns[c].size() - 1) * rowGap;
        const double y0 = margin + (totalH - colH) / 2;
        for (int k = 0; k < columns[c].size(); ++k)
            m_rects.insert(nodes.at(columns[c][k]).id,
                QRectF(margin + c * (nodeW + colGap), y0 + k * (nodeH + rowGap), nodeW, nodeH));
    }
    const int layers = int(columns.size());
    m_extent = QSize(int(2 * margin + layers * nodeW + qMax(0, layers - 1) * colGap), int(2 * margin + totalH));
    updateGeometry();
    update();
}

QSize GraphTopologyView::sizeHint() const
{
    return m_extent.isEmpty() ? QSize(420, 180) : m_extent.expandedTo(QSize(300, 120));
}

QSize GraphTopologyView::minimumSizeHint() const
{
    return { 240, 110 }; // scales down to fit
}

void GraphTopologyView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (!m_message.isEmpty() || m_rects.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(10, 10, -10, -10), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const double scale = qMin(1.0,
        qMin(double(width()) / qMax(1, m_extent.width()), double(height()) / qMax(1, m_extent.height())));
    p.translate((width() - m_extent.width() * scale) / 2.0, (height() - m_extent.height() * scale) / 2.0);
    p.scale(scale, scale);

    for (const Edge& e : std::as_const(m_edges)) {
        if (!m_rects.contains(e.from) || !m_rects.contains(e.to))
            continue;
        const QRectF from = m_rects.value(e.from);
        const QRectF to = m_rects.value(e.to);
        const bool lost = m_states.value(e.from).level == int(ComponentHealth::Level::Degraded);
        const QColor c = lost ? healthColor(int(ComponentHealth::Level::Degraded)) : pal.color(QPalette::Mid);
        const QPointF a(from.right(), from.center().y());
        const QPointF b(to.left(), to.center().y());
        QPainterPath path(a);
        const double dx = (b.x() - a.x()) / 2;
        path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
        p.setPen(QPen(c, 1.5, lost ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPolygon(QPolygonF { b, b + QPointF(-8, -4.5), b + QPointF(-8, 4.5) });
        if (!e.label.isEmpty()) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QRectF(a.x(), (a.y() + b.y()) / 2 - 16, b.x() - a.x(), 14), Qt::AlignCenter, e.label);
        }
    }
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (const QString& id : std::as_const(m_nodes)) {
        const QRectF r = m_rects.value(id);
        const NodeState s = m_states.value(id);
        const QColor c = healthColor(s.level);
        const bool degraded = s.level == int(ComponentHealth::Level::Degraded);
        p.setPen(QPen(c.isValid() ? c : pal.color(QPalette::Mid), degraded ? 2.5 : 1.5));
        p.setBrush(pal.color(id == m_reactor ? QPalette::AlternateBase : QPalette::Base));
        p.drawRoundedRect(r, 6, 6);
        if (c.isValid())
            p.fillRect(QRectF(r.left(), r.top() + 5, 5, r.height() - 10), c);
        p.setPen(pal.color(QPalette::Text));
        p.setFont(bold);
        const QFontMetricsF fm(bold);
        p.drawText(QRectF(r.left() + 12, r.top() + 4, r.width() - 18, r.height() / 2),
            Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(id, Qt::ElideMiddle, r.width() - 18));
        p.setFont(small);
        const QString kind = id == m_reactor ? tr("reactor") : tr("accumulator");
        const QString sub = s.state.isEmpty() ? kind : tr("%1 · %2").arg(kind, s.state);
        p.setPen(degraded ? c : pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(r.left() + 12, r.center().y(), r.width() - 18, r.height() / 2 - 4),
            Qt::AlignLeft | Qt::AlignVCenter, sub);
    }
}

} // namespace Cloacina::Monitor

#include "taskgraphwidget.h"

#include <cloacinamodels/taskgraphlayout.h>

#include "colors.h"

#include <cloacinamodels/format.h>

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace Cloacina::Monitor {

namespace {
    constexpr double nodeW = 150;
    constexpr double nodeH = 40;
    constexpr double colGap = 70; // between layers, left to right
    constexpr double rowGap = 18; // between the nodes of a layer, left to right
    constexpr double layerGapV = 32; // between layers, top to bottom
    constexpr double siblingGapV = 16; // between the nodes of a layer, top to bottom
    constexpr double margin = 16;

    //! The scale that fits \a extent into \a room, never above 1.
    double fitScale(const QSize& extent, const QSize& room)
    {
        if (extent.isEmpty())
            return 1.0;
        return qMin(1.0, qMin(double(room.width()) / extent.width(), double(room.height()) / extent.height()));
    }
} // namespace

TaskGraphWidget::TaskGraphWidget(QWidget* parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void TaskGraphWidget::setGraph(const QList<TaskGraphNode>& nodes)
{
    m_nodes = nodes;
    m_columns = layeredColumns(m_nodes);
    m_message.clear();
    relayout();
}

void TaskGraphWidget::setMessage(const QString& message)
{
    m_message = message;
    update();
}

void TaskGraphWidget::setTaskModel(TaskListModel* model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        const auto repaint = [this] { update(); };
        connect(model, &QAbstractItemModel::modelReset, this, repaint);
        connect(model, &QAbstractItemModel::rowsInserted, this, repaint);
        connect(model, &QAbstractItemModel::rowsRemoved, this, repaint);
        connect(model, &QAbstractItemModel::dataChanged, this, repaint);
    }
    update();
}

QSize TaskGraphWidget::extentOf(bool vertical) const
{
    const int layers = int(m_columns.size());
    int widest = 0;
    for (const auto& col : m_columns)
        widest = qMax(widest, int(col.size()));
    if (layers == 0)
        return {};
    const double along = layers * (vertical ? nodeH : nodeW) + (layers - 1) * (vertical ? layerGapV : colGap);
    const double across = widest * (vertical ? nodeW : nodeH) + (widest - 1) * (vertical ? siblingGapV : rowGap);
    return vertical ? QSize(int(2 * margin + across), int(2 * margin + along))
                    : QSize(int(2 * margin + along), int(2 * margin + across));
}

void TaskGraphWidget::relayout()
{
    m_rects.clear();
    m_vertical = drawsLargerVertically();
    m_extent = extentOf(m_vertical);
    // "Across" is inside a layer, "along" from layer to layer.
    const double nodeAcross = m_vertical ? nodeW : nodeH;
    const double gapAcross = m_vertical ? siblingGapV : rowGap;
    const double layerStep = m_vertical ? nodeH + layerGapV : nodeW + colGap;
    const double room = (m_vertical ? m_extent.width() : m_extent.height()) - 2 * margin;
    for (int c = 0; c < m_columns.size(); ++c) {
        const int n = int(m_columns[c].size());
        const double start = margin + (room - (n * nodeAcross + (n - 1) * gapAcross)) / 2; // centred
        for (int k = 0; k < n; ++k) {
            const double across = start + k * (nodeAcross + gapAcross);
            const double along = margin + c * layerStep;
            const QPointF at = m_vertical ? QPointF(across, along) : QPointF(along, across);
            m_rects.insert(m_nodes.at(m_columns[c][k]).id, QRectF(at, QSizeF(nodeW, nodeH)));
        }
    }
    updateGeometry();
    update();
}

void TaskGraphWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (drawsLargerVertically() != m_vertical)
        relayout();
}

bool TaskGraphWidget::drawsLargerVertically() const
{
    // Left to right when both fit (or draw alike).
    return fitScale(extentOf(true), size()) > fitScale(extentOf(false), size());
}

double TaskGraphWidget::drawScale() const
{
    return fitScale(m_extent, size());
}

QTransform TaskGraphWidget::toWidget() const
{
    const double scale = drawScale();
    QTransform t;
    t.translate((width() - m_extent.width() * scale) / 2.0, (height() - m_extent.height() * scale) / 2.0);
    t.scale(scale, scale);
    return t;
}

QSize TaskGraphWidget::sizeHint() const
{
    return m_extent.isEmpty() ? QSize(400, 200) : m_extent;
}

QSize TaskGraphWidget::minimumSizeHint() const
{
    return { 200, 100 }; // scales down to fit
}

QString TaskGraphWidget::statusOf(const QString& taskId) const
{
    if (!m_model)
        return {};
    const int row = m_model->rowOfName(taskId);
    return row < 0 ? QString() : m_model->task(row).status;
}

void TaskGraphWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (m_nodes.isEmpty() || !m_message.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(10, 10, -10, -10), Qt::AlignCenter | Qt::TextWordWrap,
            m_message.isEmpty() ? tr("No task graph for this workflow") : m_message);
        return;
    }
    p.setTransform(toWidget()); // scaled down to fit (never up) and centred

    QPen edgePen(pal.color(QPalette::Mid), 1.5);
    for (const TaskGraphNode& n : std::as_const(m_nodes)) {
        const QRectF to = m_rects.value(n.id);
        for (const QString& dep : n.dependencies) {
            if (!m_rects.contains(dep))
                continue;
            const QRectF from = m_rects.value(dep);
            // From the side facing the next layer to the side facing the previous one.
            const QPointF a = m_vertical ? QPointF(from.center().x(), from.bottom()) : QPointF(from.right(), from.center().y());
            const QPointF b = m_vertical ? QPointF(to.center().x(), to.top()) : QPointF(to.left(), to.center().y());
            const QPointF bend = m_vertical ? QPointF(0, (b.y() - a.y()) / 2) : QPointF((b.x() - a.x()) / 2, 0);
            QPainterPath path(a);
            path.cubicTo(a + bend, b - bend, b);
            p.setPen(edgePen);
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            QPolygonF arrow;
            if (m_vertical)
                arrow << b << b + QPointF(-4, -7) << b + QPointF(4, -7);
            else
                arrow << b << b + QPointF(-7, -4) << b + QPointF(-7, 4);
            p.setBrush(pal.color(QPalette::Mid));
            p.drawPolygon(arrow);
        }
    }
    for (const TaskGraphNode& n : std::as_const(m_nodes)) {
        const QRectF r = m_rects.value(n.id);
        const QString status = statusOf(n.id);
        const QColor c = status.isEmpty() ? pal.color(QPalette::Mid) : statusColor(status);
        p.setPen(QPen(c.darker(120), 1.5));
        p.setBrush(status.isEmpty() ? pal.color(QPalette::Base) : tint(c, 60));
        p.drawRoundedRect(r, 6, 6);
        p.fillRect(QRectF(r.left(), r.top() + 4, 5, r.height() - 8), c);
        p.setPen(pal.color(QPalette::Text));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        const QRectF textRect = r.adjusted(10, 3, -6, -r.height() / 2);
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(n.id, Qt::ElideMiddle, int(textRect.width())));
        p.setFont(font());
        p.setPen(status.isEmpty() ? pal.color(QPalette::PlaceholderText) : c.darker(130));
        p.drawText(r.adjusted(10, r.height() / 2 - 2, -6, -3), Qt::AlignLeft | Qt::AlignVCenter,
            status.isEmpty() ? tr("not run") : status);
    }
}

bool TaskGraphWidget::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QPointF pt = toWidget().inverted().map(QPointF(help->pos()));
        for (const TaskGraphNode& n : std::as_const(m_nodes)) {
            if (!m_rects.value(n.id).contains(pt))
                continue;
            QString text = QStringLiteral("<b>%1</b>").arg(n.id.toHtmlEscaped());
            if (!n.description.isEmpty())
                text += QStringLiteral("<br>") + n.description.toHtmlEscaped();
            if (!n.dependencies.isEmpty())
                text += tr("<br>after: %1").arg(n.dependencies.join(QStringLiteral(", ")).toHtmlEscaped());
            const QString status = statusOf(n.id);
            text += tr("<br>status: %1").arg(status.isEmpty() ? tr("not run") : status);
            if (m_model) {
                const int row = m_model->rowOfName(n.id);
                if (row >= 0 && !m_model->task(row).errorText().isEmpty())
                    text += QStringLiteral("<br><span style='color:#d32f2f'>%1</span>")
                                .arg(Format::firstLine(m_model->task(row).errorText()).toHtmlEscaped());
            }
            QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

} // namespace Cloacina::Monitor

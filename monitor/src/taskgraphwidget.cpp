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
    constexpr double colGap = 70;
    constexpr double rowGap = 18;
    constexpr double margin = 16;
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

void TaskGraphWidget::relayout()
{
    m_rects.clear();
    const QList<QList<int>> columns = layeredColumns(m_nodes);
    const int layers = int(columns.size());
    int maxRows = 0;
    for (const auto& col : columns)
        maxRows = qMax(maxRows, int(col.size()));
    const double totalH = maxRows * nodeH + (maxRows - 1) * rowGap;
    for (int c = 0; c < layers; ++c) {
        const double colH = columns[c].size() * nodeH + (columns[c].size() - 1) * rowGap;
        const double y0 = margin + (totalH - colH) / 2;
        for (int k = 0; k < columns[c].size(); ++k) {
            const int n = columns[c][k];
            m_rects.insert(m_nodes.at(n).id, QRectF(margin + c * (nodeW + colGap), y0 + k * (nodeH + rowGap), nodeW, nodeH));
        }
    }
    m_extent = QSize(int(2 * margin + layers * nodeW + qMax(0, layers - 1) * colGap),
        int(2 * margin + qMax(0.0, totalH)));
    updateGeometry();
    update();
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
    // Scale down to fit (never up) and centre.
    const double scale = qMin(1.0, qMin(double(width()) / qMax(1, m_extent.width()), double(height()) / qMax(1, m_extent.height())));
    const QPointF offset((width() - m_extent.width() * scale) / 2.0, (height() - m_extent.height() * scale) / 2.0);
    p.translate(offset);
    p.scale(scale, scale);

    QPen edgePen(pal.color(QPalette::Mid), 1.5);
    for (const TaskGraphNode& n : std::as_const(m_nodes)) {
        const QRectF to = m_rects.value(n.id);
        for (const QString& dep : n.dependencies) {
            if (!m_rects.contains(dep))
                continue;
            const QRectF from = m_rects.value(dep);
            const QPointF a(from.right(), from.center().y());
            const QPointF b(to.left(), to.center().y());
            QPainterPath path(a);
            const double dx = (b.x() - a.x()) / 2;
            path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
            p.setPen(edgePen);
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            QPolygonF arrow;
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
        const double scale = qMin(1.0, qMin(double(width()) / qMax(1, m_extent.width()), double(height()) / qMax(1, m_extent.height())));
        const QPointF offset((width() - m_extent.width() * scale) / 2.0, (height() - m_extent.height() * scale) / 2.0);
        const QPointF pt = (help->pos() - offset) / scale;
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

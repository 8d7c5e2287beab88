#include "ganttwidget.h"

#include "colors.h"

#include <cloacinamodels/eventtypes.h>
#include <cloacinamodels/format.h>
#include <cloacinamodels/tasklistmodel.h>

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Cloacina::Monitor {

GanttWidget::GanttWidget(QWidget* parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

void GanttWidget::setModel(TaskListModel* model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &GanttWidget::modelChanged);
        connect(model, &QAbstractItemModel::rowsInserted, this, &GanttWidget::modelChanged);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &GanttWidget::modelChanged);
        connect(model, &QAbstractItemModel::dataChanged, this, &GanttWidget::modelChanged);
    }
    modelChanged();
}

void GanttWidget::setZoom(double zoom)
{
    zoom = qBound(1.0, zoom, 64.0);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    // Grow beyond the viewport: the enclosing scroll area (widgetResizable) then scrolls.
    const int viewport = parentWidget() ? parentWidget()->width() : width();
    const int plot = qMax(100, viewport - labelWidth - 12);
    setMinimumWidth(m_zoom > 1.0 ? labelWidth + 12 + int(plot * m_zoom) : 0);
    updateGeometry();
    update();
}

void GanttWidget::setGrouped(bool grouped)
{
    if (grouped == m_grouped)
        return;
    m_grouped = grouped;
    rebuildLanes();
    update();
}

namespace {
    // Problems first: failed, retrying, running, waiting, completed, skipped.
    int groupRank(const QString& status)
    {
        switch (EventTypes::statusCategory(status)) {
        case EventTypes::Category::Failure:
            return 0;
        case EventTypes::Category::Retry:
            return 1;
        case EventTypes::Category::Started:
            return 2;
        case EventTypes::Category::Progress:
            return 3;
        case EventTypes::Category::Success:
            return 4;
        case EventTypes::Category::Skip:
            return 5;
        case EventTypes::Category::Unknown:
            break;
        }
        return 6;
    }
} // namespace

void GanttWidget::rebuildLanes()
{
    m_lanes.clear();
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_lanes.append(row);
    if (m_grouped) {
        std::stable_sort(m_lanes.begin(), m_lanes.end(), [this](int a, int b) {
            return groupRank(m_model->task(a).status) < groupRank(m_model->task(b).status);
        });
    }
}

int GanttWidget::jumpToFailure()
{
    if (!m_model)
        return -1;
    const int row = m_model->failingRow();
    m_highlightRow = row;
    update();
    const int lane = laneOfRow(row);
    if (lane >= 0) {
        QRect target = laneRect(lane);
        const QRect bar = barOfRow(row);
        if (!bar.isNull())
            target = target.united(bar.adjusted(-40, 0, 40, 0));
        emit ensureVisibleRequested(target);
    }
    return lane;
}

QRect GanttWidget::laneRect(int lane) const
{
    return QRect(0, axisHeight + lane * laneHeight, width(), laneHeight);
}

QRect GanttWidget::plotRect() const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    return QRect(labelWidth, axisHeight, width() - labelWidth - 12, rows * laneHeight);
}

GanttWidget::Span GanttWidget::timeSpan() const
{
    Span result;
    const QDateTime first = m_model->firstStart();
    QDateTime last = m_model->lastEnd();
    result.running = m_running;
    if (!first.isValid())
        return result;
    if (result.running || !last.isValid() || last < first)
        last = result.running ? QDateTime::currentDateTimeUtc() : first.addMSecs(1000);
    result.t0 = first.toMSecsSinceEpoch();
    result.span = qMax<qint64>(1, first.msecsTo(last)) * 105 / 100 + 1;
    return result;
}

QRect GanttWidget::barOfRow(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    return barRect(row, laneOfRow(row), timeSpan(), plotRect());
}

void GanttWidget::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0)
            zoomIn();
        else if (delta < 0)
            zoomOut();
        event->accept();
        return;
    }
    QWidget::wheelEvent(event);
}

void GanttWidget::modelChanged()
{
    rebuildLanes();
    if (m_model && m_highlightRow >= m_model->rowCount())
        m_highlightRow = -1;

    m_running = false;
    if (m_model) {
        for (const RunTask& t : m_model->tasks()) {
            if (TaskSpan::hasStarted(t) && !TaskSpan::end(t).isValid())
                m_running = true;
        }
    }
    if (m_running && !m_tick.isActive())
        m_tick.start();
    else if (!m_running)
        m_tick.stop();
    updateGeometry();
    update();
}

QSize GanttWidget::sizeHint() const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    return { qMax(600, minimumWidth()), axisHeight + qMax(3, rows) * laneHeight + 8 };
}

QSize GanttWidget::minimumSizeHint() const
{
    // Every lane keeps its height: the enclosing scroll area scrolls (1000-task runs).
    const int rows = m_model ? m_model->rowCount() : 0;
    return { 300, axisHeight + qMax(3, rows) * laneHeight + 8 };
}

QRect GanttWidget::barRect(int row, int lane, const Span& span, const QRect& plot) const
{
    const RunTask& t = m_model->task(row);
    const QDateTime start = TaskSpan::start(t);
    if (!start.isValid() || lane < 0)
        return {}; // never started: no bar
    QDateTime end = TaskSpan::end(t);
    if (!end.isValid())
        end = QDateTime::currentDateTimeUtc();
    const double x0 = plot.left() + double(start.toMSecsSinceEpoch() - span.t0) / double(span.span) * plot.width();
    const double x1 = plot.left() + double(end.toMSecsSinceEpoch() - span.t0) / double(span.span) * plot.width();
    const int y = plot.top() + lane * laneHeight + 4;
    return QRect(int(x0), y, qMax(3, int(std::ceil(x1 - x0))), laneHeight - 8);
}

void GanttWidget::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (!m_model || m_model->rowCount() == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No task rows yet"));
        return;
    }
    const Span span = timeSpan();
    const QRect plot = plotRect();

    // Axis with ~6 ticks per visible width at a round step.
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(plot.left(), axisHeight - 2, plot.right(), axisHeight - 2);
    const qint64 steps[] = { 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 15000, 30000, 60000,
        120000, 300000, 600000, 1800000, 3600000, 7200000, 21600000, 86400000 };
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 s : steps) {
        if (double(span.span) / double(s) <= 6.0 * m_zoom) {
            step = s;
            break;
        }
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    for (qint64 t = 0; t <= span.span; t += step) {
        const int x = plot.left() + int(double(t) / double(span.span) * plot.width());
        p.setPen(pal.color(QPalette::Midlight));
        p.drawLine(x, axisHeight - 2, x, plot.bottom());
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(x - 40, 2, 80, axisHeight - 6), Qt::AlignCenter, QStringLiteral("+") + Format::duration(t));
    }
    p.setFont(font());

    // Only the lanes in the exposed area are painted (1000-task runs).
    const int firstLane = qMax(0, (event->rect().top() - axisHeight) / laneHeight);
    const int lastLane = qMin(int(m_lanes.size()) - 1, (event->rect().bottom() - axisHeight) / laneHeight);
    for (int lane = firstLane; lane <= lastLane; ++lane) {
        const int row = m_lanes.at(lane);
        const RunTask& t = m_model->task(row);
        const int y = plot.top() + lane * laneHeight;
        if (lane % 2)
            p.fillRect(QRect(0, y, width(), laneHeight), tint(pal.color(QPalette::AlternateBase), 255));
        if (row == m_highlightRow) {
            p.setPen(QPen(statusColor(t.status), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRect(1, y + 1, width() - 3, laneHeight - 2));
        }
        if (m_grouped && lane > 0 && groupRank(m_model->task(m_lanes.at(lane - 1)).status) != groupRank(t.status)) {
            p.setPen(pal.color(QPalette::Dark));
            p.drawLine(0, y, width(), y);
        }
        p.setPen(TaskSpan::hasStarted(t) ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
        const QString name = EventTypes::shortTaskName(t.taskName);
        p.drawText(QRect(8, y, labelWidth - 14, laneHeight), Qt::AlignVCenter | Qt::AlignLeft,
            fontMetrics().elidedText(name, Qt::ElideMiddle, labelWidth - 14));
        const QRect bar = barRect(row, lane, span, plot);
        if (bar.isNull()) {
            // Never started: say so in the lane instead of drawing a bar.
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QRect(plot.left() + 6, y, plot.width() - 6, laneHeight), Qt::AlignVCenter | Qt::AlignLeft, t.status);
            continue;
        }
        const QColor c = statusColor(t.status);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(bar, 3, 3);
        if (t.attempt > 1 || t.maxAttempts > 1) {
            const QString label = tr("%1/%2").arg(t.attempt).arg(t.maxAttempts);
            if (bar.width() > fontMetrics().horizontalAdvance(label) + 8) {
                p.setPen(Qt::white);
                p.drawText(bar, Qt::AlignCenter, label);
            }
        }
    }
    if (span.running) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const int x = plot.left() + int(double(now.toMSecsSinceEpoch() - span.t0) / double(span.span) * plot.width());
        p.setPen(QPen(QColor(EventTypes::categoryColor(EventTypes::Category::Started)), 1, Qt::DashLine));
        p.drawLine(x, axisHeight - 2, x, plot.bottom());
    }
}

bool GanttWidget::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip && m_model) {
        auto* help = static_cast<QHelpEvent*>(e);
        const int lane = (help->pos().y() - axisHeight) / laneHeight;
        if (help->pos().y() >= axisHeight && lane >= 0 && lane < m_lanes.size()) {
            const RunTask& t = m_model->task(m_lanes.at(lane));
            const QDateTime s = TaskSpan::start(t);
            const QDateTime end = TaskSpan::end(t);
            QString text = tr("<b>%1</b><br>%2, attempt %3/%4<br>%5 → %6")
                               .arg(t.taskName.toHtmlEscaped(), t.status)
                               .arg(t.attempt)
                               .arg(t.maxAttempts)
                               .arg(s.isValid() ? Format::timeOfDay(s) : tr("never started"),
                                   end.isValid() ? Format::timeOfDay(end) : s.isValid() ? tr("running")
                                                                                        : QString());
            if (s.isValid() && end.isValid())
                text += tr(" (%1)").arg(Format::duration(s.msecsTo(end)));
            if (!t.errorText().isEmpty())
                text += QStringLiteral("<br><span style='color:#d32f2f'>%1</span>").arg(Format::firstLine(t.errorText()).toHtmlEscaped());
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(e);
}

} // namespace Cloacina::Monitor

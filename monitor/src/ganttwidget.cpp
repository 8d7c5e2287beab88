#include "ganttwidget.h"

#include "colors.h"

#include <cloacinamodels/format.h>
#include <cloacinamodels/tasklistmodel.h>

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

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

void GanttWidget::modelChanged()
{
    bool running = false;
    if (m_model) {
        for (const TaskRecord& t : m_model->tasks()) {
            if (t.effectiveStart().isValid() && !t.effectiveEnd().isValid())
                running = true;
        }
    }
    if (running && !m_tick.isActive())
        m_tick.start();
    else if (!running)
        m_tick.stop();
    updateGeometry();
    update();
}

QSize GanttWidget::sizeHint() const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    return { 600, axisHeight + qMax(3, rows) * laneHeight + 8 };
}

QSize GanttWidget::minimumSizeHint() const
{
    return { 300, axisHeight + 3 * laneHeight };
}

QRect GanttWidget::barRect(int row, qint64 t0, qint64 span, const QRect& plot) const
{
    const TaskRecord& t = m_model->task(row);
    const QDateTime start = t.effectiveStart();
    if (!start.isValid())
        return {};
    QDateTime end = t.effectiveEnd();
    if (!end.isValid())
        end = QDateTime::currentDateTimeUtc();
    const double x0 = plot.left() + double(start.toMSecsSinceEpoch() - t0) / double(span) * plot.width();
    const double x1 = plot.left() + double(end.toMSecsSinceEpoch() - t0) / double(span) * plot.width();
    const int y = plot.top() + row * laneHeight + 4;
    return QRect(int(x0), y, qMax(3, int(std::ceil(x1 - x0))), laneHeight - 8);
}

void GanttWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (!m_model || m_model->rowCount() == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No task rows yet"));
        return;
    }
    const QDateTime first = m_model->firstStart();
    QDateTime last = m_model->lastEnd();
    bool running = false;
    for (const TaskRecord& t : m_model->tasks())
        running = running || (t.effectiveStart().isValid() && !t.effectiveEnd().isValid());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (running || !last.isValid() || last < first)
        last = running ? now : first.addMSecs(1000);
    const qint64 t0 = first.toMSecsSinceEpoch();
    const qint64 span = qMax<qint64>(1, first.msecsTo(last)) * 105 / 100 + 1;
    const QRect plot(labelWidth, axisHeight, width() - labelWidth - 12, m_model->rowCount() * laneHeight);

    // Axis with ~6 ticks at a round step.
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(plot.left(), axisHeight - 2, plot.right(), axisHeight - 2);
    const qint64 steps[] = { 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 15000, 30000, 60000,
        120000, 300000, 600000, 1800000, 3600000, 7200000, 21600000, 86400000 };
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 s : steps) {
        if (span / s <= 6) {
            step = s;
            break;
        }
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    for (qint64 t = 0; t <= span; t += step) {
        const int x = plot.left() + int(double(t) / double(span) * plot.width());
        p.setPen(pal.color(QPalette::Midlight));
        p.drawLine(x, axisHeight - 2, x, plot.bottom());
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(x - 40, 2, 80, axisHeight - 6), Qt::AlignCenter, QStringLiteral("+") + Format::duration(t));
    }
    p.setFont(font());

    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TaskRecord& t = m_model->task(row);
        const int y = plot.top() + row * laneHeight;
        if (row % 2)
            p.fillRect(QRect(0, y, width(), laneHeight), tint(pal.color(QPalette::AlternateBase), 255));
        p.setPen(pal.color(QPalette::Text));
        const QString name = EventTypes::shortTaskName(t.taskName);
        p.drawText(QRect(8, y, labelWidth - 14, laneHeight), Qt::AlignVCenter | Qt::AlignLeft,
            fontMetrics().elidedText(name, Qt::ElideMiddle, labelWidth - 14));
        const QRect bar = barRect(row, t0, span, plot);
        if (bar.isNull())
            continue;
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
    if (running) {
        const int x = plot.left() + int(double(now.toMSecsSinceEpoch() - t0) / double(span) * plot.width());
        p.setPen(QPen(QColor(EventTypes::categoryColor(EventTypes::Category::Started)), 1, Qt::DashLine));
        p.drawLine(x, axisHeight - 2, x, plot.bottom());
    }
}

bool GanttWidget::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip && m_model) {
        auto* help = static_cast<QHelpEvent*>(e);
        const int row = (help->pos().y() - axisHeight) / laneHeight;
        if (help->pos().y() >= axisHeight && row >= 0 && row < m_model->rowCount()) {
            const TaskRecord& t = m_model->task(row);
            const QDateTime s = t.effectiveStart();
            const QDateTime end = t.effectiveEnd();
            QString text = tr("<b>%1</b><br>%2, attempt %3/%4<br>%5 → %6")
                               .arg(t.taskName.toHtmlEscaped(), t.status)
                               .arg(t.attempt)
                               .arg(t.maxAttempts)
                               .arg(Format::timeOfDay(s), end.isValid() ? Format::timeOfDay(end) : tr("running"));
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

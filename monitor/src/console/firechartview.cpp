#include "firechartview.h"

#include "theme.h"

#include <cloacinamodels/console/fireseriesmodel.h>

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

namespace Cloacina::Monitor {

FireChartView::FireChartView(FireSeriesModel* model, QWidget* parent)
    // The chart is given to the constructor: setChart() only releases the default chart a
    // QChartView(QWidget*) makes, which then leaks.
    : QChartView(new QChart, parent)
    , m_model(model)
    , m_upper(new QLineSeries(this))
    , m_lower(new QLineSeries(this))
    , m_x(new QDateTimeAxis(this))
    , m_y(new QValueAxis(this))
{
    QChart* chart = this->chart();
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_area = new QAreaSeries(m_upper, m_lower);
    m_area->setName(tr("Fires per minute"));
    chart->addSeries(m_area);
    m_x->setFormat(QStringLiteral("HH:mm"));
    m_x->setTickCount(7);
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_y->setTitleText(tr("fires / min"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_area->attachAxis(m_x);
    m_area->attachAxis(m_y);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(150);
    applyPalette();
    connect(model, &FireSeriesModel::seriesChanged, this, &FireChartView::rebuild);
    rebuild();
}

QList<QPointF> FireChartView::points() const
{
    return m_upper->points();
}

void FireChartView::rebuild()
{
    const QList<FireSeriesModel::Bucket>& buckets = m_model->buckets();
    QList<QPointF> upper;
    QList<QPointF> lower;
    upper.reserve(buckets.size());
    lower.reserve(buckets.size());
    for (const FireSeriesModel::Bucket& b : buckets) {
        upper.append(QPointF(double(b.minuteMs), b.fires));
        lower.append(QPointF(double(b.minuteMs), 0));
    }
    m_upper->replace(upper);
    m_lower->replace(lower);
    if (!buckets.isEmpty()) {
        m_x->setRange(m_model->firstMinute().toLocalTime(), m_model->lastMinute().toLocalTime());
    }
    // Whole numbers on the axis, with head room; at least 0..4 for an idle reactor.
    // Four intervals of a whole step each.
    const int wanted = qMax(4, m_model->maxFires() + qMax(1, m_model->maxFires() / 5));
    const int top = (wanted + 3) / 4 * 4;
    m_y->setRange(0, top);
    m_y->setTickCount(5);
    chart()->setTitle(buckets.isEmpty() ? QString()
                                        : tr("%n fire(s) in the last hour", nullptr, m_model->totalFires()));
}

void FireChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void FireChartView::applyPalette()
{
    // The chart theme resets the series' colours; set ours after it.
    chart()->setTheme(Theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QPalette pal = palette();
    chart()->setBackgroundBrush(pal.color(QPalette::Base));
    chart()->setTitleBrush(pal.color(QPalette::Text));
    for (QAbstractAxis* axis : { static_cast<QAbstractAxis*>(m_x), static_cast<QAbstractAxis*>(m_y) }) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
    QColor fill = pal.color(QPalette::Highlight);
    m_area->setPen(QPen(fill, 2));
    fill.setAlpha(90);
    m_area->setBrush(fill);
}

} // namespace Cloacina::Monitor

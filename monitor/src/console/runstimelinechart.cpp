#include "runstimelinechart.h"

#include "colors.h"
#include "theme.h"

#include <cloacinamodels/console/overviewmodel.h>

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

namespace Cloacina::Monitor {

namespace {
    QAreaSeries* area(QLineSeries* upper, const QString& name, QChart* chart)
    {
        auto* series = new QAreaSeries(upper);
        series->setName(name);
        chart->addSeries(series);
        return series;
    }
} // namespace

RunsTimelineChart::RunsTimelineChart(QWidget* parent)
    // The chart is given to the constructor: setChart() only releases the default chart a
    // QChartView(QWidget*) makes, which then leaks.
    : QChartView(new QChart, parent)
    , m_runs(new QLineSeries(this))
    , m_failed(new QLineSeries(this))
    , m_time(new QDateTimeAxis(this))
    , m_count(new QValueAxis(this))
{
    QChart* chart = this->chart();
    chart->setTitle(tr("Runs started and failed per %1 minutes, last 24 h").arg(OverviewModel::BucketMinutes));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    area(m_runs, tr("Started"), chart);
    area(m_failed, tr("Failed"), chart);
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTickCount(7);
    m_count->setLabelFormat(QStringLiteral("%d"));
    m_count->setRange(0, 1);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(m_time);
        series->attachAxis(m_count);
    }
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    applyPalette();
}

void RunsTimelineChart::setTimeline(const QVariantList& timeline, int bucketMinutes)
{
    QList<QPointF> runs;
    QList<QPointF> failed;
    runs.reserve(timeline.size());
    failed.reserve(timeline.size());
    int peak = 0;
    const qint64 halfBucketMs = qint64(bucketMinutes) * 30 * 1000;
    for (const QVariant& v : timeline) {
        const QVariantMap bucket = v.toMap();
        // Plotted at the bucket's middle.
        const qreal x = qreal(bucket.value(QStringLiteral("start")).toDateTime().toMSecsSinceEpoch() + halfBucketMs);
        const int started = bucket.value(QStringLiteral("runs")).toInt();
        runs.append({ x, qreal(started) });
        failed.append({ x, qreal(bucket.value(QStringLiteral("failed")).toInt()) });
        peak = qMax(peak, started);
    }
    m_runs->replace(runs);
    m_failed->replace(failed);
    if (!timeline.isEmpty()) {
        const QDateTime first = timeline.first().toMap().value(QStringLiteral("start")).toDateTime();
        const QDateTime last = timeline.last().toMap().value(QStringLiteral("start")).toDateTime();
        m_time->setRange(first.toLocalTime(), last.addSecs(qint64(bucketMinutes) * 60).toLocalTime());
    }
    m_count->setRange(0, qMax(1, peak));
    m_count->applyNiceNumbers();
}

void RunsTimelineChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void RunsTimelineChart::applyPalette()
{
    QChart* c = chart();
    c->setTheme(Theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme resets colours: take the window's background and the status colours again.
    c->setBackgroundBrush(palette().brush(QPalette::Base));
    c->setTitleBrush(palette().brush(QPalette::Text));
    c->legend()->setLabelColor(palette().color(QPalette::Text));
    for (QAbstractAxis* axis : { static_cast<QAbstractAxis*>(m_time), static_cast<QAbstractAxis*>(m_count) }) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setGridLineColor(palette().color(QPalette::Mid));
    }
    const QList<QAbstractSeries*> series = c->series();
    const QColor colors[] = { statusColor(QStringLiteral("Running")), statusColor(QStringLiteral("Failed")) };
    for (int i = 0; i < series.size() && i < 2; ++i) {
        auto* a = static_cast<QAreaSeries*>(series.at(i));
        a->setColor(tint(colors[i], 110));
        a->setBorderColor(colors[i]);
    }
}

} // namespace Cloacina::Monitor

#pragma once

#include <QChartView>
#include <QVariantList>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Cloacina::Monitor {

//! Runs started and runs failed per time bucket (OverviewModel::timeline) as two areas over a
//! time axis. setTimeline() replaces the points in place, so a live chart does not flicker; the
//! chart follows the palette (Qt Charts' dark theme in dark mode).
class RunsTimelineChart : public QChartView {
    Q_OBJECT
public:
    explicit RunsTimelineChart(QWidget* parent = nullptr);

    //! Shows \a timeline: maps with `start` (QDateTime), `runs` and `failed`, oldest first;
    //! \a bucketMinutes long each.
    void setTimeline(const QVariantList& timeline, int bucketMinutes);
    //! The runs series (tests read its points).
    QLineSeries* runsSeries() const { return m_runs; }
    QLineSeries* failedSeries() const { return m_failed; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QLineSeries* m_runs;
    QLineSeries* m_failed;
    QDateTimeAxis* m_time;
    QValueAxis* m_count;
};

} // namespace Cloacina::Monitor

#pragma once

#include <QChartView>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Cloacina {
class FireSeriesModel;
}

namespace Cloacina::Monitor {

//! Fires per minute of a reactor over the last hour, drawn from a FireSeriesModel (an area over
//! minute buckets) and redrawn each time the series changes; follows the light or dark palette.
class FireChartView : public QChartView {
    Q_OBJECT
public:
    explicit FireChartView(FireSeriesModel* model, QWidget* parent = nullptr);

    //! The points drawn (x: ms since the epoch, y: fires), for tests.
    QList<QPointF> points() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void applyPalette();

    FireSeriesModel* m_model;
    QLineSeries* m_upper;
    QLineSeries* m_lower;
    QAreaSeries* m_area;
    QDateTimeAxis* m_x;
    QValueAxis* m_y;
};

} // namespace Cloacina::Monitor

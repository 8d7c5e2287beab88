#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Cloacina {
class TaskListModel;
}

namespace Cloacina::Monitor {

//! A Gantt-style time bar of a run's tasks: one lane per task, a bar from its start to its end
//! (to "now" while running) coloured by status, with a time axis. Tasks that never started
//! (pending, not started, skipped) have a lane but no bar. Zoomable (Ctrl+wheel, zoomIn/Out;
//! the widget grows and its scroll area scrolls), lanes optionally grouped by status (problems
//! first), and jumpToFailure() highlights the failing task's lane. Repaints on model changes
//! and, while tasks run, twice a second.
class GanttWidget : public QWidget {
    Q_OBJECT
public:
    explicit GanttWidget(QWidget* parent = nullptr);
    void setModel(TaskListModel* model);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    //! Horizontal zoom: 1 fits the run into the visible width; up to 64.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn() { setZoom(m_zoom * 2); }
    void zoomOut() { setZoom(m_zoom / 2); }
    //! Lanes grouped by status (failed, retrying, running, waiting, completed, skipped).
    bool isGrouped() const { return m_grouped; }
    void setGrouped(bool grouped);
    //! The lane (top to bottom) of model  row, or -1.
    int laneOfRow(int row) const { return m_lanes.indexOf(row); }
    //! The bar of model  row in widget coordinates; null for a task that never started.
    QRect barOfRow(int row) const;
    //! The rectangle of lane  lane in widget coordinates.
    QRect laneRect(int lane) const;
    //! Highlights the failing task's lane and asks the scroll area to show it; the lane or -1.
    int jumpToFailure();

signals:
    //! Asks the enclosing scroll area to make  rect visible.
    void ensureVisibleRequested(const QRect& rect);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void modelChanged();
    void rebuildLanes();
    struct Span {
        qint64 t0 = 0;
        qint64 span = 1;
        bool running = false;
    };
    Span timeSpan() const;
    QRect plotRect() const;
    QRect barRect(int row, int lane, const Span& span, const QRect& plot) const;

    QPointer<TaskListModel> m_model;
    QList<int> m_lanes; // lane → model row
    double m_zoom = 1.0;
    bool m_running = false; // a started task has no end yet (kept by modelChanged)
    bool m_grouped = false;
    int m_highlightRow = -1;
    QTimer m_tick;
    static constexpr int laneHeight = 24;
    static constexpr int axisHeight = 26;
    static constexpr int labelWidth = 170;
};

} // namespace Cloacina::Monitor

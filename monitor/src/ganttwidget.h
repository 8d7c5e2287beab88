#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Cloacina {
class TaskListModel;
}

namespace Cloacina::Monitor {

//! A Gantt-style time bar of a run's tasks: one lane per task, a bar from its start to its end
//! (to "now" while running) coloured by status, with a time axis. Repaints on model changes
//! and, while tasks run, twice a second.
class GanttWidget : public QWidget {
    Q_OBJECT
public:
    explicit GanttWidget(QWidget* parent = nullptr);
    void setModel(TaskListModel* model);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    void modelChanged();
    QRect barRect(int row, qint64 t0, qint64 span, const QRect& plot) const;

    QPointer<TaskListModel> m_model;
    QTimer m_tick;
    static constexpr int laneHeight = 24;
    static constexpr int axisHeight = 26;
    static constexpr int labelWidth = 170;
};

} // namespace Cloacina::Monitor

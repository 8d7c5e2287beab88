#pragma once

#include <cloacinamodels/runmodels.h>

#include <QHash>
#include <QPointer>
#include <QRectF>
#include <QTransform>
#include <QWidget>

namespace Cloacina::Monitor {

//! Paints a workflow's task graph as a layered DAG (by dependency depth), each task coloured by
//! its status in the selected run (from a TaskListModel). The layers run left to right, or top
//! to bottom when that draws the graph larger in the widget's shape (a long chain in a narrow
//! pane); the drawing is scaled down to fit, never up.
class TaskGraphWidget : public QWidget {
    Q_OBJECT
public:
    explicit TaskGraphWidget(QWidget* parent = nullptr);
    void setGraph(const QList<TaskGraphNode>& nodes);
    void setTaskModel(TaskListModel* model);
    //! A message shown instead of the graph (e.g. why it could not be loaded).
    void setMessage(const QString& message);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    //! Node rectangles by task id after layout (tests).
    const QHash<QString, QRectF>& layout() const { return m_rects; }
    //! True when the layers run top to bottom (tests).
    bool isVertical() const { return m_vertical; }
    //! How much the graph is scaled to fit the widget (1 = full size; tests).
    double drawScale() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void relayout();
    //! The graph's size when its layers run top to bottom (\a vertical) or left to right.
    QSize extentOf(bool vertical) const;
    //! True when top to bottom draws the graph larger than left to right at the current size.
    bool drawsLargerVertically() const;
    //! Layout coordinates → widget coordinates (scaled to fit, centred).
    QTransform toWidget() const;
    QString statusOf(const QString& taskId) const;

    QList<TaskGraphNode> m_nodes;
    QList<QList<int>> m_columns;
    bool m_vertical = false;
    QHash<QString, QRectF> m_rects;
    QPointer<TaskListModel> m_model;
    QString m_message;
    QSize m_extent;
};

} // namespace Cloacina::Monitor

#pragma once

#include <cloacinamodels/runmodels.h>

#include <QHash>
#include <QPointer>
#include <QRectF>
#include <QWidget>

namespace Cloacina::Monitor {

//! Paints a workflow's task graph as a layered DAG (left to right by dependency depth), each
//! task coloured by its status in the selected run (from a TaskListModel).
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

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    void relayout();
    QString statusOf(const QString& taskId) const;

    QList<TaskGraphNode> m_nodes;
    QHash<QString, QRectF> m_rects;
    QPointer<TaskListModel> m_model;
    QString m_message;
    QSize m_extent;
};

} // namespace Cloacina::Monitor

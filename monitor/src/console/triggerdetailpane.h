#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

#include <cloacina/types.h>

namespace Cloacina {
class TriggerInspector;
struct TriggerRow;
}

namespace Cloacina::Monitor {

//! The selected schedule of the Triggers screen: what it is, its recent fires (double click
//! opens the run) and the named instances of its workflow with New / Delete buttons. Shows what
//! a TriggerInspector holds; the screen wires the buttons.
class TriggerDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit TriggerDetailPane(TriggerInspector* inspector, QWidget* parent = nullptr);

    //! The list row of the schedule shown (schedule text, next and last fire).
    void setRow(const TriggerRow& row);
    QTableWidget* firesTable() const { return m_fires; }
    QTableWidget* instancesTable() const { return m_instances; }
    QPushButton* newInstanceButton() const { return m_newInstance; }
    QPushButton* deleteInstanceButton() const { return m_deleteInstance; }
    //! The instance name of the selected instance row, or empty.
    QString selectedInstance() const;

Q_SIGNALS:
    void runActivated(const QString& executionId);

private:
    void showDetail();
    void showInstances();

    TriggerInspector* m_inspector;
    QLabel* m_title;
    QLabel* m_schedule;
    QLabel* m_error;
    QTableWidget* m_fires;
    QLabel* m_instancesTitle;
    QTableWidget* m_instances;
    QPushButton* m_newInstance;
    QPushButton* m_deleteInstance;
    QList<TriggerExecution> m_shownFires;
    QList<WorkflowInstanceSummary> m_shownInstances;
};

} // namespace Cloacina::Monitor

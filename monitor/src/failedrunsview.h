#pragma once

#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QLabel;
class QSpinBox;
class QTableView;
class QTimer;

namespace Cloacina {
class ExecutionListModel;
struct Error;
}

namespace Cloacina::Monitor {

class ElidingLabel;

//! The failed-runs list: filter bar (status, workflow, time range, tenant), auto-refresh
//! interval with the last refresh time, an error banner and the table.
class FailedRunsView : public QWidget {
    Q_OBJECT
public:
    explicit FailedRunsView(ExecutionListModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* workflowCombo() const { return m_workflow; }
    QComboBox* timeCombo() const { return m_time; }
    QComboBox* tenantCombo() const { return m_tenant; }
    QSpinBox* intervalSpin() const { return m_interval; }
    QLabel* errorLabel() const { return m_error; }
    //! Says why the list is empty (shown in place of the table).
    QLabel* emptyLabel() const { return m_empty; }
    //! Search by execution id, workflow, failing task or error text (loaded rows).
    QLineEdit* searchField() const { return m_search; }
    //! Rows shown (not hidden by the search).
    int visibleRowCount() const;

    //! Offers \a workflows in the workflow filter (keeps the current choice).
    void setWorkflows(const QStringList& workflows);
    //! Shows the tenant picker ("All tenants" + \a tenants) for admin keys; hides it when empty.
    void setTenantChoices(const QStringList& tenants, const QString& current);
    //! Sets the filters another screen asks for: `status` (a status, a list of statuses, or
    //! "any"), `workflow` (exact name; empty for all), `sinceSeconds` (0 for any time; else the
    //! nearest offered range that covers it). Keys not given keep their filter.
    void applyFilter(const QVariantMap& filter);
    //! The selected execution's row, or -1.
    int currentRow() const;
    //! Selects \a row (keeps the column) and scrolls to it.
    void selectRow(int row);

signals:
    //! Enter or double click on a row.
    void runActivated(int row);
    //! The selection moved to \a row (-1 for none).
    void currentRunChanged(int row);
    void tenantChoiceChanged(const QString& tenant, bool allTenants);
    //! Enter in the search field with a complete execution id that is not listed.
    void executionIdRequested(const QString& executionId);

private:
    void applyStatus();
    void applyWorkflow();
    void applyTime();
    void updateRefreshLabel();
    void showError();
    void applySearch();
    void searchRows(int first, int last);
    void updateEmptyState();

    ExecutionListModel* m_model;
    QTableView* m_table;
    QComboBox* m_status;
    QComboBox* m_workflow;
    QComboBox* m_time;
    QComboBox* m_tenant;
    QLabel* m_tenantLabel;
    QSpinBox* m_interval;
    ElidingLabel* m_lastRefresh;
    ElidingLabel* m_count;
    QLabel* m_error;
    QLineEdit* m_search;
    QLabel* m_empty;
    QTimer* m_timeRangeTimer;
};

} // namespace Cloacina::Monitor

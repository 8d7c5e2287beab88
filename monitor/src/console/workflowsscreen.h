#pragma once

#include "consolescreen.h"

#include <cloacina/error.h>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Cloacina {
class WorkflowInspector;
class WorkflowListModel;
}

namespace Cloacina::Monitor {

class ListPane;
class RecentRunsDelegate;
class WorkflowDetailPane;

//! The Workflows screen: the tenant's workflows (build state, paused, tasks, a strip of their
//! last runs that opens a run), the selected package's build, task graph with docs and source,
//! and the actions: upload a .cloacina package (its build followed until it settles), pause,
//! resume, delete a version (confirmed). Filter keys: `workflow` (select that workflow).
class WorkflowsScreen : public ConsoleScreen {
    Q_OBJECT
public:
    explicit WorkflowsScreen(ConsoleContext* context, QWidget* parent = nullptr);

    QString screenId() const override { return QStringLiteral("workflows"); }
    QString title() const override { return tr("Workflows"); }
    QIcon icon() const override;
    void activated() override;
    void applyFilter(const QVariantMap& filter) override;
    void refresh() override;

    //! Uploads the package file \a path (what the Upload button does after its file dialog);
    //! false when the file cannot be read (the reason is shown).
    bool uploadFile(const QString& path);

    WorkflowListModel* model() const { return m_model; }
    WorkflowInspector* inspector() const { return m_inspector; }
    ListPane* pane() const { return m_pane; }
    WorkflowDetailPane* detail() const { return m_detail; }
    QPushButton* uploadButton() const { return m_upload; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* deleteButton() const { return m_delete; }
    //! What the last action or upload said (tests, the operator).
    QLabel* actionStatus() const { return m_status; }

private:
    void rebind();
    void onCurrentRowChanged(int row);
    void onActionFinished(const QString& operationId, const Error& error);
    void onBuildSettled(const QString& packageId, const QString& status, const QString& error);
    void syncSelectedRow();
    void updateActions();
    void chooseAndUpload();
    void confirmPause(bool pause);
    void confirmDelete();

    WorkflowListModel* m_model;
    WorkflowInspector* m_inspector;
    ListPane* m_pane;
    WorkflowDetailPane* m_detail;
    RecentRunsDelegate* m_runsDelegate;
    QPushButton* m_upload;
    QPushButton* m_pause;
    QPushButton* m_resume;
    QPushButton* m_delete;
    QLabel* m_status;
    QProgressBar* m_progress;
    QString m_selectedPackage; //!< the package shown in the detail, kept across refreshes
    QString m_awaitedUpload; //!< the package id of this screen's last upload, until it is selected
    QString m_pendingWorkflowFilter;
    QMetaObject::Connection m_progressConnection; //!< the running upload's byte counts
};

} // namespace Cloacina::Monitor

#pragma once

#include "consolescreen.h"

#include <cloacina/error.h>

#include <QPointer>

class QLabel;
class QPushButton;

namespace Cloacina {
class TriggerInspector;
class TriggerListModel;
}

namespace Cloacina::Monitor {

class CreateInstanceDialog;
class FireTriggerDialog;
class ListPane;
class TriggerDetailPane;

//! The Triggers and schedules screen: the tenant's cron schedules and trigger subscriptions
//! (kind, schedule, next and last fire, paused), the selected one's recent fires and its
//! workflow's named instances, and the actions: pause, resume, fire (a typed form from the
//! trigger's interface), create and delete an instance (confirmed). Filter keys: `name`.
class TriggersScreen : public ConsoleScreen {
    Q_OBJECT
public:
    explicit TriggersScreen(ConsoleContext* context, QWidget* parent = nullptr);

    QString screenId() const override { return QStringLiteral("triggers"); }
    QString title() const override { return tr("Triggers"); }
    QIcon icon() const override;
    void activated() override;
    void applyFilter(const QVariantMap& filter) override;
    void refresh() override;

    TriggerListModel* model() const { return m_model; }
    TriggerInspector* inspector() const { return m_inspector; }
    ListPane* pane() const { return m_pane; }
    TriggerDetailPane* detail() const { return m_detail; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* fireButton() const { return m_fire; }
    //! The open Fire / New instance dialog, or null.
    FireTriggerDialog* fireDialog() const;
    CreateInstanceDialog* instanceDialog() const;
    QLabel* actionStatus() const { return m_status; }

    //! Opens the Fire dialog for the selected trigger (what the Fire button does).
    void openFireDialog();
    //! Opens the New instance dialog for the selected schedule's workflow.
    void openInstanceDialog();

private:
    void rebind();
    void onCurrentRowChanged(int row);
    void onActionFinished(const QString& operationId, const Error& error);
    void updateActions();
    void confirmPause(bool pause);
    void confirmDeleteInstance();

    TriggerListModel* m_model;
    TriggerInspector* m_inspector;
    ListPane* m_pane;
    TriggerDetailPane* m_detail;
    QPushButton* m_pause;
    QPushButton* m_resume;
    QPushButton* m_fire;
    QLabel* m_status;
    QPointer<FireTriggerDialog> m_fireDialog;
    QPointer<CreateInstanceDialog> m_instanceDialog;
    QString m_selectedId;
    QString m_pendingName;
};

} // namespace Cloacina::Monitor

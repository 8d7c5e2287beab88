#pragma once

#include "connectdialog.h"

#include <cloacina/error.h>

#include <QMainWindow>
#include <QPointer>
#include <QVariantMap>

#include <functional>

namespace Cloacina {
class CloacinaClient;
}
//! Compatibility alias of Cloacina::CloacinaClient, as declared in cloacinaclient.h.
using CloacinaClient = Cloacina::CloacinaClient;
class QAction;
class QLabel;
class QSplitter;
class QSystemTrayIcon;

namespace Cloacina {
class ExecutionListModel;
class RunSession;
class ServerSession;
}

namespace Cloacina::Monitor {

class ConsoleContext;
class ConsoleNavigator;
class ElidingLabel;
class FailedRunsView;
class RunView;
class SecretStore;
class Theme;

//! The cloacina-monitor main window: failed runs on the left, the selected run on the right.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    //! Connects to \a settings with \a apiKey (replacing any previous connection).
    void connectTo(const ConnectionSettings& settings, const QString& apiKey);
    //! Logs in with username/password (local_login), then connects with the minted key.
    void loginAndConnect(const ConnectionSettings& settings, const QString& user, const QString& password);

    CloacinaClient* client() const { return m_client; }
    ExecutionListModel* executions() const { return m_executions; }
    RunSession* runSession() const { return m_session; }
    //! The connect / identity / tenant flow over client() (shared with the QML monitor).
    ServerSession* serverSession() const { return m_server; }
    FailedRunsView* failedRunsView() const { return m_runs; }
    RunView* runView() const { return m_runView; }
    //! The colour scheme (system / light / dark; View ▸ Theme).
    Theme* theme() const { return m_theme; }
    ElidingLabel* connectionLabel() const { return m_connLabel; }
    //! What the console screens share (connection, confirmations, navigation).
    ConsoleContext* console() const { return m_console; }
    //! The sidebar and the stack of screens (Ctrl+1 … Ctrl+9).
    ConsoleNavigator* navigator() const { return m_nav; }
    //! Shows the console screen \a screenId ("runs", "workflows", …) with \a filter; false when
    //! unknown or not available to this key.
    bool showScreen(const QString& screenId, const QVariantMap& filter = {});
    ElidingLabel* versionLabel() const { return m_versionLabel; }

    //! Opens the run at \a row of the list.
    void openRow(int row);
    //! Selects and opens the next (\a direction 1) or previous (-1) failed run. False at the end.
    bool openNextFailure(int direction);
    //! Starts the re-run flow for the open run (confirmation, then execute_workflow).
    void rerun();
    void copyExecutionId();
    void refresh();

    //! Test hook: answers confirmations without showing a dialog. The function receives the
    //! confirmation text and returns {accepted, context}.
    using ConfirmHook = std::function<bool(const QString& text, QJsonValue* context)>;
    void setConfirmHook(ConfirmHook hook) { m_confirmHook = std::move(hook); }
    //! The text of the last re-run confirmation shown (tests).
    QString lastConfirmationText() const { return m_lastConfirmation; }
    //! Shows the tray icon and notifies about new failures.
    void setNotificationsEnabled(bool on);

signals:
    //! A re-run was accepted by the server: \a executionId is the new run.
    void rerunStarted(const QString& executionId);
    void rerunFailed(const Cloacina::Error& error);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void showConnectDialog();
    void onConnectionState();
    //! "HTTP 502", "timeout", … and the message: why the server is considered unreachable.
    QString outageReason() const;
    void onNewFailures(const QStringList& ids);
    void updateTitle();
    void loadWorkflows();
    void onIdentity();
    void onTenants();
    void restoreSettings();
    void saveSettings();

    QPointer<CloacinaClient> m_client;
    ExecutionListModel* m_executions;
    RunSession* m_session;
    ServerSession* m_server;
    FailedRunsView* m_runs;
    RunView* m_runView;
    QSplitter* m_split;
    ConsoleContext* m_console;
    ConsoleNavigator* m_nav;
    SecretStore* m_secrets;
    Theme* m_theme;
    ElidingLabel* m_connLabel;
    ElidingLabel* m_versionLabel;
    QSystemTrayIcon* m_tray = nullptr;
    QAction* m_notifyAction = nullptr;
    QAction* m_rerunAction = nullptr;
    ConnectionSettings m_settings;
    ConfirmHook m_confirmHook;
    QString m_lastConfirmation;
    int m_lastState = -1;
    Error m_outageCause; //!< the last "no answer" error: what the status bar gives as the reason
};

} // namespace Cloacina::Monitor

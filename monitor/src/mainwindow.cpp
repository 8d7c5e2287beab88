#include "mainwindow.h"

#include "consolecontext.h"
#include "consolenavigator.h"
#include "consolescreens.h"
#include "elidinglabel.h"
#include "failedrunsview.h"
#include "logging_p.h"
#include "rerundialog.h"
#include "runsscreen.h"
#include "runview.h"
#include "secretstore.h"
#include "theme.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/types.h>
#include <cloacina/whenready.h>
#include <cloacinamodels/executionlistmodel.h>
#include <cloacinamodels/runmodels.h>
#include <cloacinamodels/serversession.h>

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>

namespace Cloacina::Monitor {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_executions(new ExecutionListModel(this))
    , m_session(new RunSession(this))
    , m_server(new ServerSession(this))
    , m_secrets(new SecretStore(this))
    , m_theme(new Theme(this))
{
    m_console = new ConsoleContext(this);
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cloacina-monitor.svg")));
    m_executions->setAutoRefreshInterval(10000);

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("mainSplitter"));
    m_runs = new FailedRunsView(m_executions, m_split);
    m_runView = new RunView(m_session, m_split);
    m_split->addWidget(m_runs);
    m_split->addWidget(m_runView);
    m_split->setStretchFactor(0, 5);
    m_split->setStretchFactor(1, 6);
    m_nav = new ConsoleNavigator(this);
    m_nav->setObjectName(QStringLiteral("consoleNavigator"));
    auto* runsScreen = new RunsScreen(m_console, m_runs, m_split);
    for (ConsoleScreen* screen : createConsoleScreens(m_console, runsScreen, m_nav))
        m_nav->addScreen(screen);
    setCentralWidget(m_nav);
    m_console->setConnection(nullptr, m_server);
    connect(m_console, &ConsoleContext::screenRequested, this, &MainWindow::showScreen);
    connect(m_console, &ConsoleContext::runRequested, this, [this](const QString& id, const QString& tenant) {
        showScreen(QStringLiteral("runs"));
        const int row = m_executions->rowOfId(id);
        if (row >= 0) {
            openRow(row);
            return;
        }
        m_runs->table()->clearSelection();
        m_session->open(id, tenant, QString());
    });

    // Both labels shrink (eliding) so that a long server message never widens the window.
    m_connLabel = new ElidingLabel(this);
    m_connLabel->setText(tr("Not connected"));
    m_connLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_versionLabel = new ElidingLabel(this);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    statusBar()->addPermanentWidget(m_versionLabel);
    statusBar()->addPermanentWidget(m_connLabel, 1);

    buildActions();

    connect(m_runs, &FailedRunsView::runActivated, this, &MainWindow::openRow);
    connect(m_runs, &FailedRunsView::executionIdRequested, this, [this](const QString& id) {
        // Not listed (older, other status): follow it anyway.
        m_runs->table()->clearSelection();
        m_session->open(id, m_client ? m_client->tenant() : QString(), QString());
        statusBar()->showMessage(tr("Opened execution %1 (not in the list)").arg(id), 5000);
    });
    connect(m_runs, &FailedRunsView::tenantChoiceChanged, this, [this](const QString& tenant, bool all) {
        if (all) {
            m_executions->setAllTenants(true);
        } else {
            m_executions->setAllTenants(false);
            m_executions->setTenants({ tenant });
        }
    });
    connect(m_runView, &RunView::copyIdRequested, this, &MainWindow::copyExecutionId);
    connect(m_runView, &RunView::rerunRequested, this, &MainWindow::rerun);
    connect(m_runView, &RunView::reconnectRequested, m_session, &RunSession::reconnect);
    connect(m_executions, &ExecutionListModel::newFailures, this, &MainWindow::onNewFailures);
    connect(m_server, &ServerSession::identityChanged, this, &MainWindow::onIdentity);
    connect(m_server, &ServerSession::tenantsChanged, this, &MainWindow::onTenants);
    connect(m_executions, &ExecutionListModel::refreshed, this, [this] {
        // Selecting a row acknowledges it; keep the status bar honest.
        const int row = m_runs->currentRow();
        if (row >= 0)
            m_executions->acknowledge(m_executions->record(row).id);
    });
    restoreSettings();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* connectAct = fileMenu->addAction(QIcon(QStringLiteral(":/icons/connect.svg")), tr("&Connect…"), this, &MainWindow::showConnectDialog);
    connectAct->setShortcut(QKeySequence(tr("Ctrl+O")));
    fileMenu->addSeparator();
    auto* quitAct = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAct->setShortcut(QKeySequence::Quit);

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* refreshAct = viewMenu->addAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh"), this, &MainWindow::refresh);
    refreshAct->setShortcut(QKeySequence::Refresh);
    refreshAct->setObjectName(QStringLiteral("refreshAction"));
    viewMenu->addSeparator();
    auto* nextAct = viewMenu->addAction(QIcon(QStringLiteral(":/icons/next.svg")), tr("&Next failure"), this, [this] { openNextFailure(1); });
    nextAct->setShortcuts({ QKeySequence(Qt::Key_J), QKeySequence(Qt::CTRL | Qt::Key_Down) });
    auto* prevAct = viewMenu->addAction(QIcon(QStringLiteral(":/icons/previous.svg")), tr("&Previous failure"), this, [this] { openNextFailure(-1); });
    prevAct->setShortcuts({ QKeySequence(Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_Up) });
    auto* openAct = viewMenu->addAction(tr("&Open selected run"), this, [this] { openRow(m_runs->currentRow()); });
    openAct->setShortcut(QKeySequence(Qt::Key_Return));
    openAct->setShortcutContext(Qt::WidgetShortcut); // Enter is handled by the table itself
    viewMenu->addSeparator();
    auto* ackAct = viewMenu->addAction(tr("&Acknowledge new failures"), m_executions, &ExecutionListModel::acknowledgeAll);
    ackAct->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    // Colour scheme: follow the system, or force light / dark (remembered).
    auto* themeMenu = viewMenu->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(this);
    const std::pair<QString, Theme::Mode> modes[] = { { tr("Follow the &system"), Theme::Mode::System },
        { tr("&Light"), Theme::Mode::Light }, { tr("&Dark"), Theme::Mode::Dark } };
    for (const auto& [text, mode] : modes) {
        QAction* a = themeMenu->addAction(text);
        a->setCheckable(true);
        a->setData(int(mode));
        a->setObjectName(QStringLiteral("theme%1").arg(int(mode)));
        themes->addAction(a);
        connect(a, &QAction::triggered, m_theme, [this, mode = mode] { m_theme->setMode(mode); });
        if (mode == Theme::storedMode())
            a->setChecked(true);
    }
    connect(m_theme, &Theme::modeChanged, themes, [themes](Theme::Mode mode) {
        for (QAction* a : themes->actions())
            a->setChecked(a->data().toInt() == int(mode));
    });
    if (Theme::storedMode() != Theme::Mode::System)
        m_theme->setMode(Theme::storedMode());
    m_notifyAction = viewMenu->addAction(tr("&Desktop notifications for new failures"));
    m_notifyAction->setCheckable(true);
    connect(m_notifyAction, &QAction::toggled, this, &MainWindow::setNotificationsEnabled);

    auto* runMenu = menuBar()->addMenu(tr("&Run"));
    auto* copyAct = runMenu->addAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("&Copy execution id"), this, &MainWindow::copyExecutionId);
    copyAct->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    auto* rerunAct = runMenu->addAction(QIcon(QStringLiteral(":/icons/rerun.svg")), tr("&Re-run workflow…"), this, &MainWindow::rerun);
    rerunAct->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_rerunAction = rerunAct;
    auto* reconnectAct = runMenu->addAction(tr("Follow &again"), m_session, &RunSession::reconnect);
    reconnectAct->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    auto* failuresAct = runMenu->addAction(tr("Show &failures only"));
    failuresAct->setCheckable(true);
    failuresAct->setShortcut(QKeySequence(tr("Ctrl+F")));
    connect(failuresAct, &QAction::toggled, m_runView->failuresOnlyBox(), &QAbstractButton::setChecked);
    connect(m_runView->failuresOnlyBox(), &QAbstractButton::toggled, failuresAct, &QAction::setChecked);

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About cloacina-monitor"), this, [this] {
        QMessageBox::about(this, tr("About cloacina-monitor"),
            tr("<b>cloacina-monitor</b> %1<br>Failed runs at a glance and the live events of the selected run.<br>"
               "SDK contract %2.")
                .arg(QApplication::applicationVersion(), CloacinaClient::contractVersion()));
    });

    auto* tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->setMovable(false);
    for (QAction* a : { connectAct, refreshAct, prevAct, nextAct, copyAct, rerunAct }) {
        a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text().remove(QLatin1Char('&')), a->shortcut().toString(QKeySequence::NativeText)));
        tb->addAction(a);
    }
    for (QAction* a : { connectAct, refreshAct, nextAct, prevAct, copyAct, rerunAct, reconnectAct, failuresAct, ackAct })
        addAction(a);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first start fits the screen it opens on (1280×800 included).
        QSize size(1500, 900);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize());
        resize(size);
    }
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    if (!m_split->restoreState(s.value(QStringLiteral("window/mainSplitter")).toByteArray()))
        m_split->setSizes({ 640, 860 });
    m_runView->splitter()->restoreState(s.value(QStringLiteral("window/runSplitter")).toByteArray());
    m_runs->intervalSpin()->setValue(s.value(QStringLiteral("refreshSeconds"), 10).toInt());
    m_notifyAction->setChecked(s.value(QStringLiteral("notify"), false).toBool());
}

void MainWindow::saveSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/mainSplitter"), m_split->saveState());
    s.setValue(QStringLiteral("window/runSplitter"), m_runView->splitter()->saveState());
    s.setValue(QStringLiteral("refreshSeconds"), m_runs->intervalSpin()->value());
    s.setValue(QStringLiteral("notify"), m_notifyAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

void MainWindow::updateTitle()
{
    if (!m_client) {
        setWindowTitle(tr("cloacina-monitor"));
        return;
    }
    setWindowTitle(tr("cloacina-monitor — %1 (%2)").arg(m_client->baseUrl().toDisplayString(), m_executions->allTenants() ? tr("all tenants") : m_client->tenant()));
}

void MainWindow::showConnectDialog()
{
    ConnectDialog dialog(m_secrets, this);
    if (m_client)
        dialog.setSettings(m_settings);
    else if (!ConnectDialog::recent().isEmpty())
        dialog.setSettings(ConnectDialog::recent().first());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionSettings settings = dialog.settings();
    if (dialog.useLogin()) {
        loginAndConnect(settings, dialog.username(), dialog.password());
        return;
    }
    if (dialog.rememberKey() && !dialog.apiKey().isEmpty()) {
        m_secrets->write(SecretStore::keyFor(settings.url.toString(), settings.tenant), dialog.apiKey(),
            [this](bool ok, const QString& error) {
                if (!ok)
                    statusBar()->showMessage(tr("The key was not stored: no system keychain (%1)").arg(error), 10000);
            });
    }
    connectTo(settings, dialog.apiKey());
}

void MainWindow::loginAndConnect(const ConnectionSettings& settings, const QString& user, const QString& password)
{
    auto* probe = new CloacinaClient(settings.url, this);
    LocalLoginRequest request;
    request.username = user;
    request.password = password;
    request.tenant = Nullable<QString>(settings.tenant);
    statusBar()->showMessage(tr("Logging in as %1…").arg(user));
    whenReady(probe->localLogin(request), this, [this, probe, settings](const Result<LocalLoginResponse>& r) {
        probe->deleteLater();
        if (!r) {
            QMessageBox::warning(this, tr("Login failed"), RunView::describe(r.error()));
            return;
        }
        connectTo(settings, r.value().key);
    });
}

void MainWindow::connectTo(const ConnectionSettings& settings, const QString& apiKey)
{
    m_settings = settings;
    // Nothing of the previous server stays on screen: not its run, version or errors.
    m_session->close();
    m_runs->table()->clearSelection();
    m_versionLabel->clear();
    m_versionLabel->setToolTipText({});
    m_versionLabel->setStyleSheet({});
    m_connLabel->setToolTipText({});
    m_outageCause = Error();
    statusBar()->clearMessage();
    m_runView->setRerunAllowed(true); // until whoami says otherwise
    m_rerunAction->setEnabled(true);
    if (m_client) {
        m_server->setClient(nullptr);
        m_session->setClient(nullptr);
        m_executions->setClient(nullptr);
        m_client->disconnect(this);
        m_client->deleteLater();
    }
    auto* client = new CloacinaClient(settings.url, this);
    client->setTenant(settings.tenant);
    if (!apiKey.isEmpty())
        client->setApiKey(apiKey);
    m_client = client;
    m_lastState = -1;
    ConnectDialog::remember(settings);
    connect(client, &CloacinaClient::connectionStateChanged, this, &MainWindow::onConnectionState);
    connect(client, &CloacinaClient::lastErrorChanged, this, [this](const Error& error) {
        // Only errors that mean "no answer" explain an outage (a 404 of some lookup does not).
        if (!error.isTransient() || error.kind == Error::Kind::Canceled)
            return;
        m_outageCause = error;
        if (m_client && m_client->connectionState() == CloacinaClient::ConnectionState::Unreachable)
            onConnectionState();
    });
    connect(client, &CloacinaClient::versionMismatch, this, [this](const QString& server, const QString& contract) {
        m_versionLabel->setText(tr("⚠ server %1 ≠ SDK %2").arg(server, contract));
        m_versionLabel->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
        m_versionLabel->setToolTipText(tr("Server and client are released in lockstep; version %1 of the server may not "
                                          "match this monitor's contract (%2).")
                                           .arg(server, contract));
        statusBar()->showMessage(tr("Warning: server version %1 does not match this monitor (%2)").arg(server, contract), 15000);
    });
    connect(client, &CloacinaClient::serverVersionChanged, this, [this] {
        if (m_versionLabel->text().startsWith(QStringLiteral("⚠")))
            return;
        m_versionLabel->setText(tr("server %1").arg(m_client->serverVersion()));
        m_versionLabel->setStyleSheet({});
    });
    m_server->setClient(client);
    m_session->setClient(client);
    m_executions->setAllTenants(false);
    m_executions->setTenants({});
    m_executions->setClient(client);
    m_console->setConnection(client, m_server);
    m_connLabel->setText(tr("Connecting to %1…").arg(settings.url.toDisplayString()));
    qCInfo(lcMonitor).noquote() << "connecting to" << settings.url.toDisplayString() << "tenant" << settings.tenant;
    updateTitle();
    loadWorkflows();
    // Version (the label above), then who the key is (Re-run, tenant choice).
    m_server->connectToServer();
}

void MainWindow::onIdentity()
{
    if (!m_server->hasIdentity())
        return; // connectTo() has reset what depends on it
    const QString role = m_server->role();
    m_connLabel->setToolTipText(tr("Key %1, role %2%3").arg(m_server->keyName(), role, m_server->isAdmin() ? tr(", admin") : QString()));
    // A read-only key may not start workflows (the server answers 403): say so up front.
    const bool mayRun = m_server->mayStartWorkflows();
    m_runView->setRerunAllowed(mayRun, tr("This key's role (%1) may not start workflows").arg(role));
    m_rerunAction->setEnabled(mayRun);
}

void MainWindow::onTenants()
{
    // Admin keys only; empty hides the choice.
    const QStringList tenants = m_server->tenants();
    m_runs->setTenantChoices(tenants, tenants.isEmpty() || !m_client ? QString() : m_client->tenant());
}

void MainWindow::loadWorkflows()
{
    if (!m_client)
        return;
    QPointer<CloacinaClient> client = m_client;
    whenReady(m_client->listWorkflows(), this, [this, client](const Result<WorkflowSummaryList>& r) {
        if (client != m_client || !r)
            return;
        QStringList names;
        for (const WorkflowSummary& w : r.value().items)
            names << w.workflowName;
        names.removeDuplicates();
        names.sort();
        m_runs->setWorkflows(names);
    });
}

void MainWindow::onConnectionState()
{
    if (!m_client)
        return;
    const auto state = m_client->connectionState();
    const int previous = m_lastState;
    m_lastState = int(state);
    switch (state) {
    case CloacinaClient::ConnectionState::Connected:
        m_connLabel->setText(tr("● Connected to %1").arg(m_client->baseUrl().authority()));
        m_connLabel->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        if (previous == int(CloacinaClient::ConnectionState::Unreachable)) {
            statusBar()->showMessage(tr("Connection restored"), 5000);
            // Pick up where we were: the list merges by id, the run follows again.
            m_executions->refresh();
            if (!m_session->executionId().isEmpty() && (m_session->source() == RunSession::Source::Ended)
                && !EventTypes::isTerminalStatus(m_session->status()))
                m_session->reconnect();
        }
        break;
    case CloacinaClient::ConnectionState::Unreachable:
        m_connLabel->setText(tr("● Connection lost: %1 — retrying; the rows shown are kept").arg(outageReason()));
        m_connLabel->setStyleSheet(QStringLiteral("color: #ef6c00; font-weight: bold;"));
        break;
    case CloacinaClient::ConnectionState::Unauthorized:
        m_connLabel->setText(tr("● Unauthorized: the API key was refused (401)"));
        m_connLabel->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
        break;
    case CloacinaClient::ConnectionState::Unknown:
        m_connLabel->setText(tr("Connecting…"));
        m_connLabel->setStyleSheet({});
        break;
    }
}

QString MainWindow::outageReason() const
{
    const Error& e = m_outageCause;
    QString kind;
    switch (e.kind) {
    case Error::Kind::Timeout:
        kind = tr("no answer in time");
        break;
    case Error::Kind::Http:
    case Error::Kind::Api:
        kind = tr("HTTP %1").arg(e.httpStatus);
        break;
    default:
        kind = tr("no answer");
        break;
    }
    const QString message = e.message.trimmed();
    return message.isEmpty() || message == kind ? kind : tr("%1 (%2)").arg(kind, message);
}

bool MainWindow::showScreen(const QString& screenId, const QVariantMap& filter)
{
    return m_nav->showScreen(screenId, filter);
}

void MainWindow::openRow(int row)
{
    showScreen(QStringLiteral("runs"));
    if (row < 0 || row >= m_executions->rowCount())
        return;
    const ExecutionRecord& r = m_executions->record(row);
    if (m_runs->currentRow() != row)
        m_runs->selectRow(row);
    m_executions->acknowledge(r.id);
    if (r.id == m_session->executionId())
        return;
    m_session->open(r.id, r.tenant, r.workflow);
}

bool MainWindow::openNextFailure(int direction)
{
    const int from = m_runs->currentRow() < 0 ? (direction > 0 ? -1 : m_executions->rowCount()) : m_runs->currentRow();
    const int row = m_executions->nextFailure(from, direction);
    if (row < 0) {
        if (direction > 0 && m_executions->canFetchMore({}))
            m_executions->fetchMore({});
        statusBar()->showMessage(direction > 0 ? tr("No further failed run") : tr("No earlier failed run"), 3000);
        return false;
    }
    openRow(row);
    return true;
}

void MainWindow::refresh()
{
    m_executions->refresh();
    statusBar()->showMessage(tr("Refreshing…"), 2000);
}

void MainWindow::copyExecutionId()
{
    QString id = m_session->executionId();
    if (id.isEmpty() && m_runs->currentRow() >= 0)
        id = m_executions->record(m_runs->currentRow()).id;
    if (id.isEmpty())
        return;
    QApplication::clipboard()->setText(id);
    statusBar()->showMessage(tr("Copied execution id %1").arg(id), 4000);
}

void MainWindow::rerun()
{
    if (!m_client || m_session->executionId().isEmpty() || m_session->workflowName().isEmpty())
        return;
    const QString workflow = m_session->workflowName();
    const QString tenant = m_session->tenant();
    QJsonValue context(QJsonValue::Undefined);
    m_lastConfirmation = tr("Start a new execution of %1? The original run's context is not replayed.").arg(workflow);
    if (m_confirmHook) {
        if (!m_confirmHook(m_lastConfirmation, &context))
            return;
    } else {
        RerunDialog dialog(workflow, m_session->executionId(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        context = dialog.context();
    }
    ExecuteRequest request;
    if (!context.isUndefined())
        request.context = context;
    m_runView->clearActionError();
    statusBar()->showMessage(tr("Starting %1…").arg(workflow));
    QPointer<CloacinaClient> client = m_client;
    whenReady(m_client->executeWorkflow(workflow, request, tenant), this, [this, workflow, tenant, client](const Result<ExecuteResponse>& r) {
        if (client != m_client)
            return;
        if (!r) {
            const Error& e = r.error();
            QString what = tr("Re-run of %1 refused").arg(workflow);
            if (e.httpStatus == 403)
                what = tr("Re-run refused: this key's role may not start workflows");
            else if (e.code == QLatin1String("workflow_paused"))
                what = tr("Re-run refused: the workflow is paused");
            m_runView->showActionError(what, e);
            statusBar()->showMessage(what, 8000);
            emit rerunFailed(e);
            return;
        }
        const QString id = r.value().executionId;
        statusBar()->showMessage(tr("Started a new run of %1: %2 — following it").arg(workflow, id), 8000);
        // Follow the new run at once; the list shows it with its next refresh.
        m_runs->table()->clearSelection();
        m_session->open(id, tenant, workflow);
        emit rerunStarted(id);
        m_executions->refresh();
    });
}

void MainWindow::setNotificationsEnabled(bool on)
{
    if (on && !m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("cloacina-monitor"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            activateWindow();
            openNextFailure(1);
        });
    }
    if (m_tray)
        m_tray->setVisible(on);
    if (on && !QSystemTrayIcon::isSystemTrayAvailable())
        statusBar()->showMessage(tr("No system tray here: new failures are only highlighted in the list"), 6000);
}

void MainWindow::onNewFailures(const QStringList& ids)
{
    QStringList names;
    for (const QString& id : ids) {
        const int row = m_executions->rowOfId(id);
        if (row >= 0)
            names << m_executions->record(row).workflow;
    }
    names.removeDuplicates();
    const QString text = tr("%n new failed run(s): %1", nullptr, int(ids.size())).arg(names.join(QStringLiteral(", ")));
    statusBar()->showMessage(text, 10000);
    qCInfo(lcMonitor).noquote() << text;
    if (m_tray && m_tray->isVisible() && m_notifyAction->isChecked())
        m_tray->showMessage(tr("New failures"), text, QSystemTrayIcon::Warning, 8000);
}

} // namespace Cloacina::Monitor

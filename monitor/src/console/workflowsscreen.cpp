#include "workflowsscreen.h"

#include "actionfeedback.h"
#include "actiongate.h"
#include "colors.h"
#include "consolecontext.h"
#include "listpane.h"
#include "recentrunsstrip.h"
#include "workflowdetailpane.h"

#include <cloacinamodels/console/workflowinspector.h>
#include <cloacinamodels/console/workflowlistmodel.h>
#include <cloacinamodels/serversession.h>

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

namespace {
    //! Larger files are refused before reading: no package comes near it.
    constexpr qint64 maxPackageBytes = 512LL * 1024 * 1024;
} // namespace

WorkflowsScreen::WorkflowsScreen(ConsoleContext* context, QWidget* parent)
    : ConsoleScreen(context, parent)
    , m_model(new WorkflowListModel(this))
    , m_inspector(new WorkflowInspector(this))
{
    setObjectName(QStringLiteral("workflowsScreen"));
    m_model->setAutoRefreshInterval(10000);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pane = new ListPane(tr("Workflows"), m_model, nullptr, this);
    layout->addWidget(m_pane, 1);

    QTableView* table = m_pane->table();
    m_runsDelegate = new RecentRunsDelegate(table);
    table->setItemDelegateForColumn(WorkflowListModel::RunsColumn, m_runsDelegate);
    table->setMouseTracking(true);
    QHeaderView* header = table->horizontalHeader();
    // Narrow text columns leave the strip of ~20 runs room at 1280×800.
    header->resizeSection(WorkflowListModel::NameColumn, 130);
    header->resizeSection(WorkflowListModel::PackageColumn, 105);
    header->resizeSection(WorkflowListModel::VersionColumn, 55);
    header->resizeSection(WorkflowListModel::BuildColumn, 62);
    header->resizeSection(WorkflowListModel::PausedColumn, 55);
    header->resizeSection(WorkflowListModel::TasksColumn, 42);

    const auto makeButton = [this](const QString& objectName, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(objectName);
        m_pane->actions()->addWidget(b);
        return b;
    };
    m_upload = makeButton(QStringLiteral("uploadButton"), tr("Upload…"));
    m_pause = makeButton(QStringLiteral("pauseButton"), tr("Pause"));
    m_resume = makeButton(QStringLiteral("resumeButton"), tr("Resume"));
    m_delete = makeButton(QStringLiteral("deleteButton"), tr("Delete…"));

    m_detail = new WorkflowDetailPane(m_inspector, this);
    m_pane->setDetail(m_detail);
    m_pane->splitter()->setSizes({ 700, 430 });

    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(6, 0, 6, 4);
    m_status = createActionStatus(QStringLiteral("actionStatus"), this);
    statusRow->addWidget(m_status, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_progress->setRange(0, 0); // busy until the first byte count (CloacinaClient::uploadProgress)
    m_progress->setFormat(QStringLiteral("%p %"));
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    statusRow->addWidget(m_progress);
    layout->addLayout(statusRow);

    connect(m_pane, &ListPane::currentRowChanged, this, &WorkflowsScreen::onCurrentRowChanged);
    connect(m_runsDelegate, &RecentRunsDelegate::runClicked, this,
        [this](const QString& id) { this->context()->openRun(id, this->context()->tenant()); });
    connect(m_detail->strip(), &RecentRunsStrip::runClicked, this,
        [this](const QString& id) { this->context()->openRun(id, this->context()->tenant()); });
    connect(m_model, &WorkflowListModel::refreshed, this, &WorkflowsScreen::syncSelectedRow);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WorkflowsScreen::syncSelectedRow);
    connect(m_model, &WorkflowListModel::buildSettled, this, &WorkflowsScreen::onBuildSettled);
    connect(m_inspector, &WorkflowInspector::actionFinished, this, &WorkflowsScreen::onActionFinished);
    connect(m_inspector, &WorkflowInspector::detailChanged, this, &WorkflowsScreen::updateActions);
    connect(m_inspector, &WorkflowInspector::busyChanged, this, &WorkflowsScreen::updateActions);
    connect(m_inspector, &WorkflowInspector::uploaded, this, [this](const QString& packageId) {
        m_awaitedUpload = packageId;
        m_model->trackUpload(packageId);
        showActionStatus(m_status, tr("Uploaded; the package waits for the compiler (pending → building → built or failed)."));
    });
    connect(m_upload, &QPushButton::clicked, this, &WorkflowsScreen::chooseAndUpload);
    connect(m_pause, &QPushButton::clicked, this, [this] { confirmPause(true); });
    connect(m_resume, &QPushButton::clicked, this, [this] { confirmPause(false); });
    connect(m_delete, &QPushButton::clicked, this, &WorkflowsScreen::confirmDelete);
    connect(context, &ConsoleContext::connectionChanged, this, &WorkflowsScreen::rebind);
    rebind();
}

QIcon WorkflowsScreen::icon() const
{
    return QIcon(QStringLiteral(":/icons/screen-workflows.svg"));
}

void WorkflowsScreen::rebind()
{
    // The server session may be new: follow its identity for the role gating.
    if (ServerSession* server = context()->server())
        connect(server, &ServerSession::identityChanged, this, &WorkflowsScreen::updateActions, Qt::UniqueConnection);
    m_model->setClientObject(context()->client());
    m_inspector->setBackend(context()->client() ? workflowBackend(context()->client()) : WorkflowBackend());
    m_selectedPackage.clear();
    m_awaitedUpload.clear();
    showActionStatus(m_status, QString());
    updateActions();
}

void WorkflowsScreen::activated()
{
    if (m_model->client() && !m_model->isLoading())
        m_model->refresh();
}

void WorkflowsScreen::refresh()
{
    m_model->refresh();
    m_inspector->reload();
}

void WorkflowsScreen::applyFilter(const QVariantMap& filter)
{
    const QString workflow = filter.value(QStringLiteral("workflow")).toString();
    if (workflow.isEmpty())
        return;
    const int row = m_model->rowOfWorkflow(workflow);
    if (row >= 0)
        m_pane->selectSourceRow(row);
    else
        m_pendingWorkflowFilter = workflow; // selected once the list has it
}

void WorkflowsScreen::onCurrentRowChanged(int row)
{
    const WorkflowRow r = m_model->row(row);
    m_selectedPackage = r.packageId;
    m_inspector->inspect(r.packageId);
    m_detail->setRecentRuns(r.recentRuns);
    updateActions();
}

void WorkflowsScreen::syncSelectedRow()
{
    if (!m_pendingWorkflowFilter.isEmpty()) {
        const int row = m_model->rowOfWorkflow(m_pendingWorkflowFilter);
        if (row >= 0) {
            m_pendingWorkflowFilter.clear();
            m_pane->selectSourceRow(row);
        }
    }
    if (!m_awaitedUpload.isEmpty()) {
        const int row = m_model->rowOfPackage(m_awaitedUpload);
        if (row >= 0) {
            m_awaitedUpload.clear();
            m_pane->selectSourceRow(row); // show the upload's build as it happens
        }
    }
    if (m_selectedPackage.isEmpty() && m_pendingWorkflowFilter.isEmpty() && m_model->rowCount() > 0)
        m_pane->selectSourceRow(0); // the detail is never blank while there is something to show
    const int row = m_model->rowOfPackage(m_selectedPackage);
    if (row < 0)
        return;
    const WorkflowRow r = m_model->row(row);
    m_detail->setRecentRuns(r.recentRuns);
    // The list learned a new build state or pause flag: the detail follows.
    if (m_inspector->hasDetail() && !m_inspector->isBusy()
        && (r.buildStatus != m_inspector->buildStatus() || r.paused != m_inspector->isPaused()) && !r.buildStatus.isEmpty())
        m_inspector->reload();
    updateActions();
}

void WorkflowsScreen::updateActions()
{
    const bool shown = m_inspector->hasDetail();
    const bool built = shown && m_inspector->buildStatus() == QLatin1String("success");
    const QString notBuilt = !shown ? tr("Select a workflow first.") : tr("Only a built package can be paused, resumed or deleted.");
    const bool ready = context()->client() && !m_inspector->isBusy();
    gateAction(m_upload, ready, true, context()->deniedReason(QStringLiteral("upload_workflow")),
        tr("Upload a .cloacina package; its build is followed here"));
    gateAction(m_pause, ready, built && !m_inspector->isPaused(), context()->deniedReason(QStringLiteral("pause_workflow")),
        tr("Stop starting new runs of this workflow"), built ? tr("The workflow is already paused.") : notBuilt);
    gateAction(m_resume, ready, built && m_inspector->isPaused(), context()->deniedReason(QStringLiteral("resume_workflow")),
        tr("Start runs of this workflow again"), built ? tr("The workflow is not paused.") : notBuilt);
    gateAction(m_delete, ready, built, context()->deniedReason(QStringLiteral("delete_workflow")),
        tr("Delete this version of the package"), notBuilt);
}

void WorkflowsScreen::chooseAndUpload()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Upload a workflow package"), QString(),
        tr("Cloacina packages (*.cloacina);;All files (*)"));
    if (!path.isEmpty())
        uploadFile(path);
}

bool WorkflowsScreen::uploadFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (file.size() > maxPackageBytes) {
        showActionStatus(m_status, tr("%1 is too large to be a package (%2).").arg(name, QLocale().formattedDataSize(file.size())), true);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showActionStatus(m_status, tr("Could not read %1: %2").arg(name, file.errorString()), true);
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty()) {
        showActionStatus(m_status, tr("%1 is empty.").arg(name), true);
        return false;
    }
    showActionStatus(m_status, tr("Uploading %1 (%2)…").arg(name, QLocale().formattedDataSize(bytes.size())));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    disconnect(m_progressConnection);
    if (CloacinaClient* client = context()->client()) {
        // Bytes sent, then busy again while the server stores the package.
        m_progressConnection = connect(client, &CloacinaClient::uploadProgress, m_progress,
            [bar = m_progress](const QString& operationId, qint64 sent, qint64 total) {
                if (operationId != QLatin1String("upload_workflow"))
                    return;
                if (sent >= total) {
                    bar->setRange(0, 0);
                    return;
                }
                bar->setRange(0, 1000);
                bar->setValue(int(sent * 1000 / total));
            });
    }
    m_inspector->upload(bytes, name);
    return true;
}

void WorkflowsScreen::confirmPause(bool pause)
{
    const QString name = m_inspector->workflowName();
    const bool ok = pause
        ? context()->confirm(this, tr("Pause workflow"),
            tr("Pause %1? No new run of it starts (schedules and triggers included) until it is resumed.").arg(name),
            tr("Pause"))
        : context()->confirm(this, tr("Resume workflow"),
            tr("Resume %1? Its schedules and triggers start runs again.").arg(name), tr("Resume"));
    if (ok)
        m_inspector->setPaused(pause);
}

void WorkflowsScreen::confirmDelete()
{
    const WorkflowDetail& d = m_inspector->detail();
    if (context()->confirm(this, tr("Delete package version"),
            tr("Delete version %1 of package %2 (workflow %3)? It can no longer run; its past runs stay listed.")
                .arg(d.version, d.packageName, d.workflowName),
            tr("Delete")))
        m_inspector->deleteVersion();
}

void WorkflowsScreen::onActionFinished(const QString& operationId, const Error& error)
{
    if (operationId == QLatin1String("upload_workflow"))
        m_progress->setVisible(false);
    if (error.isError()) {
        showActionStatus(m_status, actionFailureText(operationId, error), true);
        updateActions();
        return;
    }
    if (operationId == QLatin1String("pause_workflow"))
        showActionStatus(m_status, tr("Paused."));
    else if (operationId == QLatin1String("resume_workflow"))
        showActionStatus(m_status, tr("Resumed."));
    else if (operationId == QLatin1String("delete_workflow"))
        showActionStatus(m_status, tr("Deleted."));
    if (operationId != QLatin1String("upload_workflow"))
        m_model->refresh();
    updateActions();
}

void WorkflowsScreen::onBuildSettled(const QString& packageId, const QString& status, const QString& error)
{
    const WorkflowRow r = m_model->row(m_model->rowOfPackage(packageId));
    const QString what = r.packageName.isEmpty() ? packageId : QStringLiteral("%1 %2").arg(r.packageName, r.version);
    if (status == QLatin1String("success"))
        showActionStatus(m_status, tr("%1 is built and ready to run.").arg(what));
    else
        showActionStatus(m_status, tr("The build of %1 failed: %2").arg(what, error.section(QLatin1Char('\n'), 0, 0)), true);
    if (packageId == m_selectedPackage)
        m_inspector->reload();
}

} // namespace Cloacina::Monitor

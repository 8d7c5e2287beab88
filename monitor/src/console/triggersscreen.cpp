#include "triggersscreen.h"

#include "actionfeedback.h"
#include "actiongate.h"
#include "colors.h"
#include "columnfit.h"
#include "consolecontext.h"
#include "createinstancedialog.h"
#include "firetriggerdialog.h"
#include "listpane.h"
#include "triggerdetailpane.h"

#include <cloacinamodels/console/triggerinspector.h>
#include <cloacinamodels/console/triggerlistmodel.h>
#include <cloacinamodels/format.h>
#include <cloacinamodels/serversession.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

TriggersScreen::TriggersScreen(ConsoleContext* context, QWidget* parent)
    : ConsoleScreen(context, parent)
    , m_model(new TriggerListModel(this))
    , m_inspector(new TriggerInspector(this))
{
    setObjectName(QStringLiteral("triggersScreen"));
    m_model->setAutoRefreshInterval(10000);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pane = new ListPane(tr("Triggers and schedules"), m_model, nullptr, this);
    layout->addWidget(m_pane, 1);
    // Every column fits beside the detail at 1280×800: a whole date and time in Next fire,
    // "disabled" in State (the columns follow the model's order).
    const QFontMetrics metrics = m_pane->table()->fontMetrics();
    const int padding = 16;
    fitColumns(m_pane->table(),
        { 110, 52, 95, 85, metrics.horizontalAdvance(Format::dateTime(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59)))) + padding, 72,
            metrics.horizontalAdvance(TriggerListModel::tr("disabled")) + padding });

    const auto makeButton = [this](const QString& objectName, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(objectName);
        m_pane->actions()->addWidget(b);
        return b;
    };
    m_pause = makeButton(QStringLiteral("pauseTriggerButton"), tr("Pause"));
    m_resume = makeButton(QStringLiteral("resumeTriggerButton"), tr("Resume"));
    m_fire = makeButton(QStringLiteral("fireTriggerButton"), tr("Fire…"));

    m_detail = new TriggerDetailPane(m_inspector, this);
    m_pane->setDetail(m_detail);
    m_pane->splitter()->setSizes({ fittingWidth(m_pane->table()), 450 });

    m_status = createActionStatus(QStringLiteral("triggerActionStatus"), this);
    m_status->setContentsMargins(6, 0, 6, 4);
    layout->addWidget(m_status);

    connect(m_pane, &ListPane::currentRowChanged, this, &TriggersScreen::onCurrentRowChanged);
    connect(m_model, &TriggerListModel::refreshed, this, [this] {
        if (!m_pendingName.isEmpty() && m_model->rowOfName(m_pendingName) >= 0) {
            m_pane->selectSourceRow(m_model->rowOfName(m_pendingName));
            m_pendingName.clear();
        } else if (m_selectedId.isEmpty() && m_model->rowCount() > 0) {
            m_pane->selectSourceRow(0);
        }
        m_detail->setRow(m_model->row(m_model->rowOfId(m_selectedId)));
        m_inspector->reload(); // new fires and instances, on the list's rhythm
    });
    connect(m_detail, &TriggerDetailPane::runActivated, this,
        [this](const QString& id) { this->context()->openRun(id, this->context()->tenant()); });
    connect(m_inspector, &TriggerInspector::actionFinished, this, &TriggersScreen::onActionFinished);
    connect(m_inspector, &TriggerInspector::detailChanged, this, &TriggersScreen::updateActions);
    connect(m_inspector, &TriggerInspector::interfaceChanged, this, &TriggersScreen::updateActions);
    connect(m_inspector, &TriggerInspector::busyChanged, this, &TriggersScreen::updateActions);
    connect(m_inspector, &TriggerInspector::fired, this, [this](const QStringList& ids) {
        showActionStatus(m_status, ids.isEmpty() ? tr("Fired; no run was started.") : tr("Fired; started %n run(s): %1", nullptr, int(ids.size())).arg(ids.join(QStringLiteral(", "))));
    });
    connect(m_pause, &QPushButton::clicked, this, [this] { confirmPause(true); });
    connect(m_resume, &QPushButton::clicked, this, [this] { confirmPause(false); });
    connect(m_fire, &QPushButton::clicked, this, &TriggersScreen::openFireDialog);
    connect(m_detail->newInstanceButton(), &QPushButton::clicked, this, &TriggersScreen::openInstanceDialog);
    connect(m_detail->deleteInstanceButton(), &QPushButton::clicked, this, &TriggersScreen::confirmDeleteInstance);
    connect(m_detail->instancesTable(), &QTableWidget::itemSelectionChanged, this, &TriggersScreen::updateActions);
    connect(context, &ConsoleContext::connectionChanged, this, &TriggersScreen::rebind);
    rebind();
}

QIcon TriggersScreen::icon() const
{
    return QIcon(QStringLiteral(":/icons/screen-triggers.svg"));
}

FireTriggerDialog* TriggersScreen::fireDialog() const
{
    return m_fireDialog;
}

CreateInstanceDialog* TriggersScreen::instanceDialog() const
{
    return m_instanceDialog;
}

void TriggersScreen::rebind()
{
    if (ServerSession* server = context()->server())
        connect(server, &ServerSession::identityChanged, this, &TriggersScreen::updateActions, Qt::UniqueConnection);
    m_model->setClientObject(context()->client());
    m_inspector->setBackend(context()->client() ? triggerBackend(context()->client()) : TriggerBackend());
    m_selectedId.clear();
    showActionStatus(m_status, QString());
    updateActions();
}

void TriggersScreen::activated()
{
    if (m_model->client() && !m_model->isLoading())
        m_model->refresh();
}

void TriggersScreen::refresh()
{
    m_model->refresh();
    m_inspector->reload();
}

void TriggersScreen::applyFilter(const QVariantMap& filter)
{
    const QString name = filter.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return;
    const int row = m_model->rowOfName(name);
    if (row >= 0)
        m_pane->selectSourceRow(row);
    else
        m_pendingName = name;
}

void TriggersScreen::onCurrentRowChanged(int row)
{
    const TriggerRow r = m_model->row(row);
    m_selectedId = r.id;
    m_inspector->inspect(r.routeName(), r.workflowName);
    m_detail->setRow(r);
    updateActions();
}

void TriggersScreen::updateActions()
{
    const bool shown = m_inspector->hasDetail();
    const QString none = tr("Select a schedule first.");
    const TriggerRow row = m_model->row(m_model->rowOfId(m_selectedId));
    const bool ready = context()->client() && !m_inspector->isBusy();
    gateAction(m_pause, ready, shown && !m_inspector->isPaused(), context()->deniedReason(QStringLiteral("pause_trigger")),
        tr("Stop this schedule from firing"), shown ? tr("Already paused.") : none);
    gateAction(m_resume, ready, shown && m_inspector->isPaused(), context()->deniedReason(QStringLiteral("resume_trigger")),
        tr("Let this schedule fire again"), shown ? tr("Not paused.") : none);
    // Only triggers have subscribers to fire; a cron schedule fires on its clock.
    gateAction(m_fire, ready, shown && row.kind == QLatin1String("trigger") && m_inspector->hasInterface(),
        context()->deniedReason(QStringLiteral("fire_trigger")), tr("Fire this trigger now, with an event typed after its interface"),
        shown ? tr("Only a trigger can be fired; a cron schedule fires on its clock.") : none);
    gateAction(m_detail->newInstanceButton(), ready, !m_inspector->workflowName().isEmpty(),
        context()->deniedReason(QStringLiteral("create_instance")), tr("Create a named, optionally scheduled instance of this workflow"), none);
    gateAction(m_detail->deleteInstanceButton(), ready, !m_detail->selectedInstance().isEmpty(),
        context()->deniedReason(QStringLiteral("delete_instance")), tr("Delete the selected instance"), tr("Select an instance first."));
}

void TriggersScreen::confirmPause(bool pause)
{
    const QString name = m_inspector->name();
    const bool ok = pause
        ? context()->confirm(this, tr("Pause schedule"),
            tr("Pause %1? It does not fire until it is resumed.").arg(name), tr("Pause"))
        : context()->confirm(this, tr("Resume schedule"), tr("Resume %1? It fires again.").arg(name), tr("Resume"));
    if (ok)
        m_inspector->setPaused(pause);
}

void TriggersScreen::openFireDialog()
{
    if (m_fireDialog)
        m_fireDialog->close();
    auto* dialog = new FireTriggerDialog(m_inspector->name(), m_inspector->interfaceSlots(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_fireDialog = dialog;
    connect(dialog, &FireTriggerDialog::fireRequested, m_inspector, &TriggerInspector::fire);
    dialog->open();
}

void TriggersScreen::openInstanceDialog()
{
    if (m_instanceDialog)
        m_instanceDialog->close();
    auto* dialog = new CreateInstanceDialog(m_inspector->workflowName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_instanceDialog = dialog;
    connect(dialog, &CreateInstanceDialog::createRequested, m_inspector, &TriggerInspector::createInstance);
    dialog->open();
}

void TriggersScreen::confirmDeleteInstance()
{
    const QString instance = m_detail->selectedInstance();
    if (instance.isEmpty())
        return;
    if (context()->confirm(this, tr("Delete instance"),
            tr("Delete instance %1 of %2? Its schedule stops; past runs stay listed.").arg(instance, m_inspector->workflowName()),
            tr("Delete")))
        m_inspector->deleteInstance(instance);
}

void TriggersScreen::onActionFinished(const QString& operationId, const Error& error)
{
    const bool fire = operationId == QLatin1String("fire_trigger");
    const bool create = operationId == QLatin1String("create_instance");
    if (error.isError()) {
        // The dialog that asked shows the typed error and stays open.
        if (fire && m_fireDialog)
            m_fireDialog->showError(error);
        else if (create && m_instanceDialog)
            m_instanceDialog->showError(error);
        showActionStatus(m_status, actionFailureText(operationId, error), true);
        updateActions();
        return;
    }
    if (fire && m_fireDialog)
        m_fireDialog->accept();
    if (create && m_instanceDialog)
        m_instanceDialog->accept();
    if (operationId == QLatin1String("pause_trigger"))
        showActionStatus(m_status, tr("Paused."));
    else if (operationId == QLatin1String("resume_trigger"))
        showActionStatus(m_status, tr("Resumed."));
    else if (create)
        showActionStatus(m_status, tr("Instance created."));
    else if (operationId == QLatin1String("delete_instance"))
        showActionStatus(m_status, tr("Instance deleted."));
    m_model->refresh();
    updateActions();
}

} // namespace Cloacina::Monitor

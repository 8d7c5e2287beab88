#include "admintenantstab.h"

#include "actionformdialog.h"
#include "actiongate.h"
#include "columnfit.h"
#include "consolecontext.h"
#include "listpane.h"

#include <cloacinamodels/console/tenantlistmodel.h>

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace Cloacina::Monitor {

AdminTenantsTab::AdminTenantsTab(ConsoleContext* context, QWidget* parent)
    : AdminTab(context, parent)
    , m_model(new TenantListModel(this))
{
    m_model->setAutoRefreshInterval(30000);
    setPane(new ListPane(tr("Tenants"), m_model, nullptr, this));
    fitColumns(pane()->table(), { 300 });
    m_create = addAction(tr("Create tenant…"), QStringLiteral("createTenant"));
    m_remove = addAction(tr("Remove tenant…"), QStringLiteral("removeTenant"));
    connect(m_create, &QPushButton::clicked, this, &AdminTenantsTab::create);
    connect(m_remove, &QPushButton::clicked, this, &AdminTenantsTab::remove);
    updateActions();
}

RefreshableListModel* AdminTenantsTab::model() const
{
    return m_model;
}

void AdminTenantsTab::updateActions()
{
    const bool connected = context()->client() != nullptr;
    gateAction(m_create, connected, true, denied(QStringLiteral("create_tenant"), {}), tr("Create a tenant and its first account"));
    gateAction(m_remove, connected, currentRow() >= 0, denied(QStringLiteral("remove_tenant"), {}),
        tr("Remove the selected tenant and everything in it"));
}

void AdminTenantsTab::create()
{
    CloacinaClient* client = context()->client();
    if (!client)
        return;
    auto* dialog = new ActionFormDialog(tr("Create tenant"),
        tr("Creates a tenant (its own database schema) with a first admin account."), tr("Create"), this);
    QLineEdit* name = dialog->addText(tr("Name"), QStringLiteral("tenantName"), false, tr("e.g. acme"));
    QLineEdit* description = dialog->addText(tr("Description"), QStringLiteral("tenantDescription"));
    QLineEdit* password = dialog->addText(tr("Account password"), QStringLiteral("tenantPassword"), true,
        tr("empty: the server generates one"));
    dialog->onSubmit([dialog, client, name, description, password] {
        if (name->text().trimmed().isEmpty()) {
            dialog->showProblem(tr("A tenant needs a name."));
            return;
        }
        CreateTenantRequest request;
        request.name = name->text().trimmed();
        if (!description->text().isEmpty())
            request.description = Nullable<QString>(description->text());
        if (!password->text().isEmpty())
            request.password = Nullable<QString>(password->text());
        dialog->send(client->createTenant(request), [](const TenantCreatedResponse& r) {
            return tr("Created tenant %1 with account %2.").arg(r.name, r.username);
        });
    });
    openDialog(dialog);
}

void AdminTenantsTab::remove()
{
    CloacinaClient* client = context()->client();
    const int row = currentRow();
    if (!client || row < 0)
        return;
    const QString tenant = m_model->tenant(row);
    if (!confirm(tr("Remove tenant"),
            tr("Remove tenant %1? Its schema, workflows, runs, keys, accounts and secrets are deleted.").arg(tenant),
            tr("Remove")))
        return;
    runAction(client->removeTenant(tenant), tr("Removed tenant %1.").arg(tenant));
}

} // namespace Cloacina::Monitor

#include "adminkeystab.h"

#include "actionformdialog.h"
#include "actiongate.h"
#include "columnfit.h"
#include "consolecontext.h"
#include "keysecretdialog.h"
#include "listpane.h"

#include <cloacinamodels/console/apikeylistmodel.h>
#include <cloacinamodels/serversession.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

namespace Cloacina::Monitor {

namespace {
    const QStringList roles { QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("admin") };

    KeyRole roleOf(const QString& role)
    {
        return role == QLatin1String("admin") ? KeyRole::Admin
            : role == QLatin1String("write")  ? KeyRole::Write
                                              : KeyRole::Read;
    }
} // namespace

AdminKeysTab::AdminKeysTab(ConsoleContext* context, QWidget* parent)
    : AdminTab(context, parent)
    , m_model(new ApiKeyListModel(this))
{
    m_model->setAutoRefreshInterval(30000);
    setPane(new ListPane(tr("API keys"), m_model, nullptr, this));
    fitColumns(pane()->table(), { 240, 190, 170, 150 });
    m_global = new QCheckBox(tr("Global keys"), this);
    m_global->setObjectName(QStringLiteral("globalKeys"));
    m_global->setToolTip(tr("List the server's global keys instead of the tenant's"));
    pane()->actions()->addWidget(m_global);
    m_create = addAction(tr("Create key…"), QStringLiteral("createKey"));
    m_revoke = addAction(tr("Revoke…"), QStringLiteral("revokeKey"));
    connect(m_global, &QCheckBox::toggled, this, [this] {
        m_model->setTenant(isGlobal() ? QString() : m_tenant);
        updateActions();
    });
    connect(m_create, &QPushButton::clicked, this, &AdminKeysTab::create);
    connect(m_revoke, &QPushButton::clicked, this, &AdminKeysTab::revoke);
    updateActions();
}

RefreshableListModel* AdminKeysTab::model() const
{
    return m_model;
}

void AdminKeysTab::setTenant(const QString& tenant)
{
    m_tenant = tenant;
    if (!isGlobal())
        m_model->setTenant(tenant);
    updateActions();
}

bool AdminKeysTab::isGlobal() const
{
    return m_global->isChecked() && context()->server()->isAdmin();
}

void AdminKeysTab::updateActions()
{
    const bool globalAdmin = context()->server()->isAdmin();
    m_global->setVisible(globalAdmin);
    const bool connected = context()->client() != nullptr;
    const bool global = isGlobal();
    gateAction(m_create, connected, true,
        global ? denied(QStringLiteral("create_key"), {}) : denied(QStringLiteral("create_tenant_key"), m_tenant),
        global ? tr("Create a global key") : tr("Create a key of tenant %1").arg(m_tenant));
    const bool revocable = currentRow() >= 0 && !m_model->key(currentRow()).revoked;
    gateAction(m_revoke, connected, revocable,
        global ? denied(QStringLiteral("revoke_key"), {}) : denied(QStringLiteral("revoke_tenant_key"), m_tenant),
        tr("Revoke the selected key: clients using it are refused from then on"));
}

void AdminKeysTab::create()
{
    CloacinaClient* client = context()->client();
    if (!client)
        return;
    const bool global = isGlobal();
    const QString tenant = m_tenant;
    auto* dialog = new ActionFormDialog(tr("Create API key"),
        global ? tr("Creates a global key (valid for every tenant).")
               : tr("Creates a key of tenant <b>%1</b>.").arg(tenant.toHtmlEscaped()),
        tr("Create"), this);
    QLineEdit* name = dialog->addText(tr("Name"), QStringLiteral("keyName"), false, tr("who or what uses it"));
    QComboBox* role = dialog->addChoice(tr("Role"), QStringLiteral("keyRole"), roles);
    QPointer<AdminKeysTab> self(this);
    dialog->onSubmit([dialog, client, name, role, global, tenant, self] {
        if (name->text().trimmed().isEmpty()) {
            dialog->showProblem(tr("A key needs a name."));
            return;
        }
        CreateKeyRequest request;
        request.name = name->text().trimmed();
        request.role = roleOf(role->currentText());
        auto future = global ? client->createKey(request) : client->createTenantKey(request, tenant);
        dialog->send(std::move(future), [self](const KeyCreatedResponse& r) {
            // The secret goes straight to its one-time dialog; nothing else keeps or logs it.
            if (self) {
                auto* shown = new KeySecretDialog(r.name, r.key, self);
                shown->setAttribute(Qt::WA_DeleteOnClose);
                shown->open();
            }
            return tr("Created key %1 (%2).").arg(r.name, r.permissions);
        });
    });
    openDialog(dialog);
}

void AdminKeysTab::revoke()
{
    CloacinaClient* client = context()->client();
    const int row = currentRow();
    if (!client || row < 0)
        return;
    const KeyInfo key = m_model->key(row);
    if (!confirm(tr("Revoke API key"),
            tr("Revoke key %1 (%2)? Every client using it is refused from then on; this cannot be undone.")
                .arg(key.name, key.permissions),
            tr("Revoke")))
        return;
    if (isGlobal())
        runAction(client->revokeKey(key.id), tr("Revoked key %1.").arg(key.name));
    else
        runAction(client->revokeTenantKey(key.id, m_tenant), tr("Revoked key %1.").arg(key.name));
}

} // namespace Cloacina::Monitor

#include "adminscreen.h"

#include "adminaccountstab.h"
#include "adminkeystab.h"
#include "adminsecretstab.h"
#include "admintenantstab.h"
#include "consolecontext.h"
#include "errorbanner.h"
#include "listpane.h"

#include <cloacinamodels/console/refreshablelistmodel.h>
#include <cloacinamodels/serversession.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

AdminScreen::AdminScreen(ConsoleContext* context, QWidget* parent)
    : ConsoleScreen(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto* header = new QHBoxLayout;
    auto* label = new QLabel(tr("Tenant:"), this);
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("adminTenant"));
    m_picker->setMinimumContentsLength(16);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label->setBuddy(m_picker);
    header->addWidget(label);
    header->addWidget(m_picker);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("adminStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_status, 1);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tenantsTab = new AdminTenantsTab(context, m_tabs);
    m_keysTab = new AdminKeysTab(context, m_tabs);
    m_accountsTab = new AdminAccountsTab(context, m_tabs);
    m_secretsTab = new AdminSecretsTab(context, m_tabs);
    m_tabs->addTab(m_tenantsTab, tr("Tenants"));
    m_tabs->addTab(m_keysTab, tr("API keys"));
    m_tabs->addTab(m_accountsTab, tr("Accounts"));
    m_tabs->addTab(m_secretsTab, tr("Secrets"));
    layout->addWidget(m_tabs, 1);

    for (AdminTab* tab : allTabs()) {
        connect(tab, &AdminTab::reported, this, [this](const QString& text) {
            m_status->setText(text.toHtmlEscaped());
        });
        connect(tab, &AdminTab::failed, this, [this](const Error& error) {
            m_status->setText(QStringLiteral("<span style=\"color:#d64541\">%1</span>").arg(describeError(error)));
        });
    }
    connect(m_picker, &QComboBox::currentTextChanged, this, [this](const QString& t) {
        if (!t.isEmpty())
            setTenant(t);
    });
    connect(context, &ConsoleContext::connectionChanged, this, &AdminScreen::rebind);
    rebind();
}

QIcon AdminScreen::icon() const
{
    return QIcon(QStringLiteral(":/icons/screen-admin.svg"));
}

QList<AdminTab*> AdminScreen::allTabs() const
{
    return { m_tenantsTab, m_keysTab, m_accountsTab, m_secretsTab };
}

bool AdminScreen::isAvailable() const
{
    const ServerSession* s = context()->server();
    return s->hasIdentity() && (s->isAdmin() || s->role() == QLatin1String("admin"));
}

void AdminScreen::rebind()
{
    disconnect(m_identity);
    disconnect(m_tenants);
    ServerSession* s = context()->server();
    m_identity = connect(s, &ServerSession::identityChanged, this, &AdminScreen::identityChanged);
    m_tenants = connect(s, &ServerSession::tenantsChanged, this, &AdminScreen::identityChanged);
    identityChanged();
}

void AdminScreen::identityChanged()
{
    const ServerSession* s = context()->server();
    const bool available = isAvailable();
    // Lists are fetched only for keys that may read them.
    CloacinaClient* client = available ? context()->client() : nullptr;
    for (AdminTab* tab : allTabs())
        tab->model()->setClientObject(client);
    const bool global = s->isAdmin();
    const bool wasGlobal = m_tabs->isTabVisible(m_tabs->indexOf(m_tenantsTab));
    m_tabs->setTabVisible(m_tabs->indexOf(m_tenantsTab), global);
    if (global && !wasGlobal) {
        // A global admin starts with the server-wide keys.
        m_tabs->setCurrentWidget(m_keysTab);
        m_keysTab->globalKeys()->setChecked(true);
    }
    // A tenant admin manages its own tenant; a global admin picks one.
    const QString own = s->tenantId().isEmpty() ? context()->tenant() : s->tenantId();
    QStringList tenants = global ? s->tenants() : QStringList { own };
    if (tenants.isEmpty())
        tenants << own;
    const QString keep = m_tenant.isEmpty() || !tenants.contains(m_tenant) ? own : m_tenant;
    {
        const QSignalBlocker block(m_picker);
        m_picker->clear();
        m_picker->addItems(tenants);
        m_picker->setCurrentText(keep);
    }
    m_picker->setEnabled(global && tenants.size() > 1);
    setTenant(keep);
    for (AdminTab* tab : allTabs())
        tab->updateActions();
    Q_EMIT availabilityChanged();
}

void AdminScreen::setTenant(const QString& tenant)
{
    m_tenant = tenant;
    for (AdminTab* tab : allTabs())
        tab->setTenant(tenant);
}

void AdminScreen::activated()
{
    for (AdminTab* tab : allTabs()) {
        if (tab->isVisible() && !tab->model()->isLoading())
            tab->model()->refresh();
    }
}

void AdminScreen::refresh()
{
    for (AdminTab* tab : allTabs())
        tab->model()->refresh();
}

void AdminScreen::applyFilter(const QVariantMap& filter)
{
    const QString tenant = filter.value(QStringLiteral("tenant")).toString();
    if (!tenant.isEmpty() && m_picker->findText(tenant) >= 0)
        m_picker->setCurrentText(tenant);
    static const QStringList ids { QStringLiteral("tenants"), QStringLiteral("keys"), QStringLiteral("accounts"),
        QStringLiteral("secrets") };
    const int tab = int(ids.indexOf(filter.value(QStringLiteral("tab")).toString()));
    if (tab >= 0 && m_tabs->isTabVisible(tab))
        m_tabs->setCurrentIndex(tab);
}

} // namespace Cloacina::Monitor

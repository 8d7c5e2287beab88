#pragma once

#include "consolescreen.h"

class QComboBox;
class QLabel;
class QTabWidget;

namespace Cloacina::Monitor {

class AdminAccountsTab;
class AdminKeysTab;
class AdminSecretsTab;
class AdminTab;
class AdminTenantsTab;

//! Administration, for admin keys only (global admins and tenant admins, from `whoami`): tenants
//! (global admins), API keys, accounts and secrets of a tenant. A tenant admin manages its own
//! tenant through the tenant routes; a global admin picks the tenant.
class AdminScreen : public ConsoleScreen {
    Q_OBJECT
public:
    explicit AdminScreen(ConsoleContext* context, QWidget* parent = nullptr);

    QString screenId() const override { return QStringLiteral("admin"); }
    QString title() const override { return tr("Admin"); }
    QIcon icon() const override;
    //! True for keys whose role is admin (global or of a tenant).
    bool isAvailable() const override;
    void activated() override;
    void refresh() override;
    //! `tenant`: manage that tenant (global admins); `tab`: "tenants", "keys", "accounts", "secrets".
    void applyFilter(const QVariantMap& filter) override;

    QString tenant() const { return m_tenant; }
    QComboBox* tenantPicker() const { return m_picker; }
    QTabWidget* tabs() const { return m_tabs; }
    AdminTenantsTab* tenantsTab() const { return m_tenantsTab; }
    AdminKeysTab* keysTab() const { return m_keysTab; }
    AdminAccountsTab* accountsTab() const { return m_accountsTab; }
    AdminSecretsTab* secretsTab() const { return m_secretsTab; }
    //! The last action's outcome or error.
    QLabel* status() const { return m_status; }

private:
    void rebind();
    void identityChanged();
    void setTenant(const QString& tenant);
    QList<AdminTab*> allTabs() const;

    QComboBox* m_picker;
    QLabel* m_status;
    QTabWidget* m_tabs;
    AdminTenantsTab* m_tenantsTab;
    AdminKeysTab* m_keysTab;
    AdminAccountsTab* m_accountsTab;
    AdminSecretsTab* m_secretsTab;
    QString m_tenant;
    QMetaObject::Connection m_identity;
    QMetaObject::Connection m_tenants;
};

} // namespace Cloacina::Monitor

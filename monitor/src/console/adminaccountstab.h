#pragma once

#include "admintab.h"

namespace Cloacina {
class AccountListModel;
}

namespace Cloacina::Monitor {

//! Admin ▸ Accounts: a tenant's local accounts (username/password logins): create, disable
//! (asks first), reset a password (typed twice, never shown).
class AdminAccountsTab : public AdminTab {
    Q_OBJECT
public:
    explicit AdminAccountsTab(ConsoleContext* context, QWidget* parent = nullptr);
    void setTenant(const QString& tenant) override;
    RefreshableListModel* model() const override;
    void updateActions() override;
    AccountListModel* accounts() const { return m_model; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* disableButton() const { return m_disable; }
    QPushButton* resetButton() const { return m_reset; }

private:
    void create();
    void disableAccount();
    void resetPassword();

    AccountListModel* m_model;
    QString m_tenant;
    QPushButton* m_create;
    QPushButton* m_disable;
    QPushButton* m_reset;
};

} // namespace Cloacina::Monitor

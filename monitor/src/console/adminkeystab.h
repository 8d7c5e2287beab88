#pragma once

#include "admintab.h"

class QCheckBox;

namespace Cloacina {
class ApiKeyListModel;
}

namespace Cloacina::Monitor {

//! Admin ▸ API keys: a tenant's keys (tenant routes: what a tenant admin may use) or, for a
//! global admin who ticks "Global keys", the server's global keys (global routes). Creating a
//! key shows its secret once (KeySecretDialog); revoking asks first.
class AdminKeysTab : public AdminTab {
    Q_OBJECT
public:
    explicit AdminKeysTab(ConsoleContext* context, QWidget* parent = nullptr);
    void setTenant(const QString& tenant) override;
    RefreshableListModel* model() const override;
    void updateActions() override;
    ApiKeyListModel* keys() const { return m_model; }
    QCheckBox* globalKeys() const { return m_global; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* revokeButton() const { return m_revoke; }

private:
    bool isGlobal() const;
    void create();
    void revoke();

    ApiKeyListModel* m_model;
    QString m_tenant;
    QCheckBox* m_global;
    QPushButton* m_create;
    QPushButton* m_revoke;
};

} // namespace Cloacina::Monitor

#pragma once

#include "admintab.h"

namespace Cloacina {
class SecretListModel;
}

namespace Cloacina::Monitor {

class ActionFormDialog;

//! Admin ▸ Secrets: a tenant's secrets by name and field names. Values are typed into password
//! fields when creating or rotating and are never displayed: the server returns none and the
//! monitor keeps none. Delete asks first.
class AdminSecretsTab : public AdminTab {
    Q_OBJECT
public:
    explicit AdminSecretsTab(ConsoleContext* context, QWidget* parent = nullptr);
    void setTenant(const QString& tenant) override;
    RefreshableListModel* model() const override;
    void updateActions() override;
    SecretListModel* secrets() const { return m_model; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* rotateButton() const { return m_rotate; }
    QPushButton* deleteButton() const { return m_delete; }

private:
    void create();
    void rotate();
    void remove();

    SecretListModel* m_model;
    QString m_tenant;
    QPushButton* m_create;
    QPushButton* m_rotate;
    QPushButton* m_delete;
};

} // namespace Cloacina::Monitor

#pragma once

#include "admintab.h"

namespace Cloacina {
class TenantListModel;
}

namespace Cloacina::Monitor {

//! Admin ▸ Tenants (global admin keys only): list, create (with its first account), remove.
class AdminTenantsTab : public AdminTab {
    Q_OBJECT
public:
    explicit AdminTenantsTab(ConsoleContext* context, QWidget* parent = nullptr);
    void setTenant(const QString&) override { }
    RefreshableListModel* model() const override;
    void updateActions() override;
    TenantListModel* tenants() const { return m_model; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* removeButton() const { return m_remove; }

private:
    void create();
    void remove();

    TenantListModel* m_model;
    QPushButton* m_create;
    QPushButton* m_remove;
};

} // namespace Cloacina::Monitor

#pragma once

#include <cloacinamodels/console/adminlistmodel.h>

namespace Cloacina {

//! An admin list of one tenant (its keys, accounts, secrets): the `tenant` it lists.
class TenantScopedModel : public AdminConsoleModel {
    Q_OBJECT
    //! The tenant listed (the subclass says what empty means).
    Q_PROPERTY(QString tenant READ tenant WRITE setTenant NOTIFY tenantChanged)
public:
    //! The constructors of the base.
    using AdminConsoleModel::AdminConsoleModel;

    //! The tenant listed.
    QString tenant() const { return m_tenant; }
    //! Lists \a tenant from now on: forgets the previous tenant's rows and refreshes.
    void setTenant(const QString& tenant);

Q_SIGNALS:
    //! tenant() changed.
    void tenantChanged();

protected:
    //! The tenant, or "public" when none is set (routes that always name a tenant).
    QString tenantOrPublic() const { return m_tenant.isEmpty() ? QStringLiteral("public") : m_tenant; }

private:
    QString m_tenant;
};

} // namespace Cloacina

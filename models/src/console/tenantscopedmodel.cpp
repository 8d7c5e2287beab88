#include <cloacinamodels/console/tenantscopedmodel.h>

namespace Cloacina {

void TenantScopedModel::setTenant(const QString& tenant)
{
    if (tenant == m_tenant)
        return;
    m_tenant = tenant;
    clear();
    Q_EMIT tenantChanged();
    if (client())
        refresh();
}

} // namespace Cloacina

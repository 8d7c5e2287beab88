#include <cloacinamodels/console/tenantlistmodel.h>

namespace Cloacina {

TenantListModel::TenantListModel(QObject* parent)
    : AdminConsoleModel(parent)
{
}

int TenantListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant TenantListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == NameRole)
        return m_rows.at(index.row()).name;
    return {};
}

QVariant TenantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section != 0)
        return {};
    return tr("Tenant");
}

QHash<int, QByteArray> TenantListModel::roleNames() const
{
    return { { NameRole, "name" } };
}

void TenantListModel::fetch(quint64 ticket)
{
    if (backendReady(ticket))
        mergeAnswer(ticket, backend().listTenants(), m_rows, [](const TenantSummary& t) { return t.name; });
}

QString TenantListModel::emptyMessage() const
{
    return tr("No tenants besides the public schema.");
}

} // namespace Cloacina

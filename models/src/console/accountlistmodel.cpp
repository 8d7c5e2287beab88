#include <cloacinamodels/console/accountlistmodel.h>

namespace Cloacina {

AccountListModel::AccountListModel(QObject* parent)
    : TenantScopedModel(parent)
{
}

int AccountListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountInfo& a = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return a.id;
    case UsernameRole:
        return a.username;
    case RoleRole:
        return a.role;
    case StatusRole:
        return a.status;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case UsernameColumn:
            return a.username;
        case RoleColumn:
            return a.role;
        case StatusColumn:
            return a.status;
        }
        break;
    }
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    return { { IdRole, "accountId" }, { UsernameRole, "username" }, { RoleRole, "role" }, { StatusRole, "status" } };
}

void AccountListModel::fetch(quint64 ticket)
{
    if (backendReady(ticket))
        mergeAnswer(ticket, backend().listAccounts(tenantOrPublic()), m_rows, [](const AccountInfo& a) { return a.id; });
}

QString AccountListModel::emptyMessage() const
{
    return tr("Tenant %1 has no local accounts.").arg(tenantOrPublic());
}

} // namespace Cloacina

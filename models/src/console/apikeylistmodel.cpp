#include <cloacinamodels/console/apikeylistmodel.h>

#include "dtoconvert_p.h"

namespace Cloacina {

ApiKeyListModel::ApiKeyListModel(QObject* parent)
    : TenantScopedModel(parent)
{
}

int ApiKeyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeyListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyInfo& k = m_rows.at(index.row());
    const QDateTime created = Format::parseTimestamp(k.createdAt);
    switch (role) {
    case IdRole:
        return k.id;
    case NameRole:
        return k.name;
    case PermissionsRole:
        return k.permissions;
    case AdminRole:
        return k.isAdmin;
    case TenantRole:
        return Detail::textOf(k.tenantId);
    case CreatedRole:
        return created;
    case RevokedRole:
        return k.revoked;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return k.name;
        case RoleColumn:
            return k.isAdmin ? tr("%1 (global admin)").arg(k.permissions) : k.permissions;
        case TenantColumn:
            return k.tenantId && !k.tenantId->isNull() ? k.tenantId->value() : tr("all tenants");
        case CreatedColumn:
            return role == Qt::ToolTipRole ? Format::dateTime(created) : Format::relativeTime(created);
        case StateColumn:
            return k.revoked ? tr("revoked") : tr("active");
        }
        break;
    }
    return {};
}

QVariant ApiKeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case TenantColumn:
        return tr("Tenant");
    case CreatedColumn:
        return tr("Created");
    case StateColumn:
        return tr("State");
    }
    return {};
}

QHash<int, QByteArray> ApiKeyListModel::roleNames() const
{
    return { { IdRole, "keyId" }, { NameRole, "name" }, { PermissionsRole, "permissions" },
        { AdminRole, "isAdmin" }, { TenantRole, "tenant" }, { CreatedRole, "createdAt" }, { RevokedRole, "revoked" } };
}

void ApiKeyListModel::fetch(quint64 ticket)
{
    if (!backendReady(ticket))
        return;
    const auto keyOf = [](const KeyInfo& k) { return k.id; };
    mergeAnswer(ticket, tenant().isEmpty() ? backend().listKeys() : backend().listTenantKeys(tenant()), m_rows, keyOf);
}

QString ApiKeyListModel::emptyMessage() const
{
    return tenant().isEmpty() ? tr("No global API keys.") : tr("Tenant %1 has no API keys.").arg(tenant());
}

} // namespace Cloacina

#include <cloacinamodels/console/secretlistmodel.h>

#include <cloacinamodels/format.h>

namespace Cloacina {

SecretListModel::SecretListModel(QObject* parent)
    : TenantScopedModel(parent)
{
}

int SecretListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecretMetadataResponse& s = m_rows.at(index.row());
    const QDateTime created = Format::parseTimestamp(s.createdAt);
    const QDateTime updated = Format::parseTimestamp(s.updatedAt);
    switch (role) {
    case IdRole:
        return s.id;
    case NameRole:
        return s.name;
    case FieldNamesRole:
        return QStringList(s.fieldNames);
    case CreatedRole:
        return created;
    case UpdatedRole:
        return updated;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case FieldsColumn:
            return QStringList(s.fieldNames).join(QStringLiteral(", "));
        case CreatedColumn:
            return role == Qt::ToolTipRole ? Format::dateTime(created) : Format::relativeTime(created);
        case UpdatedColumn:
            return role == Qt::ToolTipRole ? Format::dateTime(updated) : Format::relativeTime(updated);
        }
        break;
    }
    return {};
}

QVariant SecretListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Secret");
    case FieldsColumn:
        return tr("Fields");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

QHash<int, QByteArray> SecretListModel::roleNames() const
{
    return { { IdRole, "secretId" }, { NameRole, "name" }, { FieldNamesRole, "fieldNames" },
        { CreatedRole, "createdAt" }, { UpdatedRole, "updatedAt" } };
}

void SecretListModel::fetch(quint64 ticket)
{
    if (backendReady(ticket))
        mergeAnswer(ticket, backend().listSecrets(tenantOrPublic()), m_rows, [](const SecretMetadataResponse& s) { return s.name; });
}

QString SecretListModel::emptyMessage() const
{
    return tr("Tenant %1 has no secrets.").arg(tenantOrPublic());
}

} // namespace Cloacina

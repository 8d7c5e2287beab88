#pragma once

#include <cloacinamodels/console/tenantscopedmodel.h>

namespace Cloacina {

//! The local accounts of a tenant (`list_accounts`): username, role, status.
class AccountListModel : public TenantScopedModel {
    Q_OBJECT
public:
    enum Column { UsernameColumn, RoleColumn, StatusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, UsernameRole, RoleRole, StatusRole };
    Q_ENUM(Role)

    explicit AccountListModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    //! The account of \a row; \a row must be valid.
    const AccountInfo& account(int row) const { return m_rows.at(row); }

protected:
    void fetch(quint64 ticket) override;
    QString emptyMessage() const override;
    int storedRowCount() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }

private:
    QList<AccountInfo> m_rows;
};

} // namespace Cloacina

#pragma once

#include <cloacinamodels/console/tenantscopedmodel.h>

namespace Cloacina {

//! The secrets of a tenant (`list_secrets`): names, field names and dates. The server never
//! returns values, and this model has nowhere to keep one.
class SecretListModel : public TenantScopedModel {
    Q_OBJECT
public:
    //! The table's columns, in display order.
    enum Column { NameColumn,
        FieldsColumn,
        CreatedColumn,
        UpdatedColumn,
        ColumnCount };
    //! Item data roles beyond Qt's; roleNames() gives their QML names.
    enum Role { IdRole = Qt::UserRole + 1,
        NameRole,
        FieldNamesRole,
        CreatedRole,
        UpdatedRole };
    Q_ENUM(Role)

    //! An empty list; a client (or a test backend) fills it.
    explicit SecretListModel(QObject* parent = nullptr);

    //! ColumnCount; 0 for a valid \a parent.
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    //! A column's text (display, tooltip) for \a index, or one of the Role values.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    //! The column titles (translated).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! The QML names of the Role values.
    QHash<int, QByteArray> roleNames() const override;
    //! The secret's metadata of \a row; \a row must be valid.
    const SecretMetadataResponse& secret(int row) const { return m_rows.at(row); }

protected:
    void fetch(quint64 ticket) override;
    QString emptyMessage() const override;
    int storedRowCount() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }

private:
    QList<SecretMetadataResponse> m_rows;
};

} // namespace Cloacina

#pragma once

#include <cloacinamodels/console/adminlistmodel.h>

namespace Cloacina {

//! The tenants of the server (`list_tenants`; global admin keys only).
class TenantListModel : public AdminConsoleModel {
    Q_OBJECT
public:
    //! Item data roles beyond Qt's; roleNames() gives their QML names.
    enum Role { NameRole = Qt::UserRole + 1 };
    Q_ENUM(Role)

    //! An empty list; a client (or a test backend) fills it.
    explicit TenantListModel(QObject* parent = nullptr);

    //! ColumnCount; 0 for a valid \a parent.
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    //! A column's text (display, tooltip) for \a index, or one of the Role values.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    //! The column titles (translated).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! The QML names of the Role values.
    QHash<int, QByteArray> roleNames() const override;
    //! The tenant name of \a row; \a row must be valid.
    QString tenant(int row) const { return m_rows.at(row).name; }

protected:
    void fetch(quint64 ticket) override;
    QString emptyMessage() const override;
    int storedRowCount() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }

private:
    QList<TenantSummary> m_rows;
};

} // namespace Cloacina

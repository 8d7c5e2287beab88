#pragma once

#include <cloacinamodels/console/reactorscopedmodel.h>

namespace Cloacina {

//! The recent fires of one reactor (`list_reactor_fires`), newest first: when, ok or the
//! error, how long, manual or not, and the inputs it fired with.
class ReactorFireListModel : public ReactorScopedModel {
    Q_OBJECT
public:
    //! The table's columns, in display order.
    enum Column { FiredAtColumn,
        ResultColumn,
        DurationColumn,
        ManualColumn,
        InputsColumn,
        ColumnCount };
    //! Item data roles beyond Qt's; roleNames() gives their QML names.
    enum Role {
        FiredAtRole = Qt::UserRole + 1, //!< QDateTime (UTC)
        OkRole,
        ErrorRole,
        DurationRole, //!< ms
        ManualRole,
        InputsRole, //!< the inputs as compact JSON text
    };
    Q_ENUM(Role)

    //! An empty list; a client (or a test backend) fills it.
    explicit ReactorFireListModel(QObject* parent = nullptr);

    //! ColumnCount; 0 for a valid \a parent.
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    //! A column's text (display, tooltip) for \a index, or one of the Role values.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    //! The column titles (translated).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! The QML names of the Role values.
    QHash<int, QByteArray> roleNames() const override;

protected:
    void fetch(quint64 ticket) override;
    QString emptyMessage() const override;
    int storedRowCount() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }

private:
    QList<ReactorFire> m_rows;
};

} // namespace Cloacina

#pragma once

#include <cloacinamodels/console/componenthealth.h>
#include <cloacinamodels/console/graphconsolemodel.h>

namespace Cloacina {

//! The computation graphs the key sees (`list_graphs`), one row per graph, with its health:
//! degraded graphs name the accumulators they lost. Columns for a table, roles for QML.
class GraphListModel : public GraphConsoleModel {
    Q_OBJECT
    //! How many graphs are degraded (for a badge).
    Q_PROPERTY(int degradedCount READ degradedCount NOTIFY countsChanged)
public:
    //! The table's columns, in display order.
    enum Column { NameColumn,
        HealthColumn,
        AccumulatorsColumn,
        FiresColumn,
        LastFiredColumn,
        ColumnCount };
    //! Item data roles beyond Qt's; roleNames() gives their QML names.
    enum Role {
        NameRole = Qt::UserRole + 1,
        HealthRole, //!< the state word ("live", "degraded", …)
        HealthTextRole, //!< the state with the accumulators it names
        HealthLevelRole, //!< ComponentHealth::Level as int
        DegradedRole, //!< bool
        DisconnectedRole, //!< QStringList: accumulators a degraded graph lost
        AccumulatorsRole, //!< QStringList
        ReactorRole,
        FiresRole, //!< total fires (int64; null when unknown)
        LastFiredRole, //!< QDateTime (UTC); invalid when never
        PausedRole,
    };
    Q_ENUM(Role)

    //! An empty list; a client (or a test backend) fills it.
    explicit GraphListModel(QObject* parent = nullptr);

    //! ColumnCount; 0 for a valid \a parent.
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    //! A column's text (display, tooltip) for \a index, or one of the Role values.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    //! The column titles (translated).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! The QML names of the Role values.
    QHash<int, QByteArray> roleNames() const override;

    //! The graph of \a row; \a row must be valid.
    const GraphStatus& graph(int row) const { return m_rows.at(row); }
    //! The row of graph \a name, or -1.
    Q_INVOKABLE int rowOf(const QString& name) const;
    //! How many graphs are degraded.
    int degradedCount() const;

Q_SIGNALS:
    //! degradedCount() may have changed.
    void countsChanged();

protected:
    void fetch(quint64 ticket) override;
    QString emptyMessage() const override;
    int storedRowCount() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }

private:
    QList<GraphStatus> m_rows;
};

} // namespace Cloacina

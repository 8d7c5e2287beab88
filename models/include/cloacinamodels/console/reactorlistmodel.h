#pragma once

#include <cloacinamodels/console/componenthealth.h>
#include <cloacinamodels/console/graphconsolemodel.h>

namespace Cloacina {

//! The reactors the key sees (`list_reactors`): health, how they react (mode, input strategy),
//! the graphs bound to them, fires.
class ReactorListModel : public GraphConsoleModel {
    Q_OBJECT
public:
    //! The table's columns, in display order.
    enum Column { NameColumn,
        HealthColumn,
        ModeColumn,
        GraphsColumn,
        FiresColumn,
        LastFiredColumn,
        ColumnCount };
    //! Item data roles beyond Qt's; roleNames() gives their QML names.
    enum Role {
        NameRole = Qt::UserRole + 1,
        HealthRole,
        HealthTextRole,
        HealthLevelRole, //!< ComponentHealth::Level as int
        DegradedRole,
        AccumulatorsRole, //!< QStringList
        BoundGraphsRole, //!< QStringList
        ReactionModeRole,
        InputStrategyRole,
        FiresRole,
        LastFiredRole, //!< QDateTime (UTC)
        PausedRole,
    };
    Q_ENUM(Role)

    //! An empty list; a client (or a test backend) fills it.
    explicit ReactorListModel(QObject* parent = nullptr);

    //! ColumnCount; 0 for a valid \a parent.
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    //! A column's text (display, tooltip) for \a index, or one of the Role values.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    //! The column titles (translated).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! The QML names of the Role values.
    QHash<int, QByteArray> roleNames() const override;

    //! The reactor of \a row; \a row must be valid.
    const ReactorStatus& reactorAt(int row) const { return m_rows.at(row); }
    //! The row of reactor \a name, or -1.
    Q_INVOKABLE int rowOf(const QString& name) const;

protected:
    void fetch(quint64 ticket) override;
    QString emptyMessage() const override;
    int storedRowCount() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }

private:
    QList<ReactorStatus> m_rows;
};

} // namespace Cloacina

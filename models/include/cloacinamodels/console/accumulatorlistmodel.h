#pragma once

#include <cloacinamodels/console/componenthealth.h>
#include <cloacinamodels/console/graphconsolemodel.h>

namespace Cloacina {

//! The accumulators the key sees (`list_accumulators`) with their freshness: the age of the last
//! event, so a source that went quiet stands out. Optionally limited to the accumulators of one
//! graph (`names`).
class AccumulatorListModel : public GraphConsoleModel {
    Q_OBJECT
    //! Shows only these accumulators (in this order); empty = all, in the server's order.
    Q_PROPERTY(QStringList names READ names WRITE setNames NOTIFY namesChanged)
public:
    //! The table's columns, in display order.
    enum Column { NameColumn,
        StateColumn,
        LastEventColumn,
        EventsColumn,
        InjectsColumn,
        ReactorColumn,
        ColumnCount };
    //! Item data roles beyond Qt's; roleNames() gives their QML names.
    enum Role {
        NameRole = Qt::UserRole + 1,
        StateRole, //!< "live", "disconnected", "socket_only", …
        HealthLevelRole, //!< ComponentHealth::Level as int
        DegradedRole, //!< bool: the source is disconnected
        LastEventRole, //!< QDateTime (UTC); invalid when none yet
        LastEventAgeRole, //!< seconds since the last event (int64); null when none yet
        EventsRole, //!< events received in total
        OperatorInjectsRole,
        ReactorRole,
        ErrorRole,
    };
    Q_ENUM(Role)

    //! An empty list; a client (or a test backend) fills it.
    explicit AccumulatorListModel(QObject* parent = nullptr);

    //! The accumulators shown; empty = all.
    QStringList names() const { return m_names; }
    //! Shows only \a names (in this order) from now on and refreshes.
    void setNames(const QStringList& names);

    //! ColumnCount; 0 for a valid \a parent.
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    //! A column's text (display, tooltip) for \a index, or one of the Role values.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    //! The column titles (translated).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! The QML names of the Role values.
    QHash<int, QByteArray> roleNames() const override;

    //! The accumulator of \a row; \a row must be valid.
    const AccumulatorStatus& accumulator(int row) const { return m_rows.at(row); }

Q_SIGNALS:
    //! names() changed.
    void namesChanged();

protected:
    void fetch(quint64 ticket) override;
    QString emptyMessage() const override;
    int storedRowCount() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }

private:
    QStringList m_names;
    QList<AccumulatorStatus> m_rows;
};

} // namespace Cloacina

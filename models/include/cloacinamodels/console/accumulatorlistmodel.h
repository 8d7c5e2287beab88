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
    enum Column { NameColumn, StateColumn, LastEventColumn, EventsColumn, InjectsColumn, ReactorColumn, ColumnCount };
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

    explicit AccumulatorListModel(QObject* parent = nullptr);

    QStringList names() const { return m_names; }
    void setNames(const QStringList& names);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! The accumulator of \a row; \a row must be valid.
    const AccumulatorStatus& accumulator(int row) const { return m_rows.at(row); }

Q_SIGNALS:
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

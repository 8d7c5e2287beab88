#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Cloacina {

//! The failure rate of each workflow over the overview's window: one row per workflow that had
//! finished runs, ordered by name (views sort by rate through a proxy). setRates() merges by
//! workflow name, so selection and scroll survive each refresh.
//!
//! Threading: the GUI thread only.
class WorkflowFailureRateModel : public QAbstractTableModel {
    Q_OBJECT
    //! Number of rows.
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    //! One workflow's tally.
    struct Rate {
        //! The workflow's name (the row key).
        QString workflow;
        int finished = 0; //!< runs that ended (Completed, Failed or Cancelled)
        int failed = 0; //!< of which Failed
        //! failed / finished (0 without finished runs).
        double rate() const { return finished > 0 ? double(failed) / finished : 0.0; }
        //! Same workflow and tallies.
        bool operator==(const Rate& o) const { return workflow == o.workflow && finished == o.finished && failed == o.failed; }
    };
    //! The Widgets table's columns.
    enum Column { WorkflowColumn,
        FinishedColumn,
        FailedColumn,
        RateColumn,
        ColumnCount };
    //! The fields by role, for QML (same order as the columns).
    enum Role { WorkflowRole = Qt::UserRole + 1,
        FinishedRole,
        FailedRole,
        RateRole };

    //! No rows until setRates().
    explicit WorkflowFailureRateModel(QObject* parent = nullptr);

    //! Replaces the rows by \a rates (any order), with the minimal inserts, removals and
    //! dataChanged().
    void setRates(QList<Rate> rates);
    //! The row \a row.
    const Rate& rateAt(int row) const { return m_rows.at(row); }

    //! One row per workflow.
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    //! One column per field (Column).
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    //! The text of a cell (DisplayRole) or a field by Role.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    //! The columns' titles (translated).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! workflow, finished, failed, rate.
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    //! The number of rows changed.
    void countChanged();

private:
    QList<Rate> m_rows;
};

} // namespace Cloacina

#include <cloacinamodels/console/workflowfailureratemodel.h>

#include <algorithm>

namespace Cloacina {

WorkflowFailureRateModel::WorkflowFailureRateModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void WorkflowFailureRateModel::setRates(QList<Rate> rates)
{
    std::sort(rates.begin(), rates.end(), [](const Rate& a, const Rate& b) { return a.workflow < b.workflow; });
    const int before = int(m_rows.size());
    // Both lists are sorted by name: one merge walk.
    int i = 0;
    for (const Rate& fresh : rates) {
        while (i < m_rows.size() && m_rows.at(i).workflow < fresh.workflow) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
        if (i < m_rows.size() && m_rows.at(i).workflow == fresh.workflow) {
            if (!(m_rows.at(i) == fresh)) {
                m_rows[i] = fresh;
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, fresh);
            endInsertRows();
        }
        ++i;
    }
    if (i < m_rows.size()) {
        beginRemoveRows({}, i, int(m_rows.size()) - 1);
        m_rows.remove(i, m_rows.size() - i);
        endRemoveRows();
    }
    if (m_rows.size() != before)
        Q_EMIT countChanged();
}

int WorkflowFailureRateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkflowFailureRateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkflowFailureRateModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rate& r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == WorkflowColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::DisplayRole && index.column() == RateColumn)
        return tr("%1 %").arg(r.rate() * 100.0, 0, 'f', 1);
    // The roles follow the columns' order; EditRole is what a sort proxy compares.
    const int column = role >= WorkflowRole && role <= RateRole ? role - WorkflowRole
        : role == Qt::DisplayRole || role == Qt::EditRole       ? index.column()
                                                                : -1;
    switch (column) {
    case WorkflowColumn:
        return r.workflow;
    case FinishedColumn:
        return r.finished;
    case FailedColumn:
        return r.failed;
    case RateColumn:
        return r.rate();
    default:
        return {};
    }
}

QVariant WorkflowFailureRateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WorkflowColumn:
        return tr("Workflow");
    case FinishedColumn:
        return tr("Finished");
    case FailedColumn:
        return tr("Failed");
    case RateColumn:
        return tr("Failure rate");
    default:
        return {};
    }
}

QHash<int, QByteArray> WorkflowFailureRateModel::roleNames() const
{
    return { { WorkflowRole, "workflow" }, { FinishedRole, "finished" }, { FailedRole, "failed" },
        { RateRole, "rate" } };
}

} // namespace Cloacina

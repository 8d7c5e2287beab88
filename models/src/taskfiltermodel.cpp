#include <cloacinamodels/eventtypes.h>
#include <cloacinamodels/taskfiltermodel.h>
#include <cloacinamodels/tasklistmodel.h>

#include <QDateTime>

namespace Cloacina {

TaskFilterModel::TaskFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // Live runs change rows all the time; a chosen sort follows them, no sort keeps the order.
    setDynamicSortFilter(true);
}

void TaskFilterModel::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
    emit textChanged();
}

void TaskFilterModel::setProblemsOnly(bool on)
{
    if (on == m_problemsOnly)
        return;
    m_problemsOnly = on;
    invalidateFilter();
    emit problemsOnlyChanged();
}

bool TaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_problemsOnly) {
        const auto c = EventTypes::statusCategory(idx.data(TaskListModel::StatusRole).toString());
        if (c != EventTypes::Category::Failure && c != EventTypes::Category::Retry)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int role : { int(TaskListModel::FullNameRole), int(TaskListModel::StatusRole), int(TaskListModel::ErrorTextRole) }) {
        if (idx.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool TaskFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    auto typed = [](const QModelIndex& i) -> QVariant {
        switch (i.column()) {
        case TaskListModel::StartedColumn:
            return i.data(TaskListModel::StartedAtRole);
        case TaskListModel::CompletedColumn:
            return i.data(TaskListModel::CompletedAtRole);
        case TaskListModel::DurationColumn: {
            const qint64 d = i.data(TaskListModel::DurationRole).toLongLong();
            return d < 0 ? QVariant() : QVariant(d);
        }
        case TaskListModel::AttemptsColumn:
            return i.data(TaskListModel::AttemptRole);
        default:
            return i.data(Qt::DisplayRole).toString().toLower();
        }
    };
    const QVariant a = typed(left);
    const QVariant b = typed(right);
    const bool aValid = a.isValid() && !(a.userType() == QMetaType::QDateTime && !a.toDateTime().isValid());
    const bool bValid = b.isValid() && !(b.userType() == QMetaType::QDateTime && !b.toDateTime().isValid());
    if (aValid != bValid) // rows without a value (not started) sort last in either order
        return sortOrder() == Qt::AscendingOrder ? aValid : !aValid;
    if (!aValid)
        return left.row() < right.row();
    const auto order = QVariant::compare(a, b);
    if (order != QPartialOrdering::Equivalent)
        return order == QPartialOrdering::Less;
    return left.row() < right.row(); // stable
}

} // namespace Cloacina

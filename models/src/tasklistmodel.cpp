#include <cloacinamodels/eventtypes.h>
#include <cloacinamodels/format.h>
#include <cloacinamodels/tasklistmodel.h>

#include "logging_p.h"

#include <QSet>

#include <algorithm>

namespace Cloacina {

QDateTime TaskSpan::start(const RunTask& t)
{
    if (t.startedAt.isValid())
        return t.startedAt;
    const auto c = EventTypes::statusCategory(t.status);
    const bool ran = c == EventTypes::Category::Started || c == EventTypes::Category::Retry
        || c == EventTypes::Category::Success || c == EventTypes::Category::Failure;
    return ran ? t.createdAt : QDateTime();
}

QDateTime TaskSpan::end(const RunTask& t)
{
    if (!start(t).isValid())
        return {};
    if (t.completedAt.isValid())
        return t.completedAt;
    const auto c = EventTypes::statusCategory(t.status);
    if (c == EventTypes::Category::Failure || c == EventTypes::Category::Success
        || c == EventTypes::Category::Skip)
        return t.updatedAt;
    return {};
}

TaskListModel::TaskListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int TaskListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
    qint64 durationOf(const RunTask& t)
    {
        const QDateTime start = TaskSpan::start(t);
        const QDateTime end = TaskSpan::end(t);
        if (!start.isValid())
            return -1;
        if (!end.isValid())
            return -1;
        return std::max<qint64>(0, start.msecsTo(end));
    }
} // namespace

QVariant TaskListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunTask& t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return EventTypes::shortTaskName(t.taskName);
        case StatusColumn:
            return t.subStatus.isEmpty() ? t.status : QStringLiteral("%1 (%2)").arg(t.status, t.subStatus);
        case AttemptsColumn:
            return QStringLiteral("%1/%2").arg(t.attempt).arg(t.maxAttempts);
        case StartedColumn:
            return Format::timeOfDay(TaskSpan::start(t));
        case CompletedColumn:
            return Format::timeOfDay(TaskSpan::end(t));
        case DurationColumn:
            return Format::duration(durationOf(t));
        case ErrorColumn:
            return Format::firstLine(t.errorText());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn)
            return t.errorText();
        if (index.column() == NameColumn)
            return t.taskName;
        return {};
    case IdRole:
        return t.id;
    case NameRole:
        return EventTypes::shortTaskName(t.taskName);
    case FullNameRole:
        return t.taskName;
    case StatusRole:
        return t.status;
    case SubStatusRole:
        return t.subStatus;
    case CategoryRole:
        return EventTypes::categoryName(EventTypes::statusCategory(t.status));
    case CategoryColorRole:
        return EventTypes::categoryColor(EventTypes::statusCategory(t.status));
    case AttemptRole:
        return t.attempt;
    case MaxAttemptsRole:
        return t.maxAttempts;
    case StartedAtRole:
        return TaskSpan::start(t);
    case CompletedAtRole:
        return TaskSpan::end(t);
    case DurationRole:
        return durationOf(t);
    case ErrorTextRole:
        return t.errorText();
    case ErrorLineRole:
        return Format::firstLine(t.errorText());
    default:
        return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Task");
    case StatusColumn:
        return tr("Status");
    case AttemptsColumn:
        return tr("Attempts");
    case StartedColumn:
        return tr("Started");
    case CompletedColumn:
        return tr("Completed");
    case DurationColumn:
        return tr("Duration");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

QHash<int, QByteArray> TaskListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({
        { IdRole, "taskId" },
        { NameRole, "name" },
        { FullNameRole, "fullName" },
        { StatusRole, "status" },
        { SubStatusRole, "subStatus" },
        { CategoryRole, "category" },
        { CategoryColorRole, "categoryColor" },
        { AttemptRole, "attempt" },
        { MaxAttemptsRole, "maxAttempts" },
        { StartedAtRole, "startedAt" },
        { CompletedAtRole, "completedAt" },
        { DurationRole, "duration" },
        { ErrorTextRole, "errorText" },
        { ErrorLineRole, "errorLine" },
    });
    return names;
}

void TaskListModel::setExecution(const QString& executionId)
{
    beginResetModel();
    m_rows.clear();
    m_executionId = executionId;
    endResetModel();
    emit executionIdChanged();
    emit countChanged();
}

void TaskListModel::setTasks(const QList<RunTask>& tasks)
{
    QHash<QString, int> incoming;
    for (int i = 0; i < tasks.size(); ++i)
        incoming.insert(tasks.at(i).id, i);

    // Remove vanished rows, bottom-up, one removal per contiguous range.
    bool countChange = false;
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (incoming.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        int top = row;
        while (top > 0 && !incoming.contains(m_rows.at(top - 1).id))
            --top;
        beginRemoveRows({}, top, row);
        m_rows.remove(top, row - top + 1);
        endRemoveRows();
        countChange = true;
        row = top - 1;
    }

    // Update known rows (dataChanged per contiguous range).
    QHash<QString, int> rowOf;
    for (int i = 0; i < m_rows.size(); ++i)
        rowOf.insert(m_rows.at(i).id, i);
    int rangeStart = -1;
    auto closeRange = [&](int endRow) {
        if (rangeStart >= 0)
            emit dataChanged(index(rangeStart, 0), index(endRow, ColumnCount - 1));
        rangeStart = -1;
    };
    for (int i = 0; i < m_rows.size(); ++i) {
        const RunTask& fresh = tasks.at(incoming.value(m_rows.at(i).id));
        if (!(fresh == m_rows.at(i))) {
            m_rows[i] = fresh;
            if (rangeStart < 0)
                rangeStart = i;
        } else {
            closeRange(i - 1);
        }
    }
    closeRange(int(m_rows.size()) - 1);

    // Append new rows in one insertion, ordered by start.
    QList<RunTask> added;
    for (const RunTask& t : tasks) {
        if (!rowOf.contains(t.id))
            added.append(t);
    }
    if (!added.isEmpty()) {
        // By start; tasks that have not started yet go after the others.
        std::stable_sort(added.begin(), added.end(), [](const RunTask& a, const RunTask& b) {
            const QDateTime sa = TaskSpan::start(a);
            const QDateTime sb = TaskSpan::start(b);
            if (sa.isValid() != sb.isValid())
                return sa.isValid();
            return sa < sb;
        });
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
        countChange = true;
    }
    if (countChange)
        emit countChanged();
    else
        emit countChanged(); // failedCount/lastEnd may have changed with the data
}

int TaskListModel::failingRow() const
{
    int best = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (EventTypes::statusCategory(m_rows.at(i).status) != EventTypes::Category::Failure)
            continue;
        if (best < 0 || m_rows.at(i).updatedAt > m_rows.at(best).updatedAt)
            best = i;
    }
    return best;
}

int TaskListModel::rowOfName(const QString& name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).taskName == name || EventTypes::shortTaskName(m_rows.at(i).taskName) == name)
            return i;
    }
    return -1;
}

int TaskListModel::failedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const RunTask& t) {
        return EventTypes::statusCategory(t.status) == EventTypes::Category::Failure;
    }));
}

QDateTime TaskListModel::firstStart() const
{
    QDateTime first;
    for (const RunTask& t : m_rows) {
        const QDateTime s = TaskSpan::start(t);
        if (s.isValid() && (!first.isValid() || s < first))
            first = s;
    }
    return first;
}

QDateTime TaskListModel::lastEnd() const
{
    QDateTime last;
    for (const RunTask& t : m_rows) {
        const QDateTime e = TaskSpan::end(t);
        if (e.isValid() && (!last.isValid() || e > last))
            last = e;
    }
    return last;
}

} // namespace Cloacina

#pragma once

#include <QSortFilterProxyModel>

namespace Cloacina {

//! Sorts and filters a TaskListModel for a task table of any size (1000-task runs): a text
//! match on name, status and error, "problems only" (failed or retrying tasks), and sorting by
//! the column's value (times, durations and attempts as numbers, not as text). Without a sort
//! column (the default) rows keep the source order, which is stable while a run is followed.
class TaskFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    //! Case-insensitive text that the name, status or error must contain; empty: all.
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    //! Shows only failed and retrying tasks.
    Q_PROPERTY(bool problemsOnly READ problemsOnly WRITE setProblemsOnly NOTIFY problemsOnlyChanged)
public:
    //! A proxy that shows every row until configured; set the source with setSourceModel().
    explicit TaskFilterModel(QObject* parent = nullptr);

    //! The text filter; empty when none.
    QString text() const { return m_text; }
    //! Shows only rows matching \a text (empty: all).
    void setText(const QString& text);
    //! True when only failed and retrying tasks are shown.
    bool problemsOnly() const { return m_problemsOnly; }
    //! Shows only failed and retrying tasks when \a on is true.
    void setProblemsOnly(bool on);

signals:
    //! The text filter changed.
    void textChanged();
    //! problemsOnly changed.
    void problemsOnlyChanged();

protected:
    //! True when the source row passes both filters.
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    //! Compares by the column's typed value; rows without one (not started) sort last.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    bool m_problemsOnly = false;
};

} // namespace Cloacina

#pragma once

#include <cloacinamodels/console/refreshablelistmodel.h>
#include <cloacinamodels/console/triggerbackend.h>

namespace Cloacina {

//! One schedule of the Triggers list: a cron schedule or a trigger (poll) subscription.
struct TriggerRow {
    QString id; //!< schedule UUID (the row's key)
    QString name; //!< the trigger's name; the workflow's for a cron schedule
    QString kind; //!< schedule_type: "cron" or "trigger"
    //! the workflow it starts
    QString workflowName;
    //! the cron expression; empty for a polled trigger
    QString cronExpression;
    qint64 pollIntervalMs = 0; //!< 0 when not polled
    QDateTime nextRunAt; //!< invalid when unknown
    QDateTime lastRunAt; //!< invalid when never fired
    //! true while it does not fire
    bool paused = false;
    //! false for a disabled schedule
    bool enabled = true;
    //! What the name routes take: the trigger name, else the workflow name.
    QString routeName() const { return name; }
    //! "0 2 * * *" for cron, "every 5 s" for a polled trigger.
    QString scheduleText() const;
    //! Member-wise equality.
    bool operator==(const TriggerRow& o) const;
};

//! The tenant's schedules (`list_triggers`): name, kind, workflow, schedule, next and last fire,
//! paused. Keyed by schedule id, so refreshes keep rows, selection and scroll.
class TriggerListModel : public RefreshableListModel {
    Q_OBJECT
public:
    //! The Widgets table's columns, one per field.
    enum Column { NameColumn,
        KindColumn,
        WorkflowColumn,
        ScheduleColumn,
        NextColumn,
        LastColumn,
        PausedColumn,
        ColumnCount };
    //! The roles QML delegates read (roleNames()).
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        WorkflowNameRole,
        ScheduleRole,
        NextRunRole,
        LastRunRole,
        PausedRole,
        EnabledRole,
    };
    Q_ENUM(Role)

    //! An empty list; lists once a client is set.
    explicit TriggerListModel(QObject* parent = nullptr);

    //! Uses \a backend instead of the client's (tests); refreshes when valid.
    void setBackend(const TriggerBackend& backend);
    //! The backend in use.
    const TriggerBackend& backend() const { return m_backend; }

    //! ColumnCount columns.
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    //! A row's field: display text per column, or the value of a Role.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    //! The translated column titles.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! The Role names for QML (scheduleId, name, kind, nextRunAt, …).
    QHash<int, QByteArray> roleNames() const override;

    //! The row \a row (a default row when out of range).
    TriggerRow row(int row) const;
    //! The row of schedule \a id, or -1.
    Q_INVOKABLE int rowOfId(const QString& id) const;
    //! The first row named \a name, or -1.
    Q_INVOKABLE int rowOfName(const QString& name) const;

    //! The row of \a summary as this model shows it (also used by tests).
    static TriggerRow rowFrom(const TriggerScheduleSummary& summary);

protected:
    void fetch(quint64 ticket) override;
    void clientReplaced() override;
    QString emptyMessage() const override;
    int storedRowCount() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }

private:
    TriggerBackend m_backend;
    bool m_ownBackend = true;
    QList<TriggerRow> m_rows;
};

} // namespace Cloacina

#pragma once

#include <cloacinamodels/eventtypes.h>

#include <cloacina/executionevent.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <memory>

namespace Cloacina {

namespace Detail {
    class RunEventRows;
}

//! The event log of one run, fed in batches of the SDK's RunEvent (by an ExecutionFollower
//! through RunSession, or a test).
//!
//! The model does not merge: ExecutionFollower is the one place that joins history rows and
//! pushes on the event id (it has to be: SDK users without a model rely on it). appendEvents()
//! takes events the feeder has not delivered before (an id already in the log is dropped, so a
//! faulty feeder cannot show an event twice), and updateEvents() takes the sequence number and
//! task name the follower learnt later (ExecutionFollower::eventsUpdated()).
//!
//! Batches are buffered and flushed on a single-shot timer (flushInterval, ~50 ms): each
//! flush does at most one removal (cap trimming of the oldest rows), one beginInsertRows/
//! endInsertRows pair and one dataChanged per contiguous range of updated rows (when REST
//! fills in sequence_num or the task name of an event first seen as a push). The model is
//! reset only by setExecution(); a generation id makes late batches for the previous run be
//! dropped. Columns serve table views; QML uses the roles on column 0.
//!
//! Rows are stored compactly (about 100 bytes plus the event data, not a RunEvent each):
//! interned type and task names, the event data as its text, parsed when shown. A flush does
//! bounded work (maxPerFlush events; the rest follows in the next event-loop turn), so that a
//! large backlog never stalls the view; events wait for their flush as compact rows too.
//!
//! Threading: GUI thread only.
class RunEventModel : public QAbstractTableModel {
    Q_OBJECT
    //! The execution whose log this is; set by setExecution().
    Q_PROPERTY(QString executionId READ executionId NOTIFY executionIdChanged)
    //! Increments on every setExecution(); see generation().
    Q_PROPERTY(quint64 generation READ generation NOTIFY executionIdChanged)
    //! Row cap (default 200000); the oldest rows are trimmed beyond it. <= 0 means unbounded.
    Q_PROPERTY(int maxEvents READ maxEvents WRITE setMaxEvents NOTIFY maxEventsChanged)
    //! Delay in ms between the first queued batch and its flush (default 50).
    Q_PROPERTY(int flushInterval READ flushInterval WRITE setFlushInterval)
    //! Number of rows.
    Q_PROPERTY(int count READ rowCountProperty NOTIFY countChanged)
    //! Events dropped by the cap since setExecution().
    Q_PROPERTY(qint64 trimmedCount READ trimmedCount NOTIFY countChanged)
    //! Failure-category events currently in the log.
    Q_PROPERTY(int failureCount READ failureCount NOTIFY countChanged)

public:
    //! The table's columns, in display order.
    enum Column { TimeColumn,
        EventColumn,
        TaskColumn,
        DetailsColumn,
        SequenceColumn,
        SourceColumn,
        ColumnCount };
    Q_ENUM(Column)

    //! Item data roles beyond Qt's, served on column 0; roleNames() gives their QML names.
    enum Role {
        IdRole = Qt::UserRole + 1,
        TimeRole, //!< QDateTime (created_at)
        TimeTextRole, //!< "14:03:22.153"
        EventTypeRole, //!< raw event_type
        LabelRole, //!< "Task failed"; raw name for unknown types
        CategoryRole, //!< "started" | "progress" | "success" | "failure" | "retry" | "skip" | "unknown"
        CategoryColorRole, //!< "#rrggbb"
        KnownTypeRole, //!< bool
        TaskNameRole, //!< short task name
        TaskFullNameRole, //!< tenant::package::workflow::task
        EventDataRole, //!< pretty-printed event_data
        SummaryRole, //!< one-line event_data summary
        ErrorTextRole, //!< error/reason of a failure event
        SequenceNumRole, //!< qint64, -1 when not yet known
        SourceRole, //!< RunEvent::origin: "history" | "live" (Push) | "poll"
        IsFailureRole, //!< bool
    };
    Q_ENUM(Role)

    //! An empty log with no execution.
    explicit RunEventModel(QObject* parent = nullptr);
    ~RunEventModel() override;

    //! Number of rows; 0 for a valid \a parent.
    int rowCount(const QModelIndex& parent = {}) const override;
    //! ColumnCount; 0 for a valid \a parent.
    int columnCount(const QModelIndex& parent = {}) const override;
    //! The data of \a index for \a role: a column's display text, or one of the Role values.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    //! Translated column titles for horizontal headers.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! The QML names of the roles (e.g. `label`, `taskName`).
    QHash<int, QByteArray> roleNames() const override;

    //! The execution whose log this is.
    QString executionId() const { return m_executionId; }
    //! Increments on every setExecution(); pass it with batches to drop stale ones.
    quint64 generation() const { return m_generation; }

    //! Clears the log (one model reset) and starts a new generation for \a executionId.
    Q_INVOKABLE void setExecution(const QString& executionId);
    //! Queues \a events (new to the log) for the next flush unless \a generation is not the
    //! current one (then they are dropped and false is returned). An event whose id is already
    //! in the log, queued, or earlier in the batch is dropped: merging is the feeder's job.
    bool appendEvents(const QList<RunEvent>& events, quint64 generation);
    //! Queues \a events for the current generation.
    void appendEvents(const QList<RunEvent>& events);
    //! Queues later knowledge about rows appended before (their sequence number when known,
    //! their task name when not empty), unless \a generation is not the current one (then
    //! false). An update never adds a row: updates for ids no longer in the log (trimmed by the
    //! cap) or never in it are dropped, so an end-of-run sync of a huge run cannot re-insert
    //! trimmed events.
    bool updateEvents(const QList<RunEvent>& updates, quint64 generation);
    //! Applies queued events now (normally the flush timer does it).
    Q_INVOKABLE void flush();
    //! Events queued but not yet flushed (updates not included).
    int pendingCount() const;
    //! Most events one flush inserts; a larger backlog is inserted over several event-loop
    //! turns, so that no flush stalls the view. Queued events are stored as compact rows.
    static constexpr int maxPerFlush = 20000;

    //! The row cap; <= 0 when unbounded.
    int maxEvents() const { return m_maxEvents; }
    //! Keeps at most \a max rows (oldest trimmed in one removal); <= 0 = unbounded.
    void setMaxEvents(int max);
    //! The flush delay in ms.
    int flushInterval() const { return m_flushTimer.interval(); }
    //! Sets the flush delay to \a ms milliseconds.
    void setFlushInterval(int ms) { m_flushTimer.setInterval(ms); }
    //! Rows trimmed by the cap since setExecution().
    qint64 trimmedCount() const;
    //! Failure-category events currently in the log.
    int failureCount() const;

    //! The stored event at \a row (no bounds check beyond Q_ASSERT), rebuilt from the compact
    //! row: createdAtText is created_at in UTC with milliseconds (not the text as received).
    //! Returned by value since issue #14 (it was a const reference to a stored RunEvent).
    RunEvent event(int row) const;
    //! Row of event \a id, or -1.
    int rowOfId(const QString& id) const;
    //! Row of the last failure event, or -1.
    Q_INVOKABLE int lastFailureRow() const;

signals:
    //! setExecution() was called: a new execution id and a new generation.
    void executionIdChanged();
    //! The row cap changed.
    void maxEventsChanged();
    //! count, trimmedCount or failureCount changed.
    void countChanged();
    //! After each flush that changed rows: \a inserted new rows, \a updated merged rows.
    void flushed(int inserted, int updated);

private:
    int rowCountProperty() const { return rowCount(); }
    void scheduleFlush();

    std::unique_ptr<Detail::RunEventRows> m_rows;
    QList<RunEvent> m_pendingUpdates; // never become rows
    QTimer m_flushTimer;
    QString m_executionId;
    quint64 m_generation = 0;
    qint64 m_droppedFromBatches = 0; // rows of oversized batches never inserted
    int m_maxEvents = 200000;
    bool m_flushQueued = false; // a follow-up flush of a backlog is queued
};

//! Filters a RunEventModel: failures only and/or a text match on label, task and details.
class RunEventFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    //! Shows only failure events.
    Q_PROPERTY(bool failuresOnly READ failuresOnly WRITE setFailuresOnly NOTIFY failuresOnlyChanged)
    //! Shows only events whose label, type, task or summary contains this text (case-insensitive);
    //! empty shows all.
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
public:
    //! A filter showing every row until configured; set the source with setSourceModel().
    explicit RunEventFilterModel(QObject* parent = nullptr);
    //! True when only failure events are shown.
    bool failuresOnly() const { return m_failuresOnly; }
    //! Shows only failure events when \a on is true.
    void setFailuresOnly(bool on);
    //! The text filter; empty when none.
    QString text() const { return m_text; }
    //! Shows only rows matching \a text (empty: all).
    void setText(const QString& text);

signals:
    //! failuresOnly changed.
    void failuresOnlyChanged();
    //! The text filter changed.
    void textChanged();

protected:
    //! True when the source row passes both filters.
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_failuresOnly = false;
    QString m_text;
};

} // namespace Cloacina

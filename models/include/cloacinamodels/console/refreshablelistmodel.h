#pragma once

#include <cloacina/cloacinaclient.h>
#include <cloacina/error.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <utility>

namespace Cloacina {

//! The common ground of the console's list models (workflows, triggers, graphs, agents, keys, …):
//! a refresh that keeps rows, selection and scroll, the loading / error / empty states a view
//! shows, and auto-refresh.
//!
//! A subclass implements fetch(): it asks its backend and, when the answer arrives, calls
//! mergeRows() with the new rows and then finishRefresh() (or finishRefresh(error)). Answers of a
//! superseded refresh are recognised by the ticket fetch() received and dropped (isCurrent()).
//! One refresh runs at a time; refresh() during a refresh runs one more afterwards.
//!
//! Threading: the GUI thread only.
class RefreshableListModel : public QAbstractTableModel {
    Q_OBJECT
    //! The client to list with: a CloacinaClient or the QML module's `Client` (see clientOf()).
    Q_PROPERTY(QObject* client READ clientObject WRITE setClientObject NOTIFY clientChanged)
    //! True while a refresh runs.
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    //! True once a refresh succeeded (rows are real, an empty list means "none").
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY lastRefreshedChanged)
    //! Why the last refresh failed; kind None after a success. Rows of earlier refreshes stay.
    Q_PROPERTY(Cloacina::Error lastError READ lastError NOTIFY lastErrorChanged)
    //! True when the last refresh failed.
    Q_PROPERTY(bool hasError READ hasError NOTIFY lastErrorChanged)
    //! When the last successful refresh finished (UTC); invalid before.
    Q_PROPERTY(QDateTime lastRefreshed READ lastRefreshed NOTIFY lastRefreshedChanged)
    //! Auto-refresh period in ms; 0 (the default) = off.
    Q_PROPERTY(int autoRefreshInterval READ autoRefreshInterval WRITE setAutoRefreshInterval NOTIFY autoRefreshIntervalChanged)
    //! Number of rows.
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    //! What an empty view says: not connected, loading, the error, or emptyMessage().
    Q_PROPERTY(QString emptyText READ emptyText NOTIFY emptyTextChanged)

public:
    //! An empty list without a client.
    explicit RefreshableListModel(QObject* parent = nullptr);
    ~RefreshableListModel() override;

    //! The object given to setClientObject() (a CloacinaClient or the QML `Client`).
    QObject* clientObject() const;
    //! Lists with \a client from now on (not owned); forgets the rows; refreshes when set.
    void setClientObject(QObject* client);
    //! The client listed with, or null.
    CloacinaClient* client() const { return m_client; }

    //! True while a refresh runs.
    bool isLoading() const { return m_loading; }
    //! True once a refresh succeeded.
    bool isLoaded() const { return m_lastRefreshed.isValid(); }
    //! Why the last refresh failed; kind None after a success.
    Error lastError() const { return m_lastError; }
    //! True when the last refresh failed.
    bool hasError() const { return m_lastError.isError(); }
    //! When the last successful refresh finished (UTC); invalid before.
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    //! Auto-refresh period in ms; 0 = off.
    int autoRefreshInterval() const { return m_autoRefresh.isActive() ? m_autoRefresh.interval() : m_autoRefreshMs; }
    //! Refreshes every \a ms while a client is set; 0 turns auto-refresh off.
    void setAutoRefreshInterval(int ms);
    //! Number of rows.
    int count() const { return rowCount(); }
    //! What an empty view says; empty while there are rows.
    QString emptyText() const;

    //! The rows of the list (none under a valid \a parent: a flat table).
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;

public Q_SLOTS:
    //! Fetches the list again (merging by key); without a client it fails with kind Network.
    void refresh();
    //! Forgets every row, the error and the last refresh time.
    void clear();

Q_SIGNALS:
    //! The client changed.
    void clientChanged();
    //! loading changed.
    void loadingChanged();
    //! lastError changed.
    void lastErrorChanged();
    //! lastRefreshed (and loaded) changed.
    void lastRefreshedChanged();
    //! autoRefreshInterval changed.
    void autoRefreshIntervalChanged();
    //! The number of rows changed.
    void countChanged();
    //! emptyText changed.
    void emptyTextChanged();
    //! A refresh finished: \a ok, or lastError() says why not.
    void refreshed(bool ok);

protected:
    //! Starts fetching; call isCurrent(\a ticket) when the answer arrives, then mergeRows() and
    //! finishRefresh(). Called only with a client.
    virtual void fetch(quint64 ticket) = 0;
    //! Called when the client changes, before the refresh: rebuild the backend.
    virtual void clientReplaced() { }
    //! What an empty, loaded, error-free list says ("No workflows are registered.").
    virtual QString emptyMessage() const = 0;
    //! The row count of the subclass's storage.
    virtual int storedRowCount() const = 0;
    //! Empties the subclass's storage (called inside a model reset).
    virtual void clearRows() = 0;

    //! True when \a ticket belongs to the refresh that runs now (not superseded).
    bool isCurrent(quint64 ticket) const { return ticket == m_ticket; }
    //! Ends the refresh \a ticket: success with a default \a error, failure otherwise.
    void finishRefresh(quint64 ticket, const Error& error = {});

    //! Replaces \a rows by \a fresh in place, keyed by \a keyOf, with the minimal row inserts,
    //! removals, moves and dataChanged() so selection and scroll survive. \a same says whether a
    //! kept row is unchanged. The order of \a fresh wins.
    template <typename Row, typename KeyOf, typename Same>
    void mergeRows(QList<Row>& rows, QList<Row> fresh, KeyOf keyOf, Same same);

private:
    void setLoading(bool loading);
    void setError(const Error& error);
    void announceCountChange(int before);

    QPointer<CloacinaClient> m_client;
    QPointer<QObject> m_clientObject;
    QTimer m_autoRefresh;
    int m_autoRefreshMs = 0;
    quint64 m_ticket = 0;
    bool m_loading = false;
    bool m_again = false;
    Error m_lastError;
    QDateTime m_lastRefreshed;
    QString m_lastEmptyText;
};

template <typename Row, typename KeyOf, typename Same>
void RefreshableListModel::mergeRows(QList<Row>& rows, QList<Row> fresh, KeyOf keyOf, Same same)
{
    const int before = int(rows.size());
    QSet<decltype(keyOf(fresh.first()))> wanted;
    for (const Row& r : fresh)
        wanted.insert(keyOf(r));
    // 1. Rows that went away, from the back so the indexes stay valid.
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (wanted.contains(keyOf(rows.at(i))))
            continue;
        int first = i;
        while (first > 0 && !wanted.contains(keyOf(rows.at(first - 1))))
            --first;
        beginRemoveRows({}, first, i);
        rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first;
    }
    // 2. Walk the fresh order: keep, update, move up or insert.
    const int lastColumn = qMax(0, columnCount() - 1);
    for (int i = 0; i < fresh.size(); ++i) {
        const auto key = keyOf(fresh.at(i));
        if (i < rows.size() && keyOf(rows.at(i)) == key) {
            if (!same(rows.at(i), fresh.at(i))) {
                rows[i] = std::move(fresh[i]);
                Q_EMIT dataChanged(index(i, 0), index(i, lastColumn));
            }
            continue;
        }
        int found = -1;
        for (int j = i + 1; j < rows.size(); ++j) {
            if (keyOf(rows.at(j)) == key) {
                found = j;
                break;
            }
        }
        if (found >= 0) {
            beginMoveRows({}, found, found, {}, i);
            rows.move(found, i);
            endMoveRows();
            if (!same(rows.at(i), fresh.at(i))) {
                rows[i] = std::move(fresh[i]);
                Q_EMIT dataChanged(index(i, 0), index(i, lastColumn));
            }
        } else {
            beginInsertRows({}, i, i);
            rows.insert(i, std::move(fresh[i]));
            endInsertRows();
        }
    }
    announceCountChange(before);
}

} // namespace Cloacina

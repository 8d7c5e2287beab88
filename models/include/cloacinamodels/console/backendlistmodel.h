#pragma once

#include <cloacinamodels/console/refreshablelistmodel.h>

#include <cloacina/whenready.h>

#include <functional>

namespace Cloacina {

//! A RefreshableListModel that fetches through a \a Backend (a struct of fetchers with
//! isValid()), built from the client by \a fromClient unless a test set one with setBackend().
//! The one way the console builds a backend-fed list: the graph, admin and fleet lists.
//!
//! A subclass's fetch() checks backendReady(), then hands its fetcher's future to mergeAnswer()
//! (rows keyed by a field) or adoptAnswer() (any other answer).
template <typename Backend, Backend (*fromClient)(CloacinaClient*)>
class BackendListModel : public RefreshableListModel {
public:
    //! The constructors of RefreshableListModel.
    using RefreshableListModel::RefreshableListModel;

    //! Fetches through \a backend from now on instead of the client's (tests, other transports).
    //! Still needs a client (any) to refresh: without one the model says "Not connected".
    void setBackend(Backend backend)
    {
        m_backend = std::move(backend);
        m_customBackend = true;
        if (client())
            refresh();
    }
    //! The fetchers in use.
    const Backend& backend() const { return m_backend; }

protected:
    void clientReplaced() override
    {
        if (!m_customBackend)
            m_backend = fromClient(client());
    }

    //! False (and refresh \a ticket failed) when the backend lacks a fetcher.
    bool backendReady(quint64 ticket)
    {
        if (m_backend.isValid())
            return true;
        finishRefresh(ticket, Error::make(Error::Kind::Canceled, tr("No backend to list with.")));
        return false;
    }

    //! Settles refresh \a ticket with \a future's answer: \a adopt(value) merges the value into
    //! the rows (mergeRows()), or the error is recorded. An answer of a superseded refresh is
    //! dropped.
    template <typename T, typename Adopt>
    void adoptAnswer(quint64 ticket, QFuture<Result<T>> future, Adopt adopt)
    {
        whenReady(std::move(future), this, [this, ticket, adopt](const Result<T>& r) {
            if (!isCurrent(ticket))
                return;
            if (!r) {
                finishRefresh(ticket, r.error());
                return;
            }
            adopt(r.value());
            finishRefresh(ticket);
        });
    }

    //! Settles refresh \a ticket with the items of \a future's list envelope: merges them into
    //! \a rows by \a keyOf (unchanged rows stay untouched), or records the error.
    template <typename T, typename KeyOf>
    void mergeAnswer(quint64 ticket, QFuture<Result<ListResponse<T>>> future, QList<T>& rows, KeyOf keyOf)
    {
        adoptAnswer(ticket, std::move(future), [this, &rows, keyOf](const ListResponse<T>& list) {
            mergeRows(rows, list.items, keyOf, std::equal_to<T>());
        });
    }
    //! The same for a fetcher that answers with the rows themselves.
    template <typename T, typename KeyOf>
    void mergeAnswer(quint64 ticket, QFuture<Result<QList<T>>> future, QList<T>& rows, KeyOf keyOf)
    {
        adoptAnswer(ticket, std::move(future), [this, &rows, keyOf](const QList<T>& fresh) {
            mergeRows(rows, fresh, keyOf, std::equal_to<T>());
        });
    }

private:
    Backend m_backend;
    bool m_customBackend = false;
};

} // namespace Cloacina

#pragma once

#include <cloacinamodels/console/refreshablelistmodel.h>

#include <cloacina/whenready.h>

namespace Cloacina {

//! A RefreshableListModel that fetches through a \a Backend (a struct of fetchers with
//! isValid()), built from the client by \a fromClient unless a test set one with setBackend().
//! The base of the graph and admin lists.
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

    //! Settles refresh \a ticket with \a future's answer: merges its items into \a rows by
    //! \a keyOf (unchanged rows stay untouched) or records the error.
    template <typename T, typename KeyOf>
    void mergeAnswer(quint64 ticket, QFuture<Result<ListResponse<T>>> future, QList<T>& rows, KeyOf keyOf)
    {
        whenReady(std::move(future), this, [this, ticket, &rows, keyOf](const Result<ListResponse<T>>& r) {
            if (!isCurrent(ticket))
                return;
            if (!r) {
                finishRefresh(ticket, r.error());
                return;
            }
            mergeRows(rows, r.value().items, keyOf, [](const T& a, const T& b) { return a == b; });
            finishRefresh(ticket);
        });
    }

private:
    Backend m_backend;
    bool m_customBackend = false;
};

} // namespace Cloacina

#pragma once

#include <cloacinamodels/console/graphbackend.h>
#include <cloacinamodels/console/refreshablelistmodel.h>

#include <cloacina/whenready.h>

namespace Cloacina {

//! The base of the computation-graph lists (graphs, reactors, accumulators, fires, fire series):
//! a RefreshableListModel that fetches through a GraphBackend, built from the client unless a
//! test set one with setBackend().
class GraphConsoleModel : public RefreshableListModel {
    Q_OBJECT
public:
    explicit GraphConsoleModel(QObject* parent = nullptr);

    //! Fetches through \a backend from now on instead of the client's (tests, other transports).
    //! Still needs a client (any) to refresh: without one the model says "Not connected".
    void setBackend(GraphBackend backend);
    const GraphBackend& backend() const { return m_backend; }

protected:
    void clientReplaced() override;
    //! False (and refresh \a ticket failed) when the backend lacks a fetcher.
    bool backendReady(quint64 ticket);

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
    GraphBackend m_backend;
    bool m_customBackend = false;
};

} // namespace Cloacina

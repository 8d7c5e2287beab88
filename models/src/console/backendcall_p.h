#pragma once
// What every console backend built from a client does: call the client while it exists (else
// settle with Canceled naming the operation), unwrap list envelopes, name the client's tenant.
#include "clientgone_p.h"

#include <cloacina/cloacinaclient.h>

#include <QPointer>

#include <utility>

namespace Cloacina::Internal {

//! \a call(client) while \a client exists; else a future settled with Canceled for \a operationId.
template <typename T, typename Call>
QFuture<Result<T>> callClient(const QPointer<CloacinaClient>& client, const char* operationId, Call&& call)
{
    if (!client)
        return failedFuture<T>(clientGone(QString::fromLatin1(operationId)));
    return std::forward<Call>(call)(client.data());
}

//! The rows of a list envelope (`{items, total}`) when \a future settles.
template <typename List>
QFuture<Result<decltype(List::items)>> itemsOf(QFuture<Result<List>> future)
{
    return future.then([](const Result<List>& r) -> Result<decltype(List::items)> {
        if (!r)
            return r.error();
        return r.value().items;
    });
}

//! The tenant \a client lists by default; "public" without one.
inline QString tenantOf(const QPointer<CloacinaClient>& client)
{
    return client && !client->tenant().isEmpty() ? client->tenant() : QStringLiteral("public");
}

} // namespace Cloacina::Internal

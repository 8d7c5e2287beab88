#pragma once

// What every console backend's fetchers share: call the client while it lives.

#include "clientgone_p.h"

#include <cloacina/cloacinaclient.h>

#include <QPointer>

namespace Cloacina::Detail {

//! \a call(client) while the client lives, else a future settled with a Canceled error naming
//! \a operationId.
template <typename T, typename Call>
QFuture<Result<T>> callClient(const QPointer<CloacinaClient>& client, const char* operationId, Call call)
{
    if (!client)
        return Internal::failedFuture<T>(Internal::clientGone(QLatin1String(operationId)));
    return call(client.data());
}

} // namespace Cloacina::Detail

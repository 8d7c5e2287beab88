#pragma once
// The shape every console action takes (pause, delete, fire, …): busy while the call runs, the
// success handler with the answer, then one "finished" report with the error, if any.
#include <cloacina/error.h>
#include <cloacina/result.h>
#include <cloacina/whenready.h>

#include <QFuture>
#include <QObject>

#include <functional>

namespace Cloacina::Internal {

//! Runs \a future for \a operationId in \a context: \a setBusy(true) now and (false) when it
//! settles, then \a onSuccess with the answer (if it succeeded) and \a finished with the error
//! (kind None on success).
template <typename T>
void runAction(QObject* context, const QString& operationId, QFuture<Result<T>> future,
    std::function<void(bool)> setBusy, std::function<void(const T&)> onSuccess,
    std::function<void(const QString&, const Error&)> finished)
{
    setBusy(true);
    whenReady(future, context, [operationId, setBusy, onSuccess, finished](const Result<T>& r) {
        setBusy(false);
        if (r && onSuccess)
            onSuccess(r.value());
        finished(operationId, r ? Error() : r.error());
    });
}

} // namespace Cloacina::Internal

#pragma once
// Futures that are already settled with an error: what an operation returns once the client
// it needs is gone. Shared by the client's streams and the models' backends.
#include <cloacina/error.h>
#include <cloacina/result.h>

#include <QFuture>
#include <QPromise>
#include <QString>

#include <utility>

namespace Cloacina::Internal {

//! A future that has already settled with \a error.
template <typename T>
QFuture<Result<T>> failedFuture(Error error)
{
    QPromise<Result<T>> promise;
    promise.start();
    promise.addResult(Result<T>(std::move(error)));
    promise.finish();
    return promise.future();
}

//! The Canceled error of \a operationId called after its client was destroyed.
inline Error clientGone(const QString& operationId)
{
    return Error::make(Error::Kind::Canceled, QStringLiteral("the client was destroyed"), operationId);
}

} // namespace Cloacina::Internal

#pragma once

#include <cloacina/result.h>

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>

#include <memory>

namespace Cloacina::Internal {

//! Maps the SDK future \a inner through \a fn (run in \a context's thread) into a new future
//! that behaves like an SDK future: canceling the returned future cancels \a inner (which aborts
//! its request), and it settles exactly once. If \a context dies first, the returned future is
//! canceled and \a fn never runs.
//!
//! `fn` has the signature `Result<Out>(const Result<In>&)`.
template <typename Out, typename In, typename Fn>
QFuture<Result<Out>> chain(QFuture<Result<In>> inner, QObject* context, Fn fn)
{
    auto promise = std::make_shared<QPromise<Result<Out>>>();
    promise->start();
    QFuture<Result<Out>> outer = promise->future();

    auto* cancelWatcher = new QFutureWatcher<Result<Out>>(context);
    QObject::connect(cancelWatcher, &QFutureWatcherBase::canceled, cancelWatcher,
        [inner]() mutable { inner.cancel(); });
    cancelWatcher->setFuture(outer);

    auto* innerWatcher = new QFutureWatcher<Result<In>>(context);
    QObject::connect(innerWatcher, &QFutureWatcherBase::finished, innerWatcher,
        [innerWatcher, cancelWatcher, promise, fn = std::move(fn)]() mutable {
            innerWatcher->deleteLater();
            cancelWatcher->deleteLater();
            const QFuture<Result<In>> settled = innerWatcher->future();
            if (settled.isCanceled() || settled.resultCount() == 0) {
                promise->future().cancel();
            } else if (!promise->future().isCanceled()) {
                promise->addResult(fn(settled.result()));
            }
            promise->finish();
        });
    innerWatcher->setFuture(inner);
    return outer;
}

} // namespace Cloacina::Internal

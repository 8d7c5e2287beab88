#pragma once

#include <cloacina/result.h>

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace Cloacina {

//! The sanctioned way to consume an SDK future from a QObject.
//!
//! Invokes `fn(const Result<T>&)` in \a context's thread once \a future settles, unless
//! \a context is destroyed first (then nothing is called). A canceled future delivers an
//! Error of kind Canceled, so `fn` runs exactly once whatever happens to the call.
template <typename T, typename Fn>
void whenReady(QFuture<Result<T>> future, QObject* context, Fn&& fn)
{
    auto* watcher = new QFutureWatcher<Result<T>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
        [watcher, fn = std::forward<Fn>(fn)]() mutable {
            watcher->deleteLater();
            const QFuture<Result<T>> settled = watcher->future();
            if (settled.isCanceled() || settled.resultCount() == 0)
                fn(Result<T>(Error::canceled()));
            else
                fn(settled.result());
        });
    watcher->setFuture(std::move(future));
}

} // namespace Cloacina

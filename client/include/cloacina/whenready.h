#pragma once

#include <cloacina/result.h>

#include <QFuture>
#include <QFutureWatcher>
#include <QMetaObject>
#include <QObject>
#include <QThread>

#include <utility>

namespace Cloacina {

namespace Detail {
    //! How the settled result reaches `fn`.
    enum class Delivery {
        Share, //!< `fn(const Result<T>&)`, the future keeps its copy.
        Take, //!< `fn(Result<T>&&)` moved out of the future, for its only consumer.
    };

    //! Watches \a future with a watcher owned by \a context; must run in \a context's thread.
    //! With Delivery::Take, `fn` owns the value (a list it changes is not copied first), and the
    //! future no longer holds a result afterwards: nothing else may read it.
    template <typename T, Delivery delivery = Delivery::Share, typename Fn>
    void watchInContextThread(QFuture<Result<T>> future, QObject* context, Fn fn)
    {
        auto* watcher = new QFutureWatcher<Result<T>>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
            [watcher, fn = std::move(fn)]() mutable {
                // Once: taking the result resets the future's state, and a promise destroyed
                // unfinished afterwards would report a second finish.
                QObject::disconnect(watcher, nullptr, nullptr, nullptr);
                watcher->deleteLater();
                QFuture<Result<T>> settled = watcher->future();
                if (settled.isCanceled() || settled.resultCount() == 0)
                    fn(Result<T>(Error::canceled()));
                else if constexpr (delivery == Delivery::Take)
                    fn(settled.takeResult());
                else
                    fn(settled.result());
            });
        watcher->setFuture(std::move(future));
    }
} // namespace Detail

//! The sanctioned way to consume an SDK future from a QObject.
//!
//! Invokes `fn(const Result<T>&)` in \a context's thread once \a future settles, unless
//! \a context is destroyed first (then nothing is called, ever). A canceled future delivers an
//! Error of kind Canceled, so `fn` runs exactly once whatever happens to the call.
//!
//! \b Threads: may be called from any thread. When \a context lives in another thread, the
//! watching is handed over to \a context's thread (queued), so `fn` still runs there and is
//! still dropped if \a context is destroyed before or after the hand-over. A null \a context
//! means the calling thread, with nothing to outlive (fn always runs).
template <typename T, typename Fn>
void whenReady(QFuture<Result<T>> future, QObject* context, Fn&& fn)
{
    if (!context || context->thread() == QThread::currentThread()) {
        Detail::watchInContextThread<T>(std::move(future), context, std::forward<Fn>(fn));
        return;
    }
    // A QObject cannot get a parent in another thread (Qt refuses and warns), which would leave
    // the watcher unowned and fn running after context died. Queued to context's thread
    // instead: Qt drops the call if context is destroyed before it is delivered.
    QMetaObject::invokeMethod(
        context,
        [future = std::move(future), context, fn = std::forward<Fn>(fn)]() mutable {
            Detail::watchInContextThread<T>(std::move(future), context, std::move(fn));
        },
        Qt::QueuedConnection);
}

} // namespace Cloacina

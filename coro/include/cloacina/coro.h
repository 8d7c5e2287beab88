#pragma once

//! \file
//! C++20 coroutines over the SDK, with QCoro (Debian: qcoro-qt6-dev). Optional and separate:
//! link `CloacinaQt::Coro` (find_package(CloacinaQt COMPONENTS Coro)); the SDK itself stays
//! C++17. Inside a `QCoro::Task<>` coroutine, running in a thread with an event loop:
//!
//! \code
//! #include <cloacina/coro.h>
//!
//! QCoro::Task<> report(CloacinaClient* client, QString id)
//! {
//!     Cloacina::Result<Cloacina::ExecutionSummaryList> page = co_await client->listExecutions({});
//!     if (!page) { qWarning() << page.error().toString(); co_return; }
//!     auto* follower = Cloacina::followExecution(client, id, client);
//!     const Cloacina::Result<QString> status = co_await Cloacina::Coro::finished(follower);
//!     const auto outcome = co_await Cloacina::waitForExecution(client, id);   // the same, in one call
//! }
//! \endcode
//!
//! Every SDK future (`QFuture<Cloacina::Result<T>>`) can be co_awaited and yields its
//! `Result<T>`. Unlike QCoro 0.8's generic QFuture awaiter, a canceled future (the client was
//! destroyed, or the call was canceled) yields an Error of kind Canceled instead of reading a
//! result that does not exist, and nothing resumes a coroutine that was destroyed meanwhile.
//! Coroutines resume from the event loop, never from inside an SDK signal.
//!
//! As with any QCoro code: coroutine lambdas must not capture (pass state as parameters), and
//! objects a suspended coroutine refers to must outlive it.

#if !defined(__cpp_impl_coroutine) || __cplusplus < 202002L
#error "cloacina/coro.h needs C++20 (set CXX_STANDARD 20 on the target that includes it)"
#endif

#include <cloacina/error.h>
#include <cloacina/executionfollower.h>
#include <cloacina/result.h>
#include <cloacina/waitforexecution.h>

#include <QCoroTask>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <coroutine>
#include <memory>
#include <optional>
#include <utility>

namespace Cloacina::Coro {

//! Awaiter of an SDK future: yields its Result<T> (Canceled when the future has none).
template <typename T>
class ResultAwaiter {
public:
    //! Awaits \a future.
    explicit ResultAwaiter(QFuture<Result<T>> future)
        : m_future(std::move(future))
    {
    }
    //! True when the future has already settled.
    bool await_ready() const noexcept { return m_future.isFinished(); }
    //! Resumes \a handle from the event loop once the future settles.
    void await_suspend(std::coroutine_handle<> handle)
    {
        // Owned by this awaiter (in the coroutine frame): destroying the frame stops it.
        m_watcher = std::make_unique<QFutureWatcher<Result<T>>>();
        QObject::connect(
            m_watcher.get(), &QFutureWatcherBase::finished, m_watcher.get(), [handle] { handle.resume(); },
            Qt::QueuedConnection);
        m_watcher->setFuture(m_future);
    }
    //! The result, or an Error of kind Canceled.
    Result<T> await_resume()
    {
        if (m_watcher)
            m_watcher.release()->deleteLater(); // resumed from its own signal: not deleted here
        if (m_future.isCanceled() || m_future.resultCount() == 0)
            return Result<T>(Error::canceled());
        return m_future.result();
    }

private:
    QFuture<Result<T>> m_future;
    std::unique_ptr<QFutureWatcher<Result<T>>> m_watcher;
};

//! Awaiter of ExecutionFollower::finished(); see finished().
class FollowerAwaiter {
public:
    //! Awaits the end of \a follower.
    explicit FollowerAwaiter(ExecutionFollower* follower)
        : m_follower(follower)
    {
    }
    //! True when the follower has already ended (or is gone).
    bool await_ready() const noexcept { return !m_follower || m_follower->isEnded(); }
    //! Resumes \a handle from the event loop when the follower finishes, fails or is destroyed.
    void await_suspend(std::coroutine_handle<> handle)
    {
        m_guard = std::make_unique<QObject>();
        QObject* guard = m_guard.get();
        auto settle = [this, guard, handle](Result<QString> result) {
            if (m_result)
                return;
            m_result = std::move(result);
            QObject::disconnect(m_finished);
            QObject::disconnect(m_failed);
            QObject::disconnect(m_destroyed);
            // Not from inside the follower's signal: the coroutine may delete the follower.
            QMetaObject::invokeMethod(
                guard, [handle] { handle.resume(); }, Qt::QueuedConnection);
        };
        m_finished = QObject::connect(m_follower, &ExecutionFollower::finished, guard,
            [settle](const QString& status) { settle(Result<QString>(status)); });
        m_failed = QObject::connect(m_follower, &ExecutionFollower::failed, guard,
            [settle](const Error& error) { settle(Result<QString>(error)); });
        m_destroyed = QObject::connect(m_follower, &QObject::destroyed, guard,
            [settle] { settle(Result<QString>(Error::canceled())); });
    }
    //! The terminal status, the follower's fatal error, or Canceled (stopped or destroyed).
    Result<QString> await_resume()
    {
        if (m_guard)
            m_guard.release()->deleteLater();
        if (m_result)
            return std::move(*m_result);
        return endedResult();
    }

private:
    Result<QString> endedResult() const
    {
        if (!m_follower)
            return Result<QString>(Error::canceled());
        if (isTerminalExecutionStatus(m_follower->status()))
            return Result<QString>(m_follower->status());
        if (m_follower->lastError().kind != Error::Kind::Canceled && !m_follower->lastError().message.isEmpty())
            return Result<QString>(m_follower->lastError());
        return Result<QString>(Error::canceled());
    }

    QPointer<ExecutionFollower> m_follower;
    std::unique_ptr<QObject> m_guard;
    std::optional<Result<QString>> m_result;
    QMetaObject::Connection m_finished;
    QMetaObject::Connection m_failed;
    QMetaObject::Connection m_destroyed;
};

//! `co_await Cloacina::Coro::finished(follower)`: the execution's terminal status ("Completed",
//! "Failed", "Cancelled") once every event was delivered; the follower's fatal error (failed());
//! or an Error of kind Canceled when it was stopped or destroyed. Returns at once for a follower
//! that has already ended.
inline FollowerAwaiter finished(ExecutionFollower* follower)
{
    return FollowerAwaiter(follower);
}

} // namespace Cloacina::Coro

namespace QCoro::detail {

//! QCoro's extension point: inside a QCoro::Task, `co_await` on an SDK future uses
//! Cloacina::Coro::ResultAwaiter (more specialised than QCoro's own QFuture awaiter).
template <typename T>
struct awaiter_type;
template <typename T>
struct awaiter_type<QFuture<Cloacina::Result<T>>> {
    using type = Cloacina::Coro::ResultAwaiter<T>;
};

} // namespace QCoro::detail

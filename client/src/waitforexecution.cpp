#include <cloacina/waitforexecution.h>

#include <cloacina/cloacinaclient.h>
#include <cloacina/executionfollower.h>
#include <cloacina/streams.h>

#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>
#include <QTimer>

#include <memory>
#include <optional>

namespace Cloacina {

QFuture<Result<ExecutionOutcome>> waitForExecution(
    CloacinaClient* client, const QString& executionId, const WaitOptions& options)
{
    auto promise = std::make_shared<QPromise<Result<ExecutionOutcome>>>();
    promise->start();
    const QFuture<Result<ExecutionOutcome>> future = promise->future();

    // A child of the client: destroying the client destroys the follower, which cancels.
    auto* follower = new ExecutionFollower(followerBackend(client, executionId, options.tenant), executionId, client);
    follower->setLiveEnabled(options.live);
    follower->setTiming(options.timing);
    follower->setRetainEvents(true); // the outcome lists every event

    // Settles exactly once, then lets the follower go (never deleted inside its own signal).
    auto settled = std::make_shared<bool>(false);
    auto settle = [promise, settled, guard = QPointer<ExecutionFollower>(follower)](
                      std::optional<Result<ExecutionOutcome>> result) {
        if (*settled)
            return;
        *settled = true;
        if (result && !promise->future().isCanceled())
            promise->addResult(std::move(*result));
        else
            promise->future().cancel();
        promise->finish();
        if (guard) { // null when the follower is being destroyed (with the client)
            guard->stop();
            guard->deleteLater();
        }
    };

    QObject::connect(follower, &ExecutionFollower::finished, follower, [settle, follower](const QString& status) {
        ExecutionOutcome outcome;
        outcome.executionId = follower->executionId();
        outcome.statusText = status;
        outcome.status = executionStatusFromString(status);
        outcome.events = follower->events();
        outcome.tasks = follower->tasks();
        settle(Result<ExecutionOutcome>(std::move(outcome)));
    });
    QObject::connect(follower, &ExecutionFollower::failed, follower,
        [settle](const Error& error) { settle(Result<ExecutionOutcome>(error)); });
    QObject::connect(follower, &QObject::destroyed, follower, [settle] { settle(std::nullopt); });

    if (options.timeout.count() > 0) {
        auto* timer = new QTimer(follower);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, follower, [settle, executionId, timeout = options.timeout] {
            settle(Result<ExecutionOutcome>(Error::make(Error::Kind::Timeout,
                QStringLiteral("execution %1 did not end within %2 ms").arg(executionId).arg(timeout.count()),
                QStringLiteral("waitForExecution"))));
        });
        timer->start(options.timeout);
    }

    // Canceling the returned future stops following.
    auto* cancelWatcher = new QFutureWatcher<Result<ExecutionOutcome>>(follower);
    QObject::connect(cancelWatcher, &QFutureWatcherBase::canceled, follower, [settle] { settle(std::nullopt); });
    cancelWatcher->setFuture(future);

    follower->start();
    return future;
}

} // namespace Cloacina

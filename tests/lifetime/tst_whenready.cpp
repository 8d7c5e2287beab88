// whenReady() and threads: the callback runs in the context's thread, never after the context
// died, whichever thread whenReady() was called from.
#include <cloacina/whenready.h>

#include <QJsonValue>
#include <QPromise>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Cloacina;

namespace {

using Promise = QPromise<Result<QJsonValue>>;

std::unique_ptr<Promise> startedPromise()
{
    auto promise = std::make_unique<Promise>();
    promise->start();
    return promise;
}

void settle(Promise& promise)
{
    promise.addResult(Result<QJsonValue>(QJsonValue(42)));
    promise.finish();
}

// Runs \a fn in \a object's thread and waits for it.
template <typename Fn>
void runIn(QObject* object, Fn fn)
{
    QMetaObject::invokeMethod(object, fn, Qt::BlockingQueuedConnection);
}

} // namespace

class TstWhenReady : public QObject {
    Q_OBJECT

private:
    QThread* worker = nullptr;

    // A QObject living in the worker thread (which runs an event loop).
    QObject* workerObject()
    {
        auto* object = new QObject;
        object->moveToThread(worker);
        return object;
    }

    static void destroyInItsThread(QObject* object)
    {
        runIn(object, [object] { delete object; });
    }

private Q_SLOTS:
    void init()
    {
        worker = new QThread;
        worker->start();
    }

    void cleanup()
    {
        worker->quit();
        QVERIFY(worker->wait(10000));
        delete worker;
        worker = nullptr;
    }

    void contextInAnotherThreadRunsThere()
    {
        auto promise = startedPromise();
        QObject* context = workerObject();
        std::atomic<QThread*> ranIn { nullptr };
        std::atomic<int> value { 0 };
        whenReady(promise->future(), context, [&](const Result<QJsonValue>& r) {
            value = r.ok() ? r.value().toInt() : -1;
            ranIn = QThread::currentThread();
        });
        settle(*promise);
        QTRY_VERIFY(ranIn.load() != nullptr);
        QCOMPARE(ranIn.load(), worker);
        QCOMPARE(value.load(), 42);
        destroyInItsThread(context);
    }

    void contextInAnotherThreadDestroyedGetsNoCallback()
    {
        auto promise = startedPromise();
        auto sentinel = startedPromise();
        QObject* context = workerObject();
        QObject* survivor = workerObject();
        std::atomic<int> calls { 0 };
        std::atomic<bool> sentinelRan { false };
        whenReady(promise->future(), context, [&](const Result<QJsonValue>&) { ++calls; });
        runIn(context, [] {}); // the hand-over (queued before this) has happened
        destroyInItsThread(context);
        settle(*promise);
        // Settled after the watched future, in the same thread: once it ran, the other would have.
        whenReady(sentinel->future(), survivor, [&](const Result<QJsonValue>&) { sentinelRan = true; });
        runIn(survivor, [] {});
        settle(*sentinel);
        QTRY_VERIFY(sentinelRan.load());
        QCoreApplication::processEvents();
        QCOMPARE(calls.load(), 0);
        destroyInItsThread(survivor);
    }

    void contextDestroyedBeforeTheHandOverGetsNoCallback()
    {
        auto promise = startedPromise();
        QObject* context = workerObject();
        std::atomic<int> calls { 0 };
        // Block the worker so the queued hand-over cannot run before the context dies.
        QSemaphore started;
        QSemaphore release;
        QMetaObject::invokeMethod(context, [&] {
            started.release();
            release.acquire();
        });
        started.acquire();
        whenReady(promise->future(), context, [&](const Result<QJsonValue>&) { ++calls; });
        QMetaObject::invokeMethod(context, [context] { delete context; });
        release.release();
        settle(*promise);
        auto* flush = workerObject();
        runIn(flush, [] {}); // the deletion (queued before) has run, and any hand-over with it
        QCoreApplication::processEvents();
        QCOMPARE(calls.load(), 0);
        destroyInItsThread(flush);
    }

    void calledFromAThreadWithoutEventLoopRunsInContextThread()
    {
        auto promise = startedPromise();
        QObject context;
        QThread* ranIn = nullptr;
        QFuture<Result<QJsonValue>> future = promise->future();
        std::unique_ptr<QThread> caller(QThread::create([&] {
            whenReady(future, &context, [&](const Result<QJsonValue>&) { ranIn = QThread::currentThread(); });
        }));
        caller->start();
        QVERIFY(caller->wait(10000));
        settle(*promise);
        QTRY_VERIFY(ranIn != nullptr);
        QCOMPARE(ranIn, QThread::currentThread());
    }

    void nullContextRunsInTheCallingThread()
    {
        auto promise = startedPromise();
        int calls = 0;
        whenReady(promise->future(), nullptr, [&](const Result<QJsonValue>& r) { calls += r.ok() ? 1 : 100; });
        settle(*promise);
        QTRY_COMPARE(calls, 1);
    }

    // The pagers' delivery: the value is moved out of the future (a list the callback changes
    // is not copied first), the callback runs once even when the promise dies afterwards.
    void takeDeliveryMovesTheResultOutOnce()
    {
        using ListPromise = QPromise<Result<QList<int>>>;
        auto promise = std::make_unique<ListPromise>();
        promise->start();
        QFuture<Result<QList<int>>> future = promise->future();
        QObject context;
        int calls = 0;
        bool unshared = false;
        Detail::watchInContextThread<QList<int>, Detail::Delivery::Take>(future, &context,
            [&](Result<QList<int>>&& result) {
                ++calls;
                QList<int> taken = std::move(result).value();
                unshared = taken.isDetached() && taken == QList<int> { 1, 2, 3 };
            });
        promise->addResult(Result<QList<int>>(QList<int> { 1, 2, 3 }));
        promise->finish();
        QTRY_COMPARE(calls, 1);
        QVERIFY(unshared);
        QCOMPARE(future.resultCount(), 0);
        promise.reset();
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(calls, 1);
    }
};

QTEST_GUILESS_MAIN(TstWhenReady)
#include "tst_whenready.moc"

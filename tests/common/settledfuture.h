#pragma once
// A future that has already settled with a value or an Error, for fake backends whose answer
// needs no waiting. Consumers still get it from the event loop (whenReady is never synchronous).
#include <cloacina/result.h>

#include <QFuture>
#include <QPromise>

#include <utility>

namespace CloacinaTest {

template <typename T>
QFuture<Cloacina::Result<T>> settled(Cloacina::Result<T> value)
{
    QPromise<Cloacina::Result<T>> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

} // namespace CloacinaTest

#pragma once
// Waits in the event loop for an SDK call's Result, with a bound: a call that never settles
// comes back as a Protocol error, so a hang fails the test instead of stalling the suite.
#include <cloacina/result.h>
#include <cloacina/whenready.h>

#include <QFuture>
#include <QObject>
#include <QTest>

#include <optional>

namespace CloacinaTest {

template <typename T>
Cloacina::Result<T> await(QFuture<Cloacina::Result<T>> future, int ms = 20000)
{
    QObject context;
    std::optional<Cloacina::Result<T>> out;
    Cloacina::whenReady(future, &context, [&](const Cloacina::Result<T>& r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, ms))
        return Cloacina::Error::make(Cloacina::Error::Kind::Protocol,
            QStringLiteral("test: the call never settled within %1 ms").arg(ms));
    return *out;
}

} // namespace CloacinaTest

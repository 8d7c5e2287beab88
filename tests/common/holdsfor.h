#pragma once
// Checks that something does NOT happen (no second callback, no retry, no late signal) without
// a fixed sleep: the event loop runs until the window closes, and the check fails the moment
// the condition breaks.
#include <QTest>

namespace CloacinaTest {

//! Runs the event loop for up to \a ms and returns true if \a condition held throughout;
//! returns false as soon as it stops holding.
template <typename Condition>
bool holdsFor(Condition condition, int ms)
{
    return !QTest::qWaitFor([&condition] { return !condition(); }, ms);
}

} // namespace CloacinaTest

#pragma once
// Stream settings and ticket futures for tests: short backoffs and deadlines so reconnects and
// timeouts happen within a test's bounded waits.
#include "settledfuture.h"

#include <cloacina/result.h>
#include <cloacina/streams.h>

#include <QFuture>
#include <QString>

namespace CloacinaTest {

//! Fast, still realistic stream timings: 10 ms first backoff, 150 ms cap, 5 s handshake limit.
//! Suites that provoke a particular deadline override that one field, with a comment why.
inline Cloacina::StreamTiming fastTiming()
{
    Cloacina::StreamTiming t;
    t.initialBackoffMs = 10;
    t.maxBackoffMs = 150;
    t.stableAfterMs = 2000;
    t.pingIntervalMs = 1000;
    t.pongTimeoutMs = 2000;
    t.handshakeTimeoutMs = 5000;
    t.closeTimeoutMs = 200;
    return t;
}

//! An already-settled ticket future: what a `StreamEndpoint::mintTicket` of a scripted peer
//! returns (the peer accepts any ticket).
inline QFuture<Cloacina::Result<QString>> readyTicket(const QString& ticket = QStringLiteral("t"))
{
    return settled(Cloacina::Result<QString>(ticket));
}

} // namespace CloacinaTest

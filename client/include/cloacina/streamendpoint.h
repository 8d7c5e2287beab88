#pragma once

#include <cloacina/cloacina_export.h>
#include <cloacina/result.h>

#include <QByteArray>
#include <QFuture>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>

//! \file
//! What every WebSocket stream of the SDK needs from the REST side: where the server is, how to
//! mint a single-use ticket, and the TLS settings. Build one with Cloacina::streamEndpoint()
//! (streams.h) from a CloacinaClient, or by hand in tests.

namespace Cloacina {

//! The server side of a stream, as a small copyable value.
//!
//! The long-lived API key never appears here and never travels in a URL: every connection
//! attempt calls mintTicket() for a fresh single-use ticket (`POST /v1/auth/ws-ticket`) and
//! passes it as `?token=`.
struct CLOACINA_EXPORT StreamEndpoint {
    //! REST base URL, `http(s)://host[:port][/prefix]`. `ws(s)://` is derived from it.
    QUrl baseUrl;
    //! Mints one ticket. Must settle exactly once; is called in the stream's thread. A
    //! failure with a non-transient Error (e.g. 401 for a bad key) ends the stream.
    std::function<QFuture<Result<QString>>()> mintTicket;
    //! TLS settings for `wss://`; a null configuration means Qt's defaults.
    QSslConfiguration sslConfiguration;
    //! User-Agent of the upgrade request; empty for Qt's default.
    QByteArray userAgent;

    //! True when baseUrl is an http(s) URL and mintTicket is set.
    bool isValid() const;
    //! `ws(s)://host[:port][/prefix]` + \a encodedPath (already percent-encoded, starting with
    //! '/'), without any query.
    QUrl webSocketUrl(const QString& encodedPath) const;
};

//! Timing knobs shared by the stream classes. The defaults suit production; tests shrink them.
struct CLOACINA_EXPORT StreamTiming {
    int initialBackoffMs = 100; //!< first reconnect delay (before jitter)
    int maxBackoffMs = 30000; //!< reconnect delay cap
    int stableAfterMs = 5000; //!< a connection that stayed up this long resets the backoff
    int pingIntervalMs = 15000; //!< WebSocket ping period; 0 disables pings
    int pongTimeoutMs = 10000; //!< no pong (nor any frame) within this after a ping: disconnect
    int handshakeTimeoutMs = 15000; //!< ticket + upgrade + first server frame
    int closeTimeoutMs = 1000; //!< how long a graceful close may wait before aborting
    //! Largest frame or message accepted from the server. A bigger one is refused unread (close
    //! 1009) and the stream fails with a Protocol error, code `ws_close_1009`: the server would
    //! only send the same oversized row again. A delivery frame is one base64 outbox row.
    qint64 maxIncomingMessageBytes = 16 * 1024 * 1024;
};

} // namespace Cloacina

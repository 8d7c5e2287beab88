#pragma once

#include "dispatcher_p.h"

#include <cloacina/error.h>
#include <cloacina/result.h>

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

namespace Cloacina::Internal {

//! Why the transport itself aborted a reply (as opposed to Qt's transfer timeout or a
//! network failure). OperationCanceledError with reason None means the transfer timed out.
enum class AbortReason {
    None,
    UserCanceled, //!< The caller canceled the future.
    ClientDestroyed, //!< The client went away with the call pending.
    TooLarge, //!< The body exceeded maxResponseBytes.
};

//! What a finished (or aborted) QNetworkReply left behind, detached from the reply so that the
//! mapping is a pure function and can be tested without a network.
struct ReplyOutcome {
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    int httpStatus = 0; //!< 0 when no status line arrived.
    QByteArray reasonPhrase;
    QByteArray body; //!< What was read (possibly partial).
    QString requestId; //!< `x-request-id`, if any.
    QByteArray contentType;
    QByteArray contentEncoding;
    qint64 contentLength = -1; //!< Declared Content-Length, -1 when absent.
    AbortReason abortReason = AbortReason::None;
    QStringList tlsErrors; //!< Certificate problems reported by sslErrors().
};

//! Context used to phrase errors.
struct MappingContext {
    QString operationId;
    int timeoutMs = 0;
    qint64 maxResponseBytes = 0;
    QByteArray secret; //!< Scrubbed from every message and body sample.
};

//! Maps \a outcome to a 2xx Response or a typed Error (STYLE §3):
//!  - our own aborts → Canceled / Decode(code `response_too_large`);
//!  - OperationCanceledError that we did not cause, or TimeoutError → Timeout;
//!  - transport-level failures (connection, proxy, TLS, truncated body) → Network, even when a
//!    status line had arrived;
//!  - a body shorter than its Content-Length → Network, never success;
//!  - non-2xx with a `{"error": …}` object → Api (code, message from `error`);
//!  - other non-2xx → Http with a body sample;
//!  - 2xx → Response (decoding happens later; an undecodable body becomes Decode there).
//! The request id, status, operation id and a scrubbed body sample are set on every error.
Result<Response> mapReply(const ReplyOutcome& outcome, const MappingContext& context);

} // namespace Cloacina::Internal

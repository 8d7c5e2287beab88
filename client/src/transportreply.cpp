#include "transportreply_p.h"

#include "logging_p.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace Cloacina::Internal {

namespace {

    bool isTransportLevel(QNetworkReply::NetworkError error)
    {
        // 1–99: connection, 101–199: proxy; ProtocolFailure: a broken HTTP stream.
        const int code = static_cast<int>(error);
        return (code > 0 && code < 200) || error == QNetworkReply::ProtocolFailure;
    }

    bool isTlsFailure(const ReplyOutcome& outcome)
    {
        return outcome.networkError == QNetworkReply::SslHandshakeFailedError
            || !outcome.tlsErrors.isEmpty();
    }

    QString statusText(const ReplyOutcome& outcome)
    {
        QString text = QStringLiteral("HTTP %1").arg(outcome.httpStatus);
        if (!outcome.reasonPhrase.isEmpty())
            text += QLatin1Char(' ') + QString::fromLatin1(outcome.reasonPhrase);
        return text;
    }

} // namespace

Result<Response> mapReply(const ReplyOutcome& outcome, const MappingContext& context)
{
    const QString secret = QString::fromUtf8(context.secret);
    auto fail = [&](Error::Kind kind, const QString& message) {
        Error error = Error::make(kind, scrub(message, secret), context.operationId);
        error.httpStatus = outcome.httpStatus;
        error.requestId = scrub(outcome.requestId, secret);
        // Scrub before sampling: a key straddling the sample's end would keep its first half.
        error.bodySample = Error::sampleOf(scrub(outcome.body, context.secret));
        return error;
    };

    switch (outcome.abortReason) {
    case AbortReason::UserCanceled:
        return fail(Error::Kind::Canceled, QStringLiteral("the call was canceled"));
    case AbortReason::ClientDestroyed:
        return fail(Error::Kind::Canceled, QStringLiteral("the client was destroyed with the call pending"));
    case AbortReason::TooLarge: {
        Error error = fail(Error::Kind::Decode,
            QStringLiteral("the response body exceeds the limit of %1 bytes (maxResponseBytes); "
                           "the transfer was aborted")
                .arg(context.maxResponseBytes));
        error.code = QStringLiteral("response_too_large");
        return error;
    }
    case AbortReason::None:
        break;
    }

    if (outcome.networkError == QNetworkReply::OperationCanceledError
        || outcome.networkError == QNetworkReply::TimeoutError) {
        // We abort replies only with a reason set, so this is Qt's transfer timeout.
        return fail(Error::Kind::Timeout,
            QStringLiteral("no complete answer within %1 ms").arg(context.timeoutMs));
    }

    if (isTlsFailure(outcome)) {
        QString message = QStringLiteral("TLS handshake failed");
        if (!outcome.tlsErrors.isEmpty())
            message += QStringLiteral(": ") + outcome.tlsErrors.join(QStringLiteral("; "));
        else if (!outcome.errorString.isEmpty())
            message += QStringLiteral(": ") + outcome.errorString;
        return fail(Error::Kind::Network, message);
    }

    if (isTransportLevel(outcome.networkError)) {
        if (outcome.httpStatus != 0) {
            return fail(Error::Kind::Network,
                QStringLiteral("the connection failed before the full response arrived (%1 after "
                               "%2 bytes): %3")
                    .arg(statusText(outcome))
                    .arg(outcome.body.size())
                    .arg(outcome.errorString));
        }
        return fail(Error::Kind::Network, outcome.errorString.isEmpty() ? QStringLiteral("network error %1").arg(static_cast<int>(outcome.networkError)) : outcome.errorString);
    }

    if (outcome.httpStatus == 0) {
        // Any other failure without a status line (unknown scheme, …).
        return fail(Error::Kind::Network, outcome.errorString.isEmpty() ? QStringLiteral("no HTTP response") : outcome.errorString);
    }

    // A body shorter than announced is a truncation, whatever the status says. A compressed body
    // is measured after decompression, so the check only applies to identity encodings.
    if (outcome.contentLength >= 0 && outcome.contentEncoding.isEmpty()
        && outcome.body.size() != outcome.contentLength) {
        return fail(Error::Kind::Network,
            QStringLiteral("truncated response: %1 of %2 announced bytes arrived (%3)")
                .arg(outcome.body.size())
                .arg(outcome.contentLength)
                .arg(statusText(outcome)));
    }

    if (outcome.httpStatus >= 200 && outcome.httpStatus < 300) {
        Response response;
        response.httpStatus = outcome.httpStatus;
        response.body = outcome.body;
        response.requestId = outcome.requestId;
        response.contentType = outcome.contentType;
        return response;
    }

    // Non-2xx: the server's own `{"error": "...", "code": "..."}` body, or someone else's page.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(outcome.body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue message = object.value(QLatin1String("error"));
        if (message.isString()) {
            // An empty `error` still deserves a sentence an operator can read.
            const QString text = message.toString().trimmed();
            Error error = fail(Error::Kind::Api, text.isEmpty() ? QStringLiteral("the server refused the request (HTTP %1)").arg(outcome.httpStatus) : text);
            const QJsonValue code = object.value(QLatin1String("code"));
            if (code.isString())
                error.code = scrub(code.toString(), secret);
            return error;
        }
    }
    return fail(Error::Kind::Http,
        outcome.body.isEmpty() ? statusText(outcome) + QStringLiteral(" with an empty body")
                               : statusText(outcome) + QStringLiteral(" without a server error body"));
}

} // namespace Cloacina::Internal

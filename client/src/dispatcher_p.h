#pragma once
// The seam between the generated operations and the transport. Private: not installed. In-tree
// tests, fuzzers and benchmarks reach it through the cloacina_client_private target.

#include "fastdecode_p.h"

#include <cloacina/cloacina_export.h>
#include <cloacina/json.h>
#include <cloacina/result.h>

#include <QByteArray>
#include <QFuture>
#include <QJsonDocument>
#include <QPromise>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace Cloacina {

//! One HTTP request, described independently of the transport. Paths are relative to the
//! server's base URL and already percent-encoded.
struct Request {
    QByteArray method; //!< "GET", "POST", "PUT", "DELETE".
    QString operationId; //!< OpenAPI operationId, or "raw" for the escape hatch.
    QString path; //!< e.g. "/v1/tenants/public/executions".
    QUrlQuery query; //!< Query parameters (never credentials).
    QByteArray body; //!< Request body; empty for none.
    QByteArray contentType; //!< Content type of body; empty for none.
    bool authenticated = true; //!< Sends `Authorization: Bearer <key>` when true.
};

//! A complete HTTP answer that the transport accepted as a success (2xx).
struct Response {
    int httpStatus = 0; //!< The 2xx status code.
    QByteArray body; //!< The complete response body.
    QString requestId; //!< The `x-request-id` header.
    QByteArray contentType; //!< The `Content-Type` header; empty when absent.
};

//! Decodes a 2xx \a response into T: parsed once with simdjson straight into the value
//! (Internal::decodeFast); when that fails or declines, the strict QJson decoder (the generated
//! Json::read) decides and names the path of a mismatch. An undecodable body is an Error of kind
//! Decode carrying the request id and a body sample.
template <typename T>
Result<T> decodeResponse(const Response& response, const QString& operationId);

//! Specialisation for operations whose contract declares no body schema: any JSON value, or
//! null for an empty body.
template <>
CLOACINA_EXPORT Result<QJsonValue> decodeResponse<QJsonValue>(const Response& response, const QString& operationId);

namespace Detail {
    //! Parses \a response's body as JSON, or returns a Decode error.
    CLOACINA_EXPORT Result<QJsonValue> parseBody(const Response& response, const QString& operationId);
    //! The Decode error for a body that parsed but did not match the schema.
    CLOACINA_EXPORT Error schemaMismatch(const Response& response, const QString& operationId, const QString& why);
} // namespace Detail

template <typename T>
Result<T> decodeResponse(const Response& response, const QString& operationId)
{
    {
        T value {};
        if (Internal::decodeFast(response.body, value))
            return value;
    }
    Result<QJsonValue> parsed = Detail::parseBody(response, operationId);
    if (!parsed)
        return parsed.error();
    Json::Context ctx;
    T value {};
    // Unqualified on purpose: argument-dependent lookup through Json::Context finds the
    // generated decoders however the headers were included.
    if (!read(parsed.value(), value, ctx))
        return Detail::schemaMismatch(response, operationId, ctx.errorString());
    return value;
}

//! The seam between the generated operations and the transport.
//!
//! The generated Operations class builds a Request per call and hands it to call<T>() of the
//! Dispatcher that Operations::dispatcher() returns; CloacinaClient's private part serves it
//! through the transport. Everything is public: the class is private to the SDK, and wrappers
//! (a recording decorator, a test double) forward to another Dispatcher.
class CLOACINA_EXPORT Dispatcher {
public:
    virtual ~Dispatcher();

    //! Sends \a request. Calls \a done exactly once with the 2xx Response or the Error,
    //! unless \a handle is canceled first (then the request is aborted and \a done may be
    //! dropped without being called). Must be called in the client's thread; \a done must not
    //! be called after the dispatcher is destroyed.
    virtual void dispatch(Request request, QFuture<void> handle,
        std::function<void(Result<Response>)> done)
        = 0;

    //! The tenant for a tenant-scoped path: \a perCall when not empty, else the client's
    //! default tenant.
    virtual QString resolveTenant(const QString& perCall) const = 0;

    //! Called in the client's thread when a 2xx body fails to decode, before the Decode error
    //! reaches the caller. The transport scrubs credentials from it (a server may echo them)
    //! and records it. Default: nothing.
    virtual void reviewDecodeError(Error& error) { Q_UNUSED(error); }

    //! Starts \a request and returns a future that settles exactly once with the decoded T,
    //! an Error, or a cancellation.
    template <typename T>
    QFuture<Result<T>> call(Request request)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        promise->start();
        QFuture<Result<T>> future = promise->future();
        const QString operationId = request.operationId;
        // `done` runs while the dispatcher is alive (dispatch's contract), so `this` is safe.
        dispatch(std::move(request), QFuture<void>(future),
            [this, promise, operationId](Result<Response> response) {
                if (!promise->future().isCanceled()) {
                    if (!response) {
                        promise->addResult(Result<T>(response.error()));
                    } else {
                        Result<T> decoded = decodeResponse<T>(response.value(), operationId);
                        if (!decoded) {
                            Error error = decoded.error();
                            reviewDecodeError(error);
                            decoded = Result<T>(std::move(error));
                        }
                        promise->addResult(std::move(decoded));
                    }
                }
                promise->finish();
            });
        return future;
    }
};

} // namespace Cloacina

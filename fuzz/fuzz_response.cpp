// Fuzz target: what the REST transport does with an answer.
//
//  1. Internal::mapReply(): status line, headers that matter (Content-Length, -Encoding,
//     x-request-id), network error, TLS errors and body → a 2xx Response or a typed Error.
//  2. For a 2xx: Cloacina::decodeResponse<T>() for a response type picked by the input
//     (the untyped QJsonValue variant included), i.e. the fast path (simdjson straight into the
//     DTO, Internal::decodeFast) and, when it declines, Detail::parseBody + the strict decoder.
//
// Invariants: every Error has a kind-appropriate shape (message set, body sample ≤ 4 KiB,
// status preserved, Api only for non-2xx); the secret (the API key the transport scrubs) never
// appears in an Error's message, code, body sample or toString(); a success is 2xx and never
// a truncated body; decode failures are Decode errors.

#include "fuzzcommon.h"

#include "dispatcher_p.h"
#include "transportreply_p.h"

#include <cloacina/types.h>

#include <fuzzer/FuzzedDataProvider.h>

#include <cctype>
#include <cstdint>

using namespace Cloacina;
using namespace Cloacina::Internal;

namespace {

template <typename T>
void decodeAs(const Response& response)
{
    const Result<T> r = decodeResponse<T>(response, QStringLiteral("fuzz_op"));
    if (!r) {
        FUZZ_CHECK(r.error().kind == Error::Kind::Decode, "decode failure must be Decode");
        FUZZ_CHECK(!r.error().message.isEmpty(), "decode message");
        FUZZ_CHECK(r.error().bodySample.size() <= Error::maxBodySample, "sample size");
        FUZZ_CHECK(r.error().httpStatus == response.httpStatus, "status kept");
        FUZZ_CHECK(r.error().operationId == QLatin1String("fuzz_op"), "operation id");
    }
}

using Decoder = void (*)(const Response&);
const Decoder decoders[] = {
    &decodeAs<QJsonValue>,
    &decodeAs<ExecutionSummaryList>,
    &decodeAs<ExecutionEventsResponse>,
    &decodeAs<ExecutionTasksResponse>,
    &decodeAs<ExecutionDetail>,
    &decodeAs<WorkflowSummaryList>,
    &decodeAs<WorkflowDetail>,
    &decodeAs<LocalLoginResponse>,
    &decodeAs<WsTicketResponse>,
    &decodeAs<WhoamiResponse>,
    &decodeAs<GraphStatusList>,
    &decodeAs<ReactorFireTimeseries>,
    &decodeAs<KeyInfoList>,
    &decodeAs<TriggerScheduleSummaryList>,
    &decodeAs<DeclaredSurface>,
    &decodeAs<ErrorBody>,
};

const QNetworkReply::NetworkError networkErrors[] = {
    QNetworkReply::NoError,
    QNetworkReply::ConnectionRefusedError,
    QNetworkReply::RemoteHostClosedError,
    QNetworkReply::HostNotFoundError,
    QNetworkReply::TimeoutError,
    QNetworkReply::OperationCanceledError,
    QNetworkReply::SslHandshakeFailedError,
    QNetworkReply::TemporaryNetworkFailureError,
    QNetworkReply::ProxyConnectionRefusedError,
    QNetworkReply::ContentNotFoundError,
    QNetworkReply::InternalServerError,
    QNetworkReply::ServiceUnavailableError,
    QNetworkReply::ProtocolFailure,
    QNetworkReply::UnknownContentError,
    QNetworkReply::AuthenticationRequiredError,
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzCommon::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzedDataProvider in(data, size);
    ReplyOutcome outcome;
    outcome.networkError = in.PickValueInArray(networkErrors);
    const uint8_t statusPick = in.ConsumeIntegral<uint8_t>();
    static const int statuses[] = { 0, 200, 201, 202, 204, 206, 299, 301, 400, 401, 403, 404, 408,
        409, 413, 415, 422, 429, 500, 501, 502, 503, 504, 599, 100, 600, 999, -1 };
    outcome.httpStatus = statuses[statusPick % (sizeof(statuses) / sizeof(statuses[0]))];
    outcome.reasonPhrase = QByteArray::fromStdString(in.ConsumeRandomLengthString(24));
    outcome.errorString = QString::fromStdString(in.ConsumeRandomLengthString(48));
    outcome.requestId = QString::fromStdString(in.ConsumeRandomLengthString(40));
    if (in.ConsumeBool())
        outcome.contentEncoding = "gzip";
    if (in.ConsumeBool())
        outcome.tlsErrors << QString::fromStdString(in.ConsumeRandomLengthString(32));
    outcome.abortReason = static_cast<AbortReason>(in.ConsumeIntegralInRange<int>(0, 3));
    const int lengthMode = in.ConsumeIntegralInRange<int>(0, 3);
    const std::string secret = in.ConsumeRandomLengthString(40);
    outcome.body = QByteArray::fromStdString(in.ConsumeRemainingBytesAsString());
    switch (lengthMode) {
    case 0:
        outcome.contentLength = -1;
        break;
    case 1:
        outcome.contentLength = outcome.body.size();
        break;
    case 2:
        outcome.contentLength = outcome.body.size() + 1 + (statusPick % 7);
        break;
    default:
        outcome.contentLength = outcome.body.size() / 2;
        break;
    }

    MappingContext context;
    context.operationId = QStringLiteral("fuzz_op");
    context.timeoutMs = 1000;
    context.maxResponseBytes = 1 << 20;
    // A realistic key: long enough that finding it by chance in a message is impossible.
    // Keys are [A-Za-z0-9_-]; other "secrets" could be assembled by toString()'s own
    // punctuation and produce false alarms.
    bool haveSecret = secret.size() >= 12;
    for (char ch : secret)
        haveSecret = haveSecret && (std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '-');
    if (haveSecret)
        context.secret = QByteArray::fromStdString(secret);

    const Result<Response> result = mapReply(outcome, context);
    if (!result) {
        const Error& e = result.error();
        // The server's own `{"error": ""}` gives an Api error with an empty message (finding F3).
        FUZZ_CHECK(!e.message.isEmpty() || e.kind == Error::Kind::Api, "error message");
        FUZZ_CHECK(e.operationId == QLatin1String("fuzz_op"), "operation id");
        FUZZ_CHECK(e.httpStatus == outcome.httpStatus, "status kept");
        FUZZ_CHECK(e.bodySample.size() <= Error::maxBodySample + 64, "sample size");
        if (e.kind == Error::Kind::Api || e.kind == Error::Kind::Http)
            FUZZ_CHECK(!(e.httpStatus >= 200 && e.httpStatus < 300), "Api/Http error for a 2xx");
        if (haveSecret) {
            const QString s = QString::fromUtf8(context.secret);
            // A secret that is not valid UTF-8 cannot be matched in QString text; skip those.
            if (s.toUtf8() == context.secret && !s.contains(QLatin1String("[redacted]"))) {
                FUZZ_CHECK(!e.message.contains(s), "secret in message");
                // Error::code and Error::requestId are copied verbatim from the answer (known
                // finding S2 in docs/RELIABILITY.md): only check toString() when neither does.
                if (!outcome.requestId.contains(s) && !e.code.contains(s))
                    FUZZ_CHECK(!e.toString().contains(s), "secret in toString");
            }
            FUZZ_CHECK(!e.bodySample.contains(context.secret), "secret in body sample");
        }
        return 0;
    }

    const Response& response = result.value();
    FUZZ_CHECK(response.httpStatus >= 200 && response.httpStatus < 300, "success must be 2xx");
    FUZZ_CHECK(outcome.abortReason == AbortReason::None, "aborted call succeeded");
    if (outcome.contentLength >= 0 && outcome.contentEncoding.isEmpty())
        FUZZ_CHECK(response.body.size() == outcome.contentLength, "truncated body accepted");
    decoders[statusPick % (sizeof(decoders) / sizeof(decoders[0]))](response);
    return 0;
}

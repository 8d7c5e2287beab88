#include "recordingclient_p.h"

namespace Cloacina::Conformance {

RecordingClient::RecordingClient(const QUrl& baseUrl, Recorder recorder, QObject* parent)
    : CloacinaClient(baseUrl, parent)
    , m_recorder(std::move(recorder))
{
}

void RecordingClient::dispatch(Request request, QFuture<void> handle, std::function<void(Result<Response>)> done)
{
    const QString operationId = request.operationId;
    CloacinaClient::dispatch(std::move(request), std::move(handle),
        [recorder = m_recorder, operationId, done = std::move(done)](Result<Response> response) {
            Exchange exchange;
            exchange.operationId = operationId;
            if (response) {
                exchange.httpStatus = response.value().httpStatus;
                exchange.requestId = response.value().requestId;
            } else {
                exchange.httpStatus = response.error().httpStatus;
                exchange.code = response.error().code;
                exchange.requestId = response.error().requestId;
            }
            if (recorder && (response || response.error().kind != Error::Kind::Canceled))
                recorder(exchange);
            done(std::move(response));
        });
}

} // namespace Cloacina::Conformance

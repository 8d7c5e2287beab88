#include "recordingclient_p.h"

namespace Cloacina::Conformance {

RecordingDispatcher::RecordingDispatcher(Dispatcher& inner, Recorder recorder)
    : m_inner(inner)
    , m_recorder(std::move(recorder))
{
}

void RecordingDispatcher::dispatch(Request request, QFuture<void> handle, std::function<void(Result<Response>)> done)
{
    const QString operationId = request.operationId;
    m_inner.dispatch(std::move(request), std::move(handle),
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

QString RecordingDispatcher::resolveTenant(const QString& perCall) const
{
    return m_inner.resolveTenant(perCall);
}

void RecordingDispatcher::reviewDecodeError(Error& error)
{
    m_inner.reviewDecodeError(error);
}

RecordingClient::RecordingClient(const QUrl& baseUrl, Recorder recorder, QObject* parent)
    : CloacinaClient(baseUrl, parent)
    , m_recording(CloacinaClient::dispatcher(), std::move(recorder))
{
}

Dispatcher& RecordingClient::dispatcher()
{
    return m_recording;
}

} // namespace Cloacina::Conformance

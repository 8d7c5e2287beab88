#pragma once
// A CloacinaClient that reports every HTTP exchange (status, code, request id) to a recorder:
// the conformance report shows them for passing checks too, which Result<T> alone cannot.
#include <cloacinaconformance/context.h>

#include <cloacina/cloacinaclient.h>

#include <functional>

namespace Cloacina::Conformance {

class RecordingClient : public CloacinaClient {
    Q_OBJECT
public:
    using Recorder = std::function<void(const Exchange&)>;
    RecordingClient(const QUrl& baseUrl, Recorder recorder, QObject* parent = nullptr);

protected:
    void dispatch(Request request, QFuture<void> handle, std::function<void(Result<Response>)> done) override;

private:
    Recorder m_recorder;
};

} // namespace Cloacina::Conformance

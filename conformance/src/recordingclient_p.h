#pragma once
// A CloacinaClient that reports every HTTP exchange (status, code, request id) to a recorder:
// the conformance report shows them for passing checks too, which Result<T> alone cannot.
#include <cloacinaconformance/context.h>

#include <cloacina/cloacinaclient.h>

#include "dispatcher_p.h"

#include <functional>

namespace Cloacina::Conformance {

//! Forwards every call to the client's own dispatcher and records the exchange once it settles.
class RecordingDispatcher : public Dispatcher {
public:
    using Recorder = std::function<void(const Exchange&)>;
    RecordingDispatcher(Dispatcher& inner, Recorder recorder);

    void dispatch(Request request, QFuture<void> handle, std::function<void(Result<Response>)> done) override;
    QString resolveTenant(const QString& perCall) const override;
    void reviewDecodeError(Error& error) override;

private:
    Dispatcher& m_inner;
    Recorder m_recorder;
};

class RecordingClient : public CloacinaClient {
    Q_OBJECT
public:
    using Recorder = RecordingDispatcher::Recorder;
    RecordingClient(const QUrl& baseUrl, Recorder recorder, QObject* parent = nullptr);

protected:
    Dispatcher& dispatcher() override;

private:
    RecordingDispatcher m_recording;
};

} // namespace Cloacina::Conformance

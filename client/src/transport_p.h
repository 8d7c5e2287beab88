#pragma once

#include "dispatcher_p.h"
#include "transportreply_p.h"
#include "transportrequest_p.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace Cloacina::Internal {

//! Owns the client's one QNetworkAccessManager and every reply in flight.
//!
//! Rules (STYLE §2): replies live in QPointers, are freed with deleteLater(), are abandoned by
//! disconnect → abort → deleteLater; timeouts come from setTransferTimeout; a QFutureWatcher on
//! each call's handle aborts the reply when the caller cancels; destruction settles every pending
//! call as canceled. Every call's `done` runs exactly once.
class Transport : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(Result<Response>)>;
    //! Observes every settled call before its `done` runs (connection state, lastError).
    using Observer = std::function<void(const Request&, const Result<Response>&)>;

    explicit Transport(QObject* parent = nullptr);
    ~Transport() override;

    //! Settings applied to calls started from now on.
    TransportSettings settings;

    void setObserver(Observer observer) { m_observer = std::move(observer); }

    //! Starts \a request; see Dispatcher::dispatch for the contract.
    void send(Request request, QFuture<void> handle, Done done);

    //! Settles every pending call as canceled (and cancels its future).
    void abortAll(AbortReason reason);

    //! Number of calls in flight.
    int pendingCount() const { return static_cast<int>(m_calls.size()); }

    QNetworkAccessManager* networkAccessManager() const { return m_nam; }

Q_SIGNALS:
    //! \a sent of \a total body bytes of a call of \a operationId have been sent (total > 0).
    void uploadProgress(const QString& operationId, qint64 sent, qint64 total);

private:
    struct Call;
    void onReadyRead(quint64 id);
    void onMetaData(quint64 id);
    void onFinished(quint64 id);
    void onCanceled(quint64 id);
    void abortCall(quint64 id, AbortReason reason);
    void settle(quint64 id, Result<Response> result);

    QNetworkAccessManager* m_nam;
    std::map<quint64, std::unique_ptr<Call>> m_calls;
    quint64 m_nextId = 1;
    Observer m_observer;
};

} // namespace Cloacina::Internal

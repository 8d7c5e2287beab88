#pragma once

#include <cloacina/error.h>

#include <QObject>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace Cloacina::Qml {

//! `PendingCall` (uncreatable): one in-flight action started from QML, e.g.
//! `client.executeWorkflow(...)`.
//!
//! It settles exactly once: `finished(ok, value, error)` is emitted (always asynchronously, so
//! connect right after the call returns), then the object deletes itself. `value` is the
//! operation's answer as JSON-shaped data (objects → maps with the contract's snake_case member
//! names, lists → arrays); `error` is the Cloacina `error` value (kind, httpStatus, code,
//! message, requestId, operationId). `cancel()` aborts the request; it then finishes with kind
//! Canceled.
//!
//! Lifetime: owned by the `Client` that started it (C++ ownership; the JavaScript garbage
//! collector never deletes it). Destroying the Client destroys its pending calls without
//! `finished`.
class PendingCall : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PendingCall is returned by Client methods")
    //! The operation this call runs (OpenAPI operationId, e.g. `execute_workflow`).
    Q_PROPERTY(QString operationId READ operationId CONSTANT)
    //! True until finished() is emitted.
    Q_PROPERTY(bool running READ isRunning NOTIFY finished)
    //! True once settled successfully.
    Q_PROPERTY(bool ok READ isOk NOTIFY finished)
    //! The answer (valid once settled successfully).
    Q_PROPERTY(QVariant value READ value NOTIFY finished)
    //! The error (meaningful once settled unsuccessfully).
    Q_PROPERTY(Cloacina::Error error READ error NOTIFY finished)

public:
    explicit PendingCall(QString operationId, QObject* parent = nullptr);
    ~PendingCall() override;

    QString operationId() const { return m_operationId; }
    bool isRunning() const { return !m_settled; }
    bool isOk() const { return m_ok; }
    QVariant value() const { return m_value; }
    Cloacina::Error error() const { return m_error; }

    //! Aborts the request: the call finishes with an Error of kind Canceled. No-op once settled.
    Q_INVOKABLE void cancel();

    //! \internal How cancel() reaches the request (set by the Client).
    void setCanceller(std::function<void()> canceller) { m_canceller = std::move(canceller); }
    //! \internal Settles now: emits finished() and schedules deletion. Ignored once settled.
    void settle(bool ok, const QVariant& value, const Cloacina::Error& error);
    //! \internal Settles from the event loop (for failures detected before any request).
    void settleLater(bool ok, const QVariant& value, const Cloacina::Error& error);

signals:
    //! The call settled: \a ok with \a value, or not with \a error. Emitted exactly once.
    void finished(bool ok, const QVariant& value, const Cloacina::Error& error);

private:
    QString m_operationId;
    std::function<void()> m_canceller;
    QVariant m_value;
    Cloacina::Error m_error;
    bool m_ok = false;
    bool m_settled = false;
    bool m_cancelRequested = false;
};

} // namespace Cloacina::Qml

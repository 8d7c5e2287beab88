#include "pendingcall.h"

#include "logging_p.h"

#include <QTimer>

namespace Cloacina::Qml {

PendingCall::PendingCall(QString operationId, QObject* parent)
    : QObject(parent)
    , m_operationId(std::move(operationId))
{
}

PendingCall::~PendingCall() = default;

void PendingCall::cancel()
{
    if (m_settled || m_cancelRequested)
        return;
    m_cancelRequested = true;
    qCDebug(lcCloacinaQml) << "cancel" << m_operationId;
    if (m_canceller)
        m_canceller(); // the request settles with kind Canceled through the normal path
    else
        settleLater(false, {}, Cloacina::Error::canceled(m_operationId));
}

void PendingCall::settle(bool ok, const QVariant& value, const Cloacina::Error& error)
{
    if (m_settled)
        return;
    m_settled = true;
    m_ok = ok;
    m_value = value;
    m_error = error;
    if (!ok && m_error.operationId.isEmpty())
        m_error.operationId = m_operationId;
    m_canceller = nullptr;
    qCDebug(lcCloacinaQml).noquote() << "settled" << m_operationId << (ok ? QStringLiteral("ok") : m_error.toString());
    emit finished(m_ok, m_value, m_error);
    deleteLater();
}

void PendingCall::settleLater(bool ok, const QVariant& value, const Cloacina::Error& error)
{
    QTimer::singleShot(0, this, [this, ok, value, error] { settle(ok, value, error); });
}

} // namespace Cloacina::Qml

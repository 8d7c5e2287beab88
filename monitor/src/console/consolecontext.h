#pragma once

#include <cloacina/cloacinaclient.h>

#include <QObject>
#include <QPointer>
#include <QVariantMap>

#include <functional>

namespace Cloacina {
class ServerSession;
}

namespace Cloacina::Monitor {

//! What every console screen shares with the main window: the connection (client and the
//! key's identity), the confirmation of destructive actions, and navigation (open a run, show
//! another screen pre-filtered). The main window owns it and hands it to each screen.
class ConsoleContext : public QObject {
    Q_OBJECT
public:
    explicit ConsoleContext(QObject* parent = nullptr);

    //! The connected client, or null.
    CloacinaClient* client() const { return m_client; }
    //! The connect / identity flow (role gating: ServerSession::deniedReason()). Never null.
    ServerSession* server() const { return m_server; }
    //! The tenant the screens list (the client's tenant; "public" without a client).
    QString tenant() const;
    //! Why the key may not call \a operationId in tenant() (ServerSession::deniedReason());
    //! empty when it may.
    QString deniedReason(const QString& operationId) const;
    //! Uses \a client and \a server from now on; emits connectionChanged().
    void setConnection(CloacinaClient* client, ServerSession* server);

    //! Asks the operator to confirm a destructive action: \a text says what happens, \a action
    //! names the button ("Delete"). True when accepted. Tests answer through setConfirmHook().
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& action);
    //! Test hook: answers confirmations without a dialog (receives the text).
    void setConfirmHook(std::function<bool(const QString& text)> hook) { m_confirmHook = std::move(hook); }
    //! The text of the last confirmation asked (tests).
    QString lastConfirmation() const { return m_lastConfirmation; }

    //! Opens execution \a executionId of \a tenant in the runs screen.
    void openRun(const QString& executionId, const QString& tenant) { Q_EMIT runRequested(executionId, tenant); }
    //! Shows the screen \a screenId ("workflows", …), applying \a filter (screen-specific keys).
    void showScreen(const QString& screenId, const QVariantMap& filter = {}) { Q_EMIT screenRequested(screenId, filter); }

Q_SIGNALS:
    //! The client or the server session changed: screens rebind their models.
    void connectionChanged();
    void runRequested(const QString& executionId, const QString& tenant);
    void screenRequested(const QString& screenId, const QVariantMap& filter);

private:
    QPointer<CloacinaClient> m_client;
    ServerSession* m_server = nullptr;
    std::function<bool(const QString&)> m_confirmHook;
    QString m_lastConfirmation;
};

} // namespace Cloacina::Monitor

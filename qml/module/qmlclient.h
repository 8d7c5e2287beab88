#pragma once

#include "pendingcall.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/result.h>
#include <cloacina/whenready.h>
#include <cloacinamodels/serversession.h>

#include <QJsonValue>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Cloacina::Qml {

//! `Client`: the SDK for QML. It holds a CloacinaClient (`sdk`, owned) and a ServerSession
//! (`session`, the connect / identity / tenant flow shared with the Widgets monitor). It
//! forwards the facade's properties (`baseUrl`, `tenant`, `timeout`, `connectionState`,
//! `lastError`, `hasApiKey`, `userAgent`, `serverVersion`, `maxResponseBytes`,
//! `insecureSkipTlsVerify`) and its `versionMismatch` signal, plus:
//!
//! - `url`, an alias of `baseUrl`, and the write-only `apiKey` (reads back empty; the key stays
//!   in memory only and never reaches QML again);
//! - the cloacinactl profiles of `~/.cloacina/config.toml` (`profileNames`, `applyProfile()`);
//! - one-shot actions returning a self-deleting PendingCall (`connectToServer()`, `login()`,
//!   `executeWorkflow()`, …). Results never go through client-wide signals.
//!
//! A Client can be handed to every `client` property of the models and of `RunFollower`: they
//! use the CloacinaClient it holds (Cloacina::clientOf()). C++ code reaches the whole SDK
//! through sdk().
//!
//! \qml
//! Client { id: client; url: "http://127.0.0.1:8080"; tenant: "public"; apiKey: keyField.text }
//! Button { onClicked: client.connectToServer().finished.connect((ok, value, error) =>
//!              status.text = ok ? "connected to " + value.server_version : error.text) }
//! \endqml
//!
//! Threading: GUI thread only.
class Client : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Client)
    //! The SDK facade this Client owns and forwards to.
    Q_PROPERTY(CloacinaClient* sdk READ sdk CONSTANT)
    //! The connect / identity / tenant flow over sdk (`state`, `problem`, `role`,
    //! `mayStartWorkflows`, `tenants`, …).
    Q_PROPERTY(Cloacina::ServerSession* session READ session CONSTANT)
    //! Forwarded from the facade (see CloacinaClient).
    Q_PROPERTY(QUrl baseUrl READ baseUrl WRITE setBaseUrl NOTIFY baseUrlChanged)
    Q_PROPERTY(QString tenant READ tenant WRITE setTenant NOTIFY tenantChanged)
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)
    Q_PROPERTY(CloacinaClient::ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
    Q_PROPERTY(Cloacina::Error lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool hasApiKey READ hasApiKey NOTIFY hasApiKeyChanged)
    Q_PROPERTY(QString userAgent READ userAgent WRITE setUserAgent NOTIFY userAgentChanged)
    Q_PROPERTY(QString serverVersion READ serverVersion NOTIFY serverVersionChanged)
    Q_PROPERTY(qint64 maxResponseBytes READ maxResponseBytes WRITE setMaxResponseBytes NOTIFY maxResponseBytesChanged)
    Q_PROPERTY(bool insecureSkipTlsVerify READ insecureSkipTlsVerify WRITE setInsecureSkipTlsVerify NOTIFY insecureSkipTlsVerifyChanged)
    //! The server root URL (same as `baseUrl`).
    Q_PROPERTY(QUrl url READ baseUrl WRITE setBaseUrl NOTIFY baseUrlChanged)
    //! Write-only API key: assigning sets the bearer key (empty clears it); reading gives "".
    Q_PROPERTY(QString apiKey READ apiKeyPlaceholder WRITE setApiKey NOTIFY hasApiKeyChanged)
    //! `connectionState` as text: "unknown", "connected", "unreachable" or "unauthorized".
    Q_PROPERTY(QString connectionStateText READ connectionStateText NOTIFY connectionStateTextChanged)
    //! Number of PendingCalls of this client still running (for busy indicators).
    Q_PROPERTY(int pendingCalls READ pendingCalls NOTIFY pendingCallsChanged)
    //! Who the key belongs to, from the last successful connectToServer()/whoami(): a map with
    //! `name`, `role`, `is_admin`, `tenant_id`; empty before.
    Q_PROPERTY(QVariantMap identity READ identity NOTIFY identityChanged)
    //! True when identity says the key is an admin key (it may list every tenant).
    Q_PROPERTY(bool isAdmin READ isAdmin NOTIFY identityChanged)
    //! The cloacinactl config file read for profiles. Default: `$HOME/.cloacina/config.toml`.
    Q_PROPERTY(QString profilesPath READ profilesPath WRITE setProfilesPath NOTIFY profilesChanged)
    //! Profile names of that file, sorted; empty when it is missing or invalid.
    Q_PROPERTY(QStringList profileNames READ profileNames NOTIFY profilesChanged)
    //! `default_profile` of that file, or empty.
    Q_PROPERTY(QString defaultProfile READ defaultProfile NOTIFY profilesChanged)
    //! Why the file could not be read (`path:line:column: message`); empty when it was read or
    //! simply does not exist.
    Q_PROPERTY(QString profilesError READ profilesError NOTIFY profilesChanged)
    //! Name of the profile applied last by applyProfile(), or empty.
    Q_PROPERTY(QString profile READ profile NOTIFY profileChanged)
    //! Why the last applyProfile() failed, or empty. Never contains a key.
    Q_PROPERTY(QString profileError READ profileError NOTIFY profileChanged)

public:
    explicit Client(QObject* parent = nullptr);
    ~Client() override;

    //! The SDK facade (owned by this Client, lives as long as it).
    CloacinaClient* sdk() const { return m_client; }
    //! The connect / identity / tenant flow (owned by this Client).
    ServerSession* session() const { return m_session; }

    QUrl baseUrl() const { return m_client->baseUrl(); }
    void setBaseUrl(const QUrl& url) { m_client->setBaseUrl(url); }
    QString tenant() const { return m_client->tenant(); }
    void setTenant(const QString& tenant) { m_client->setTenant(tenant); }
    int timeout() const { return m_client->timeout(); }
    void setTimeout(int milliseconds) { m_client->setTimeout(milliseconds); }
    CloacinaClient::ConnectionState connectionState() const { return m_client->connectionState(); }
    Error lastError() const { return m_client->lastError(); }
    bool hasApiKey() const { return m_client->hasApiKey(); }
    QString userAgent() const { return m_client->userAgent(); }
    void setUserAgent(const QString& userAgent) { m_client->setUserAgent(userAgent); }
    QString serverVersion() const { return m_client->serverVersion(); }
    qint64 maxResponseBytes() const { return m_client->maxResponseBytes(); }
    void setMaxResponseBytes(qint64 bytes) { m_client->setMaxResponseBytes(bytes); }
    bool insecureSkipTlsVerify() const { return m_client->insecureSkipTlsVerify(); }
    void setInsecureSkipTlsVerify(bool skip) { m_client->setInsecureSkipTlsVerify(skip); }

    QString apiKeyPlaceholder() const { return {}; }
    //! Sets the bearer key (empty clears it) and forgets `identity`.
    void setApiKey(const QString& key);
    QString connectionStateText() const;
    int pendingCalls() const { return m_pending; }
    QVariantMap identity() const;
    bool isAdmin() const;

    QString profilesPath() const { return m_profilesPath; }
    void setProfilesPath(const QString& path);
    QStringList profileNames() const { return m_profileNames; }
    QString defaultProfile() const { return m_defaultProfile; }
    QString profilesError() const { return m_profilesError; }
    QString profile() const { return m_profile; }
    QString profileError() const { return m_profileError; }

    //! Re-reads the profiles file.
    Q_INVOKABLE void reloadProfiles();
    //! Applies profile \a name (empty: the default profile): sets `url` and the key (resolving
    //! `env:`/`file:` references). False, with `profileError` set, when it cannot be used.
    Q_INVOKABLE bool applyProfile(const QString& name = {});
    //! Forgets the API key (same as `apiKey = ""`).
    Q_INVOKABLE void forgetApiKey() { setApiKey({}); }

    //! Checks the server: its version (`GET /openapi.json`, sets `serverVersion`) and then the
    //! key (`whoami`, sets `identity`); for admin keys `session.tenants` follows. Value: the
    //! whoami map plus `server_version` and `compatible` (false when major.minor differ from the
    //! SDK's contract). Runs through `session`: a second connectToServer() cancels the first.
    Q_INVOKABLE Cloacina::Qml::PendingCall* connectToServer();
    //! `GET /openapi.json` only. Value: the server version string.
    Q_INVOKABLE Cloacina::Qml::PendingCall* checkVersion();
    //! `whoami`. Value: `{name, role, is_admin, tenant_id}`; also sets `identity`.
    Q_INVOKABLE Cloacina::Qml::PendingCall* whoami();
    //! `local_login`: on success the minted key replaces the client's key. Value: `{role,
    //! tenant_id, expires_at}` (the key itself is not handed to QML).
    Q_INVOKABLE Cloacina::Qml::PendingCall* login(const QString& username, const QString& password,
        const QString& tenant = {});
    //! `refresh`: re-mints the login key. Value as for login().
    Q_INVOKABLE Cloacina::Qml::PendingCall* refreshSession();
    //! `logout`: revokes the key on the server and clears it locally.
    Q_INVOKABLE Cloacina::Qml::PendingCall* logout();
    //! `list_tenants` (admin keys). Value: the tenant names.
    Q_INVOKABLE Cloacina::Qml::PendingCall* listTenants();
    //! `list_workflows` of \a tenant (empty: `tenant`). Value: list of workflow summaries.
    Q_INVOKABLE Cloacina::Qml::PendingCall* listWorkflows(const QString& tenant = {});
    //! `get_workflow`. Value: the workflow detail (with `task_graph`).
    Q_INVOKABLE Cloacina::Qml::PendingCall* getWorkflow(const QString& name, const QString& tenant = {});
    //! `get_execution`. Value: `{execution_id, status, tenant_id}`.
    Q_INVOKABLE Cloacina::Qml::PendingCall* getExecution(const QString& executionId,
        const QString& tenant = {});
    //! `execute_workflow`: starts a new run of \a name. \a contextJson, when not blank, must be
    //! JSON text and is sent as the run's `context` (invalid JSON fails the call with kind
    //! Decode, code `invalid_context`, without a request). Value: `{execution_id, status,
    //! tenant_id, workflow_name}`.
    Q_INVOKABLE Cloacina::Qml::PendingCall* executeWorkflow(const QString& name,
        const QString& contextJson = {}, const QString& tenant = {});

signals:
    //! Forwarded from the facade.
    void baseUrlChanged();
    void tenantChanged();
    void timeoutChanged();
    void connectionStateChanged(CloacinaClient::ConnectionState state);
    void lastErrorChanged(const Cloacina::Error& error);
    void hasApiKeyChanged();
    void userAgentChanged();
    void serverVersionChanged();
    void maxResponseBytesChanged();
    void insecureSkipTlsVerifyChanged();
    void versionMismatch(const QString& server, const QString& contract);

    void connectionStateTextChanged();
    void pendingCallsChanged();
    void identityChanged();
    void profilesChanged();
    void profileChanged();

private:
    PendingCall* newCall(const QString& operationId);
    void release(PendingCall* call);
    template <typename T, typename Conv>
    PendingCall* track(const QString& operationId, QFuture<Result<T>> future, Conv&& convert);

    CloacinaClient* m_client;
    ServerSession* m_session;
    int m_pending = 0;
    QString m_profilesPath;
    QStringList m_profileNames;
    QString m_defaultProfile;
    QString m_profilesError;
    QString m_profile;
    QString m_profileError;
};

} // namespace Cloacina::Qml

#include "qmlclient.h"

#include "logging_p.h"

#include <cloacina/executionid.h>
#include <cloacina/profiles.h>
#include <cloacina/types.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QQmlEngine>

namespace Cloacina::Qml {

namespace {
    //! A DTO as JSON-shaped QVariant data (maps keyed by the contract's member names).
    template <typename T>
    QVariant toVariant(const T& dto)
    {
        return QJsonValue(dto.toJson()).toVariant();
    }

    //! A login answer without its key: QML never sees a key.
    QVariant loginVariant(const LocalLoginResponse& r)
    {
        QJsonObject o = r.toJson();
        o.remove(QStringLiteral("key"));
        return o.toVariantMap();
    }
} // namespace

Client::Client(QObject* parent)
    : QObject(parent)
    , m_client(new CloacinaClient(this))
    , m_session(new ServerSession(this))
    , m_profilesPath(Profiles::defaultPath())
{
    m_session->setClient(m_client);
    reloadProfiles();
    connect(m_client, &CloacinaClient::baseUrlChanged, this, &Client::baseUrlChanged);
    connect(m_client, &CloacinaClient::tenantChanged, this, &Client::tenantChanged);
    connect(m_client, &CloacinaClient::timeoutChanged, this, &Client::timeoutChanged);
    connect(m_client, &CloacinaClient::connectionStateChanged, this, &Client::connectionStateChanged);
    connect(m_client, &CloacinaClient::connectionStateChanged, this, &Client::connectionStateTextChanged);
    connect(m_client, &CloacinaClient::lastErrorChanged, this, &Client::lastErrorChanged);
    connect(m_client, &CloacinaClient::hasApiKeyChanged, this, &Client::hasApiKeyChanged);
    connect(m_client, &CloacinaClient::userAgentChanged, this, &Client::userAgentChanged);
    connect(m_client, &CloacinaClient::serverVersionChanged, this, &Client::serverVersionChanged);
    connect(m_client, &CloacinaClient::maxResponseBytesChanged, this, &Client::maxResponseBytesChanged);
    connect(m_client, &CloacinaClient::insecureSkipTlsVerifyChanged, this, &Client::insecureSkipTlsVerifyChanged);
    connect(m_client, &CloacinaClient::versionMismatch, this, &Client::versionMismatch);
    connect(m_session, &ServerSession::identityChanged, this, &Client::identityChanged);
}

Client::~Client() = default;

void Client::setApiKey(const QString& key)
{
    m_client->setApiKey(key);
    m_session->forget();
}

QString Client::connectionStateText() const
{
    switch (connectionState()) {
    case CloacinaClient::ConnectionState::Unknown:
        break;
    case CloacinaClient::ConnectionState::Connected:
        return QStringLiteral("connected");
    case CloacinaClient::ConnectionState::Unreachable:
        return QStringLiteral("unreachable");
    case CloacinaClient::ConnectionState::Unauthorized:
        return QStringLiteral("unauthorized");
    }
    return QStringLiteral("unknown");
}

QVariantMap Client::identity() const
{
    const auto& identity = m_session->identity();
    return identity ? identity->toJson().toVariantMap() : QVariantMap();
}

bool Client::isAdmin() const
{
    return m_session->isAdmin();
}

void Client::setProfilesPath(const QString& path)
{
    if (path == m_profilesPath)
        return;
    m_profilesPath = path;
    reloadProfiles();
}

void Client::reloadProfiles()
{
    const Profiles profiles = Profiles::load(m_profilesPath);
    m_profileNames = profiles.names();
    m_defaultProfile = profiles.defaultProfileName();
    const ProfileError error = profiles.error();
    m_profilesError = error.kind == ProfileError::Kind::None || error.kind == ProfileError::Kind::FileNotFound
        ? QString()
        : error.toString();
    qCDebug(lcCloacinaQml) << "profiles" << m_profilesPath << m_profileNames;
    emit profilesChanged();
}

bool Client::applyProfile(const QString& name)
{
    const Profiles profiles = Profiles::load(m_profilesPath);
    ProfileError error;
    std::optional<Profile> chosen = profiles.isValid() ? profiles.select(name, &error) : std::nullopt;
    if (!profiles.isValid())
        error = profiles.error();
    bool ok = false;
    if (chosen)
        ok = m_client->applyProfile(*chosen, &error);
    m_profile = ok ? chosen->name : QString();
    m_profileError = ok ? QString() : error.toString();
    emit profileChanged();
    return ok;
}

PendingCall* Client::newCall(const QString& operationId)
{
    auto* call = new PendingCall(operationId, this);
    // Returned from an invokable: without this the JavaScript GC could own (and delete) it.
    QQmlEngine::setObjectOwnership(call, QQmlEngine::CppOwnership);
    ++m_pending;
    emit pendingCallsChanged();
    connect(call, &PendingCall::finished, this, [this, call] { release(call); });
    return call;
}

void Client::release(PendingCall*)
{
    --m_pending;
    emit pendingCallsChanged();
}

template <typename T, typename Conv>
PendingCall* Client::track(const QString& operationId, QFuture<Result<T>> future, Conv&& convert)
{
    PendingCall* call = newCall(operationId);
    call->setCanceller([future]() mutable { future.cancel(); });
    whenReady(future, call, [call, convert = std::forward<Conv>(convert)](const Result<T>& r) {
        if (r)
            call->settle(true, convert(r.value()), {});
        else
            call->settle(false, {}, r.error());
    });
    return call;
}

PendingCall* Client::checkVersion()
{
    return track(QStringLiteral("server_version"), m_client->checkServerVersion(),
        [](const QString& version) { return QVariant(version); });
}

PendingCall* Client::whoami()
{
    return track(QStringLiteral("whoami"), m_client->whoami(), [this](const WhoamiResponse& r) {
        m_session->setIdentity(r);
        return QVariant(r.toJson().toVariantMap());
    });
}

PendingCall* Client::connectToServer()
{
    PendingCall* call = newCall(QStringLiteral("connect"));
    m_session->connectToServer();
    call->setCanceller([session = QPointer<ServerSession>(m_session)] {
        if (session)
            session->cancel();
    });
    // Settled from the event loop: a cancel() runs the session's finished() synchronously.
    connect(
        m_session, &ServerSession::finished, call, [this, call](bool ok, const Error& error) {
            if (!ok) {
                call->settleLater(false, {}, error);
                return;
            }
            QVariantMap value = identity();
            const QString serverVersion = m_client->serverVersion();
            value.insert(QStringLiteral("server_version"), serverVersion);
            value.insert(QStringLiteral("compatible"),
                CloacinaClient::versionsCompatible(serverVersion, CloacinaClient::contractVersion()));
            call->settleLater(true, value, {});
        },
        Qt::SingleShotConnection);
    return call;
}

PendingCall* Client::login(const QString& username, const QString& password, const QString& tenant)
{
    return track(QStringLiteral("local_login"), m_client->login(username, password, tenant), loginVariant);
}

PendingCall* Client::refreshSession()
{
    return track(QStringLiteral("refresh"), m_client->refreshSession(), loginVariant);
}

PendingCall* Client::logout()
{
    return track(QStringLiteral("logout"), m_client->logout(),
        [](const LogoutResponse& r) { return toVariant(r); });
}

PendingCall* Client::listTenants()
{
    return track(QStringLiteral("list_tenants"), m_client->listTenants(), [](const TenantSummaryList& r) {
        QStringList names;
        for (const TenantSummary& t : r.items)
            names.append(t.name);
        return QVariant(names);
    });
}

PendingCall* Client::listWorkflows(const QString& tenant)
{
    return track(QStringLiteral("list_workflows"), m_client->listWorkflows(tenant),
        [](const WorkflowSummaryList& r) {
            QVariantList list;
            for (const WorkflowSummary& w : r.items)
                list.append(toVariant(w));
            return QVariant(list);
        });
}

PendingCall* Client::getWorkflow(const QString& name, const QString& tenant)
{
    return track(QStringLiteral("get_workflow"), m_client->getWorkflow(name, tenant),
        [](const WorkflowDetail& r) { return toVariant(r); });
}

PendingCall* Client::getExecution(const QString& executionId, const QString& tenant)
{
    return track(QStringLiteral("get_execution"),
        m_client->getExecution(normalizeExecutionId(executionId).value_or(executionId), tenant),
        [](const ExecutionDetail& r) { return toVariant(r); });
}

PendingCall* Client::executeWorkflow(const QString& name, const QString& contextJson, const QString& tenant)
{
    ExecuteRequest body;
    if (!contextJson.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(contextJson.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            PendingCall* call = newCall(QStringLiteral("execute_workflow"));
            Error error = Error::make(Error::Kind::Decode,
                tr("The context is not valid JSON: %1 (at character %2)")
                    .arg(parseError.errorString())
                    .arg(parseError.offset),
                QStringLiteral("execute_workflow"));
            error.code = QStringLiteral("invalid_context");
            call->settleLater(false, {}, error);
            return call;
        }
        body.context = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    return track(QStringLiteral("execute_workflow"), m_client->executeWorkflow(name, body, tenant),
        [](const ExecuteResponse& r) { return toVariant(r); });
}

} // namespace Cloacina::Qml

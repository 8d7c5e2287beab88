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
    : CloacinaClient(parent)
    , m_profilesPath(Profiles::defaultPath())
{
    reloadProfiles();
    connect(this, &CloacinaClient::baseUrlChanged, this, [this] { setIdentity({}); });
    connect(this, &CloacinaClient::connectionStateChanged, this, &Client::connectionStateTextChanged);
}

Client::~Client() = default;

void Client::setApiKey(const QString& key)
{
    CloacinaClient::setApiKey(key);
    setIdentity({});
}

QString Client::connectionStateText() const
{
    switch (connectionState()) {
    case ConnectionState::Unknown:
        break;
    case ConnectionState::Connected:
        return QStringLiteral("connected");
    case ConnectionState::Unreachable:
        return QStringLiteral("unreachable");
    case ConnectionState::Unauthorized:
        return QStringLiteral("unauthorized");
    }
    return QStringLiteral("unknown");
}

bool Client::isAdmin() const
{
    return m_identity.value(QStringLiteral("is_admin")).toBool();
}

void Client::setIdentity(const QVariantMap& identity)
{
    if (identity == m_identity)
        return;
    m_identity = identity;
    emit identityChanged();
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
        ok = CloacinaClient::applyProfile(*chosen, &error);
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
    return track(QStringLiteral("server_version"), checkServerVersion(),
        [](const QString& version) { return QVariant(version); });
}

PendingCall* Client::whoami()
{
    return track(QStringLiteral("whoami"), CloacinaClient::whoami(), [this](const WhoamiResponse& r) {
        const QVariantMap identity = r.toJson().toVariantMap();
        setIdentity(identity);
        return QVariant(identity);
    });
}

PendingCall* Client::connectToServer()
{
    PendingCall* call = newCall(QStringLiteral("connect"));
    QFuture<Result<QString>> version = checkServerVersion();
    call->setCanceller([version]() mutable { version.cancel(); });
    whenReady(version, call, [this, call](const Result<QString>& v) {
        if (!v) {
            call->settle(false, {}, v.error());
            return;
        }
        const QString serverVersion = v.value();
        QFuture<Result<WhoamiResponse>> who = CloacinaClient::whoami();
        call->setCanceller([who]() mutable { who.cancel(); });
        whenReady(who, call, [this, call, serverVersion](const Result<WhoamiResponse>& w) {
            if (!w) {
                call->settle(false, {}, w.error());
                return;
            }
            QVariantMap identity = w.value().toJson().toVariantMap();
            setIdentity(identity);
            identity.insert(QStringLiteral("server_version"), serverVersion);
            identity.insert(QStringLiteral("compatible"), versionsCompatible(serverVersion, contractVersion()));
            call->settle(true, identity, {});
        });
    });
    return call;
}

PendingCall* Client::login(const QString& username, const QString& password, const QString& tenant)
{
    return track(QStringLiteral("local_login"), CloacinaClient::login(username, password, tenant), loginVariant);
}

PendingCall* Client::refreshSession()
{
    return track(QStringLiteral("refresh"), CloacinaClient::refreshSession(), loginVariant);
}

PendingCall* Client::logout()
{
    return track(QStringLiteral("logout"), CloacinaClient::logout(),
        [](const LogoutResponse& r) { return toVariant(r); });
}

PendingCall* Client::listTenants()
{
    return track(QStringLiteral("list_tenants"), CloacinaClient::listTenants(), [](const TenantSummaryList& r) {
        QStringList names;
        for (const TenantSummary& t : r.items)
            names.append(t.name);
        return QVariant(names);
    });
}

PendingCall* Client::listWorkflows(const QString& tenant)
{
    return track(QStringLiteral("list_workflows"), CloacinaClient::listWorkflows(tenant),
        [](const WorkflowSummaryList& r) {
            QVariantList list;
            for (const WorkflowSummary& w : r.items)
                list.append(toVariant(w));
            return QVariant(list);
        });
}

PendingCall* Client::getWorkflow(const QString& name, const QString& tenant)
{
    return track(QStringLiteral("get_workflow"), CloacinaClient::getWorkflow(name, tenant),
        [](const WorkflowDetail& r) { return toVariant(r); });
}

PendingCall* Client::getExecution(const QString& executionId, const QString& tenant)
{
    return track(QStringLiteral("get_execution"),
        CloacinaClient::getExecution(normalizeExecutionId(executionId).value_or(executionId), tenant),
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
    return track(QStringLiteral("execute_workflow"), CloacinaClient::executeWorkflow(name, body, tenant),
        [](const ExecuteResponse& r) { return toVariant(r); });
}

} // namespace Cloacina::Qml

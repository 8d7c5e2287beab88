#include "cloacinaclient_p.h"

#include "chain_p.h"
#include "logging_p.h"
#include "metatypes_p.h"

#include <cloacina/profiles.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QThread>
#include <QVersionNumber>

#if QT_CONFIG(ssl)
#include <QFile>
#include <QSslSocket>
#endif

#include <cloacina/contract.h>
#include <cloacina/types/auth.h>

namespace Cloacina {

#define CLOACINA_ASSERT_THREAD()                                  \
    Q_ASSERT_X(thread() == QThread::currentThread(), Q_FUNC_INFO, \
        "CloacinaClient must be used from the thread it lives in")

CloacinaClientPrivate::CloacinaClientPrivate(CloacinaClient* client)
    : q(client)
    , transport(new Internal::Transport(client))
{
    transport->settings.userAgent = CloacinaClient::defaultUserAgent().toUtf8();
    transport->setObserver([this](const Request& request, const Result<Response>& result) {
        observe(request, result);
    });
    QObject::connect(transport, &Internal::Transport::uploadProgress, client, &CloacinaClient::uploadProgress);
}

void CloacinaClientPrivate::setConnectionState(CloacinaClient::ConnectionState state)
{
    if (connectionState == state)
        return;
    connectionState = state;
    Q_EMIT q->connectionStateChanged(state);
}

void CloacinaClientPrivate::observe(const Request&, const Result<Response>& result)
{
    using State = CloacinaClient::ConnectionState;
    QPointer<CloacinaClient> alive(q);
    if (result) {
        setConnectionState(State::Connected);
        return;
    }
    const Error& error = result.error();
    State state = State::Connected;
    switch (error.kind) {
    case Error::Kind::Network:
    case Error::Kind::Timeout:
        state = State::Unreachable;
        break;
    case Error::Kind::Http:
        // A gateway page: the proxy answered, the server did not.
        if (error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504)
            state = State::Unreachable;
        else if (error.httpStatus == 401)
            state = State::Unauthorized;
        break;
    case Error::Kind::Api:
        if (error.httpStatus == 401)
            state = State::Unauthorized;
        break;
    case Error::Kind::Protocol:
    case Error::Kind::None: // never reported for a failure; listed for -Wswitch
        state = connectionState; // misconfiguration; says nothing about the server
        break;
    case Error::Kind::Canceled:
    case Error::Kind::Decode:
        break;
    }
    setConnectionState(state);
    if (!alive)
        return; // a slot destroyed the client
    lastError = error;
    Q_EMIT q->lastErrorChanged(error);
}

#if QT_CONFIG(ssl)
QSslConfiguration& CloacinaClientPrivate::sslConfiguration()
{
    auto& ssl = transport->settings.ssl;
    if (!ssl)
        ssl = QSslConfiguration::defaultConfiguration();
    return *ssl;
}
#endif

CloacinaClient::CloacinaClient(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<CloacinaClientPrivate>(this))
{
    Internal::registerMetaTypes();
}

CloacinaClient::CloacinaClient(const QUrl& baseUrl, QObject* parent)
    : CloacinaClient(parent)
{
    setBaseUrl(baseUrl);
}

CloacinaClient::~CloacinaClient()
{
    // Settle everything while the client is still whole; the transport (a child) goes later.
    d->transport->setObserver({});
    d->transport->abortAll(Internal::AbortReason::ClientDestroyed);
}

QUrl CloacinaClient::baseUrl() const
{
    return d->transport->settings.baseUrl;
}

void CloacinaClient::setBaseUrl(const QUrl& url)
{
    CLOACINA_ASSERT_THREAD();
    QUrl clean = url;
    if (!clean.userInfo().isEmpty()) {
        // Never keep credentials in a URL (they would end up in logs); calls fail until fixed.
        qCWarning(lcCloacinaHttp, "base URL with credentials ignored; use setApiKey()");
        clean = QUrl();
    }
    if (d->transport->settings.baseUrl == clean)
        return;
    d->transport->settings.baseUrl = clean;
    d->setConnectionState(ConnectionState::Unknown);
    Q_EMIT baseUrlChanged();
}

QString CloacinaClient::tenant() const
{
    return d->tenant;
}

void CloacinaClient::setTenant(const QString& tenant)
{
    CLOACINA_ASSERT_THREAD();
    const QString value = tenant.isEmpty() ? QStringLiteral("public") : tenant;
    if (d->tenant == value)
        return;
    d->tenant = value;
    Q_EMIT tenantChanged();
}

int CloacinaClient::timeout() const
{
    return d->transport->settings.timeoutMs;
}

void CloacinaClient::setTimeout(int milliseconds)
{
    CLOACINA_ASSERT_THREAD();
    milliseconds = qMax(0, milliseconds);
    if (d->transport->settings.timeoutMs == milliseconds)
        return;
    d->transport->settings.timeoutMs = milliseconds;
    Q_EMIT timeoutChanged();
}

CloacinaClient::ConnectionState CloacinaClient::connectionState() const
{
    return d->connectionState;
}

Error CloacinaClient::lastError() const
{
    return d->lastError;
}

void CloacinaClient::setApiKey(const QString& key)
{
    CLOACINA_ASSERT_THREAD();
    const QByteArray bytes = key.trimmed().toUtf8();
    const bool had = hasApiKey();
    if (d->transport->settings.apiKey == bytes)
        return;
    d->transport->settings.apiKey = bytes;
    if (d->connectionState == ConnectionState::Unauthorized)
        d->setConnectionState(ConnectionState::Unknown);
    if (had != hasApiKey())
        Q_EMIT hasApiKeyChanged();
}

void CloacinaClient::clearApiKey()
{
    setApiKey({});
}

bool CloacinaClient::hasApiKey() const
{
    return !d->transport->settings.apiKey.isEmpty();
}

QString CloacinaClient::userAgent() const
{
    return QString::fromUtf8(d->transport->settings.userAgent);
}

void CloacinaClient::setUserAgent(const QString& userAgent)
{
    CLOACINA_ASSERT_THREAD();
    const QByteArray bytes = userAgent.toUtf8();
    if (d->transport->settings.userAgent == bytes)
        return;
    d->transport->settings.userAgent = bytes;
    Q_EMIT userAgentChanged();
}

QString CloacinaClient::defaultUserAgent()
{
    return QStringLiteral("cloacina-qt/%1 Qt/%2")
        .arg(QLatin1String(CLOACINA_VERSION), QLatin1String(qVersion()));
}

QString CloacinaClient::serverVersion() const
{
    return d->serverVersion;
}

qint64 CloacinaClient::maxResponseBytes() const
{
    return d->transport->settings.maxResponseBytes;
}

void CloacinaClient::setMaxResponseBytes(qint64 bytes)
{
    CLOACINA_ASSERT_THREAD();
    bytes = qMax<qint64>(0, bytes);
    if (d->transport->settings.maxResponseBytes == bytes)
        return;
    d->transport->settings.maxResponseBytes = bytes;
    Q_EMIT maxResponseBytesChanged();
}

#if QT_CONFIG(ssl)
void CloacinaClient::setCaCertificates(const QList<QSslCertificate>& certificates)
{
    CLOACINA_ASSERT_THREAD();
    d->sslConfiguration().setCaCertificates(certificates);
}

QList<QSslCertificate> CloacinaClient::caCertificates() const
{
    const auto& ssl = d->transport->settings.ssl;
    return ssl ? ssl->caCertificates() : QSslConfiguration::defaultConfiguration().caCertificates();
}

bool CloacinaClient::addCaCertificatesFromFile(const QString& path)
{
    CLOACINA_ASSERT_THREAD();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCloacinaHttp) << "cannot read CA certificates from" << path << file.errorString();
        return false;
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty()) {
        qCWarning(lcCloacinaHttp) << "no certificate found in" << path;
        return false;
    }
    QSslConfiguration& ssl = d->sslConfiguration();
    ssl.setCaCertificates(ssl.caCertificates() + certificates);
    return true;
}
#endif

void CloacinaClient::setInsecureSkipTlsVerify(bool skip)
{
    CLOACINA_ASSERT_THREAD();
    if (d->insecure == skip)
        return;
    d->insecure = skip;
#if QT_CONFIG(ssl)
    d->sslConfiguration().setPeerVerifyMode(skip ? QSslSocket::VerifyNone : QSslSocket::AutoVerifyPeer);
#endif
    if (skip && !d->insecureWarned) {
        d->insecureWarned = true;
        qCWarning(lcCloacinaHttp, "TLS certificate verification is DISABLED for this client "
                                  "(setInsecureSkipTlsVerify); the API key can be intercepted");
    }
    Q_EMIT insecureSkipTlsVerifyChanged();
}

bool CloacinaClient::insecureSkipTlsVerify() const
{
    return d->insecure;
}

bool CloacinaClient::applyProfile(const Profile& profile, ProfileError* error)
{
    CLOACINA_ASSERT_THREAD();
    const QUrl url(profile.server, QUrl::StrictMode);
    QString why;
    if (!Internal::isUsableBaseUrl(url, &why)) {
        if (error) {
            error->kind = ProfileError::Kind::BadServerUrl;
            error->message = QStringLiteral("profile '%1': %2").arg(profile.name, why);
        }
        return false;
    }
    const std::optional<QString> key = profile.resolveApiKey(error);
    if (!key)
        return false;
    setBaseUrl(url);
    setApiKey(*key);
    return true;
}

QFuture<Result<QJsonValue>> CloacinaClient::rawRequest(
    const QByteArray& method, const QString& path, const QJsonValue& body, const QUrlQuery& query)
{
    CLOACINA_ASSERT_THREAD();
    Request request;
    request.method = method.toUpper();
    request.operationId = QStringLiteral("raw");
    request.path = path;
    request.query = query;
    if (body.isObject()) {
        request.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    } else if (body.isArray()) {
        request.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    } else if (!body.isUndefined() && !body.isNull()) {
        // A top-level scalar: QJsonDocument cannot hold one, so wrap and strip.
        const QByteArray wrapped = QJsonDocument(QJsonArray { body }).toJson(QJsonDocument::Compact);
        request.body = wrapped.mid(1, wrapped.size() - 2);
    }
    if (!request.body.isEmpty())
        request.contentType = "application/json";
    return dispatcher().call<QJsonValue>(std::move(request));
}

QString CloacinaClient::contractVersion()
{
    return QString::fromLatin1(Cloacina::contractVersion);
}

bool CloacinaClient::versionsCompatible(const QString& server, const QString& contract)
{
    const QVersionNumber a = QVersionNumber::fromString(server);
    const QVersionNumber b = QVersionNumber::fromString(contract);
    if (a.isNull() || b.isNull())
        return false;
    return a.majorVersion() == b.majorVersion() && a.minorVersion() == b.minorVersion();
}

QFuture<Result<QString>> CloacinaClient::checkServerVersion()
{
    CLOACINA_ASSERT_THREAD();
    Request request;
    request.method = "GET";
    request.operationId = QStringLiteral("openapi");
    request.path = QStringLiteral("/openapi.json");
    request.authenticated = false;
    return Internal::chain<QString>(dispatcher().call<QJsonValue>(std::move(request)), this,
        [this](const Result<QJsonValue>& document) -> Result<QString> {
            if (!document)
                return document.error();
            const QJsonValue version = document.value().toObject().value(QLatin1String("info")).toObject().value(QLatin1String("version"));
            if (!version.isString()) {
                return Error::make(Error::Kind::Decode,
                    QStringLiteral("/openapi.json has no string info.version"),
                    QStringLiteral("openapi"));
            }
            const QString server = version.toString();
            QPointer<CloacinaClient> alive(this);
            if (d->serverVersion != server) {
                d->serverVersion = server;
                Q_EMIT serverVersionChanged();
            }
            if (alive && !versionsCompatible(server, contractVersion()))
                Q_EMIT versionMismatch(server, contractVersion());
            return server;
        });
}

QFuture<Result<LocalLoginResponse>> CloacinaClient::login(
    const QString& username, const QString& password, const QString& tenant)
{
    CLOACINA_ASSERT_THREAD();
    LocalLoginRequest body;
    body.username = username;
    body.password = password;
    if (!tenant.isEmpty())
        body.tenant = Nullable<QString>(tenant);
    return Internal::chain<LocalLoginResponse>(localLogin(body), this,
        [this](const Result<LocalLoginResponse>& result) {
            if (result)
                setApiKey(result.value().key);
            return result;
        });
}

QFuture<Result<LocalLoginResponse>> CloacinaClient::refreshSession()
{
    CLOACINA_ASSERT_THREAD();
    return Internal::chain<LocalLoginResponse>(refresh(), this,
        [this](const Result<LocalLoginResponse>& result) {
            if (result)
                setApiKey(result.value().key);
            return result;
        });
}

QFuture<Result<LogoutResponse>> CloacinaClient::logout()
{
    CLOACINA_ASSERT_THREAD();
    return Internal::chain<LogoutResponse>(Operations::logout(), this,
        [this](const Result<LogoutResponse>& result) {
            if (result)
                clearApiKey();
            return result;
        });
}

int CloacinaClient::pendingCallCount() const
{
    return d->transport->pendingCount();
}

QNetworkAccessManager* CloacinaClient::networkAccessManager() const
{
    return d->transport->networkAccessManager();
}

Dispatcher& CloacinaClient::dispatcher()
{
    return *d;
}

void CloacinaClientPrivate::dispatch(
    Request request, QFuture<void> handle, std::function<void(Result<Response>)> done)
{
    Q_ASSERT_X(q->thread() == QThread::currentThread(), Q_FUNC_INFO,
        "CloacinaClient must be used from the thread it lives in");
    transport->send(std::move(request), std::move(handle), std::move(done));
}

QString CloacinaClientPrivate::resolveTenant(const QString& perCall) const
{
    return perCall.isEmpty() ? tenant : perCall;
}

void CloacinaClientPrivate::reviewDecodeError(Error& error)
{
    const QByteArray& key = transport->settings.apiKey;
    error.message = Internal::scrub(error.message, QString::fromUtf8(key));
    error.bodySample = Internal::scrub(error.bodySample, key);
    qCDebug(lcCloacinaDecode).noquote().nospace() << error.operationId << " request-id=" << error.requestId
                                                  << " decode failed: " << error.message;
    lastError = error;
    Q_EMIT q->lastErrorChanged(error);
}

} // namespace Cloacina

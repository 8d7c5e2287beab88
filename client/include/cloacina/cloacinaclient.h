#pragma once

#include <cloacina/cloacina_export.h>
#include <cloacina/error.h>
#include <cloacina/operations.h>
#include <cloacina/result.h>
// Every answer type, so that reading a result's fields needs no further include. Measured: the
// per-area headers would save ≈2k of the ≈122k preprocessed lines of this header (Qt is the
// rest), not worth a source break for every user. The area headers serve code that needs
// only some DTOs.
#include <cloacina/types.h>
//! Defined since the facade carries the generated operations (kept for code that checked it
//! while operations.h did not exist yet).
#define CLOACINA_CLIENT_HAS_OPERATIONS 1

#include <QByteArray>
#include <QFuture>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <QtNetwork/qtnetworkglobal.h>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#endif

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Cloacina {

struct Profile;
struct ProfileError;
class CloacinaClientPrivate;

//! The SDK facade: one connection to one cloacina-server.
//!
//! Holds the settings (base URL, API key, default tenant, timeout, TLS), owns the transport (one
//! long-lived QNetworkAccessManager) and offers the 59 contract operations as flat methods, each
//! returning `QFuture<Cloacina::Result<T>>` (see Cloacina::Operations), plus a few hand-written
//! helpers: rawRequest(), login()/refreshSession()/logout(), checkServerVersion() and
//! applyProfile().
//!
//! Every call settles exactly once: with a value, an Error, or a cancellation. Consume futures
//! from QObjects with Cloacina::whenReady(); cancel a call by calling cancel() on the future the
//! client returned (not on a continuation): the request is then aborted.
//!
//! \b Threading: a client lives in the thread that created it (or was moved to) and must only
//! be used from there; public methods assert this in debug builds. Futures may be waited on or
//! chained from any thread.
//!
//! \b Lifetime: destroying the client aborts every request in flight and cancels its future;
//! no callback touches the destroyed client. Settings changes apply to calls started later.
//!
//! \b Secrets: the API key is write-only. It is sent only as `Authorization: Bearer` on
//! authenticated operations and never appears in a URL, a log line, an Error message or a body
//! sample (it is scrubbed if a server echoes it).
//!
//! \b Name: the class is Cloacina::CloacinaClient; the global name `CloacinaClient` (a type alias)
//! keeps older code compiling. Forward-declare it as `namespace Cloacina { class CloacinaClient; }`.
class CLOACINA_EXPORT CloacinaClient : public QObject, public Operations {
    Q_OBJECT
    //! Server root, e.g. `https://cloacina.example.com` (a path prefix is kept). http(s) only;
    //! credentials in the URL are refused.
    Q_PROPERTY(QUrl baseUrl READ baseUrl WRITE setBaseUrl NOTIFY baseUrlChanged)
    //! Tenant used for tenant-scoped paths when a call passes none. Default "public".
    Q_PROPERTY(QString tenant READ tenant WRITE setTenant NOTIFY tenantChanged)
    //! Transfer timeout in ms (no bytes for this long fails the call with Timeout); 0 disables.
    //! Default 30000.
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)
    //! What the last settled call said about the server. Unknown until a call settles.
    Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
    //! The error of the most recent failed call (cancellations excluded).
    Q_PROPERTY(Cloacina::Error lastError READ lastError NOTIFY lastErrorChanged)
    //! True when an API key is set. The key itself cannot be read back.
    Q_PROPERTY(bool hasApiKey READ hasApiKey NOTIFY hasApiKeyChanged)
    //! Sent as User-Agent. Default `cloacina-qt/<version> Qt/<qVersion>`.
    Q_PROPERTY(QString userAgent READ userAgent WRITE setUserAgent NOTIFY userAgentChanged)
    //! `info.version` of the server's `/openapi.json`, once checkServerVersion() has run.
    Q_PROPERTY(QString serverVersion READ serverVersion NOTIFY serverVersionChanged)
    //! Largest response body accepted, in bytes (default 64 MiB); larger answers are aborted
    //! and fail with kind Decode, code `response_too_large`. 0 disables the limit.
    Q_PROPERTY(qint64 maxResponseBytes READ maxResponseBytes WRITE setMaxResponseBytes NOTIFY maxResponseBytesChanged)
    //! True when TLS certificate verification is switched off (see setInsecureSkipTlsVerify()).
    Q_PROPERTY(bool insecureSkipTlsVerify READ insecureSkipTlsVerify WRITE setInsecureSkipTlsVerify NOTIFY insecureSkipTlsVerifyChanged)

public:
    //! What the outcome of the latest settled call says about the server.
    enum class ConnectionState {
        Unknown, //!< No call has settled yet (or the base URL / key changed since).
        Connected, //!< The server answered.
        Unreachable, //!< No answer: network error, timeout, or a gateway's 502/503/504 page.
        Unauthorized, //!< The server answered 401: missing, invalid, revoked or expired key.
    };
    Q_ENUM(ConnectionState)

    //! A client with no base URL; set one before calling.
    explicit CloacinaClient(QObject* parent = nullptr);
    //! A client for \a baseUrl.
    explicit CloacinaClient(const QUrl& baseUrl, QObject* parent = nullptr);
    //! Aborts every pending call and cancels its future.
    ~CloacinaClient() override;

    //! The server root (see the baseUrl property).
    QUrl baseUrl() const;
    //! Sets the server root to \a url. A URL with user info is refused (a warning is logged and the
    //! base URL becomes empty). Resets connectionState to Unknown; emits baseUrlChanged() when the
    //! value changes.
    void setBaseUrl(const QUrl& url);

    //! The default tenant for tenant-scoped paths (see the tenant property).
    QString tenant() const;
    //! Sets the default tenant to \a tenant; an empty string means "public". Emits tenantChanged()
    //! when the value changes.
    void setTenant(const QString& tenant);

    //! The transfer timeout in milliseconds; 0 when disabled.
    int timeout() const;
    //! Sets the transfer timeout to \a milliseconds (negative values count as 0, which disables
    //! it). Applies to calls started later; emits timeoutChanged() when the value changes.
    void setTimeout(int milliseconds);

    //! What the latest settled call said about the server.
    ConnectionState connectionState() const;
    //! The error of the most recent failed call; a default Error before any failure.
    Cloacina::Error lastError() const;

    //! Sets the bearer key for authenticated operations; an empty key clears it.
    //! Write-only: there is deliberately no getter.
    void setApiKey(const QString& key);
    //! Forgets the key (same as setApiKey({})).
    void clearApiKey();
    //! True when an API key is set.
    bool hasApiKey() const;

    //! The User-Agent header sent with every request.
    QString userAgent() const;
    //! Sets the User-Agent header to \a userAgent for calls started later; emits userAgentChanged()
    //! when the value changes.
    void setUserAgent(const QString& userAgent);
    //! `cloacina-qt/<version> Qt/<qVersion()>`.
    static QString defaultUserAgent();

    //! The server's `info.version` as found by checkServerVersion(); empty before that.
    QString serverVersion() const;

    //! The largest accepted response body in bytes; 0 means no limit.
    qint64 maxResponseBytes() const;
    //! Sets the response size limit to \a bytes (negative values count as 0, no limit); emits
    //! maxResponseBytesChanged() when the value changes.
    void setMaxResponseBytes(qint64 bytes);

#if QT_CONFIG(ssl)
    //! Trusts exactly \a certificates (replacing the system CA store) for TLS peers.
    void setCaCertificates(const QList<QSslCertificate>& certificates);
    //! The CA certificates currently trusted (the system store unless changed).
    QList<QSslCertificate> caCertificates() const;
    //! Adds the PEM (or DER) certificates in \a path to the trusted CAs, keeping the current
    //! ones. Returns false (and changes nothing) when the file holds no certificate.
    bool addCaCertificatesFromFile(const QString& path);
#endif
    //! Switches TLS certificate verification off when \a skip is true. Dangerous: anyone on the
    //! path can read the API key. Logs a warning (once per client) when enabled.
    void setInsecureSkipTlsVerify(bool skip);
    //! True when TLS certificate verification is switched off.
    bool insecureSkipTlsVerify() const;

    //! Applies a cloacinactl profile: base URL and API key (resolving `env:` / `file:` keys).
    //! Returns false and fills \a error (if given) when the key cannot be resolved or the server
    //! URL is unusable; the client is then unchanged.
    bool applyProfile(const Cloacina::Profile& profile, Cloacina::ProfileError* error = nullptr);

    //! Escape hatch for endpoints outside the contract: sends \a method to \a path (relative to
    //! the base URL, percent-encoded) with \a body as JSON (omitted when undefined/null) and
    //! \a query. Same authentication, error mapping, logging and cancellation as the generated
    //! operations; the result is the decoded JSON (null for an empty body). operationId "raw".
    QFuture<Cloacina::Result<QJsonValue>> rawRequest(const QByteArray& method, const QString& path,
        const QJsonValue& body = {}, const QUrlQuery& query = {});

    //! \name Sessions
    //! Thin wrappers over the generated auth operations that also manage the client's key.
    //! @{

    //! `local_login`: verifies \a username and \a password (in \a tenant's account namespace,
    //! or a global account when empty). On success the minted key replaces the client's key
    //! (hasApiKeyChanged may fire); the settled value still carries it, shown once by the server.
    QFuture<Cloacina::Result<Cloacina::LocalLoginResponse>> login(
        const QString& username, const QString& password, const QString& tenant = {});
    //! `refresh`: re-mints the current login key; on success the new key replaces the old one.
    QFuture<Cloacina::Result<Cloacina::LocalLoginResponse>> refreshSession();
    //! `logout`: revokes the current key on the server and, on success, clears it locally.
    //! Hides Operations::logout(), which does not touch the client's key.
    QFuture<Cloacina::Result<Cloacina::LogoutResponse>> logout();
    //! @}

    //! Fetches the unauthenticated `GET /openapi.json`, sets serverVersion to its `info.version`
    //! and emits versionMismatch() when its major.minor differs from Cloacina::contractVersion's
    //! (patch releases are compatible by the server's versioning policy). Settles with the
    //! server version.
    QFuture<Cloacina::Result<QString>> checkServerVersion();

    //! The version of the contract this SDK was generated from.
    static QString contractVersion();

    //! True when \a server and \a contract share major and minor version ("0.10.3" vs "0.10.0").
    static bool versionsCompatible(const QString& server, const QString& contract);

    //! Number of calls in flight (diagnostics and tests).
    int pendingCallCount() const;

    //! The client's QNetworkAccessManager, e.g. to set a proxy or cookie jar. Owned by the
    //! client; do not delete it or issue requests that rely on the client's reply handling.
    QNetworkAccessManager* networkAccessManager() const;

Q_SIGNALS:
    //! The base URL changed.
    void baseUrlChanged();
    //! The default tenant changed.
    void tenantChanged();
    //! The transfer timeout changed.
    void timeoutChanged();
    //! The connection state changed to \a state.
    void connectionStateChanged(CloacinaClient::ConnectionState state);
    //! A call failed with \a error, now lastError. Emitted for every failure, even when the error
    //! equals the previous one.
    void lastErrorChanged(const Cloacina::Error& error);
    //! An API key was set or cleared (by setApiKey(), login(), refreshSession(), logout() or
    //! applyProfile()).
    void hasApiKeyChanged();
    //! The User-Agent changed.
    void userAgentChanged();
    //! checkServerVersion() found a different server version.
    void serverVersionChanged();
    //! The response size limit changed.
    void maxResponseBytesChanged();
    //! TLS certificate verification was switched on or off.
    void insecureSkipTlsVerifyChanged();
    //! The server's version (\a server) is not compatible with the SDK's contract (\a contract).
    void versionMismatch(const QString& server, const QString& contract);
    //! A request with a body is being sent: \a bytesSent of \a bytesTotal bytes of the call of
    //! \a operationId (e.g. `upload_workflow`) have left. Emitted only for bodies that have a size
    //! (QNetworkReply::uploadProgress with a known total), for progress bars of large uploads.
    void uploadProgress(const QString& operationId, qint64 bytesSent, qint64 bytesTotal);

protected:
    //! The transport the operations are sent through (SDK-internal; see Operations).
    Cloacina::Dispatcher& dispatcher() override;

private:
    friend class CloacinaClientPrivate;
    std::unique_ptr<CloacinaClientPrivate> d;
};

} // namespace Cloacina

//! Compatibility alias: CloacinaClient lived at global scope in 0.1.
using CloacinaClient = Cloacina::CloacinaClient;

#pragma once

#include "dispatcher_p.h"

#include <cloacina/error.h>
#include <cloacina/result.h>

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

#include <optional>

namespace Cloacina::Internal {

//! Everything the transport needs to turn a Request into a QNetworkRequest. A snapshot is
//! taken per request, so changing a setting affects later calls only.
struct TransportSettings {
    QUrl baseUrl;
    QByteArray apiKey; //!< Never logged, never placed in a URL.
    int timeoutMs = 30000;
    QByteArray userAgent;
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
#if QT_CONFIG(ssl)
    std::optional<QSslConfiguration> ssl; //!< Set when the client customised TLS.
#endif
};

//! True when \a url can serve as a base URL: http(s), a host, no credentials, no query.
bool isUsableBaseUrl(const QUrl& url, QString* why = nullptr);

//! Joins \a base with the percent-encoded \a path and \a query.
QUrl joinUrl(const QUrl& base, const QString& path, const QUrlQuery& query);

//! Builds the QNetworkRequest for \a request: URL, Accept, User-Agent, Content-Type, Bearer
//! authorization only when `request.authenticated`, transfer timeout, same-origin redirects.
//! Fails (kind Protocol, not transient) when the base URL is unusable.
Result<QNetworkRequest> buildNetworkRequest(const Request& request, const TransportSettings& settings);

} // namespace Cloacina::Internal

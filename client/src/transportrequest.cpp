#include "transportrequest_p.h"

namespace Cloacina::Internal {

bool isUsableBaseUrl(const QUrl& url, QString* why)
{
    auto fail = [why](const char* reason) {
        if (why)
            *why = QString::fromLatin1(reason);
        return false;
    };
    if (url.isEmpty())
        return fail("no base URL is set");
    if (!url.isValid())
        return fail("the base URL is not a valid URL");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail("the base URL must use http or https");
    if (url.host().isEmpty())
        return fail("the base URL has no host");
    if (!url.userInfo().isEmpty())
        return fail("the base URL must not carry credentials; use setApiKey()");
    if (url.hasQuery() || url.hasFragment())
        return fail("the base URL must not have a query or fragment");
    return true;
}

QUrl joinUrl(const QUrl& base, const QString& path, const QUrlQuery& query)
{
    QUrl url = base;
    QString prefix = base.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    QString tail = path;
    if (!tail.startsWith(QLatin1Char('/')))
        tail.prepend(QLatin1Char('/'));
    // The path arrives percent-encoded; TolerantMode keeps %XX sequences as they are.
    url.setPath(prefix + tail, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

Result<QNetworkRequest> buildNetworkRequest(const Request& request, const TransportSettings& settings)
{
    QString why;
    if (!isUsableBaseUrl(settings.baseUrl, &why)) {
        return Error::make(Error::Kind::Protocol,
            QStringLiteral("cannot send the request: %1").arg(why), request.operationId);
    }
    QNetworkRequest out(joinUrl(settings.baseUrl, request.path, request.query));
    out.setRawHeader("Accept", "application/json");
    if (!settings.userAgent.isEmpty())
        out.setRawHeader("User-Agent", settings.userAgent);
    if (!request.body.isEmpty() || !request.contentType.isEmpty()) {
        out.setRawHeader("Content-Type",
            request.contentType.isEmpty() ? QByteArray("application/json") : request.contentType);
    }
    if (request.authenticated && !settings.apiKey.isEmpty())
        out.setRawHeader("Authorization", "Bearer " + settings.apiKey);
    // Never let a redirect carry the bearer key to another origin.
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    out.setTransferTimeout(qMax(0, settings.timeoutMs));
#if QT_CONFIG(ssl)
    if (settings.ssl)
        out.setSslConfiguration(*settings.ssl);
#endif
    return out;
}

} // namespace Cloacina::Internal

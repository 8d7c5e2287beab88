// SPDX-License-Identifier: Apache-2.0
#include "httpmessage_p.h"
#include "util_p.h"

#include <QJsonDocument>

namespace CloacinaSim {

QString HttpRequest::bearerToken() const
{
    const QByteArray value = header("authorization");
    // Upstream strips exactly "Bearer " (the delivery socket also accepts "bearer ").
    if (value.startsWith("Bearer "))
        return QString::fromUtf8(value.mid(7));
    return {};
}

bool HttpRequest::isWebSocketUpgrade() const { return header("upgrade").toLower() == "websocket"; }

HttpResponse HttpResponse::json(int status, const QJsonObject& object)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::json(int status, const QJsonArray& array)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::error(int status, const QString& code, const QString& message)
{
    return json(status,
        QJsonObject { { QStringLiteral("error"), message }, { QStringLiteral("code"), code } });
}

HttpResponse HttpResponse::text(int status, const QByteArray& text)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.body = text;
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QByteArray serializeHead(const HttpResponse& response, qint64 contentLength, bool withRequestId)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        head += "content-type: " + response.contentType + "\r\n";
    head += "content-length: " + QByteArray::number(contentLength) + "\r\n";
    if (withRequestId)
        head += "x-request-id: " + newUuid().toLatin1() + "\r\n";
    for (const auto& h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (response.closeAfter)
        head += "connection: close\r\n";
    head += "\r\n";
    return head;
}

} // namespace CloacinaSim

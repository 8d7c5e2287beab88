// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace CloacinaSim {

//! One parsed HTTP/1.1 request.
struct HttpRequest {
    QByteArray method;
    QByteArray target; //!< as sent: path plus query
    QString path; //!< raw (still percent-encoded) path
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; //!< names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
    //! The token of an `Authorization: Bearer <token>` header, if any.
    QString bearerToken() const;
    bool isWebSocketUpgrade() const;
};

//! One response, before fault injection and serialisation.
struct HttpResponse {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool closeAfter = false;
    bool isJson() const { return contentType.startsWith("application/json"); }

    static HttpResponse json(int status, const QJsonObject& object);
    static HttpResponse json(int status, const QJsonArray& array);
    //! The server's canonical error envelope `{"error", "code"}`.
    static HttpResponse error(int status, const QString& code, const QString& message);
    static HttpResponse text(int status, const QByteArray& text);
};

QByteArray reasonPhrase(int status);
//! Status line, headers (with a fresh x-request-id unless withRequestId is false) and blank line.
QByteArray serializeHead(
    const HttpResponse& response, qint64 contentLength, bool withRequestId = true);

} // namespace CloacinaSim

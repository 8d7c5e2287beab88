#include "requestparts_p.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUrl>

namespace Cloacina::Internal {

QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QByteArray jsonBody(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray multipartBody(const QByteArray& field, const QByteArray& data, const QString& fileName,
    QByteArray* contentType)
{
    // Derived from the data (not random) so that a body is reproducible in tests and logs.
    QByteArray boundary = "cloacina-" + QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex().left(24);
    while (data.contains(boundary))
        boundary += 'x';
    QByteArray name = fileName.toUtf8();
    name.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    QByteArray body;
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + name + "\"\r\n";
    body += "Content-Type: application/octet-stream\r\n\r\n";
    body += data;
    body += "\r\n--" + boundary + "--\r\n";
    *contentType = "multipart/form-data; boundary=" + boundary;
    return body;
}

} // namespace Cloacina::Internal

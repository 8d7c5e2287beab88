#include "logging_p.h"

Q_LOGGING_CATEGORY(lcCloacinaHttp, "cloacina.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCloacinaStream, "cloacina.stream", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCloacinaDecode, "cloacina.decode", QtInfoMsg)

namespace Cloacina::Internal {

static const char redacted[] = "[redacted]";

QString scrub(QString text, const QString& secret)
{
    if (!secret.isEmpty())
        text.replace(secret, QLatin1String(redacted));
    return text;
}

QByteArray scrub(QByteArray bytes, const QByteArray& secret)
{
    if (!secret.isEmpty())
        bytes.replace(secret, QByteArray(redacted));
    return bytes;
}

} // namespace Cloacina::Internal

#include <cloacina/error.h>

namespace Cloacina {

bool Error::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
    case Kind::Api:
        return httpStatus == 408 || httpStatus == 429 || (httpStatus >= 500 && httpStatus != 501);
    case Kind::Canceled:
    case Kind::Decode:
    case Kind::Protocol:
    case Kind::None:
        return false;
    }
    return false;
}

QString Error::toString() const
{
    static const char* const kindNames[] = { "network error", "timeout", "canceled", "HTTP error",
        "server error", "decode error", "protocol error", "no error" };
    QString text = QString::fromLatin1(kindNames[static_cast<int>(kind)]);
    if (httpStatus != 0)
        text += QStringLiteral(" %1").arg(httpStatus);
    if (!code.isEmpty())
        text += QStringLiteral(" [%1]").arg(code);
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    if (!operationId.isEmpty())
        text += QStringLiteral(" (%1)").arg(operationId);
    if (!requestId.isEmpty())
        text += QStringLiteral(" request-id=%1").arg(requestId);
    return text;
}

Error Error::make(Kind kind, QString message, QString operationId)
{
    Error error;
    error.kind = kind;
    error.message = std::move(message);
    error.operationId = std::move(operationId);
    return error;
}

Error Error::canceled(QString operationId)
{
    return make(Kind::Canceled, QStringLiteral("the call was canceled"), std::move(operationId));
}

QByteArray Error::sampleOf(const QByteArray& body)
{
    return body.left(maxBodySample);
}

bool operator==(const Error& a, const Error& b)
{
    return a.kind == b.kind && a.httpStatus == b.httpStatus && a.code == b.code
        && a.message == b.message && a.requestId == b.requestId && a.operationId == b.operationId
        && a.bodySample == b.bodySample;
}

} // namespace Cloacina

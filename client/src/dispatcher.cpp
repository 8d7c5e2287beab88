#include "dispatcher_p.h"

#include <QJsonParseError>

namespace Cloacina {

Dispatcher::~Dispatcher() = default;

namespace Detail {

    Error schemaMismatch(const Response& response, const QString& operationId, const QString& why)
    {
        Error error = Error::make(Error::Kind::Decode,
            QStringLiteral("the response does not match the contract: %1").arg(why), operationId);
        error.httpStatus = response.httpStatus;
        error.requestId = response.requestId;
        error.bodySample = Error::sampleOf(response.body);
        return error;
    }

    Result<QJsonValue> parseBody(const Response& response, const QString& operationId)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return schemaMismatch(response, operationId,
                QStringLiteral("invalid JSON at offset %1 (%2)")
                    .arg(parseError.offset)
                    .arg(parseError.errorString()));
        }
        if (document.isObject())
            return QJsonValue(document.object());
        return QJsonValue(document.array());
    }

} // namespace Detail

template <>
Result<QJsonValue> decodeResponse<QJsonValue>(const Response& response, const QString& operationId)
{
    if (response.body.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Null);
    return Detail::parseBody(response, operationId);
}

} // namespace Cloacina

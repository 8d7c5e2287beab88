#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

//! \file
//! Logging categories of the client library. All default to QtInfoMsg: debug lines appear only
//! when enabled, e.g. `QT_LOGGING_RULES="cloacina.http.debug=true"`.
//!
//! No line logged through these categories may contain an API key or an Authorization header:
//! log the operationId, method, path, status, request id and duration only.

Q_DECLARE_LOGGING_CATEGORY(lcCloacinaHttp)
Q_DECLARE_LOGGING_CATEGORY(lcCloacinaStream)
Q_DECLARE_LOGGING_CATEGORY(lcCloacinaDecode)

namespace Cloacina::Internal {

//! Replaces every occurrence of \a secret in \a text with "[redacted]". No-op for an empty secret.
QString scrub(QString text, const QString& secret);
//! Byte-level variant of scrub() for body samples.
QByteArray scrub(QByteArray bytes, const QByteArray& secret);

} // namespace Cloacina::Internal

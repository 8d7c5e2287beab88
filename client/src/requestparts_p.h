#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

//! \file
//! The pieces the generated operation stubs (client/generated/src/operations.cpp) build a
//! Request from. Hand-written and tested here (tst_requestparts) so that the generator emits
//! calls, never code.

namespace Cloacina::Internal {

//! \a value as one percent-encoded path segment or query value: '/', '?', '#', '%', '+', '&'
//! and spaces stay data instead of changing the URL's structure.
QString encoded(const QString& value);

//! \a object as a compact JSON request body.
QByteArray jsonBody(const QJsonObject& object);

//! A multipart/form-data body (RFC 7578) holding \a data as the file field \a field named
//! \a fileName; sets \a contentType to the matching header value (boundary included). The
//! boundary is derived from \a data and never occurs in it; quotes and line breaks in
//! \a fileName are percent-encoded so that it cannot end the header early.
QByteArray multipartBody(const QByteArray& field, const QByteArray& data, const QString& fileName,
    QByteArray* contentType);

} // namespace Cloacina::Internal

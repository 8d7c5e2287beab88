#pragma once

#include <cloacina/cloacina_export.h>

#include <QStringView>
#include <QtGlobal>

namespace Cloacina::StreamDetail {

//! The members of a push frame, as views into the frame's text.
struct ScannedPush {
    qint64 id = 0;
    QStringView kind;
    QStringView recipient;
    QStringView tenantId; //!< empty when tenantIsNull
    bool tenantIsNull = false;
    QStringView payloadBase64;
};

//! Reads the shape nearly every delivery frame has — a push whose seven members each appear
//! once, strings without escapes, a plain integer id — straight from the UTF-16 text
//! QWebSocket hands over, without converting it to UTF-8 or building a document. False for
//! anything else (another frame type, unknown or repeated members, escapes, numbers with a
//! sign, fraction or exponent, malformed JSON): the caller then uses the full decoder, which
//! decides. Accepts only valid JSON once the caller has checked payloadBase64, which is
//! handed over unchecked (the base64 decoder refuses every character a JSON string would
//! have to escape).
CLOACINA_EXPORT bool scanPushFrame(QStringView text, ScannedPush& out);

} // namespace Cloacina::StreamDetail

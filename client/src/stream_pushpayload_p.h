#pragma once

#include <cloacina/cloacina_export.h>
#include <cloacina/executionevent.h>

#include <QByteArray>
#include <QString>

namespace Cloacina::StreamDetail {

//! Decodes the payload of an `execution_event` push (its JSON bytes, DeliveryPush::payload)
//! into \a out, origin Push. A simdjson fast path takes valid payloads; anything else goes to
//! the strict decoder (QJsonDocument + RunEvent::fromPushPayload()), which decides and writes
//! \a error ("path: reason", or the JSON parse error). The fast path accepts nothing the strict
//! one rejects and fills the same RunEvent (tst_streamunits, fuzz_runevent).
CLOACINA_EXPORT bool decodePushPayload(const QByteArray& json, RunEvent& out, QString& error);
//! The strict decoder alone (the reference of the fast path, and its fallback).
CLOACINA_EXPORT bool decodePushPayloadStrict(const QByteArray& json, RunEvent& out, QString& error);

} // namespace Cloacina::StreamDetail

#pragma once

#include <cloacina/cloacina_export.h>
#include <cloacina/executionevent.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace Cloacina::StreamDetail {

//! What the follower asks of every pushed event's type, answered once per distinct type.
struct EventTypeFacts {
    bool known = false; //!< RunEvent::isKnownType()
    bool terminal = false; //!< RunEvent::isTerminalType()
};

//! Decodes the `execution_event` push payloads of one followed run (DeliveryPush::payload) into
//! RunEvents, origin Push. A simdjson fast path takes valid payloads; anything else goes to the
//! strict decoder (QJsonDocument + RunEvent::fromPushPayload()), which decides and writes the
//! error ("path: reason", or the JSON parse error). The fast path accepts nothing the strict one
//! rejects and fills the same RunEvent (tst_streamframes, fuzz_runevent).
//!
//! The strings a run repeats on every event (its execution id, event types, task execution ids
//! and task names) are kept, a bounded number of each, and shared by the events that carry them
//! instead of being decoded and allocated again. Not thread-safe: one decoder per follower.
class CLOACINA_EXPORT PushPayloadDecoder {
public:
    PushPayloadDecoder();
    ~PushPayloadDecoder();
    PushPayloadDecoder(const PushPayloadDecoder&) = delete;
    PushPayloadDecoder& operator=(const PushPayloadDecoder&) = delete;

    //! Decodes \a json into \a out and \a facts (those of out.eventType); false with \a error
    //! when the payload is malformed.
    bool decode(const QByteArray& json, RunEvent& out, EventTypeFacts& facts, QString& error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

//! Decodes one payload with a fresh PushPayloadDecoder (nothing shared with other calls).
CLOACINA_EXPORT bool decodePushPayload(const QByteArray& json, RunEvent& out, QString& error);
//! The strict decoder alone (the reference of the fast path, and its fallback).
CLOACINA_EXPORT bool decodePushPayloadStrict(const QByteArray& json, RunEvent& out, QString& error);

} // namespace Cloacina::StreamDetail

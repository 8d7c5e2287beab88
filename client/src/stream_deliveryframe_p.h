#pragma once

#include <cloacina/cloacina_export.h>
#include <cloacina/deliverysubscription.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace Cloacina::StreamDetail {

//! One server frame of the delivery socket, validated against the envelope schema.
struct DeliveryFrame {
    enum class Type {
        Welcome, //!< a welcome with an integer max_known_id
        Push, //!< a valid push envelope; push holds it, payload base64-decoded
        Unknown, //!< a well-formed frame of another type (unknownType); logged and skipped
        Violation, //!< anything the protocol forbids; violation says what
    };
    Type type = Type::Violation;
    //! The frame said `"type":"push"` (also for a malformed push: a push before the welcome
    //! is reported as such whatever its envelope).
    bool pushFrame = false;
    DeliveryPush push;
    //! The push carries members beyond the envelope's seven (ignored; logged once).
    bool extraMembers = false;
    QString unknownType;
    QString violation;

    friend CLOACINA_EXPORT bool operator==(const DeliveryFrame& a, const DeliveryFrame& b);
};

//! Decodes delivery frames: a simdjson fast path for the frames that are valid, and the strict
//! QJsonDocument decoder (decodeStrict()) for everything else, which then decides and builds
//! the message. The fast path accepts nothing the strict one rejects and yields the same frame
//! (checked by tst_streamunits and the fuzz_delivery_frame target).
class CLOACINA_EXPORT DeliveryFrameDecoder {
public:
    //! \a recipient: the subscription's recipient, whose QString is shared by matching pushes.
    explicit DeliveryFrameDecoder(const QString& recipient = {});
    ~DeliveryFrameDecoder();
    DeliveryFrameDecoder(const DeliveryFrameDecoder&) = delete;
    DeliveryFrameDecoder& operator=(const DeliveryFrameDecoder&) = delete;

    //! Decodes one text message as received from QWebSocket.
    DeliveryFrame decode(const QString& text);
    //! Decodes UTF-8 bytes (tests and fuzzing).
    DeliveryFrame decodeUtf8(const QByteArray& utf8);
    //! The reference decoder (QJsonDocument, one decode of the whole frame).
    static DeliveryFrame decodeStrict(const QByteArray& utf8);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

//! `{"type":"ack","protocol_version":1,"id":<id>}`, written without a JSON document.
CLOACINA_EXPORT QString ackFrame(qint64 id);
//! The same ack written into \a out, whose buffer is reused from ack to ack.
CLOACINA_EXPORT void writeAckFrame(qint64 id, QString& out);
//! `{"type":"hello","protocol_version":1,"since_id":null}`.
CLOACINA_EXPORT QString helloFrame();

} // namespace Cloacina::StreamDetail

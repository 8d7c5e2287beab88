#include "stream_deliveryframe_p.h"

#include "simdjsonframe_p.h"
#include "stream_base64_p.h"
#include "stream_pushscanner_p.h"

#include <cloacina/json.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <optional>

namespace Cloacina::StreamDetail {

namespace {
    constexpr int envelopeMembers = 7; // type, protocol_version, id, kind, recipient, tenant_id, payload_b64

    DeliveryFrame violation(DeliveryFrame f, const QString& what)
    {
        f.type = DeliveryFrame::Type::Violation;
        f.violation = what;
        return f;
    }

    // Exact 64-bit integers (Json::read never goes through a double for an integer token).
    bool readInt(const QJsonObject& o, const char* key, qint64& out)
    {
        Json::Context ignored;
        return Json::read(o.value(QLatin1String(key)), out, ignored);
    }

    std::optional<QByteArray> decodeBase64(QByteArrayView text)
    {
        QByteArray fast;
        if (decodeCanonicalBase64(text, fast))
            return fast;
        const auto decoded = QByteArray::fromBase64Encoding(
            QByteArray::fromRawData(text.data(), text.size()), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        return decoded.decoded;
    }
} // namespace

bool operator==(const DeliveryFrame& a, const DeliveryFrame& b)
{
    return a.type == b.type && a.pushFrame == b.pushFrame && a.push == b.push && a.extraMembers == b.extraMembers
        && a.unknownType == b.unknownType && a.violation == b.violation;
}

struct DeliveryFrameDecoder::Private {
    SimdFrame::PaddedText text;
    SimdFrame::CachedString recipient;
    SimdFrame::CachedString kind { QStringLiteral("execution_event") };
    SimdFrame::CachedString tenant;
    QByteArray base64; // the payload's characters narrowed to bytes, reused frame after frame
    static constexpr qsizetype scratchLimit = 1 << 20;

    //! The common push read straight from the UTF-16 text (scanPushFrame()); false leaves the
    //! frame to the full decoders.
    bool decodeScanned(const QString& text, DeliveryFrame& f)
    {
        ScannedPush s;
        if (!scanPushFrame(text, s))
            return false;
        DeliveryPush& push = f.push;
        const bool decoded = decodeCanonicalBase64(s.payloadBase64, push.payload, base64);
        if (base64.capacity() > scratchLimit)
            base64 = QByteArray(); // one huge frame does not pin its size for the connection's life
        if (!decoded)
            return false; // not base64 as the fast decoder takes it: the full decoders decide
        push.id = s.id;
        push.kind = kind.get(s.kind);
        push.recipient = recipient.get(s.recipient);
        if (!s.tenantIsNull)
            push.tenantId = tenant.get(s.tenantId);
        f.type = DeliveryFrame::Type::Push;
        f.pushFrame = true;
        return true;
    }

    //! The members of a frame the envelope knows, each the last of its name (as QJsonObject keeps).
    struct Members {
        std::optional<simdjson::dom::element> type, version, maxKnownId, id, kind, recipient, tenant, payload;
        int count = 0; //!< members, duplicates of unknown names counted once each time
    };

    static bool collect(simdjson::dom::object object, Members& m)
    {
        for (const simdjson::dom::key_value_pair field : object) {
            const std::string_view key = field.key;
            std::optional<simdjson::dom::element>* slot = nullptr;
            if (key == "type")
                slot = &m.type;
            else if (key == "protocol_version")
                slot = &m.version;
            else if (key == "id")
                slot = &m.id;
            else if (key == "kind")
                slot = &m.kind;
            else if (key == "recipient")
                slot = &m.recipient;
            else if (key == "tenant_id")
                slot = &m.tenant;
            else if (key == "payload_b64")
                slot = &m.payload;
            else if (key == "max_known_id")
                slot = &m.maxKnownId;
            if (!slot || !*slot)
                ++m.count;
            if (slot)
                *slot = field.value;
        }
        return true;
    }

    //! Decodes the frame in `text` when it is valid; false sends it to the strict decoder.
    bool decodeFast(DeliveryFrame& f)
    {
        simdjson::dom::parser& parser = SimdFrame::threadParser();
        simdjson::dom::element root;
        simdjson::dom::object object;
        Members m;
        const bool ok = text.parse(parser, root) && !root.get_object().get(object) && collect(object, m)
            && decodeMembers(m, f);
        SimdFrame::trimParser(parser);
        return ok;
    }

    bool decodeMembers(const Members& m, DeliveryFrame& f)
    {
        qint64 version = 0;
        std::string_view type;
        if (!m.version || !SimdFrame::readInteger(*m.version, version)
            || version != DeliverySubscription::protocolVersion || !m.type || !SimdFrame::readString(*m.type, type))
            return false;
        if (type == "welcome") {
            qint64 maxKnown = 0;
            if (!m.maxKnownId || !SimdFrame::readInteger(*m.maxKnownId, maxKnown))
                return false;
            f.type = DeliveryFrame::Type::Welcome;
            return true;
        }
        if (type != "push") {
            f.type = DeliveryFrame::Type::Unknown;
            f.unknownType = SimdFrame::toQString(type);
            return true;
        }
        std::string_view kind, recipientText, tenant, payload;
        DeliveryPush& push = f.push;
        if (!m.id || !SimdFrame::readInteger(*m.id, push.id) || !m.kind || !SimdFrame::readString(*m.kind, kind)
            || !m.recipient || !SimdFrame::readString(*m.recipient, recipientText) || !m.tenant || !m.payload
            || !SimdFrame::readString(*m.payload, payload))
            return false;
        const bool tenantIsNull = m.tenant->is_null();
        if (!tenantIsNull && !SimdFrame::readString(*m.tenant, tenant))
            return false;
        std::optional<QByteArray> decoded = decodeBase64(SimdFrame::toView(payload));
        if (!decoded)
            return false;
        push.payload = std::move(*decoded);
        push.kind = this->kind.get(kind);
        push.recipient = recipient.get(recipientText);
        if (!tenantIsNull)
            push.tenantId = SimdFrame::toQString(tenant);
        f.type = DeliveryFrame::Type::Push;
        f.pushFrame = true;
        f.extraMembers = m.count > envelopeMembers;
        return true;
    }
};

DeliveryFrameDecoder::DeliveryFrameDecoder(const QString& recipient)
    : d(std::make_unique<Private>())
{
    d->recipient.set(recipient);
}

DeliveryFrameDecoder::~DeliveryFrameDecoder() = default;

DeliveryFrame DeliveryFrameDecoder::decode(const QString& text)
{
    DeliveryFrame f;
    if (d->decodeScanned(text, f))
        return f;
    f = DeliveryFrame();
    d->text.assign(text);
    if (!d->decodeFast(f))
        f = decodeStrict(QByteArray(d->text.data(), qsizetype(d->text.size())));
    d->text.trim();
    return f;
}

DeliveryFrame DeliveryFrameDecoder::decodeUtf8(const QByteArray& utf8)
{
    d->text.assign(utf8.constData(), utf8.size());
    DeliveryFrame f;
    if (!d->decodeFast(f))
        f = decodeStrict(utf8);
    d->text.trim();
    return f;
}

DeliveryFrame DeliveryFrameDecoder::decodeStrict(const QByteArray& utf8)
{
    DeliveryFrame f;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return violation(f, QStringLiteral("the server sent a frame that is not a JSON object"));
    const QJsonObject o = doc.object();
    qint64 version = 0;
    if (!readInt(o, "protocol_version", version))
        return violation(f, QStringLiteral("frame without an integer protocol_version"));
    if (version != DeliverySubscription::protocolVersion)
        return violation(f,
            QStringLiteral("the server speaks delivery protocol version %1; this client speaks %2")
                .arg(version)
                .arg(DeliverySubscription::protocolVersion));
    const QString type = o.value(QLatin1String("type")).toString();
    if (type == QLatin1String("welcome")) {
        qint64 maxKnown = 0;
        if (!readInt(o, "max_known_id", maxKnown))
            return violation(f, QStringLiteral("welcome without an integer max_known_id"));
        f.type = DeliveryFrame::Type::Welcome;
        return f;
    }
    if (type != QLatin1String("push")) {
        f.type = DeliveryFrame::Type::Unknown;
        f.unknownType = type;
        return f;
    }
    f.pushFrame = true;
    DeliveryPush& push = f.push;
    const QJsonValue tenant = o.value(QLatin1String("tenant_id"));
    const QJsonValue payload = o.value(QLatin1String("payload_b64"));
    if (!readInt(o, "id", push.id) || !o.value(QLatin1String("kind")).isString()
        || !o.value(QLatin1String("recipient")).isString() || !(tenant.isString() || tenant.isNull())
        || !payload.isString())
        return violation(f, QStringLiteral("push frame does not match the envelope schema"));
    push.kind = o.value(QLatin1String("kind")).toString();
    push.recipient = o.value(QLatin1String("recipient")).toString();
    if (tenant.isString())
        push.tenantId = tenant.toString();
    std::optional<QByteArray> decoded = decodeBase64(QByteArrayView(payload.toString().toLatin1()));
    if (!decoded)
        return violation(f, QStringLiteral("push %1: payload_b64 is not valid base64").arg(push.id));
    push.payload = std::move(*decoded);
    f.type = DeliveryFrame::Type::Push;
    f.extraMembers = o.size() > envelopeMembers;
    return f;
}

void writeAckFrame(qint64 id, QString& out)
{
    static constexpr char prefix[] = "{\"type\":\"ack\",\"protocol_version\":1,\"id\":";
    static_assert(DeliverySubscription::protocolVersion == 1, "the prefix spells the version");
    char buffer[sizeof prefix + 24];
    memcpy(buffer, prefix, sizeof prefix - 1);
    char* end = std::to_chars(buffer + sizeof prefix - 1, buffer + sizeof buffer - 1, id).ptr;
    *end++ = '}';
    const auto size = qsizetype(end - buffer);
    out.resize(size); // keeps the capacity: no allocation once the buffer has held an ack
    QChar* text = out.data();
    for (qsizetype i = 0; i < size; ++i)
        text[i] = QLatin1Char(buffer[i]);
}

QString ackFrame(qint64 id)
{
    QString text;
    writeAckFrame(id, text);
    return text;
}

QString helloFrame()
{
    return QStringLiteral("{\"type\":\"hello\",\"protocol_version\":1,\"since_id\":null}");
}

} // namespace Cloacina::StreamDetail

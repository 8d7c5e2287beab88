#include "simdjsonread_p.h"

#include <cmath>
#include <limits>

namespace Cloacina::Internal::Fast {

namespace {

    // Deeper documents go to the strict decoder, whose parser has its own (larger) limit.
    constexpr std::size_t maxDepth = 512;
    // A parser keeps buffers of a few times the largest body it has read; after a body this
    // large they are given back instead of being held by the thread for good.
    constexpr std::size_t keepCapacity = std::size_t(8) << 20;

    thread_local bool threadParserBusy = false;

    // One parser per thread: its buffers are reused from one body to the next.
    simdjson::dom::parser& parserOfThisThread()
    {
        thread_local simdjson::dom::parser parser;
        return parser;
    }

    // Qt reads an integral number token as an exact integer; a fraction or exponent that
    // lands on an integer within qint64 also becomes one ("1.0" → 1, "1e17").
    bool integralDouble(double d, qint64& out)
    {
        constexpr double limit = 9223372036854775808.0; // 2^63
        if (std::trunc(d) != d || !(d >= -limit && d < limit))
            return false;
        out = qint64(d);
        return true;
    }

    bool toJsonValue(Element json, QJsonValue& out, Reader& reader)
    {
        switch (json.type()) {
        case simdjson::dom::element_type::NULL_VALUE:
            out = QJsonValue(QJsonValue::Null);
            return true;
        case simdjson::dom::element_type::BOOL:
            out = QJsonValue(json.get_bool().value_unsafe());
            return true;
        case simdjson::dom::element_type::INT64:
            out = QJsonValue(qint64(json.get_int64().value_unsafe()));
            return true;
        case simdjson::dom::element_type::UINT64: // beyond qint64: Qt keeps a double
            out = QJsonValue(double(json.get_uint64().value_unsafe()));
            return true;
        case simdjson::dom::element_type::DOUBLE: {
            const double d = json.get_double().value_unsafe();
            // Qt refuses a fraction that underflows to zero ("1e-400"); simdjson reads 0.
            if (d == 0)
                return false;
            qint64 integral = 0;
            out = integralDouble(d, integral) ? QJsonValue(integral) : QJsonValue(d);
            return true;
        }
        case simdjson::dom::element_type::STRING:
            out = QJsonValue(reader.string(json.get_string().value_unsafe()));
            return true;
        case simdjson::dom::element_type::ARRAY: {
            simdjson::dom::array items;
            if (json.get_array().get(items) != simdjson::SUCCESS)
                return false;
            QJsonArray array;
            for (const Element item : items) {
                QJsonValue value;
                if (!toJsonValue(item, value, reader))
                    return false;
                array.append(value);
            }
            out = array;
            return true;
        }
        case simdjson::dom::element_type::OBJECT: {
            Object members;
            if (!readObject(json, members))
                return false;
            QJsonObject object;
            for (const Member member : members) {
                if (!keepUnknown(member.key, member.value, object, reader))
                    return false;
            }
            out = object;
            return true;
        }
        }
        return false;
    }

    bool isAscii(std::string_view text)
    {
        std::uint64_t bits = 0;
        std::size_t i = 0;
        for (; i + 8 <= text.size(); i += 8) {
            std::uint64_t word;
            std::memcpy(&word, text.data() + i, 8);
            bits |= word;
        }
        for (; i < text.size(); ++i)
            bits |= std::uint8_t(text[i]);
        return (bits & 0x8080808080808080u) == 0;
    }

    QString toQString(std::string_view utf8)
    {
        // ASCII (ids, timestamps, names) is also Latin-1, which Qt widens in one pass.
        if (isAscii(utf8))
            return QString::fromLatin1(utf8.data(), qsizetype(utf8.size()));
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    }

} // namespace

QString Reader::string(std::string_view utf8)
{
    const std::size_t size = utf8.size();
    if (size > maxShared)
        return toQString(utf8);
    // The slot from the length and the first and last eight bytes, not from every byte: equal
    // hashes are confirmed by comparing the text anyway.
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    if (size >= 8) {
        std::memcpy(&head, utf8.data(), 8);
        std::memcpy(&tail, utf8.data() + size - 8, 8);
    } else {
        for (std::size_t i = 0; i < size; ++i)
            head = (head << 8) | std::uint8_t(utf8[i]);
    }
    const std::uint64_t mixed = (head ^ (tail * 0x9E3779B97F4A7C15u) ^ size) * 0xBF58476D1CE4E5B9u;
    Slot& slot = m_slots[mixed >> (64 - slotBits)];
    if (slot.utf8.data() == nullptr || slot.utf8 != utf8) {
        slot.utf8 = utf8;
        slot.text = toQString(utf8);
    }
    return slot.text;
}

bool read(Element json, QString& out, Reader& reader)
{
    std::string_view text;
    if (!readText(json, text))
        return false;
    out = reader.string(text);
    return true;
}

bool read(Element json, bool& out, Reader&)
{
    return json.get_bool().get(out) == simdjson::SUCCESS;
}

bool read(Element json, double& out, Reader&)
{
    switch (json.type()) {
    case simdjson::dom::element_type::INT64:
        out = double(json.get_int64().value_unsafe());
        return true;
    case simdjson::dom::element_type::UINT64:
        out = double(json.get_uint64().value_unsafe());
        return true;
    case simdjson::dom::element_type::DOUBLE:
        out = json.get_double().value_unsafe();
        return out != 0; // see toJsonValue()
    default:
        return false;
    }
}

bool read(Element json, qint64& out, Reader&)
{
    switch (json.type()) {
    case simdjson::dom::element_type::INT64:
        out = json.get_int64().value_unsafe();
        return true;
    case simdjson::dom::element_type::DOUBLE: {
        // As Json::read: an integral double only while doubles still hold every integer.
        const double d = json.get_double().value_unsafe();
        constexpr double exactLimit = 9007199254740992.0; // 2^53
        if (d == 0 || std::trunc(d) != d || !(d > -exactLimit && d < exactLimit))
            return false;
        out = qint64(d);
        return true;
    }
    default: // UINT64 is beyond qint64
        return false;
    }
}

bool read(Element json, int& out, Reader& reader)
{
    qint64 wide = 0;
    if (!read(json, wide, reader) || wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
        return false;
    out = int(wide);
    return true;
}

bool read(Element json, QJsonValue& out, Reader& reader)
{
    return toJsonValue(json, out, reader);
}

bool read(Element json, QJsonObject& out, Reader& reader)
{
    if (!json.is_object())
        return false;
    QJsonValue value;
    if (!toJsonValue(json, value, reader))
        return false;
    out = value.toObject();
    return true;
}

bool keepUnknown(std::string_view key, Element value, QJsonObject& unknown, Reader& reader)
{
    QJsonValue converted;
    if (!toJsonValue(value, converted, reader))
        return false;
    const qsizetype before = unknown.size();
    unknown.insert(reader.string(key), converted);
    return unknown.size() > before; // a duplicate key replaced a member: let the strict decoder judge
}

Document::Document(const QByteArray& body)
{
    if (threadParserBusy) {
        m_nested = std::make_unique<simdjson::dom::parser>();
        m_parser = m_nested.get();
    } else {
        m_parser = &parserOfThisThread();
        threadParserBusy = true;
    }
    if (m_parser->max_depth() != maxDepth && m_parser->allocate(qMax<std::size_t>(std::size_t(body.size()), 4096), maxDepth) != simdjson::SUCCESS)
        return;
    // In place when the buffer has the padding simdjson reads past the end, else one copy.
    const bool copy = body.capacity() - body.size() < fastDecodePadding;
    m_ok = m_parser->parse(body.constData(), std::size_t(body.size()), copy).get(m_root) == simdjson::SUCCESS;
}

Document::~Document()
{
    if (m_nested)
        return;
    threadParserBusy = false;
    if (m_parser->capacity() > keepCapacity)
        *m_parser = simdjson::dom::parser();
}

} // namespace Cloacina::Internal::Fast

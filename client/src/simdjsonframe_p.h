#pragma once

// Small simdjson helpers for the stream decoders (frames and push payloads). Private: included
// only by client .cpp files, which link simdjson; nothing here reaches a public header.

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <QStringView>

#include <simdjson.h>

#include <cmath>
#include <string_view>

namespace Cloacina::SimdFrame {

//! The calling thread's DOM parser. One per thread: simdjson parsers are not thread-safe, and
//! keeping one alive saves its buffers' allocation on every frame.
inline simdjson::dom::parser& threadParser()
{
    thread_local simdjson::dom::parser parser;
    return parser;
}

//! Releases the parser's buffers after an unusually large document, so that one big frame does
//! not pin megabytes for the thread's lifetime.
inline void trimParser(simdjson::dom::parser& parser)
{
    constexpr size_t keep = 64 * 1024;
    if (parser.capacity() > keep) {
        // On failure (out of memory) the parser is left empty and allocates on the next parse.
        const simdjson::error_code ignored = parser.allocate(keep);
        Q_UNUSED(ignored);
    }
}

//! UTF-8 text with simdjson's padding behind it, in a buffer reused from frame to frame (no
//! allocation once it has grown to the largest frame).
class PaddedText {
public:
    //! Encodes UTF-16 text (a QWebSocket text message) as UTF-8, as QString::toUtf8() does.
    void assign(QStringView text)
    {
        QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
        reserve(encoder.requiredSpace(text.size()));
        char* end = encoder.appendToBuffer(m_buffer.data(), text);
        m_size = qsizetype(end - m_buffer.constData());
    }
    //! Copies UTF-8 bytes.
    void assign(const char* data, qsizetype size)
    {
        reserve(size);
        if (size > 0)
            memcpy(m_buffer.data(), data, size_t(size));
        m_size = size;
    }
    //! Frees the buffer after an unusually large frame (kept otherwise, for the next frame).
    void trim()
    {
        constexpr qsizetype keep = 256 * 1024;
        if (m_buffer.size() > keep)
            m_buffer = QByteArray();
    }
    const char* data() const { return m_buffer.constData(); }
    size_t size() const { return size_t(m_size); }
    //! Parses the text; false on any JSON error (the caller then re-decodes strictly).
    bool parse(simdjson::dom::parser& parser, simdjson::dom::element& out) const
    {
        // The padding is ours (reserve()), so simdjson need not copy the text.
        return !parser.parse(data(), size(), false).get(out);
    }

private:
    void reserve(qsizetype size)
    {
        const qsizetype needed = size + qsizetype(simdjson::SIMDJSON_PADDING);
        if (m_buffer.size() < needed)
            m_buffer.resize(needed);
    }

    QByteArray m_buffer;
    qsizetype m_size = 0;
};

//! What Json::read(qint64) accepts after QJsonDocument: an integer token exactly; a number
//! written as a double when its value is integral and fits qint64 (QJsonValue stores such a
//! double as that integer, so 5.0 and 555555555555555554.2 — the double 555555555555555584 —
//! are integers there). False on anything else, as Json::read fails on the remaining doubles
//! (fractions, and integral doubles beyond qint64, which are all beyond 2^53).
inline bool readInteger(simdjson::dom::element value, qint64& out)
{
    switch (value.type()) {
    case simdjson::dom::element_type::INT64:
        out = value.get_int64().value_unsafe();
        return true;
    case simdjson::dom::element_type::DOUBLE: {
        const double d = value.get_double().value_unsafe();
        constexpr double int64Limit = 9223372036854775808.0; // 2^63
        if (!std::isfinite(d) || std::trunc(d) != d || !(d >= -int64Limit && d < int64Limit))
            return false;
        out = qint64(d);
        return true;
    }
    default:
        return false; // UINT64 (above qint64) and non-numbers
    }
}

//! The string of a string element; false for any other type.
inline bool readString(simdjson::dom::element value, std::string_view& out)
{
    return !value.get_string().get(out);
}

inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

inline QByteArrayView toView(std::string_view text)
{
    return QByteArrayView(text.data(), qsizetype(text.size()));
}

//! A QString for UTF-8 text that is usually the same as last time (a kind, a recipient): the
//! cached string is shared instead of decoding and allocating again.
class CachedString {
public:
    CachedString() = default;
    explicit CachedString(const QString& text) { set(text); }
    void set(const QString& text)
    {
        m_text = text;
        m_utf8 = text.toUtf8();
    }
    QString get(std::string_view utf8)
    {
        if (toView(utf8) != QByteArrayView(m_utf8)) {
            m_utf8 = QByteArray(utf8.data(), qsizetype(utf8.size()));
            m_text = toQString(utf8);
        }
        return m_text;
    }
    QString get(QStringView text)
    {
        if (text != m_text)
            set(text.toString());
        return m_text;
    }

private:
    QString m_text;
    QByteArray m_utf8;
};

} // namespace Cloacina::SimdFrame

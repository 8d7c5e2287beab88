#pragma once
// The hand-written half of the fast REST decode path: simdjson DOM values read into the Qt types
// of the generated DTOs. The generated half (client/generated/src/fastdecode.cpp) reads each
// schema's members with these functions and defines decodeFast() for every schema type.
// Private: includes simdjson, which is linked privately into the SDK.

#include "fastdecode_p.h"

#include <cloacina/nullable.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <simdjson.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>

namespace Cloacina::Internal::Fast {

static_assert(fastDecodePadding >= qsizetype(simdjson::SIMDJSON_PADDING), "body padding below what simdjson reads");

using Element = simdjson::dom::element;
using Object = simdjson::dom::object;
using Member = simdjson::dom::key_value_pair;

//! The state of one decode. Every reader takes it as its last argument: its namespace makes
//! argument-dependent lookup find the readers of the generated types wherever the container
//! templates below are instantiated (as Json::Context does for the strict decoders).
class Reader {
public:
    //! \a utf8 as a QString. Short strings equal to one seen earlier in this decode share its
    //! data: a list repeats the same status and workflow name on every row.
    QString string(std::string_view utf8);

private:
    struct Slot {
        std::string_view utf8; // points into the parser's string buffer, valid for this decode
        QString text;
    };
    static constexpr std::size_t slotBits = 6;
    static constexpr std::size_t maxShared = 24; // ids and timestamps are longer and unique
    Slot m_slots[std::size_t(1) << slotBits];
};

//! Reads a JSON string.
bool read(Element json, QString& out, Reader& reader);
//! Reads a JSON boolean.
bool read(Element json, bool& out, Reader& reader);
//! Reads any JSON number (declines a 0.0 spelt as a fraction: Qt refuses some of those).
bool read(Element json, double& out, Reader& reader);
//! Reads an integral number that fits, as Json::read does (an integral double only below 2^53).
bool read(Element json, qint64& out, Reader& reader);
//! Reads an integral number that fits in an int.
bool read(Element json, int& out, Reader& reader);
//! Any JSON value, as Qt's parser would build it (OpenAPI schema `{}`).
bool read(Element json, QJsonValue& out, Reader& reader);
//! A JSON object as it is.
bool read(Element json, QJsonObject& out, Reader& reader);

//! \a json as an object; false for any other type.
inline bool readObject(Element json, Object& out)
{
    return json.get_object().get(out) == simdjson::SUCCESS;
}

//! \a json as the bytes of a string; false for any other type.
inline bool readText(Element json, std::string_view& out)
{
    return json.get_string().get(out) == simdjson::SUCCESS;
}

//! True if \a key, whose length the caller has already compared, spells \a name.
template <std::size_t N>
inline bool keyIs(std::string_view key, const char (&name)[N])
{
    return std::memcmp(key.data(), name, N - 1) == 0;
}

//! Marks member \a bit as seen; false when it was seen before (a duplicate key: the strict
//! decoder decides what it means).
inline bool firstTime(std::uint64_t& seen, int bit)
{
    const std::uint64_t mask = std::uint64_t(1) << bit;
    if (seen & mask)
        return false;
    seen |= mask;
    return true;
}

//! Keeps member \a key = \a value, which the schema does not name, in \a unknown.
bool keepUnknown(std::string_view key, Element value, QJsonObject& unknown, Reader& reader);

//! Reads a JSON array, each element as a T.
template <typename T>
bool read(Element json, QList<T>& out, Reader& reader)
{
    simdjson::dom::array array;
    if (json.get_array().get(array) != simdjson::SUCCESS)
        return false;
    out.reserve(qsizetype(array.size())); // size() saturates for huge arrays: only a hint
    for (const Element item : array) {
        out.emplace_back();
        if (!read(item, out.back(), reader))
            return false;
    }
    return true;
}

//! Reads a JSON object as a map of T.
template <typename T>
bool read(Element json, QMap<QString, T>& out, Reader& reader)
{
    Object object;
    if (!readObject(json, object))
        return false;
    for (const Member member : object) {
        const QString key = reader.string(member.key);
        if (out.contains(key))
            return false; // a duplicate key
        if (!read(member.value, out[key], reader))
            return false;
    }
    return true;
}

//! Reads null as a null Nullable, anything else as a T.
template <typename T>
bool read(Element json, Nullable<T>& out, Reader& reader)
{
    if (json.is_null()) {
        out = Nullable<T>();
        return true;
    }
    T value {};
    if (!read(json, value, reader))
        return false;
    out = Nullable<T>(std::move(value));
    return true;
}

//! Reads a present optional member.
template <typename T>
bool readOptional(Element json, std::optional<T>& out, Reader& reader)
{
    out.emplace();
    return read(json, *out, reader);
}

//! One parse of a body with the calling thread's parser; root() is valid while it lives.
class Document {
public:
    explicit Document(const QByteArray& body);
    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    //! False when the body is not one valid JSON value.
    bool ok() const { return m_ok; }
    Element root() const { return m_root; }

private:
    simdjson::dom::parser* m_parser = nullptr;
    std::unique_ptr<simdjson::dom::parser> m_nested; // only if a decode runs inside another
    Element m_root;
    bool m_ok = false;
};

} // namespace Cloacina::Internal::Fast

namespace Cloacina::Internal::Fast {

//! The body of every generated Internal::decodeFast(): parses \a body once and reads the
//! document into \a out with the readers of T.
template <typename T>
bool decode(const QByteArray& body, T& out)
{
    const Document document(body);
    if (!document.ok())
        return false;
    Reader reader;
    return read(document.root(), out, reader);
}

} // namespace Cloacina::Internal::Fast

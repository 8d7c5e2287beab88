#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>

namespace Cloacina::StreamDetail {

//! Decodes canonical base64 (standard alphabet, length a multiple of 4, `=` padding only at the
//! end) into \a out, several times faster than QByteArray::fromBase64Encoding, which works a
//! byte at a time. False for anything else, \a out then unspecified: the caller falls back to
//! Qt's decoder, which decides (so this accepts nothing Qt's strict mode refuses).
inline bool decodeCanonicalBase64(QByteArrayView text, QByteArray& out)
{
    static constexpr std::array<std::int8_t, 256> values = [] {
        std::array<std::int8_t, 256> t {};
        for (auto& v : t)
            v = -1;
        constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; ++i)
            t[static_cast<unsigned char>(alphabet[i])] = static_cast<std::int8_t>(i);
        return t;
    }();
    const qsizetype size = text.size();
    if (size % 4 != 0)
        return false;
    if (size == 0) {
        out.clear();
        return true;
    }
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    const int padding = in[size - 1] != '=' ? 0 : (in[size - 2] == '=' ? 2 : 1);
    out.resize(size / 4 * 3 - padding);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    const qsizetype fullQuads = (size - (padding ? 4 : 0)) / 4;
    for (qsizetype q = 0; q < fullQuads; ++q, in += 4) {
        const std::int32_t a = values[in[0]], b = values[in[1]], c = values[in[2]], d = values[in[3]];
        if ((a | b | c | d) < 0)
            return false;
        const std::uint32_t n = std::uint32_t(a) << 18 | std::uint32_t(b) << 12 | std::uint32_t(c) << 6 | std::uint32_t(d);
        o[0] = static_cast<unsigned char>(n >> 16);
        o[1] = static_cast<unsigned char>(n >> 8);
        o[2] = static_cast<unsigned char>(n);
        o += 3;
    }
    if (padding == 0)
        return true;
    const std::int32_t a = values[in[0]], b = values[in[1]];
    const std::int32_t c = padding == 1 ? values[in[2]] : 0;
    if ((a | b | c) < 0)
        return false;
    const std::uint32_t n = std::uint32_t(a) << 18 | std::uint32_t(b) << 12 | std::uint32_t(c) << 6;
    o[0] = static_cast<unsigned char>(n >> 16);
    if (padding == 1)
        o[1] = static_cast<unsigned char>(n >> 8);
    return true;
}

} // namespace Cloacina::StreamDetail

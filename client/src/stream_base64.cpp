#include "stream_base64_p.h"

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define CLOACINA_BASE64_AVX2 1
#include <immintrin.h>
#endif
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Cloacina::StreamDetail {

namespace {
    // One table per position in a quad, each value pre-shifted to its place in the 24-bit
    // group; a character outside the alphabet sets bit 24, so one OR over a run says whether
    // anything was invalid.
    struct QuadTables {
        std::array<std::array<std::uint32_t, 256>, 4> shifted;
    };

    constexpr std::uint32_t invalidBit = 0x01000000u;

    const QuadTables& quadTables()
    {
        static const QuadTables tables = [] {
            QuadTables t {};
            constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            for (auto& position : t.shifted)
                position.fill(invalidBit);
            for (int i = 0; i < 64; ++i) {
                const auto c = static_cast<unsigned char>(alphabet[i]);
                for (int p = 0; p < 4; ++p)
                    t.shifted[size_t(p)][c] = std::uint32_t(i) << (18 - 6 * p);
            }
            return t;
        }();
        return tables;
    }

    // Decodes whole quads (no padding); false when a character is outside the alphabet.
    bool decodeQuads(const unsigned char* in, qsizetype quads, unsigned char* out)
    {
        const auto& t = quadTables().shifted;
        std::uint32_t seen = 0;
        for (qsizetype q = 0; q < quads; ++q, in += 4, out += 3) {
            const std::uint32_t n = t[0][in[0]] | t[1][in[1]] | t[2][in[2]] | t[3][in[3]];
            seen |= n;
            out[0] = static_cast<unsigned char>(n >> 16);
            out[1] = static_cast<unsigned char>(n >> 8);
            out[2] = static_cast<unsigned char>(n);
        }
        return (seen & invalidBit) == 0;
    }

#ifdef CLOACINA_BASE64_AVX2
    // The vectorised decoder of Muła and Lemire ("Faster Base64 Encoding and Decoding using
    // AVX2 Instructions", 2018): classify and translate 32 characters with nibble lookups, then
    // pack 4×6 bits into 3 bytes. Decodes 8 quads per step while at least 32 bytes of output
    // room remain (each store writes 32 bytes, 24 of them decoded); returns the quads done, or
    // -1 when a character is outside the alphabet.
    __attribute__((target("avx2"))) qsizetype decodeQuadsAvx2(const unsigned char* in, qsizetype quads,
        unsigned char* out, qsizetype outRoom)
    {
        const __m256i lutLo = _mm256_setr_epi8(0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x13,
            0x1A, 0x1B, 0x1B, 0x1B, 0x1A, 0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x13, 0x1A,
            0x1B, 0x1B, 0x1B, 0x1A);
        const __m256i lutHi = _mm256_setr_epi8(0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08, 0x10, 0x10, 0x10,
            0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08, 0x10, 0x10, 0x10, 0x10,
            0x10, 0x10, 0x10, 0x10);
        const __m256i lutRoll = _mm256_setr_epi8(0, 16, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16,
            19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0);
        const __m256i mask2F = _mm256_set1_epi8(0x2f);
        const __m256i packPairs = _mm256_set1_epi32(0x01400140);
        const __m256i packQuads = _mm256_set1_epi32(0x00011000);
        const __m256i gather = _mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1, 2, 1, 0,
            6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
        const __m256i lanes = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, -1, -1);
        qsizetype done = 0;
        for (; quads - done >= 8 && outRoom >= 32; done += 8, in += 32, out += 24, outRoom -= 24) {
            __m256i text = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(in));
            const __m256i hiNibbles = _mm256_and_si256(_mm256_srli_epi32(text, 4), mask2F);
            const __m256i loNibbles = _mm256_and_si256(text, mask2F);
            const __m256i hi = _mm256_shuffle_epi8(lutHi, hiNibbles);
            const __m256i lo = _mm256_shuffle_epi8(lutLo, loNibbles);
            if (!_mm256_testz_si256(lo, hi))
                return -1;
            const __m256i isSlash = _mm256_cmpeq_epi8(text, mask2F);
            const __m256i roll = _mm256_shuffle_epi8(lutRoll, _mm256_add_epi8(isSlash, hiNibbles));
            text = _mm256_add_epi8(text, roll);
            const __m256i pairs = _mm256_maddubs_epi16(text, packPairs);
            __m256i bytes = _mm256_madd_epi16(pairs, packQuads);
            bytes = _mm256_shuffle_epi8(bytes, gather);
            bytes = _mm256_permutevar8x32_epi32(bytes, lanes);
            _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), bytes);
        }
        return done;
    }

    bool hasAvx2()
    {
        static const bool avx2 = __builtin_cpu_supports("avx2");
        return avx2;
    }
#endif
    // Copies \a size UTF-16 units as bytes; false when one is not ASCII.
    bool narrowAscii(const char16_t* in, qsizetype size, char* out)
    {
        qsizetype i = 0;
        char16_t wide = 0;
#ifdef __SSE2__
        // Saturating pack: a unit above 0xFF becomes 0xFF, so any unit beyond ASCII sets a
        // byte's top bit.
        int high = 0;
        for (; i + 16 <= size; i += 16) {
            const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i));
            const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i + 8));
            const __m128i bytes = _mm_packus_epi16(a, b);
            high |= _mm_movemask_epi8(bytes);
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), bytes);
        }
        if (high != 0)
            return false;
#endif
        for (; i < size; ++i) {
            wide |= in[i];
            out[i] = char(in[i]);
        }
        return wide < 0x80;
    }
} // namespace

bool decodeCanonicalBase64(QStringView text, QByteArray& out, QByteArray& scratch)
{
    scratch.resize(text.size());
    return narrowAscii(text.utf16(), text.size(), scratch.data())
        && decodeCanonicalBase64(QByteArrayView(scratch), out);
}

bool decodeCanonicalBase64(QByteArrayView text, QByteArray& out)
{
    const qsizetype size = text.size();
    if (size % 4 != 0)
        return false;
    if (size == 0) {
        out.clear();
        return true;
    }
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    const int padding = in[size - 1] != '=' ? 0 : (in[size - 2] == '=' ? 2 : 1);
    const qsizetype outSize = size / 4 * 3 - padding;
    out.resize(outSize);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    qsizetype quads = (size - (padding ? 4 : 0)) / 4;
#ifdef CLOACINA_BASE64_AVX2
    if (hasAvx2()) {
        const qsizetype done = decodeQuadsAvx2(in, quads, o, outSize);
        if (done < 0)
            return false;
        in += done * 4;
        o += done * 3;
        quads -= done;
    }
#endif
    if (!decodeQuads(in, quads, o))
        return false;
    if (padding == 0)
        return true;
    in += quads * 4;
    o += quads * 3;
    const auto& t = quadTables().shifted;
    const std::uint32_t n = t[0][in[0]] | t[1][in[1]] | (padding == 1 ? t[2][in[2]] : 0);
    if (n & invalidBit)
        return false;
    o[0] = static_cast<unsigned char>(n >> 16);
    if (padding == 1)
        o[1] = static_cast<unsigned char>(n >> 8);
    return true;
}

} // namespace Cloacina::StreamDetail

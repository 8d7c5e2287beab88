#include "cleanhash_p.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define CLOACINA_CLEAR_UPPER_STATE 1
#endif

namespace Cloacina::Internal {

namespace {
#ifdef CLOACINA_CLEAR_UPPER_STATE
    // Out of line: vzeroupper clears every vector register's upper half, which no caller may
    // hold live across a call (all vector registers are caller-saved).
    __attribute__((target("avx"), noinline)) void zeroUpper() { _mm256_zeroupper(); }

    const bool hasAvx = [] {
        __builtin_cpu_init(); // may run before libgcc's own initialisation
        return __builtin_cpu_supports("avx") != 0;
    }();
#endif

    inline void clearUpperVectorState()
    {
#ifdef CLOACINA_CLEAR_UPPER_STATE
        if (hasAvx)
            zeroUpper();
#endif
    }
} // namespace

size_t cleanHash(QStringView text, size_t seed) noexcept
{
    const size_t h = qHash(text, seed);
    clearUpperVectorState();
    return h;
}

size_t cleanHash(QByteArrayView text, size_t seed) noexcept
{
    const size_t h = qHashBits(text.data(), size_t(text.size()), seed);
    clearUpperVectorState();
    return h;
}

} // namespace Cloacina::Internal

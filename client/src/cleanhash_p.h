#pragma once

// Private: text hashing for the SDK's hot hash tables (see cleanHash()).

#include <cloacina/cloacina_export.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

namespace Cloacina::Internal {

//! Qt's seeded qHash() of \a text, with the CPU's vector state left clean. Qt 6.4's hash of
//! text of 16 bytes or more takes its 256-bit AES path (aeshash256) on CPUs with VAES and
//! returns without `vzeroupper`: every SSE instruction Qt runs after it, until something clears
//! the state, pays a penalty. Measured on a VAES Xeon with Debian's Qt 6.4.2: a
//! QHash<QString> lookup of a 36-character id costs ≈ 125 ns that way and ≈ 14 ns with the
//! state cleared here (bench notes in BENCHMARKS.md). Harmless where the bug is absent.
CLOACINA_EXPORT size_t cleanHash(QStringView text, size_t seed) noexcept;
//! \overload
CLOACINA_EXPORT size_t cleanHash(QByteArrayView text, size_t seed) noexcept;

//! \a Text (QString or QByteArray) as a QHash key hashed with cleanHash(): use it for tables
//! looked up on every event.
template <typename Text>
struct CleanKey {
    Text text;

    friend bool operator==(const CleanKey& a, const CleanKey& b) noexcept { return a.text == b.text; }
    friend size_t qHash(const CleanKey& key, size_t seed = 0) noexcept { return cleanHash(key.text, seed); }
};

} // namespace Cloacina::Internal

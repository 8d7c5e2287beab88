#pragma once
// The fast decode path of REST bodies, as seen from code that must not include simdjson
// (dispatcher_p.h, the schema registry). Private: not installed.

// Internal::decodeFast(body, out) for every schema type of the contract (generated).
#include "fastdecoders_p.h"

#include <QByteArray>
#include <QtGlobal>

namespace Cloacina::Internal {

//! Free bytes a body buffer should have after its data (capacity() - size()) so the parser can
//! read it in place; with less, the body is copied once into a padded buffer. Equals
//! SIMDJSON_PADDING (checked where simdjson is included).
inline constexpr qsizetype fastDecodePadding = 64;

//! A type without a generated fast reader (a test's own DTO): always declines, so the strict
//! decoder decides. The generated overloads (fastdecoders_p.h) are exact matches and win.
template <typename T>
bool decodeFast(const QByteArray& body, T& out)
{
    Q_UNUSED(body);
    Q_UNUSED(out);
    return false;
}

} // namespace Cloacina::Internal

#pragma once
// The fast decode path of REST bodies, as seen from code that must not include simdjson
// (dispatcher_p.h, the schema registry). Private: not installed.

#include <cloacina/cloacina_export.h>

#include <QByteArray>
#include <QtGlobal>

namespace Cloacina::Internal {

//! Free bytes a body buffer should have after its data (capacity() - size()) so the parser can
//! read it in place; with less, the body is copied once into a padded buffer. Equals
//! SIMDJSON_PADDING (checked where simdjson is included).
inline constexpr qsizetype fastDecodePadding = 64;

//! Decodes the JSON text \a body straight into \a out (which must be default-constructed),
//! parsed once with simdjson, without an intermediate QJsonDocument.
//!
//! Returns false when \a body is not JSON, does not match T, or holds anything the fast path
//! declines to judge (duplicate keys, a number Qt's parser reads differently, …): the caller
//! then runs the strict QJson decoder, which names the path and reason or accepts what the fast
//! path declined. So the fast path never accepts what the strict decoder refuses, and when both
//! accept they produce the same value (tests/unit/tst_fastdecode, fuzz/fuzz_schemas).
//!
//! Defined (explicitly instantiated for every generated schema type) in the generated
//! src/fastdecode.cpp. Thread-safe: each thread uses its own parser.
template <typename T>
CLOACINA_EXPORT bool decodeFast(const QByteArray& body, T& out);

} // namespace Cloacina::Internal

#pragma once

#include <cloacina/cloacina_export.h>

#include <QString>
#include <QStringView>

#include <optional>

//! \file
//! Execution ids as users type them, normalised once where they enter the SDK.

namespace Cloacina {

//! The canonical form of the execution id \a text, or std::nullopt when \a text is not exactly
//! one UUID.
//!
//! The canonical form is what the server writes: lower case, hyphenated
//! (`0b3c6f1e-5a2d-4c1b-9e8f-7a6b5c4d3e2f`). It matters beyond cosmetics: the delivery socket
//! subscribes to the text `exec_events:<id>`, which must match the server's spelling byte for
//! byte, or no push ever arrives.
//!
//! Accepted, in any letter case and with surrounding white space: the hyphenated form, the
//! same in braces (`{…}`), with a `urn:uuid:` prefix, and the 32 hex digits without hyphens —
//! the forms the server accepts in a path. Everything else is refused, in particular text
//! around a valid UUID such as `<uuid>/../x` (which QUuid::fromString() would silently
//! truncate to the UUID).
//!
//! Used by cloacina-follow, ExecutionFollower, followerBackend(), followExecution(),
//! DeliverySubscription (for `exec_events:` recipients), RunSession and the QML module, so an
//! id typed or pasted in any of these forms reaches the same run. Thread-safe (a pure function).
CLOACINA_EXPORT std::optional<QString> normalizeExecutionId(QStringView text);

} // namespace Cloacina

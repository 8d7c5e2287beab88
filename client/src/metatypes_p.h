#pragma once

namespace Cloacina::Internal {
//! Registers every SDK type that crosses queued connections. Idempotent and thread-safe.
void registerMetaTypes();
}

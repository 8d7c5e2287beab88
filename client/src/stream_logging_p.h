#pragma once

#include "logging_p.h"

namespace Cloacina::StreamDetail {
//! `cloacina.stream` (declared by the client library): connection life cycle, reconnects and
//! protocol anomalies. Never logs tickets or keys.
inline const QLoggingCategory& lcStream() { return ::lcCloacinaStream(); }
} // namespace Cloacina::StreamDetail

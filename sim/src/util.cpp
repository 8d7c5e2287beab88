// SPDX-License-Identifier: Apache-2.0
#include "logging_p.h"
#include "util_p.h"

Q_LOGGING_CATEGORY(lcSim, "cloacina.sim", QtInfoMsg)

namespace CloacinaSim {

QString parseUuid(const QString& text)
{
    const QString t = text.trimmed();
    // Accept the forms uuid::Uuid::parse_str accepts that clients use: hyphenated or simple.
    if (t.size() != 36 && t.size() != 32)
        return {};
    const QUuid id = t.size() == 32 ? QUuid::fromString(
                         QStringLiteral("%1-%2-%3-%4-%5")
                             .arg(t.mid(0, 8), t.mid(8, 4), t.mid(12, 4), t.mid(16, 4), t.mid(20)))
                                    : QUuid::fromString(t);
    if (id.isNull() && t != QLatin1String("00000000-0000-0000-0000-000000000000"))
        return {};
    return id.toString(QUuid::WithoutBraces);
}

} // namespace CloacinaSim

// SPDX-License-Identifier: Apache-2.0
#include "loginthrottle_p.h"

#include <algorithm>

namespace CloacinaSim {

LoginThrottle::Policy LoginThrottle::usernamePolicy()
{
    return { 5, 30, 15 * 60, 15 * 60 };
}

LoginThrottle::Policy LoginThrottle::ipPolicy()
{
    return { 50, 15 * 60, 15 * 60, 15 * 60 };
}

QString LoginThrottle::usernameKey(const std::optional<QString>& tenant, const QString& username)
{
    return QStringLiteral("u:%1/%2").arg(tenant.value_or(QStringLiteral("_")), username);
}

QString LoginThrottle::ipKey(const QString& address)
{
    return QStringLiteral("ip:") + address;
}

std::optional<QDateTime> LoginThrottle::lockedUntil(const QString& key, const QDateTime& now) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd() || !it->lockedUntil.isValid() || it->lockedUntil <= now)
        return std::nullopt;
    return it->lockedUntil;
}

std::optional<QDateTime> LoginThrottle::recordFailure(
    const QString& key, const Policy& policy, const QDateTime& now)
{
    Entry& e = m_entries[key];
    const bool stale = e.lastFailureAt.isValid()
        && e.lastFailureAt.secsTo(now) > policy.decaySeconds;
    e.failures = stale ? 1 : e.failures + 1;
    e.lastFailureAt = now;
    e.lockedUntil = {};
    const int over = e.failures - policy.threshold;
    if (over <= 0)
        return std::nullopt;
    const int shift = std::clamp(over - 1, 0, 20);
    const qint64 lock = std::min(policy.baseLockSeconds << shift, policy.maxLockSeconds);
    e.lockedUntil = now.addSecs(lock);
    return e.lockedUntil;
}

} // namespace CloacinaSim

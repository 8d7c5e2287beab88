// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace CloacinaSim {

//! Failed-login counters as upstream keeps them (`dal/unified/login_throttle.rs`): one per
//! throttle key, whether or not an account exists behind it. A key locks on the first
//! failure past its threshold, for the base lock doubled per further failure up to the cap;
//! a counter idle longer than the decay starts over; a success clears the username key.
class LoginThrottle {
public:
    struct Policy {
        int threshold;
        qint64 baseLockSeconds;
        qint64 maxLockSeconds;
        qint64 decaySeconds;
    };
    //! 5 failures, then 30 s doubling to 15 min; forgotten after 15 idle minutes.
    static Policy usernamePolicy();
    //! 50 failures from one source address, then 15 min.
    static Policy ipPolicy();
    //! `u:<tenant or _>/<username>`.
    static QString usernameKey(const std::optional<QString>& tenant, const QString& username);
    //! `ip:<address>`.
    static QString ipKey(const QString& address);

    //! The lock's expiry if key is locked at now.
    std::optional<QDateTime> lockedUntil(const QString& key, const QDateTime& now) const;
    //! Counts one failure; returns the lock's expiry if the key is now locked.
    std::optional<QDateTime> recordFailure(
        const QString& key, const Policy& policy, const QDateTime& now);
    void clear(const QString& key) { m_entries.remove(key); }

private:
    struct Entry {
        int failures = 0;
        QDateTime lastFailureAt;
        QDateTime lockedUntil;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace CloacinaSim

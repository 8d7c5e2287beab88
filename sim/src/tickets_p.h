// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store_p.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace CloacinaSim {

//! Single-use, 60-second WebSocket tickets bound to the minting key's identity.
class TicketStore {
public:
    static constexpr int ttlSeconds = 60;

    QString issue(const AuthKey& auth);
    //! Removes the ticket; returns its identity if it was live.
    std::optional<AuthKey> consume(const QString& ticket);
    //! Makes every ticket expired; returns how many were live.
    int expireAll();

private:
    struct Entry {
        AuthKey auth;
        QDateTime expiresAt;
    };
    QHash<QString, Entry> m_tickets;
};

} // namespace CloacinaSim

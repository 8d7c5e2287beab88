// SPDX-License-Identifier: Apache-2.0
#include "tickets_p.h"
#include "util_p.h"

namespace CloacinaSim {

namespace {
    constexpr int maxTickets = 1024; // upstream bounds the in-memory store the same way
}

QString TicketStore::issue(const AuthKey& auth)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_tickets.begin(); it != m_tickets.end();) {
        it = it->expiresAt <= now ? m_tickets.erase(it) : std::next(it);
    }
    if (m_tickets.size() >= maxTickets) {
        auto oldest = m_tickets.begin();
        for (auto it = m_tickets.begin(); it != m_tickets.end(); ++it) {
            if (it->expiresAt < oldest->expiresAt)
                oldest = it;
        }
        m_tickets.erase(oldest);
    }
    const QString ticket = newUuid();
    m_tickets.insert(ticket, Entry { auth, now.addSecs(ttlSeconds) });
    return ticket;
}

std::optional<AuthKey> TicketStore::consume(const QString& ticket)
{
    const auto it = m_tickets.find(ticket);
    if (it == m_tickets.end())
        return std::nullopt;
    const Entry entry = *it;
    m_tickets.erase(it);
    if (entry.expiresAt <= QDateTime::currentDateTimeUtc())
        return std::nullopt;
    return entry.auth;
}

int TicketStore::expireAll()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int live = 0;
    for (auto& e : m_tickets) {
        if (e.expiresAt > now)
            ++live;
        e.expiresAt = now.addSecs(-1);
    }
    return live;
}

} // namespace CloacinaSim

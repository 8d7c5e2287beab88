// SPDX-License-Identifier: Apache-2.0
// Agents heartbeat, report their load, crash and come back while the workload runs.
#include "fleetactivity_p.h"

#include "store_p.h"

#include <optional>

namespace CloacinaSim {

FleetActivity::FleetActivity(Store& store, double failureShare, quint32 seed)
    : m_store(store)
    , m_failureShare(failureShare)
    , m_rng(seed ^ 0xf1ee7a9eu)
{
}

void FleetActivity::fastForward(qint64 ms)
{
    if (m_last)
        m_last = m_last->addMSecs(-ms);
    for (auto& a : m_store.agents) {
        a.registeredAt = a.registeredAt.addMSecs(-ms);
        if (a.silentSince) {
            a.silentSince = a.silentSince->addMSecs(-ms);
            a.returnsAt = a.returnsAt.addMSecs(-ms);
        }
    }
}

int FleetActivity::runningTasks() const
{
    int running = 0;
    for (const auto& run : m_store.executions) {
        if (run->status != QLatin1String("Running"))
            continue;
        for (const auto& t : run->tasks)
            running += t.status == QLatin1String("Running");
    }
    return running;
}

void FleetActivity::step(const QDateTime& now)
{
    const QDateTime from = m_last.value_or(now);
    m_last = now;
    std::optional<int> unassigned; // counted when the first agent reports
    for (auto& a : m_store.agents) {
        if (a.silentSince && a.returnsAt <= now) {
            // A restarted agent registers afresh with nothing in flight.
            a.registeredAt = a.returnsAt;
            a.silentSince.reset();
            a.inFlight = 0;
        }
        if (a.silentSince)
            continue; // a crashed agent reports nothing: its last in_flight stays
        const QDateTime beat = a.lastHeartbeat(now);
        if (beat <= from && from != now)
            continue; // no heartbeat since the previous step
        if (!unassigned)
            unassigned = runningTasks();
        a.inFlight = qMin(a.maxConcurrency, *unassigned);
        *unassigned -= a.inFlight;
        if (m_rng.generateDouble() < m_failureShare * 0.02) {
            a.silentSince = beat.addMSecs(1);
            a.returnsAt = beat.addSecs(60 + qint64(m_rng.bounded(90u)));
        }
    }
}

} // namespace CloacinaSim

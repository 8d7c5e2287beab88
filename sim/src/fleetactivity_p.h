// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QRandomGenerator>

#include <optional>

namespace CloacinaSim {

class Store;

//! The execution fleet (`agent_registry.rs`, `fleet/protocol.rs`): agents heartbeat every
//! 15 s reporting their in-flight work (the running task attempts, spread over the live
//! agents); under the failure share an agent now and then stops heartbeating, leaves the live
//! roster after 3 missed beats (45 s), and registers again a while later.
class FleetActivity {
public:
    FleetActivity(Store& store, double failureShare, quint32 seed);

    //! Applies the heartbeats due since the previous step.
    void step(const QDateTime& now);
    //! Lets \a ms pass: registrations, silences and returns move that much earlier.
    void fastForward(qint64 ms);

private:
    int runningTasks() const;

    Store& m_store;
    double m_failureShare;
    QRandomGenerator m_rng;
    std::optional<QDateTime> m_last;
};

} // namespace CloacinaSim

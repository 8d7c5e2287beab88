// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QRandomGenerator>

#include <optional>

namespace CloacinaSim {

class Store;
struct AccumulatorRecord;
struct ReactorRecord;

//! Computation graphs at work (`computation_graph/accumulator.rs`, `reactor.rs`): accumulators
//! emit boundaries at their cadence, each boundary updates the reactor's cache and fires it
//! (`when_any`, `latest`), fires are recorded with their inputs, duration and outcome, and
//! sources disconnect for a while (the accumulator `disconnected`, its reactor `degraded`).
class GraphActivity {
public:
    GraphActivity(Store& store, double failureShare, quint32 seed);

    //! Emits every boundary due since the previous step, in time order, stamped with its time.
    void step(const QDateTime& now);
    //! Lets \a ms pass: the boundaries of that span are emitted on the next step.
    void fastForward(qint64 ms);

private:
    void emitBoundary(AccumulatorRecord& accumulator, const QDateTime& at);
    void fire(ReactorRecord& reactor, const QDateTime& at);
    QJsonValue sample(const QString& accumulator);
    QDateTime nextBoundary(const AccumulatorRecord& accumulator, const QDateTime& after);

    Store& m_store;
    double m_failureShare;
    QRandomGenerator m_rng;
    std::optional<QDateTime> m_last;
    QHash<QString, QDateTime> m_next; //!< accumulator → its next boundary
    double m_price = 101.3; //!< the order book's random walk
};

} // namespace CloacinaSim

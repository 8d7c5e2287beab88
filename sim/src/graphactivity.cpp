// SPDX-License-Identifier: Apache-2.0
// Accumulator boundaries, reactor fires and source outages while the workload runs.
#include "graphactivity_p.h"

#include "store_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CloacinaSim {

namespace {

    //! A graph node's failure as GraphError::NodeExecution displays it; the cause is user code.
    QString nodeFailure(QRandomGenerator& rng)
    {
        static const QStringList causes { QStringLiteral("quote spread below the minimum tick"),
            QStringLiteral("risk limit exceeded for instrument ACME"),
            QStringLiteral("scoring model timed out after 250 ms"),
            QStringLiteral("feature vector has 41 columns, the model expects 42") };
        return QStringLiteral("node execution failed: %1")
            .arg(causes.at(int(rng.bounded(quint32(causes.size())))));
    }

} // namespace

GraphActivity::GraphActivity(Store& store, double failureShare, quint32 seed)
    : m_store(store)
    , m_failureShare(failureShare)
    , m_rng(seed ^ 0x6a7a9e11u)
{
}

void GraphActivity::fastForward(qint64 ms)
{
    // Before the first step the span ends now: its boundaries become the recent history.
    m_last = m_last.value_or(QDateTime::currentDateTimeUtc()).addMSecs(-ms);
    for (auto& next : m_next)
        next = next.addMSecs(-ms);
}

QDateTime GraphActivity::nextBoundary(const AccumulatorRecord& a, const QDateTime& after)
{
    // Irregular arrivals around the cadence: 0.5x to 1.5x.
    return after.addMSecs(qint64(double(a.cadenceMs) * (0.5 + m_rng.generateDouble())));
}

void GraphActivity::step(const QDateTime& now)
{
    // Longer spans keep only their last hour and a bit: older fires would have left the
    // ring and the 60-minute series anyway (only the totals would be higher).
    const QDateTime from = qMax(m_last.value_or(now), now.addSecs(-65 * 60));
    m_last = now;
    for (const auto& a : std::as_const(m_store.accumulators)) {
        if (a.cadenceMs > 0 && (!m_next.contains(a.name) || m_next.value(a.name) < from))
            m_next.insert(a.name, nextBoundary(a, from));
    }
    // Boundaries of every accumulator in time order, so fires interleave as they would.
    for (;;) {
        AccumulatorRecord* due = nullptr;
        QDateTime at;
        for (auto& a : m_store.accumulators) {
            const auto next = m_next.constFind(a.name);
            if (next != m_next.cend() && *next <= now && (!due || *next < at)) {
                due = &a;
                at = *next;
            }
        }
        if (!due)
            break;
        m_next.insert(due->name, nextBoundary(*due, at));
        emitBoundary(*due, at);
    }
}

void GraphActivity::emitBoundary(AccumulatorRecord& a, const QDateTime& at)
{
    if (a.sourceDownUntil && *a.sourceDownUntil <= at)
        a.sourceDownUntil.reset(); // the source reconnected
    if (a.isDisconnected())
        return; // nothing arrives: the reactor keeps running on stale data
    ++a.eventsTotal;
    a.lastEventAt = at;
    ReactorRecord* r = m_store.reactor(a.reactor);
    if (r) {
        r->cache.insert(a.name,
            QString::fromUtf8(QJsonDocument(sample(a.name).toObject()).toJson(QJsonDocument::Compact)));
        if (r->present && !r->paused) // a paused reactor skips graph execution
            fire(*r, at);
    }
    // Under the failure share a source drops now and then and reconnects 30 s to 2 min later.
    if (a.hasSource && m_rng.generateDouble() < m_failureShare * 0.03)
        a.sourceDownUntil = at.addSecs(30 + qint64(m_rng.bounded(90u)));
}

void GraphActivity::fire(ReactorRecord& r, const QDateTime& at)
{
    ReactorFireRecord f;
    f.durationMs = 2 + qint64(m_rng.bounded(60u));
    f.firedAt = qMin(at.addMSecs(f.durationMs), *m_last); // a fire completes by now
    QString missing;
    for (const QString& source : std::as_const(r.accumulators)) {
        const auto cached = r.cache.constFind(source);
        if (cached == r.cache.cend()) {
            missing = source;
            continue;
        }
        // The cache holds the boundary's JSON text; any JSON value (a socket frame may be one).
        f.inputs.insert(source,
            QJsonDocument::fromJson('[' + cached->toUtf8() + ']').array().at(0));
    }
    if (!missing.isEmpty()) {
        f.ok = false;
        f.error = QStringLiteral("missing input: source '%1' not found in cache").arg(missing);
    } else if (m_rng.generateDouble() < m_failureShare * 0.1) {
        f.ok = false;
        f.error = nodeFailure(m_rng);
    }
    r.recordFire(f);
}

QJsonValue GraphActivity::sample(const QString& accumulator)
{
    if (accumulator == QLatin1String("orderbook")) {
        m_price = qMax(1.0, m_price + (m_rng.generateDouble() - 0.5) * 0.4);
        const double spread = 0.05 + m_rng.generateDouble() * 0.2;
        return QJsonObject { { QStringLiteral("bid"), qRound(m_price * 100) / 100.0 },
            { QStringLiteral("ask"), qRound((m_price + spread) * 100) / 100.0 },
            { QStringLiteral("depth"), 5 + int(m_rng.bounded(40u)) } };
    }
    if (accumulator == QLatin1String("pricing"))
        return QJsonObject { { QStringLiteral("mid"), qRound(m_price * 100 + 7) / 100.0 },
            { QStringLiteral("venue"), QStringLiteral("XNAS") } };
    if (accumulator == QLatin1String("transactions")) {
        static const QStringList merchants { QStringLiteral("m-4471"), QStringLiteral("m-0932"),
            QStringLiteral("m-7710"), QStringLiteral("m-2265") };
        return QJsonObject { { QStringLiteral("amount"), qRound(m_rng.generateDouble() * 90000) / 100.0 },
            { QStringLiteral("currency"), QStringLiteral("EUR") },
            { QStringLiteral("merchant"),
                merchants.at(int(m_rng.bounded(quint32(merchants.size())))) } };
    }
    return QJsonObject { { QStringLiteral("value"), int(m_rng.bounded(1000u)) } };
}

} // namespace CloacinaSim

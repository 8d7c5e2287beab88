// SPDX-License-Identifier: Apache-2.0
#include "workload_p.h"

#include "engine_p.h"
#include "store_p.h"

#include <cloacinasim/simulator.h>

namespace CloacinaSim {

namespace {
    //! How often schedules, graphs and agents are stepped (the scheduler loop ticks every 1 s).
    constexpr int activityPeriodMs = 500;
}

Workload::Workload(ExecutionEngine& engine, Store& store, const Options& options, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_store(store)
    , m_schedules(engine, store, options.seed)
    , m_graphs(store, options.failureShare, options.seed)
    , m_fleet(store, options.failureShare, options.seed)
    , m_packages(engine, store, options.buildStepMs, options.failureShare, options.seed)
{
    m_timer.setInterval(qMax(1, options.workloadIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, &Workload::tick);
    m_activityTimer.setInterval(activityPeriodMs);
    connect(&m_activityTimer, &QTimer::timeout, this, &Workload::stepActivity);
}

void Workload::setEnabled(bool enabled)
{
    if (enabled == m_timer.isActive())
        return;
    if (enabled) {
        m_timer.start();
        m_activityTimer.start();
        tick(); // first run right away, so a demo shows activity at once
        stepActivity();
    } else {
        m_timer.stop();
        m_activityTimer.stop();
    }
}

void Workload::advance(qint64 ms)
{
    m_schedules.fastForward(ms);
    m_graphs.fastForward(ms);
    m_fleet.fastForward(ms);
    m_packages.fastForward(ms);
    stepActivity();
}

void Workload::stepActivity()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_schedules.step(now);
    m_graphs.step(now);
    m_fleet.step(now);
    m_packages.step(now);
}

void Workload::tick()
{
    QList<QPair<QString, QString>> candidates;
    for (const auto& tenant : std::as_const(m_store.tenants)) {
        for (const auto& wf : tenant.workflows) {
            if (!wf.paused && wf.isBuilt())
                candidates.append({ tenant.name, wf.workflowName });
        }
    }
    if (candidates.isEmpty())
        return;
    const auto& pick = candidates.at(int(m_engine.random().bounded(quint32(candidates.size()))));
    // Runs the server's scheduler starts carry no trigger_origin (only manual runs are tagged).
    m_engine.start(pick.first, pick.second, std::nullopt);
}

} // namespace CloacinaSim

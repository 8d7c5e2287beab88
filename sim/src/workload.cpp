// SPDX-License-Identifier: Apache-2.0
#include "engine_p.h"
#include "store_p.h"
#include "workload_p.h"

namespace CloacinaSim {

Workload::Workload(ExecutionEngine& engine, Store& store, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_store(store)
{
    m_timer.setInterval(qMax(1, intervalMs));
    connect(&m_timer, &QTimer::timeout, this, &Workload::tick);
}

void Workload::setEnabled(bool enabled)
{
    if (enabled == m_timer.isActive())
        return;
    if (enabled) {
        m_timer.start();
        tick(); // first run right away, so a demo shows activity at once
    } else {
        m_timer.stop();
    }
}

void Workload::tick()
{
    QList<QPair<QString, QString>> candidates;
    for (const auto& tenant : std::as_const(m_store.tenants)) {
        for (const auto& wf : tenant.workflows) {
            if (!wf.paused)
                candidates.append({ tenant.name, wf.workflowName });
        }
    }
    if (candidates.isEmpty())
        return;
    const auto& pick = candidates.at(int(m_engine.random().bounded(quint32(candidates.size()))));
    // Scheduled runs: cron for the nightly load, trigger for the rest.
    m_engine.start(pick.first, pick.second,
        pick.second == QLatin1String("etl_daily") ? QStringLiteral("cron")
                                                  : QStringLiteral("trigger"));
}

} // namespace CloacinaSim

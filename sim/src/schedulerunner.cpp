// SPDX-License-Identifier: Apache-2.0
// Cron schedules and trigger polls fire while the workload runs, as the server's scheduler loop.
#include "schedulerunner_p.h"

#include "cronschedule_p.h"
#include "engine_p.h"
#include "store_p.h"

namespace CloacinaSim {

namespace {

    //! `list_by_schedule(id, 10, 0)`: the trigger detail shows the ten newest rows.
    constexpr int keptAudits = 10;

    TriggerExecutionRecord& addAudit(ScheduleRecord& s, const QString& id,
        const std::optional<QDateTime>& scheduledTime, const QDateTime& now)
    {
        s.recent.prepend(TriggerExecutionRecord { id, scheduledTime, now, std::nullopt });
        while (s.recent.size() > keptAudits)
            s.recent.removeLast();
        return s.recent.first();
    }

} // namespace

ScheduleRunner::ScheduleRunner(ExecutionEngine& engine, Store& store, quint32 seed, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_store(store)
    , m_rng(seed ^ 0x5c4ed01eu)
{
    connect(&m_engine, &ExecutionEngine::executionFinished, this,
        [this](const QString& id, const QString&) { completeAudit(id); });
}

void ScheduleRunner::step(const QDateTime& now)
{
    for (auto it = m_store.tenants.begin(); it != m_store.tenants.end(); ++it) {
        // Index loop: starting a run does not touch the schedules, but stay safe if it did.
        for (int i = 0; i < it->schedules.size(); ++i) {
            ScheduleRecord& s = it->schedules[i];
            // get_enabled_* skip disabled rows; a paused schedule is not fired until resumed.
            if (!s.enabled || s.paused)
                continue;
            if (s.triggerName && s.scheduleType == QLatin1String("trigger"))
                pollTrigger(it.key(), s, now);
            else if (s.cronExpression && s.nextRunAt && *s.nextRunAt <= now)
                fireCron(it.key(), s, now);
        }
    }
}

void ScheduleRunner::fastForward(qint64 ms)
{
    for (auto& tenant : m_store.tenants) {
        for (auto& s : tenant.schedules) {
            if (s.nextRunAt)
                s.nextRunAt = s.nextRunAt->addMSecs(-ms);
        }
    }
    for (auto& last : m_lastPoll)
        last = last.addMSecs(-ms);
}

void ScheduleRunner::fireCron(const QString& tenant, ScheduleRecord& s, const QDateTime& now)
{
    // Catch-up policy `skip`: one run for the due time, then the next time after now
    // (claim_and_update_cron writes last_run_at and next_run_at together).
    const QDateTime scheduled = *s.nextRunAt;
    const auto cron = CronSchedule::parse(*s.cronExpression, s.timezone.value_or(QString()));
    s.lastRunAt = now;
    s.nextRunAt = cron ? std::optional<QDateTime>(cron->next(now)) : std::nullopt;
    if (s.nextRunAt && !s.nextRunAt->isValid())
        s.nextRunAt.reset();
    const QString auditId = m_engine.newId();
    TriggerExecutionRecord& audit = addAudit(s, auditId, scheduled, now);
    // The scheduler hands off with execute_async: no trigger_origin is written.
    if (const ExecutionRecord* run = m_engine.start(tenant, s.workflowName, std::nullopt))
        m_cronAudits.insert(run->id, Audit { tenant, s.id, auditId });
    else
        audit.completedAt = now; // a failed handoff is marked complete at once
}

void ScheduleRunner::pollTrigger(const QString& tenant, ScheduleRecord& s, const QDateTime& now)
{
    const qint64 interval = s.pollIntervalMs.value_or(1000);
    const auto last = m_lastPoll.constFind(s.id);
    if (last != m_lastPoll.cend() && last->msecsTo(now) < interval)
        return;
    m_lastPoll.insert(s.id, now);
    // update_last_poll writes last_poll_at only (not in the API); Skip ends the poll.
    if (m_rng.generateDouble() >= triggerFireShare)
        return;
    // The audit row has no scheduled time and stays open: only a failed handoff completes it.
    TriggerExecutionRecord& audit = addAudit(s, m_engine.newId(), std::nullopt, now);
    if (!m_engine.start(tenant, s.workflowName, std::nullopt))
        audit.completedAt = now;
}

void ScheduleRunner::completeAudit(const QString& executionId)
{
    const auto it = m_cronAudits.constFind(executionId);
    if (it == m_cronAudits.cend())
        return;
    const Audit audit = *it;
    m_cronAudits.erase(it);
    TenantRecord* t = m_store.tenant(audit.tenant);
    if (!t)
        return;
    for (auto& s : t->schedules) {
        if (s.id != audit.scheduleId)
            continue;
        for (auto& r : s.recent) {
            if (r.id == audit.auditId)
                r.completedAt = QDateTime::currentDateTimeUtc();
        }
    }
}

} // namespace CloacinaSim

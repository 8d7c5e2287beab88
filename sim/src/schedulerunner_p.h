// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>

namespace CloacinaSim {

class ExecutionEngine;
class Store;
struct ScheduleRecord;

//! The server's unified scheduler loop (`cron_trigger_scheduler.rs`): fires due cron schedules
//! and named instances, polls trigger schedules at their poll interval, and records each
//! handoff in the schedule's executions (the `schedule_executions` audit rows).
class ScheduleRunner : public QObject {
    Q_OBJECT
public:
    //! A trigger poll returns Fire with this probability (the trigger's own code decides upstream).
    static constexpr double triggerFireShare = 0.35;

    ScheduleRunner(ExecutionEngine& engine, Store& store, quint32 seed, QObject* parent = nullptr);

    //! Handles every schedule that is due at \a now.
    void step(const QDateTime& now);
    //! Lets \a ms pass for the scheduler: due times and last polls move that much earlier.
    void fastForward(qint64 ms);

private:
    void fireCron(const QString& tenant, ScheduleRecord& schedule, const QDateTime& now);
    void pollTrigger(const QString& tenant, ScheduleRecord& schedule, const QDateTime& now);
    void completeAudit(const QString& executionId);

    ExecutionEngine& m_engine;
    Store& m_store;
    QRandomGenerator m_rng;
    QHash<QString, QDateTime> m_lastPoll; //!< schedule id → last trigger poll
    struct Audit {
        QString tenant;
        QString scheduleId;
        QString auditId;
    };
    QHash<QString, Audit> m_cronAudits; //!< execution id → its open cron audit row
};

} // namespace CloacinaSim

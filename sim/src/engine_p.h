// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store_p.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>

#include <optional>

namespace CloacinaSim {

struct Options;
class DeliveryHub;

//! Runs executions through the event sequence a 0.10.0 engine writes, and writes
//! each event to the REST history and (unless push-less) the delivery outbox.
class ExecutionEngine : public QObject {
    Q_OBJECT
public:
    ExecutionEngine(
        const Options& options, Store& store, DeliveryHub& hub, QObject* parent = nullptr);

    //! Starts a live run; nullptr for an unknown tenant or workflow.
    ExecutionRecord* start(
        const QString& tenant, const QString& workflow, const std::optional<QString>& origin);
    //! Finished (or frozen) runs with a history matching status.
    QStringList createExecutions(
        int count, const QString& status, const QString& workflow, const QString& tenant);
    int emitBurst(const QString& executionId, int count);

    bool isPushless() const { return m_pushless; }
    void setPushless(bool pushless) { m_pushless = pushless; }
    QRandomGenerator& random() { return m_rng; }
    //! A UUID drawn from the seeded generator, so seeded runs repeat.
    QString newId();

    static bool isKnownStatus(const QString& status);

signals:
    void eventWritten(const QString& executionId, const QString& eventType);
    void executionFinished(const QString& executionId, const QString& status);

private:
    struct Plan {
        QString culprit; //!< task that fails every attempt, empty if the run succeeds
        QSet<QString> flaky; //!< tasks whose first attempt fails
    };

    //! A backfilled run's history, in milliseconds after the run's start.
    struct BackfillEvent {
        qint64 at = 0;
        int task = -1;
        QString type;
        std::optional<QString> data;
        qint64 retryAt = -1; //!< task_retry_scheduled: when the next attempt is due
        int attempt = 0;
    };
    struct BackfillTask {
        qint64 started = -1;
        qint64 ended = -1;
        qint64 updated = 0;
    };
    struct Backfill {
        QVector<BackfillEvent> events; //!< sorted by at (stable)
        QVector<BackfillTask> tasks;
        qint64 finishedAt = -1; //!< completed_at of a terminal run
        qint64 elapsed = 0; //!< the run started at least this long before "now"
    };

    ExecutionRecord& createRecord(
        const QString& tenant, const WorkflowRecord& workflow, const QDateTime& startedAt);
    //! Writes an event stamped at (the current time if invalid).
    void appendEvent(ExecutionRecord& run, int taskIndex, const QString& type,
        const std::optional<QString>& data, const QDateTime& at = {});
    //! Sets the task states of a created run for status and returns its timeline.
    Backfill planBackfill(ExecutionRecord& run, const QString& status);
    //! One backfilled task attempt: a live duration scaled up to seconds.
    qint64 backfillDuration();
    void markReady(const QString& runId, int taskIndex);
    void runAttempt(const QString& runId, int taskIndex);
    void finishAttempt(const QString& runId, int taskIndex);
    void completeTask(ExecutionRecord& run, int taskIndex);
    void failTask(ExecutionRecord& run, int taskIndex, const QString& error);
    void maybeFinish(ExecutionRecord& run);
    int taskDuration();
    QString errorText();
    //! Indexes of tasks in dependency order.
    QVector<int> topologicalOrder(const ExecutionRecord& run) const;
    bool dependsOn(const ExecutionRecord& run, int taskIndex, const QString& ancestor) const;

    const Options& m_options;
    Store& m_store;
    DeliveryHub& m_hub;
    QRandomGenerator m_rng;
    bool m_pushless = false;
    QHash<QString, Plan> m_plans;
};

} // namespace CloacinaSim

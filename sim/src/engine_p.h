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

    ExecutionRecord& createRecord(const QString& tenant, const WorkflowRecord& workflow);
    void appendEvent(ExecutionRecord& run, int taskIndex, const QString& type,
        const std::optional<QString>& data);
    void markReady(const QString& runId, int taskIndex);
    void runAttempt(const QString& runId, int taskIndex);
    void finishAttempt(const QString& runId, int taskIndex);
    void completeTask(ExecutionRecord& run, int taskIndex);
    void failTask(ExecutionRecord& run, int taskIndex, const QString& error);
    void maybeFinish(ExecutionRecord& run);
    int taskDuration();
    QString errorText();
    QString errorDetails(const QString& error, const TaskRecord& task);
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

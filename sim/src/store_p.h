// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "loginthrottle_p.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>
#include <vector>

namespace CloacinaSim {

//! The identity behind a bearer key or a ticket.
struct AuthKey {
    QString keyId;
    QString name;
    QString permissions; //!< "admin", "write" or "read"
    std::optional<QString> tenantId;
    bool isAdmin = false;
};

struct ApiKeyRecord {
    AuthKey auth;
    QString plaintext;
    QDateTime createdAt;
    bool revoked = false;
    std::optional<QDateTime> expiresAt;
    QString issuedVia; //!< "local:<account id>" for login keys, empty otherwise
};

struct AccountRecord {
    QString id;
    QString tenantId;
    QString username;
    QString password;
    QString role;
    QString status = QStringLiteral("active");
};

struct TaskNode {
    QString id;
    QStringList dependencies;
    QString description;
    QString docWhat;
    QString docWhy;
};

struct SourceFile {
    QString path;
    QString contents;
};

struct WorkflowRecord {
    QString id;
    QString packageName;
    QString workflowName;
    QString version;
    QString description;
    QVector<TaskNode> tasks;
    QDateTime createdAt;
    bool paused = false;
    QString buildStatus = QStringLiteral("success"); //!< pending, building, success or failed
    std::optional<QString> buildError; //!< the compiler's message of a failed build
    std::optional<QDateTime> buildClaimedAt; //!< when the compiler took the row (building)
    std::optional<QDateTime> compiledAt; //!< when the build succeeded
    std::optional<QDateTime> failedAt; //!< when the build failed
    QString contentHash; //!< SHA-256 of the uploaded archive; empty for seeded packages
    QVector<SourceFile> sources;
    QJsonArray declaredParams; //!< InputSlot objects
    QStringList triggers; //!< triggers the workflow subscribes to (`#[workflow(triggers = [...])]`)
    QStringList taskIds() const;
    //! Listed, runnable and found by name: only packages whose build succeeded.
    bool isBuilt() const { return buildStatus == QLatin1String("success"); }
};

struct TaskRecord {
    QString id;
    QString taskName; //!< tenant::package::workflow::task
    QString shortName;
    QStringList dependencies; //!< short names
    QString status = QStringLiteral("NotStarted");
    int attempt = 1;
    int maxAttempts = 3;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> startedAt;
    std::optional<QDateTime> completedAt;
    std::optional<QString> subStatus;
    std::optional<QString> lastError;
    std::optional<QString> errorDetails;
};

struct EventRecord {
    QString id;
    QString taskExecutionId; //!< empty for workflow-scoped events
    QString eventType;
    std::optional<QString> eventData; //!< JSON text
    QDateTime createdAt;
    qint64 sequenceNum = 0;
};

struct ExecutionRecord {
    QString id;
    QString tenantId;
    QString workflowName;
    QString packageName;
    QString status = QStringLiteral("Pending");
    QDateTime startedAt;
    std::optional<QDateTime> completedAt;
    std::optional<QString> triggerOrigin;
    QVector<TaskRecord> tasks;
    QVector<EventRecord> events;
    int taskIndex(const QString& shortName) const;
};

struct TriggerExecutionRecord {
    QString id;
    std::optional<QDateTime> scheduledTime;
    QDateTime startedAt;
    std::optional<QDateTime> completedAt;
};

//! A schedule row: a cron schedule, a trigger subscription, or a named instance.
struct ScheduleRecord {
    QString id;
    QString scheduleType; //!< "cron" or "trigger"
    QString workflowName;
    bool enabled = true;
    std::optional<QString> cronExpression;
    std::optional<QString> triggerName;
    std::optional<qint64> pollIntervalMs;
    std::optional<QDateTime> nextRunAt;
    std::optional<QDateTime> lastRunAt;
    QDateTime createdAt;
    bool paused = false;
    std::optional<QDateTime> pausedAt;
    std::optional<QString> instanceName;
    QJsonValue params = QJsonValue::Null;
    std::optional<QString> timezone;
    QVector<TriggerExecutionRecord> recent;
};

struct SecretRecord {
    QString id;
    QString name;
    QStringList fieldNames;
    QJsonObject fields; //!< kept only so rotate can be checked; never returned
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct TenantRecord {
    QString name;
    std::optional<QString> description;
    QVector<WorkflowRecord> workflows;
    QVector<ScheduleRecord> schedules;
    QMap<QString, SecretRecord> secrets;
    //! Successful builds by archive hash: an upload of the same bytes reuses them.
    QHash<QString, WorkflowRecord> buildsByHash;
};

struct ReactorFireRecord {
    QDateTime firedAt;
    bool ok = true;
    std::optional<QString> error;
    qint64 durationMs = 0;
    QJsonObject inputs;
    bool manual = false;
};

struct ReactorRecord {
    QString name;
    std::optional<QString> tenantId;
    QStringList accumulators;
    QStringList boundGraphs;
    bool paused = false;
    bool present = true;
    qint64 fires = 0;
    std::optional<QDateTime> lastFiredAt;
    QMap<QString, QString> cache; //!< source → rendered boundary
    QVector<ReactorFireRecord> recentFires; //!< newest first, at most 200 (`FIRE_LOG_CAP`)
    QMap<qint64, int> fireMinutes; //!< fires per minute since the epoch, the last 64 minutes
    QJsonArray inputSlots;
    //! ReactorStats::record_fire / record_failure: the ring, the minute buckets, the
    //! last-fire time; only successful fires count in `fires`.
    void recordFire(const ReactorFireRecord& fire);
};

struct AccumulatorRecord {
    QString name;
    std::optional<QString> tenantId;
    QString reactor;
    bool accepting = true;
    qint64 eventsTotal = 0;
    qint64 operatorInjects = 0;
    std::optional<QDateTime> lastEventAt;
    std::optional<QDateTime> lastOperatorInjectAt;
    QJsonObject slot;
    //! A stream/poller source feeds it (AccumulatorHealth::Live, may disconnect); false: a
    //! passthrough fed only through its socket (AccumulatorHealth::SocketOnly).
    bool hasSource = false;
    qint64 cadenceMs = 0; //!< mean time between boundaries while the workload runs; 0: none
    std::optional<QDateTime> sourceDownUntil; //!< the source is disconnected until then
    //! AccumulatorHealth as listed: `live`, `socket_only`, or `disconnected`.
    QString health() const;
    bool isDisconnected() const { return !accepting || sourceDownUntil.has_value(); }
};

struct GraphRecord {
    QString name;
    std::optional<QString> tenantId;
    QStringList accumulators;
    QString reactor;
    bool paused = false;
    QJsonObject topology;
    QString sourcePackage;
};

struct AgentRecord {
    QString agentId;
    QString targetTriple;
    int maxConcurrency = 4;
    int inFlight = 0;
    QStringList capabilities;
    std::optional<QString> tenantId;
    QDateTime registeredAt; //!< heartbeats follow every heartbeatIntervalSecs from here
    std::optional<QDateTime> silentSince; //!< stopped heartbeating then (a crashed agent)
    QDateTime returnsAt; //!< a silent agent registers again then
    static constexpr int heartbeatIntervalSecs = 15; //!< fleet DEFAULT_HEARTBEAT_INTERVAL_SECONDS
    static constexpr int livenessMisses = 3; //!< `--agent-liveness-misses`: dead after 45 s
    //! The last heartbeat at or before now.
    QDateTime lastHeartbeat(const QDateTime& now) const;
    //! In the live roster: a heartbeat within the liveness window.
    bool isLive(const QDateTime& now) const;
};

//! Every piece of server state, in memory.
class Store {
public:
    explicit Store(const QString& adminKey);

    // Keys and accounts.
    ApiKeyRecord& addKey(const QString& name, const QString& permissions,
        const std::optional<QString>& tenant, bool isAdmin, const QString& issuedVia = {},
        std::optional<QDateTime> expiresAt = {});
    //! The live key for token, if valid (not revoked, not expired).
    std::optional<AuthKey> validate(const QString& token) const;
    ApiKeyRecord* key(const QString& id);
    //! Newest first, as upstream lists keys (`created_at` descending).
    QVector<ApiKeyRecord*> keysNewestFirst();
    bool revokeKey(const QString& id);

    QHash<QString, ApiKeyRecord> keys;
    QHash<QString, QString> keyIdByToken;
    QStringList keyOrder;
    QHash<QString, AccountRecord> accounts;
    QStringList accountOrder;
    LoginThrottle loginThrottle;

    // Tenants and everything below them.
    QMap<QString, TenantRecord> tenants;
    TenantRecord* tenant(const QString& name);
    TenantRecord& ensureTenant(const QString& name);
    //! The built package whose workflow or package name is \a name (upstream's list scan).
    WorkflowRecord* workflowByName(const QString& tenant, const QString& name);

    // Executions, newest last.
    std::vector<std::unique_ptr<ExecutionRecord>> executions;
    QHash<QString, ExecutionRecord*> executionById;
    ExecutionRecord* execution(const QString& id) const { return executionById.value(id); }
    ExecutionRecord& addExecution(std::unique_ptr<ExecutionRecord> record);
    qint64 nextSequenceNum = 1;
    qint64 eventCount = 0;
    QDateTime lastStartedAt;
    //! A start time later than every earlier one, so newest-first is insertion order.
    QDateTime nextStartTime();

    // Computation graphs.
    QVector<GraphRecord> graphs;
    QVector<ReactorRecord> reactors;
    QVector<AccumulatorRecord> accumulators;
    QVector<AgentRecord> agents;
    ReactorRecord* reactor(const QString& name);
    AccumulatorRecord* accumulator(const QString& name);

    //! A fidius Rust source package: package.toml, Cargo.toml and src/lib.rs declaring the
    //! workflow (with its triggers) and its tasks, as the simulated compiler reads them.
    static QVector<SourceFile> rustSources(const QString& package, const QString& workflow,
        const QString& version, const QString& description, const QVector<TaskNode>& tasks,
        const QStringList& triggers = {});
    //! The seeded workflows every fresh simulator has in `public`.
    static QVector<WorkflowRecord> seedWorkflows();
    void seed();
};

} // namespace CloacinaSim

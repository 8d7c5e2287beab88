#pragma once

#include <cloacina/cloacina_export.h>
#include <cloacina/json.h>

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

//! \file
//! Value types of a followed execution: its events (REST history rows and pushed payloads,
//! joined on the event UUID) and its task rows. Both are Q_GADGETs so QML can read them.

namespace Cloacina {

struct ExecutionEvent;
struct TaskExecutionDetail;

//! One event of an execution, from the REST history or from a delivery push (or both).
//!
//! The one client-side shape of an execution event: the follower emits it, the models store
//! it. REST rows are decoded once into the generated ExecutionEvent and mapped by
//! fromHistory(); pushes are decoded by fromPushPayload().
class CLOACINA_EXPORT RunEvent {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString executionId MEMBER executionId)
    Q_PROPERTY(QString taskExecutionId MEMBER taskExecutionId)
    Q_PROPERTY(QString taskName MEMBER taskName)
    //! The last `::` segment of taskName; see shortTaskName().
    Q_PROPERTY(QString shortTaskName READ shortTaskName)
    Q_PROPERTY(QString eventType MEMBER eventType)
    Q_PROPERTY(QJsonValue eventData MEMBER eventData)
    Q_PROPERTY(QString rawEventData MEMBER rawEventData)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QString createdAtText MEMBER createdAtText)
    //! sequenceNum as a QVariant: an integer, or invalid while unknown.
    Q_PROPERTY(QVariant sequenceNum READ sequenceNumVariant)
    //! Where the follower first saw the event.
    Q_PROPERTY(Origin origin MEMBER origin)
    //! True for the event types PROTOCOL.md lists; see isKnownType().
    Q_PROPERTY(bool known READ isKnownType)

public:
    //! Where the follower first saw the event.
    enum class Origin {
        History, //!< a REST history row (`…/events`)
        Push, //!< a delivery push (`exec_events:<id>`)
        //! a REST history row fetched by the polling fallback (the socket was not live) after
        //! the first history had been delivered
        Poll,
    };
    Q_ENUM(Origin)

    QString id; //!< Event UUID: the join key of history rows and pushes.
    QString executionId; //!< Workflow execution UUID.
    QString taskExecutionId; //!< Task execution UUID, empty for workflow-scoped events.
    //! Fully qualified `tenant::package::workflow::task` (as REST reports it), empty when
    //! unknown or workflow-scoped. Pushes lack it; it is filled from the task rows or a later
    //! history fetch.
    QString taskName;
    QString eventType; //!< e.g. `task_failed`; unknown types are kept as they are.
    //! `event_data` parsed a second time (the wire carries a string of JSON, or null). Null when
    //! absent; the raw string itself when it is not valid JSON.
    QJsonValue eventData;
    QString rawEventData; //!< The `event_data` string as received; a null QString for null.
    QDateTime createdAt; //!< `created_at` (UTC); invalid when unparsable.
    QString createdAtText; //!< `created_at` exactly as received (RFC 3339).
    //! Table-wide ordering key from the REST history; unknown for a push until a history fetch.
    std::optional<qint64> sequenceNum;
    //! Where the follower first saw the event.
    Origin origin = Origin::History;

    //! The last `::` segment of taskName ("task" of "t::pkg::wf::task").
    QString shortTaskName() const;
    //! sequenceNum as a QVariant (invalid when unknown), for QML.
    QVariant sequenceNumVariant() const;
    //! True for the event types PROTOCOL.md lists (including legacy `pipeline_*`).
    bool isKnownType() const;
    //! True for `workflow_completed`/`workflow_failed` (and legacy aliases).
    bool isTerminalType() const;
    //! `{"id","event_type","created_at","event_data"[,"task_name","sequence_num"]}`; task and
    //! sequence only when known. \a shortTaskNames writes the last segment of the task name.
    QJsonObject toJson(bool shortTaskNames = false) const;

    //! Maps a decoded REST history row of \a executionId (origin History). Pure copy: the
    //! row was validated when it was decoded.
    static RunEvent fromHistory(const ExecutionEvent& row, const QString& executionId);
    //! Decodes a REST history row (as ExecutionEvent::fromJson() does) and maps it with
    //! fromHistory(). False (with ctx filled) when a required member is missing or mistyped.
    static bool fromHistoryRow(const QJsonObject& row, const QString& executionId, RunEvent& out,
        Json::Context& ctx);
    //! Builds from a decoded push payload. False (with ctx filled) when malformed.
    static bool fromPushPayload(const QJsonObject& payload, RunEvent& out, Json::Context& ctx);
    //! Parses the `event_data` string: JSON when it parses, else the string; null for null.
    static QJsonValue parseEventData(const QJsonValue& wire);

    friend CLOACINA_EXPORT bool operator==(const RunEvent& a, const RunEvent& b);
    friend bool operator!=(const RunEvent& a, const RunEvent& b) { return !(a == b); }
};

//! One task row of an execution (`…/tasks`): the one client-side shape of a task, emitted by
//! the follower and stored by the models.
class CLOACINA_EXPORT RunTask {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString taskName MEMBER taskName)
    //! The last `::` segment of taskName; see shortTaskName().
    Q_PROPERTY(QString shortTaskName READ shortTaskName)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QString subStatus MEMBER subStatus)
    Q_PROPERTY(int attempt MEMBER attempt)
    Q_PROPERTY(int maxAttempts MEMBER maxAttempts)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QDateTime updatedAt MEMBER updatedAt)
    Q_PROPERTY(QDateTime startedAt MEMBER startedAt)
    Q_PROPERTY(QDateTime completedAt MEMBER completedAt)
    Q_PROPERTY(QString lastError MEMBER lastError)
    Q_PROPERTY(QString errorDetails MEMBER errorDetails)

public:
    QString id; //!< Task execution UUID (joins RunEvent::taskExecutionId).
    QString taskName; //!< As the server reports it.
    QString status; //!< e.g. "Running", "Completed", "Failed".
    QString subStatus; //!< Empty when null.
    int attempt = 0; //!< Attempt number as the server reports it.
    int maxAttempts = 0; //!< Maximum number of attempts as the server reports it.
    QDateTime createdAt; //!< When the task row was created.
    QDateTime updatedAt; //!< When the task row last changed.
    QDateTime startedAt; //!< Invalid while not started.
    QDateTime completedAt; //!< Invalid while running.
    QString lastError; //!< Empty when null.
    QString errorDetails; //!< Empty when null.

    //! The last `::` segment of taskName ("task" of "t::pkg::wf::task").
    QString shortTaskName() const;
    //! lastError, else errorDetails (empty when the server reported neither).
    QString errorText() const { return lastError.isEmpty() ? errorDetails : lastError; }
    //! Maps a decoded REST task row. Pure copy: the row was validated when it was decoded.
    static RunTask fromDetail(const TaskExecutionDetail& row);
    //! Decodes a REST `TaskExecutionDetail` object (as TaskExecutionDetail::fromJson() does)
    //! and maps it with fromDetail(). False (with ctx filled) when malformed.
    static bool fromJson(const QJsonObject& row, RunTask& out, Json::Context& ctx);

    friend CLOACINA_EXPORT bool operator==(const RunTask& a, const RunTask& b);
    friend bool operator!=(const RunTask& a, const RunTask& b) { return !(a == b); }
};

//! True for Completed, Failed and Cancelled.
CLOACINA_EXPORT bool isTerminalExecutionStatus(const QString& status);

} // namespace Cloacina

Q_DECLARE_METATYPE(Cloacina::RunEvent)
Q_DECLARE_METATYPE(Cloacina::RunTask)

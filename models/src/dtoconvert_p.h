#pragma once

// Conversions between the generated DTOs (client/generated) and the models' records. The only
// place in models/ that knows generated member names.

#include <cloacinamodels/eventtypes.h>
#include <cloacinamodels/executionlistmodel.h>
#include <cloacinamodels/format.h>
#include <cloacinamodels/runeventmodel.h>
#include <cloacinamodels/runmodels.h>
#include <cloacinamodels/tasklistmodel.h>

#include <cloacina/cloacinaclient.h>
#include <cloacina/types.h>

namespace Cloacina::Detail {

template <typename T>
QString textOf(const Nullable<T>& v)
{
    return v.isNull() ? QString() : QString(v.value());
}
template <typename T>
QString textOf(const std::optional<Nullable<T>>& v)
{
    return v ? textOf(*v) : QString();
}
template <typename T>
QString textOf(const std::optional<T>& v)
{
    return v ? QString(*v) : QString();
}
inline QString textOf(const QString& v) { return v; }

inline QFuture<Result<ExecutionSummaryList>> listExecutions(CloacinaClient* client, const QString& tenant,
    const QString& status, const QString& workflow, int limit, int offset)
{
    ListExecutionsQuery query;
    if (!status.isEmpty())
        query.status = status;
    if (!workflow.isEmpty())
        query.workflow = workflow;
    query.limit = limit;
    query.offset = offset;
    return client->listExecutions(query, tenant);
}

template <typename List>
QStringList tenantNames(const List& list)
{
    QStringList names;
    for (const auto& t : list.items)
        names.append(t.name);
    return names;
}

inline ExecutionRecord executionRecord(const ExecutionSummary& s, const QString& tenant)
{
    ExecutionRecord r;
    r.id = s.id;
    r.workflow = s.workflowName;
    r.status = s.status;
    r.startedAt = Format::parseTimestamp(s.startedAt);
    r.completedAt = Format::parseTimestamp(textOf(s.completedAt));
    r.triggerOrigin = textOf(s.triggerOrigin);
    r.tenant = tenant;
    return r;
}

template <typename List>
QList<ExecutionRecord> executionRecords(const List& list, const QString& tenant)
{
    QList<ExecutionRecord> rows;
    rows.reserve(list.items.size());
    for (const auto& s : list.items)
        rows.append(executionRecord(s, tenant));
    return rows;
}

//! The failing task (the failed task that failed last) with its error text.
template <typename Tasks>
ExecutionFailure failureFromTasks(const Tasks& response)
{
    ExecutionFailure best;
    QDateTime bestAt;
    for (const auto& t : response.tasks) {
        const RunTask task = RunTask::fromDetail(t);
        if (EventTypes::statusCategory(task.status) != EventTypes::Category::Failure)
            continue;
        if (bestAt.isValid() && task.updatedAt < bestAt)
            continue;
        bestAt = task.updatedAt;
        best.failingTask = EventTypes::shortTaskName(task.taskName);
        best.errorText = task.errorText();
    }
    return best;
}

//! The last task_failed (else workflow_failed) event's task and error text.
template <typename Events>
ExecutionFailure failureFromEvents(const Events& response)
{
    ExecutionFailure best;
    QString workflowReason;
    for (const auto& e : response.events) {
        const QString type = e.eventType;
        const QString data = textOf(e.eventData);
        if (type == QLatin1String("task_failed") || type == QLatin1String("task_abandoned")) {
            best.failingTask = EventTypes::shortTaskName(textOf(e.taskName));
            best.errorText = EventTypes::errorText(type, data);
        } else if (type == QLatin1String("workflow_failed") || type == QLatin1String("pipeline_failed")) {
            workflowReason = EventTypes::errorText(type, data);
        }
    }
    if (best.errorText.isEmpty())
        best.errorText = workflowReason;
    return best;
}

} // namespace Cloacina::Detail

namespace Cloacina::Detail {

template <typename Workflow>
QList<TaskGraphNode> taskGraph(const Workflow& w)
{
    QList<TaskGraphNode> nodes;
    if (w.taskGraph) {
        for (const auto& n : *w.taskGraph) {
            TaskGraphNode node;
            node.id = n.id;
            node.dependencies = n.dependencies;
            node.description = textOf(n.description);
            nodes.append(node);
        }
    }
    if (nodes.isEmpty()) {
        // Packages predating task-graph persistence: the task ids without edges.
        for (const auto& id : w.tasks)
            nodes.append(TaskGraphNode { EventTypes::shortTaskName(id), {}, {} });
    }
    return nodes;
}

} // namespace Cloacina::Detail

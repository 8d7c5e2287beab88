// Read checks of workflows, executions and instances in the user's tenant. Unknown names and
// ids are probed with names no server holds; existing rows are only read.
#include "checks_p.h"
#include "expect_p.h"

#include <cloacina/types.h>
#include <cloacinaconformance/context.h>

namespace Cloacina::Conformance::Detail {

void addWorkflowReadChecks(QList<Check>& out)
{
    out << makeCheck("list_workflows", tr("lists the tenant's packages; total is the page size"),
        Access::ReadOnly, Role::Read, Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().listWorkflows(ctx.tenant()));
            CONFORM_OK(r);
            CONFORM_EQ(r.value().tenantId, ctx.tenant());
            CONFORM_EQ(r.value().total, qint64(r.value().items.size()));
        });
    // The path takes the PACKAGE name (or a package UUID); runs carry the workflow name.
    out << makeCheck("get_workflow", tr("by package name; unknown is 404 workflow_not_found"),
        Access::ReadOnly, Role::Read, Scope::UserTenant,
        [](Context& ctx) {
            CONFORM_API(ctx.await(ctx.client().getWorkflow(ctx.absentName(), ctx.tenant())), 404, "workflow_not_found");
            const auto list = ctx.await(ctx.client().listWorkflows(ctx.tenant()));
            CONFORM_OK(list);
            if (list.value().items.isEmpty())
                return;
            const WorkflowSummary& first = list.value().items.first();
            const auto r = ctx.await(ctx.client().getWorkflow(first.packageName, ctx.tenant()));
            CONFORM_OK(r);
            CONFORM_EQ(r.value().packageName, first.packageName);
            CONFORM_EQ(r.value().tenantId, ctx.tenant());
        },
        { QStringLiteral("list_workflows") });
    out << makeCheck("get_workflow_source", tr("unknown package is 404 workflow_not_found"),
        Access::ReadOnly, Role::Read, Scope::UserTenant, [](Context& ctx) {
            CONFORM_API(ctx.await(ctx.client().getWorkflowSource(ctx.absentName(), ctx.tenant())), 404,
                "workflow_not_found");
        });
    out << makeCheck("list_executions", tr("lists runs; bad limit/offset is 400 invalid_pagination"),
        Access::ReadOnly, Role::Read, Scope::UserTenant, [](Context& ctx) {
            ListExecutionsQuery page;
            page.limit = 5;
            const auto r = ctx.await(ctx.client().listExecutions(page, ctx.tenant()));
            CONFORM_OK(r);
            CONFORM_EQ(r.value().tenantId, ctx.tenant());
            CONFORM_EQ(r.value().total, qint64(r.value().items.size()));
            CONFORM_VERIFY(r.value().items.size() <= 5, tr("more rows than the limit"));
            ListExecutionsQuery tooMany;
            tooMany.limit = 5000;
            CONFORM_API(ctx.await(ctx.client().listExecutions(tooMany, ctx.tenant())), 400, "invalid_pagination");
            ListExecutionsQuery negative;
            negative.offset = -1;
            CONFORM_API(ctx.await(ctx.client().listExecutions(negative, ctx.tenant())), 400, "invalid_pagination");
        });
    out << makeCheck("get_execution", tr("finds a listed run; unknown is 404 execution_not_found"),
        Access::ReadOnly, Role::Read, Scope::UserTenant,
        [](Context& ctx) {
            CONFORM_API(ctx.await(ctx.client().getExecution(QStringLiteral("not-a-uuid"), ctx.tenant())), 400,
                "invalid_request");
            CONFORM_API(ctx.await(ctx.client().getExecution(ctx.absentUuid(), ctx.tenant())), 404, "execution_not_found");
            ListExecutionsQuery one;
            one.limit = 1;
            const auto list = ctx.await(ctx.client().listExecutions(one, ctx.tenant()));
            CONFORM_OK(list);
            if (list.value().items.isEmpty())
                return;
            const QString id = list.value().items.first().id;
            const auto r = ctx.await(ctx.client().getExecution(id, ctx.tenant()));
            CONFORM_OK(r);
            CONFORM_EQ(r.value().executionId, id);
            CONFORM_EQ(r.value().tenantId, ctx.tenant());
        },
        { QStringLiteral("list_executions") });
    out << makeCheck("get_execution_events", tr("unknown run: empty envelope, not 404; bad id 400"),
        Access::ReadOnly, Role::Read, Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().getExecutionEvents(ctx.absentUuid(), ctx.tenant()));
            CONFORM_OK(r);
            CONFORM_EQ(r.value().executionId, ctx.absentUuid());
            CONFORM_VERIFY(r.value().events.isEmpty(), tr("events for a run that does not exist"));
            CONFORM_API(ctx.await(ctx.client().getExecutionEvents(QStringLiteral("not-a-uuid"), ctx.tenant())), 400,
                "invalid_request");
        });
    out << makeCheck("get_execution_tasks", tr("unknown run: empty envelope, not 404; bad id 400"),
        Access::ReadOnly, Role::Read, Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().getExecutionTasks(ctx.absentUuid(), ctx.tenant()));
            CONFORM_OK(r);
            CONFORM_EQ(r.value().executionId, ctx.absentUuid());
            CONFORM_VERIFY(r.value().tasks.isEmpty(), tr("tasks for a run that does not exist"));
            CONFORM_API(ctx.await(ctx.client().getExecutionTasks(QStringLiteral("not-a-uuid"), ctx.tenant())), 400,
                "invalid_request");
        });
    out << makeCheck("list_instances", tr("none for an unknown workflow; bad limit is 400"),
        Access::ReadOnly, Role::Read, Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().listInstances(ctx.absentName(), {}, ctx.tenant()));
            CONFORM_OK(r);
            CONFORM_EQ(r.value().tenantId, ctx.tenant());
            CONFORM_VERIFY(r.value().items.isEmpty(), tr("instances of a workflow that does not exist"));
            ListInstancesQuery bad;
            bad.limit = 5000;
            CONFORM_API(ctx.await(ctx.client().listInstances(ctx.absentName(), bad, ctx.tenant())), 400,
                "invalid_pagination");
        });
    out << makeCheck("get_instance", tr("unknown instance is 404 instance_not_found"), Access::ReadOnly,
        Role::Read, Scope::UserTenant, [](Context& ctx) {
            CONFORM_API(ctx.await(ctx.client().getInstance(ctx.absentName(), ctx.absentName(), ctx.tenant())), 404,
                "instance_not_found");
        });
}

} // namespace Cloacina::Conformance::Detail

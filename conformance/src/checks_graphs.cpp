// Read checks of triggers (tenant-scoped) and of the computation-graph health routes (global,
// scoped by the key): unknown names are probed, existing ones only read.
#include "checks_p.h"
#include "expect_p.h"

#include <cloacina/types.h>
#include <cloacinaconformance/context.h>

namespace Cloacina::Conformance::Detail {

namespace {

    //! Fails unless \a surface is the empty declared interface of kind \a kind for \a name: what
    //! the server answers for any name it has no declaration for.
    QString emptySurfaceMismatch(const DeclaredSurface& surface, const QString& kind, const QString& name)
    {
        if (surface.kind != kind)
            return tr("kind is '%1', expected '%2'").arg(surface.kind, kind);
        if (surface.name != name)
            return tr("name is '%1', expected '%2'").arg(surface.name, name);
        if (!surface.slots_.isEmpty())
            return tr("%1 slots declared for a name that does not exist").arg(surface.slots_.size());
        return {};
    }

} // namespace

void addTriggerAndGraphReadChecks(QList<Check>& out)
{
    out << makeCheck("list_triggers", tr("lists schedules; limit > 1000 is 400 invalid_pagination"),
        Access::ReadOnly, Role::Read, Scope::UserTenant, [](Context& ctx) {
            ListTriggersQuery q;
            q.limit = 10;
            q.offset = 0;
            const auto r = ctx.await(ctx.client().listTriggers(q, ctx.tenant()));
            CONFORM_OK(r);
            CONFORM_EQ(r.value().tenantId, ctx.tenant());
            CONFORM_EQ(r.value().total, qint64(r.value().items.size()));
            ListTriggersQuery tooMany;
            tooMany.limit = 100000;
            CONFORM_API(ctx.await(ctx.client().listTriggers(tooMany, ctx.tenant())), 400, "invalid_pagination");
        });
    out << makeCheck("get_trigger", tr("unknown trigger is 404 trigger_not_found"), Access::ReadOnly, Role::Read,
        Scope::UserTenant, [](Context& ctx) {
            CONFORM_API(ctx.await(ctx.client().getTrigger(ctx.absentName(), ctx.tenant())), 404, "trigger_not_found");
        });
    // routes/triggers.rs answers 200 for any name: an undeclared trigger has no slots.
    out << makeCheck("get_trigger_interface", tr("any name answers 200; unknown has no slots"),
        Access::ReadOnly, Role::Read, Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().getTriggerInterface(ctx.absentName(), ctx.tenant()));
            CONFORM_OK(r);
            const QString mismatch = emptySurfaceMismatch(r.value(), QStringLiteral("trigger"), ctx.absentName());
            CONFORM_VERIFY(mismatch.isEmpty(), mismatch);
        });

    out << makeCheck("list_accumulators", tr("lists accumulators; total is the page size"), Access::ReadOnly,
        Role::AnyKey, Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().listAccumulators());
            CONFORM_OK(r);
            CONFORM_EQ(r.value().total, qint64(r.value().items.size()));
        });
    out << makeCheck("get_accumulator_interface", tr("any name answers 200; unknown has no slots"),
        Access::ReadOnly, Role::AnyKey, Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().getAccumulatorInterface(ctx.absentName()));
            CONFORM_OK(r);
            const QString mismatch = emptySurfaceMismatch(r.value(), QStringLiteral("accumulator"), ctx.absentName());
            CONFORM_VERIFY(mismatch.isEmpty(), mismatch);
        });
    out << makeCheck("list_reactors", tr("lists reactors; total is the page size"), Access::ReadOnly, Role::AnyKey,
        Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().listReactors());
            CONFORM_OK(r);
            CONFORM_EQ(r.value().total, qint64(r.value().items.size()));
        });
    out << makeCheck("get_reactor_interface", tr("any name answers 200; unknown has no slots"), Access::ReadOnly,
        Role::AnyKey, Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().getReactorInterface(ctx.absentName()));
            CONFORM_OK(r);
            const QString mismatch = emptySurfaceMismatch(r.value(), QStringLiteral("reactor"), ctx.absentName());
            CONFORM_VERIFY(mismatch.isEmpty(), mismatch);
        });
    out << makeCheck("list_reactor_fires", tr("lists fires; unknown reactor is 404 reactor_not_found"),
        Access::ReadOnly, Role::AnyKey, Scope::UserTenant,
        [](Context& ctx) {
            CONFORM_API(ctx.await(ctx.client().listReactorFires(ctx.absentName())), 404, "reactor_not_found");
            const auto reactors = ctx.await(ctx.client().listReactors());
            CONFORM_OK(reactors);
            if (reactors.value().items.isEmpty())
                return;
            const auto r = ctx.await(ctx.client().listReactorFires(reactors.value().items.first().name));
            CONFORM_OK(r);
            CONFORM_EQ(r.value().total, qint64(r.value().items.size()));
        },
        { QStringLiteral("list_reactors") });
    out << makeCheck("reactor_fire_timeseries", tr("unknown reactor is 404 reactor_not_found"), Access::ReadOnly,
        Role::AnyKey, Scope::UserTenant, [](Context& ctx) {
            CONFORM_API(ctx.await(ctx.client().reactorFireTimeseries(ctx.absentName())), 404, "reactor_not_found");
        });
    out << makeCheck("list_graphs", tr("lists graphs; total is the page size"), Access::ReadOnly, Role::AnyKey,
        Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().listGraphs());
            CONFORM_OK(r);
            CONFORM_EQ(r.value().total, qint64(r.value().items.size()));
        });
    out << makeCheck("get_graph", tr("finds a listed graph; unknown is 404 graph_not_found"), Access::ReadOnly,
        Role::AnyKey, Scope::UserTenant,
        [](Context& ctx) {
            CONFORM_API(ctx.await(ctx.client().getGraph(ctx.absentName())), 404, "graph_not_found");
            const auto graphs = ctx.await(ctx.client().listGraphs());
            CONFORM_OK(graphs);
            if (graphs.value().items.isEmpty())
                return;
            const QString name = graphs.value().items.first().name;
            const auto r = ctx.await(ctx.client().getGraph(name));
            CONFORM_OK(r);
            CONFORM_EQ(r.value().name, name);
        },
        { QStringLiteral("list_graphs") });
}

} // namespace Cloacina::Conformance::Detail

// Writes that the server must refuse without effect (names that cannot exist), and the global
// key lifecycle, which mints a key in tenant `public` and so never runs from the program.
#include "checks_p.h"
#include "expect_p.h"

#include <cloacina/types.h>
#include <cloacinaconformance/context.h>

#include <QJsonDocument>

namespace Cloacina::Conformance::Detail {

namespace {

    Check probe(const char* operationId, const QString& name, Role role, std::function<void(Context&)> run)
    {
        return makeCheck(operationId, name, Access::Write, role, Scope::Probe, std::move(run));
    }

    void globalKeyLifecycle(Context& ctx)
    {
        CreateKeyRequest request;
        request.name = QStringLiteral("conformance-%1").arg(ctx.stamp());
        request.role = KeyRole::Read;
        const auto created = ctx.await(ctx.client().createKey(request));
        CONFORM_OK(created);
        CONFORM_VERIFY(!created.value().key.isEmpty(), tr("no plaintext key in the 201"));
        CONFORM_EQ(created.value().permissions, QStringLiteral("read"));
        const auto listed = ctx.await(ctx.client().listKeys());
        bool found = false;
        if (listed.ok()) {
            for (const KeyInfo& k : listed.value().items)
                found = found || k.id == created.value().id;
        }
        // Revoke before judging the listing: the key must not outlive the check.
        const auto revoked = ctx.await(ctx.client().revokeKey(created.value().id));
        CONFORM_OK(listed);
        CONFORM_VERIFY(found, tr("the new key is not listed"));
        CONFORM_VERIFY(!QJsonDocument(listed.value().toJson()).toJson().contains(created.value().key.toUtf8()),
            tr("the listing contains the plaintext key"));
        CONFORM_OK(revoked);
        CONFORM_EQ(revoked.value().status, QStringLiteral("revoked"));
        auto other = ctx.newClient();
        other->setApiKey(created.value().key);
        CONFORM_STATUS(ctx.await(other->whoami()), 401);
    }

} // namespace

void addProbeAndSharedWriteChecks(QList<Check>& out)
{
    // registry.rs denies a name it cannot resolve before anything is sent: 403, not 404.
    out << probe("inject_accumulator", tr("unknown name is 403 accumulator_access_denied"), Role::AnyKey,
        [](Context& ctx) {
            InjectAccumulatorRequest request;
            request.event = QJsonObject { { QStringLiteral("conformance"), true } };
            CONFORM_API(ctx.await(ctx.client().injectAccumulator(ctx.absentName(), request)), 403,
                "accumulator_access_denied");
        });
    out << probe("fire_reactor", tr("unknown name is 403 reactor_op_denied"), Role::AnyKey, [](Context& ctx) {
        FireReactorRequest request;
        request.mode = FireMode::ForceFire;
        CONFORM_API(ctx.await(ctx.client().fireReactor(ctx.absentName(), request)), 403, "reactor_op_denied");
    });
    out << probe("revoke_key", tr("bad id 400 invalid_key_id, unknown 404 key_not_found"),
        Role::PlatformAdmin, [](Context& ctx) {
            CONFORM_API(ctx.await(ctx.client().revokeKey(QStringLiteral("not-a-uuid"))), 400, "invalid_key_id");
            CONFORM_API(ctx.await(ctx.client().revokeKey(ctx.absentUuid())), 404, "key_not_found");
        });
    out << makeCheck("create_key", tr("create, list (no plaintext), revoke, then refused"),
        Access::Write, Role::PlatformAdmin, Scope::Shared, globalKeyLifecycle,
        { QStringLiteral("list_keys"), QStringLiteral("revoke_key"), QStringLiteral("whoami") });
}

} // namespace Cloacina::Conformance::Detail

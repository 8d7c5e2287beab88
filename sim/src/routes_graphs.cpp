// SPDX-License-Identifier: Apache-2.0
// Computation-graph health (graphs, reactors, accumulators), agents, compiler status.
#include "endpointsockets_p.h"
#include "routes_p.h"
#include "util_p.h"

#include <QJsonDocument>

namespace CloacinaSim {

namespace {

    //! ReactorHealth as serialized (`tag = "state"`): live, or degraded naming the disconnected
    //! accumulators; the route's `running`/`stopped` fallback for a reactor that is gone.
    QJsonObject health(Store& store, const ReactorRecord* r)
    {
        if (r && !r->present)
            return { { QStringLiteral("state"), QStringLiteral("stopped") } };
        if (!r)
            return { { QStringLiteral("state"), QStringLiteral("running") } };
        QStringList disconnected;
        for (const QString& name : r->accumulators) {
            if (const AccumulatorRecord* a = store.accumulator(name); a && a->isDisconnected())
                disconnected << name;
        }
        if (disconnected.isEmpty())
            return { { QStringLiteral("state"), QStringLiteral("live") } };
        return { { QStringLiteral("state"), QStringLiteral("degraded") },
            { QStringLiteral("disconnected"), toJsonArray(disconnected) } };
    }

    QJsonObject reactorJson(Store& store, const ReactorRecord& r)
    {
        return { { QStringLiteral("name"), r.name },
            { QStringLiteral("health"), health(store, &r) },
            { QStringLiteral("accumulators"), toJsonArray(r.accumulators) },
            { QStringLiteral("reaction_mode"), QStringLiteral("when_any") },
            { QStringLiteral("input_strategy"), QStringLiteral("latest") },
            { QStringLiteral("bound_graphs"), toJsonArray(r.boundGraphs) },
            { QStringLiteral("paused"), r.paused }, { QStringLiteral("fires"), r.fires },
            { QStringLiteral("last_fired_at"), optTime(r.lastFiredAt) } };
    }

    QJsonObject graphJson(Store& store, const GraphRecord& g, const ReactorRecord* r, bool detail)
    {
        return { { QStringLiteral("name"), g.name },
            { QStringLiteral("health"), health(store, r) },
            { QStringLiteral("accumulators"), toJsonArray(g.accumulators) },
            { QStringLiteral("paused"), r && r->paused },
            { QStringLiteral("topology"), g.topology }, { QStringLiteral("reactor"), g.reactor },
            { QStringLiteral("reaction_mode"), QStringLiteral("when_any") },
            { QStringLiteral("input_strategy"), QStringLiteral("latest") },
            { QStringLiteral("fires"), r ? r->fires : 0 },
            { QStringLiteral("last_fired_at"),
                r ? optTime(r->lastFiredAt) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("source_package"),
                detail ? QJsonValue(g.sourcePackage) : QJsonValue(QJsonValue::Null) } };
    }

    QJsonObject accumulatorJson(const AccumulatorRecord& a)
    {
        const QString state = a.health(); // AccumulatorHealth: Display and serde agree
        return { { QStringLiteral("name"), a.name }, { QStringLiteral("state"), state },
            { QStringLiteral("status"), state }, { QStringLiteral("reactor"), a.reactor },
            { QStringLiteral("tenant_id"), optString(a.tenantId) },
            { QStringLiteral("last_event_at"), optTime(a.lastEventAt) },
            { QStringLiteral("events_total"), a.eventsTotal },
            { QStringLiteral("buffer_depth"), QJsonValue::Null },
            { QStringLiteral("buffer_capacity"), QJsonValue::Null },
            { QStringLiteral("error"), QJsonValue::Null },
            { QStringLiteral("operator_injects"), a.operatorInjects },
            { QStringLiteral("last_operator_inject_at"), optTime(a.lastOperatorInjectAt) } };
    }

    QJsonObject surface(const QString& kind, const QString& name, const QJsonArray& inputSlots)
    {
        return { { QStringLiteral("kind"), kind }, { QStringLiteral("name"), name },
            { QStringLiteral("slots"), inputSlots } };
    }

    HttpResponse reactorNotFound(const QString& name)
    {
        return HttpResponse::error(404, QStringLiteral("reactor_not_found"),
            QStringLiteral("reactor '%1' not found").arg(name));
    }

} // namespace

void addGraphRoutes(Router& router, SimContext& ctx)
{
    Store& store = ctx.store;
    EndpointSockets& endpoints = ctx.endpoints;

    router.add("GET", QStringLiteral("/v1/health/accumulators"), Scope::Any, Level::Read,
        [&store](RequestContext& c) {
            QJsonArray items;
            for (const auto& a : std::as_const(store.accumulators)) {
                if (visibleTo(a.tenantId, *c.auth))
                    items.append(accumulatorJson(a));
            }
            return listResponse(items);
        });

    router.add("POST", QStringLiteral("/v1/health/accumulators/{name}/inject"), Scope::Any,
        Level::Read, [&store](RequestContext& c) {
            QJsonObject body;
            if (auto bad = parseJsonBody(c.request, body, { { "event", FieldType::Any } }))
                return *bad;
            const QString name = c.param(QStringLiteral("name"));
            AccumulatorRecord* a = store.accumulator(name);
            // An unknown name fails the access check, as upstream.
            if (!a || !visibleTo(a->tenantId, *c.auth))
                return HttpResponse::error(403, QStringLiteral("accumulator_access_denied"),
                    QStringLiteral("not authorized for accumulator '%1'").arg(name));
            const QJsonValue event = body.value(QStringLiteral("event"));
            const QString mismatch = schemaTypeMismatch(
                event, a->slot.value(QStringLiteral("schema")).toObject());
            if (!mismatch.isEmpty())
                return HttpResponse::error(400, QStringLiteral("accumulator_input_invalid"),
                    QStringLiteral("invalid event for accumulator '%1': %2").arg(name, mismatch));
            if (!a->accepting)
                return HttpResponse::error(404, QStringLiteral("accumulator_not_found"),
                    QStringLiteral("accumulator '%1' not available: no running accumulator")
                        .arg(name));
            ++a->eventsTotal;
            ++a->operatorInjects;
            a->lastEventAt = a->lastOperatorInjectAt = QDateTime::currentDateTimeUtc();
            return HttpResponse::json(200,
                QJsonObject {
                    { QStringLiteral("accumulator"), name }, { QStringLiteral("delivered"), 1 } });
        });

    router.add("GET", QStringLiteral("/v1/health/accumulators/{name}/interface"), Scope::Any,
        Level::Read, [&store](RequestContext& c) {
            const QString name = c.param(QStringLiteral("name"));
            const AccumulatorRecord* a = store.accumulator(name);
            return HttpResponse::json(200,
                surface(QStringLiteral("accumulator"), name,
                    a ? QJsonArray { a->slot } : QJsonArray {}));
        });

    router.add("GET", QStringLiteral("/v1/health/graphs"), Scope::Any, Level::Read,
        [&store](RequestContext& c) {
            QJsonArray items;
            for (const auto& g : std::as_const(store.graphs)) {
                if (visibleTo(g.tenantId, *c.auth))
                    items.append(graphJson(store, g, store.reactor(g.reactor), false));
            }
            return listResponse(items);
        });

    router.add("GET", QStringLiteral("/v1/health/graphs/{name}"), Scope::Any, Level::Read,
        [&store](RequestContext& c) {
            const QString name = c.param(QStringLiteral("name"));
            for (const auto& g : std::as_const(store.graphs)) {
                if (g.name == name && visibleTo(g.tenantId, *c.auth))
                    return HttpResponse::json(200, graphJson(store, g, store.reactor(g.reactor), true));
            }
            return HttpResponse::error(404, QStringLiteral("graph_not_found"),
                QStringLiteral("graph '%1' not found").arg(name));
        });

    router.add("GET", QStringLiteral("/v1/health/reactors"), Scope::Any, Level::Read,
        [&store](RequestContext& c) {
            QJsonArray items;
            for (const auto& r : std::as_const(store.reactors)) {
                if (visibleTo(r.tenantId, *c.auth))
                    items.append(reactorJson(store, r));
            }
            return listResponse(items);
        });

    router.add("POST", QStringLiteral("/v1/health/reactors/{name}/fire"), Scope::Any, Level::Read,
        [&store, &endpoints](RequestContext& c) {
            QJsonObject body;
            if (auto bad = parseJsonBody(c.request, body))
                return *bad;
            // `#[serde(default)]` covers a missing field only: null or another type is 422.
            const QJsonValue modeValue = body.value(QStringLiteral("mode"));
            const QJsonValue inputsValue = body.value(QStringLiteral("inputs"));
            const bool badMode = !modeValue.isUndefined() && !modeValue.isString();
            if (badMode || (!inputsValue.isUndefined() && !inputsValue.isObject()))
                return HttpResponse::text(422,
                    QByteArray("Failed to deserialize the JSON body into the target type: ")
                        + (badMode ? "mode" : "inputs") + ": invalid type");
            const QString name = c.param(QStringLiteral("name"));
            const QString mode
                = body.value(QStringLiteral("mode")).toString(QStringLiteral("force_fire"));
            if (mode != QLatin1String("force_fire") && mode != QLatin1String("fire_with"))
                return HttpResponse::text(422,
                    "Failed to deserialize the JSON body into the target type: mode: unknown "
                    "variant `"
                        + mode.toUtf8() + '`');
            const bool readOnly = !c.auth->isAdmin && c.auth->permissions == QLatin1String("read");
            ReactorRecord* r = store.reactor(name);
            // Upstream's op check cannot resolve a name it has no policy for (unknown, or
            // another tenant's), so it denies before anything else: 403, even for the admin.
            if (readOnly || !r || !visibleTo(r->tenantId, *c.auth))
                return HttpResponse::error(403, QStringLiteral("reactor_op_denied"),
                    QStringLiteral("operation %1 not permitted on reactor '%2'")
                        .arg(mode == QLatin1String("force_fire") ? QStringLiteral("ForceFire")
                                                                 : QStringLiteral("FireWith"),
                            name));
            const QJsonObject inputs = body.value(QStringLiteral("inputs")).toObject();
            // fire_with inputs are checked against the reactor's declared slots first.
            if (mode == QLatin1String("fire_with") && !inputs.isEmpty()
                && !r->inputSlots.isEmpty()) {
                const QStringList errors = validateDeclaredParams(r->inputSlots, &inputs);
                if (!errors.isEmpty())
                    return HttpResponse::error(400, QStringLiteral("reactor_input_invalid"),
                        QStringLiteral("invalid reactor inputs: %1")
                            .arg(errors.join(QStringLiteral("; "))));
            }
            if (mode == QLatin1String("fire_with") && inputs.isEmpty())
                return HttpResponse::error(400, QStringLiteral("empty_inputs"),
                    QStringLiteral("mode 'fire_with' requires a non-empty 'inputs' map"));
            if (!r->present)
                return HttpResponse::error(404, QStringLiteral("reactor_not_found"),
                    QStringLiteral("reactor '%1' not available: no such reactor").arg(name));
            QJsonObject command { { QStringLiteral("command"), mode } };
            QJsonObject cache;
            QStringList sources = inputs.keys();
            for (const auto& source : std::as_const(sources)) {
                const QByteArray bytes
                    = QJsonDocument::fromVariant(inputs.value(source).toVariant())
                          .toJson(QJsonDocument::Compact);
                QJsonArray raw;
                for (char b : bytes)
                    raw.append(int(quint8(b)));
                cache.insert(source, raw);
            }
            if (mode == QLatin1String("fire_with"))
                command.insert(QStringLiteral("cache"), cache);
            endpoints.runCommand(*r, *c.auth, command, true);
            sources.sort();
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("reactor"), name }, { QStringLiteral("mode"), mode },
                    { QStringLiteral("sources_injected"),
                        toJsonArray(
                            mode == QLatin1String("fire_with") ? sources : QStringList()) } });
        });

    router.add("GET", QStringLiteral("/v1/health/reactors/{name}/fires"), Scope::Any, Level::Read,
        [&store](RequestContext& c) {
            // The Query extractor (`limit: Option<usize>`) runs before the visibility check.
            std::optional<qint64> limit;
            if (auto bad = parseQueryInt(c.request, QStringLiteral("limit"), limit))
                return *bad;
            if (limit && *limit < 0)
                return HttpResponse::text(
                    400, "Failed to deserialize query string: limit: invalid digit found in string");
            const QString name = c.param(QStringLiteral("name"));
            const ReactorRecord* r = store.reactor(name);
            if (!r || !visibleTo(r->tenantId, *c.auth))
                return reactorNotFound(name);
            const qint64 n = qMin<qint64>(limit.value_or(50), 200);
            QJsonArray items;
            for (int i = 0; i < r->recentFires.size() && i < n; ++i) {
                const ReactorFireRecord& f = r->recentFires.at(i);
                items.append(QJsonObject { { QStringLiteral("fired_at"), isoTime(f.firedAt) },
                    { QStringLiteral("ok"), f.ok }, { QStringLiteral("error"), optString(f.error) },
                    { QStringLiteral("duration_ms"), f.durationMs },
                    { QStringLiteral("inputs"), f.inputs },
                    { QStringLiteral("outputs"), QJsonArray {} },
                    { QStringLiteral("manual"), f.manual } });
            }
            return listResponse(items);
        });

    router.add("GET", QStringLiteral("/v1/health/reactors/{name}/fires/timeseries"), Scope::Any,
        Level::Read, [&store](RequestContext& c) {
            const QString name = c.param(QStringLiteral("name"));
            const ReactorRecord* r = store.reactor(name);
            if (!r || !visibleTo(r->tenantId, *c.auth))
                return reactorNotFound(name);
            // ReactorStats::fire_timeseries: 60 one-minute buckets aligned to the current
            // minute, oldest first, gaps 0 (kept apart from the 200-fire ring).
            const qint64 nowMinute = QDateTime::currentMSecsSinceEpoch() / 60000;
            QJsonArray out;
            for (qint64 minute = nowMinute - 59; minute <= nowMinute; ++minute)
                out.append(r->fireMinutes.value(minute, 0));
            return HttpResponse::json(200, QJsonObject { { QStringLiteral("buckets"), out } });
        });

    router.add("GET", QStringLiteral("/v1/health/reactors/{name}/interface"), Scope::Any,
        Level::Read, [&store](RequestContext& c) {
            const QString name = c.param(QStringLiteral("name"));
            const ReactorRecord* r = store.reactor(name);
            return HttpResponse::json(
                200, surface(QStringLiteral("reactor"), name, r ? r->inputSlots : QJsonArray {}));
        });

    router.add(
        "GET", QStringLiteral("/v1/agents"), Scope::Any, Level::Admin, [&store](RequestContext& c) {
            QJsonArray items;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const auto& a : std::as_const(store.agents)) {
                // live_agents: only heartbeats within the liveness window are listed.
                if ((!c.auth->isAdmin && a.tenantId != c.auth->tenantId) || !a.isLive(now))
                    continue;
                items.append(QJsonObject { { QStringLiteral("agent_id"), a.agentId },
                    { QStringLiteral("target_triple"), a.targetTriple },
                    { QStringLiteral("max_concurrency"), a.maxConcurrency },
                    { QStringLiteral("in_flight"), a.inFlight },
                    { QStringLiteral("available_capacity"), a.maxConcurrency - a.inFlight },
                    { QStringLiteral("seconds_since_heartbeat"),
                        qMax<qint64>(0, a.lastHeartbeat(now).secsTo(now)) },
                    { QStringLiteral("capabilities"), toJsonArray(a.capabilities) },
                    { QStringLiteral("tenant_id"), optString(a.tenantId) } });
            }
            return listResponse(items);
        });

    // The build queue of the admin database, i.e. of the `public` tenant's packages.
    router.add("GET", QStringLiteral("/v1/compiler/status"), Scope::Platform, Level::Admin,
        [&store](RequestContext&) {
            int pending = 0;
            int building = 0;
            std::optional<QDateTime> heartbeat;
            std::optional<QDateTime> lastSuccess;
            std::optional<QDateTime> lastFailure;
            const auto latest = [](std::optional<QDateTime>& into, const std::optional<QDateTime>& t) {
                if (t && (!into || *t > *into))
                    into = t;
            };
            if (const TenantRecord* pub = store.tenant(QStringLiteral("public"))) {
                for (const auto& w : pub->workflows) {
                    pending += w.buildStatus == QLatin1String("pending");
                    if (w.buildStatus == QLatin1String("building")) {
                        ++building;
                        latest(heartbeat, w.buildClaimedAt);
                    }
                    latest(lastSuccess, w.compiledAt);
                    latest(lastFailure, w.failedAt);
                }
            }
            const QString status = building > 0 ? QStringLiteral("building")
                : pending > 0                   ? QStringLiteral("backlogged")
                                                : QStringLiteral("idle");
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("status"), status }, { QStringLiteral("pending"), pending },
                    { QStringLiteral("building"), building },
                    { QStringLiteral("seconds_since_heartbeat"),
                        heartbeat ? QJsonValue(qMax<qint64>(0, heartbeat->secsTo(QDateTime::currentDateTimeUtc())))
                                  : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("last_success_at"), optTime(lastSuccess) },
                    { QStringLiteral("last_failure_at"), optTime(lastFailure) } });
        });
}

} // namespace CloacinaSim

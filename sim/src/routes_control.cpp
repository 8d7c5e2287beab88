// SPDX-License-Identifier: Apache-2.0
// The test-control surface under /_sim/ (admin key required).
#include "simulator_p.h"
#include "util_p.h"

#include <QJsonDocument>

namespace CloacinaSim {

namespace {

    //! Control bodies are optional: an empty body counts as {}.
    std::optional<HttpResponse> controlBody(const HttpRequest& request, QJsonObject& out)
    {
        if (request.body.trimmed().isEmpty()) {
            out = {};
            return std::nullopt;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject())
            return HttpResponse::error(400, QStringLiteral("invalid_request"),
                QStringLiteral("body must be a JSON object"));
        out = doc.object();
        return std::nullopt;
    }

} // namespace

void addControlRoutes(Router& router, SimContext& ctx)
{
    SimulatorPrivate& d = ctx.sim;
    Simulator* q = d.q;

    router.add("GET", QStringLiteral("/_sim/stats"), Scope::Control, Level::Admin,
        [&d](RequestContext&) { return HttpResponse::json(200, d.snapshot().toJson()); });

    router.add("GET", QStringLiteral("/_sim/faults"), Scope::Control, Level::Admin,
        [&d](RequestContext&) { return HttpResponse::json(200, faultsToJson(d.faults)); });
    router.add("POST", QStringLiteral("/_sim/faults"), Scope::Control, Level::Admin,
        [&d](RequestContext& c) {
            QJsonObject body;
            if (auto bad = controlBody(c.request, body))
                return *bad;
            applyFaultJson(d.faults, body);
            return HttpResponse::json(200, faultsToJson(d.faults));
        });
    router.add("DELETE", QStringLiteral("/_sim/faults"), Scope::Control, Level::Admin,
        [q, &d](RequestContext&) {
            q->resetFaults();
            return HttpResponse::json(200, faultsToJson(d.faults));
        });

    router.add("POST", QStringLiteral("/_sim/executions"), Scope::Control, Level::Admin,
        [q, &d](RequestContext& c) {
            QJsonObject body;
            if (auto bad = controlBody(c.request, body))
                return *bad;
            const QString status
                = body.value(QStringLiteral("status")).toString(QStringLiteral("Completed"));
            const QString tenant
                = body.value(QStringLiteral("tenant")).toString(QStringLiteral("public"));
            if (!ExecutionEngine::isKnownStatus(status))
                return HttpResponse::error(400, QStringLiteral("invalid_status"),
                    QStringLiteral(
                        "status must be Pending, Running, Completed, Failed, Cancelled or Paused"));
            if (!d.store.tenant(tenant))
                return HttpResponse::error(404, QStringLiteral("tenant_not_found"),
                    QStringLiteral("no tenant '%1'").arg(tenant));
            const QStringList ids
                = q->createExecutions(body.value(QStringLiteral("count")).toInt(1), status,
                    body.value(QStringLiteral("workflow")).toString(), tenant);
            return HttpResponse::json(
                201, QJsonObject { { QStringLiteral("ids"), toJsonArray(ids) } });
        });

    router.add("POST", QStringLiteral("/_sim/executions/start"), Scope::Control, Level::Admin,
        [q](RequestContext& c) {
            QJsonObject body;
            if (auto bad = controlBody(c.request, body))
                return *bad;
            const QString id = q->startExecution(body.value(QStringLiteral("workflow")).toString(),
                body.value(QStringLiteral("tenant")).toString(QStringLiteral("public")));
            if (id.isEmpty())
                return HttpResponse::error(404, QStringLiteral("workflow_not_found"),
                    QStringLiteral("no such tenant or workflow"));
            return HttpResponse::json(201, QJsonObject { { QStringLiteral("execution_id"), id } });
        });

    router.add("POST", QStringLiteral("/_sim/executions/{id}/burst"), Scope::Control, Level::Admin,
        [q](RequestContext& c) {
            QJsonObject body;
            if (auto bad = controlBody(c.request, body))
                return *bad;
            const int n = q->emitBurst(
                c.param(QStringLiteral("id")), body.value(QStringLiteral("count")).toInt(100));
            if (n == 0)
                return HttpResponse::error(
                    404, QStringLiteral("execution_not_found"), QStringLiteral("Record not found"));
            return HttpResponse::json(200, QJsonObject { { QStringLiteral("emitted"), n } });
        });

    router.add("POST", QStringLiteral("/_sim/tickets/expire"), Scope::Control, Level::Admin,
        [q](RequestContext&) {
            return HttpResponse::json(
                200, QJsonObject { { QStringLiteral("expired"), q->expireTickets() } });
        });

    router.add("POST", QStringLiteral("/_sim/delivery/takeover"), Scope::Control, Level::Admin,
        [q](RequestContext& c) {
            QJsonObject body;
            if (auto bad = controlBody(c.request, body))
                return *bad;
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("dropped"),
                    q->forceTakeover(body.value(QStringLiteral("recipient")).toString()) } });
        });

    router.add("POST", QStringLiteral("/_sim/delivery/close"), Scope::Control, Level::Admin,
        [q](RequestContext& c) {
            QJsonObject body;
            if (auto bad = controlBody(c.request, body))
                return *bad;
            const int closed
                = q->closeDeliverySockets(body.value(QStringLiteral("code")).toInt(1001),
                    body.value(QStringLiteral("recipient")).toString());
            return HttpResponse::json(200, QJsonObject { { QStringLiteral("closed"), closed } });
        });

    router.add("POST", QStringLiteral("/_sim/pushless"), Scope::Control, Level::Admin,
        [q](RequestContext& c) {
            QJsonObject body;
            if (auto bad = controlBody(c.request, body))
                return *bad;
            q->setPushless(body.value(QStringLiteral("enabled")).toBool(true));
            return HttpResponse::json(
                200, QJsonObject { { QStringLiteral("pushless"), q->isPushless() } });
        });

    router.add("POST", QStringLiteral("/_sim/workload"), Scope::Control, Level::Admin,
        [q, &d](RequestContext& c) {
            QJsonObject body;
            if (auto bad = controlBody(c.request, body))
                return *bad;
            if (body.contains(QStringLiteral("interval_ms")))
                d.workload.setInterval(
                    body.value(QStringLiteral("interval_ms")).toInt(d.workload.interval()));
            q->setWorkloadEnabled(body.value(QStringLiteral("enabled")).toBool(true));
            return HttpResponse::json(200,
                QJsonObject { { QStringLiteral("enabled"), q->isWorkloadEnabled() },
                    { QStringLiteral("interval_ms"), d.workload.interval() } });
        });

    router.add("POST", QStringLiteral("/_sim/workload/advance"), Scope::Control, Level::Admin,
        [q](RequestContext& c) {
            QJsonObject body;
            if (auto bad = controlBody(c.request, body))
                return *bad;
            const QJsonValue ms = body.value(QStringLiteral("ms"));
            if (!ms.isDouble() || ms.toDouble() < 0)
                return HttpResponse::error(400, QStringLiteral("invalid_request"),
                    QStringLiteral("`ms` must be a non-negative number of milliseconds"));
            q->advanceWorkload(qint64(ms.toDouble()));
            return HttpResponse::json(
                200, QJsonObject { { QStringLiteral("advanced_ms"), qint64(ms.toDouble()) } });
        });

    router.add("POST", QStringLiteral("/_sim/accumulators/{name}/accepting"), Scope::Control,
        Level::Admin, [q](RequestContext& c) {
            QJsonObject body;
            if (auto bad = controlBody(c.request, body))
                return *bad;
            const bool accepting = body.value(QStringLiteral("accepting")).toBool(false);
            if (!q->setAccumulatorAccepting(c.param(QStringLiteral("name")), accepting))
                return HttpResponse::error(404, QStringLiteral("accumulator_not_found"),
                    QStringLiteral("no such accumulator"));
            return HttpResponse::json(
                200, QJsonObject { { QStringLiteral("accepting"), accepting } });
        });

    router.add("POST", QStringLiteral("/_sim/reactors/{name}/present"), Scope::Control,
        Level::Admin, [q](RequestContext& c) {
            QJsonObject body;
            if (auto bad = controlBody(c.request, body))
                return *bad;
            const bool present = body.value(QStringLiteral("present")).toBool(false);
            if (!q->setReactorPresent(c.param(QStringLiteral("name")), present))
                return HttpResponse::error(
                    404, QStringLiteral("reactor_not_found"), QStringLiteral("no such reactor"));
            return HttpResponse::json(200, QJsonObject { { QStringLiteral("present"), present } });
        });
}

} // namespace CloacinaSim

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "bodyparse_p.h"
#include "router_p.h"

namespace CloacinaSim {

struct Options;
class TicketStore;
class DeliveryHub;
class ExecutionEngine;
class Workload;
class EndpointSockets;
class SimulatorPrivate;

//! What route handlers may touch.
struct SimContext {
    const Options& options;
    Store& store;
    TicketStore& tickets;
    DeliveryHub& hub;
    ExecutionEngine& engine;
    Workload& workload;
    EndpointSockets& endpoints;
    SimulatorPrivate& sim;
};

// One function per route group; each registers the group's operations on router.
void addOperationalRoutes(Router& router, SimContext& ctx); // health, ready, openapi.json
void addAuthRoutes(
    Router& router, SimContext& ctx); // keys, ws-ticket, login, refresh, logout, whoami
void addTenantRoutes(Router& router, SimContext& ctx); // tenants, accounts, tenant keys
void addSecretRoutes(Router& router, SimContext& ctx);
void addWorkflowRoutes(Router& router, SimContext& ctx); // workflows + instances
void addExecutionRoutes(Router& router, SimContext& ctx);
void addTriggerRoutes(Router& router, SimContext& ctx);
void addGraphRoutes(Router& router, SimContext& ctx); // health/*, agents, compiler
void addControlRoutes(Router& router, SimContext& ctx); // /_sim/

QJsonObject keyInfoJson(const ApiKeyRecord& key);
//! keyInfoJson without `revoked`, with the plaintext `key` (the 201 of a key creation).
QJsonObject keyCreatedJson(const ApiKeyRecord& key);
//! `CreateKeyRequest.role`: serde's default `admin`, else 422 in error for an unknown variant.
QString keyRoleOf(const QJsonObject& body, std::optional<HttpResponse>& error);

//! 500 for a tenant schema that does not exist: upstream's tenant connection fails its
//! search_path check (strict mode), so every query of that tenant errors.
HttpResponse tenantUnavailable(const QString& tenant);

} // namespace CloacinaSim

namespace CloacinaSim {

//! Upstream's declared-param check: missing required slots and JSON type mismatches.
QStringList validateDeclaredParams(const QJsonArray& slots, const QJsonObject* provided);

//! Upstream's validate_value_against_schema: "expects type 'T', got U", or empty.
QString schemaTypeMismatch(const QJsonValue& value, const QJsonObject& schema);

} // namespace CloacinaSim

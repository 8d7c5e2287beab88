#pragma once
// The check groups that catalogue() concatenates, one file per area of the API.
#include <cloacinaconformance/check.h>

#include <QList>

namespace Cloacina::Conformance::Detail {

//! \a source translated in the context "Cloacina::Conformance".
QString tr(const char* source);

//! A check descriptor; the fields of Check in one call.
Check makeCheck(const char* operationId, const QString& name, Access access, Role role, Scope scope,
    std::function<void(Context&)> run, const QStringList& alsoCovers = {});

//! The server and SDK agree on major.minor (`GET /openapi.json`). Session::start() runs it first.
Check versionCheck();

void addOperationalChecks(QList<Check>& out); // health, ready, whoami, 401s, openapi, agents, compiler
void addAdminReadChecks(QList<Check>& out); // tenants, keys, accounts, secrets (listing only)
void addWorkflowReadChecks(QList<Check>& out); // workflows, executions, instances
void addTriggerAndGraphReadChecks(QList<Check>& out); // triggers, accumulators, reactors, graphs
void addScratchWriteChecks(QList<Check>& out); // lifecycles inside the scratch tenant
void addProbeAndSharedWriteChecks(QList<Check>& out); // refusals of unknown names; global keys
void addStreamChecks(QList<Check>& out); // ticket, delivery, accumulator, reactor sockets

} // namespace Cloacina::Conformance::Detail

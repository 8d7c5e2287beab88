#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

//! \file
//! The contract checks shared by the `cloacina-conformance` program and the `contract` ctest
//! suite ("one suite, two front ends"). A check is a descriptor plus a run function; running it
//! yields an Outcome. Checks only assert what the server's source (cloacina-server 0.10.0)
//! guarantees, so they hold against any conforming server, not only the simulator.

namespace Cloacina::Conformance {

class Context;

//! Whether a check may change anything on the server.
enum class Access {
    //! Changes nothing: GET requests, a WebSocket ticket, socket upgrades to names that cannot
    //! exist. Runs by default.
    ReadOnly,
    //! Creates, changes or deletes: runs only with `--write`, in the scratch tenant.
    Write,
};

//! The least privilege a check needs (the server's authz table, `routes/authz.rs`).
enum class Role {
    AnyKey, //!< any valid key, whatever its tenant (global routes, tickets, sockets)
    Read, //!< any role in the check's tenant
    Write, //!< role `write` or `admin` in the check's tenant
    TenantAdmin, //!< role `admin` in the check's tenant
    AdminRole, //!< role `admin` in any tenant (`/v1/agents`)
    PlatformAdmin, //!< `is_admin` (the bootstrap kind): tenants, global keys, compiler
};

//! Where a write check works. The program runs only ScratchTenant and Probe writes.
enum class Scope {
    //! Reads or probes in the user's tenant (or global read-only routes).
    UserTenant,
    //! Works inside the tenant the session created and removes afterwards.
    ScratchTenant,
    //! A request that the server must refuse without effect (an unknown name); needs no tenant.
    Probe,
    //! Leaves the scratch tenant (e.g. `create_key` mints a key in tenant `public`). Only the
    //! ctest front end runs these, against the simulator or a server it was pointed at.
    Shared,
};

//! How a check ended.
enum class Verdict {
    Passed, //!< every assertion held
    Failed, //!< an assertion failed; see Outcome::message
    Skipped, //!< not run (role, mode, interruption) or not applicable; see Outcome::message
};

//! What running one check produced. The HTTP fields describe the exchange that decided the
//! result: the failing one, else the first call of the check's operation, else the last call.
struct Outcome {
    Verdict verdict = Verdict::Passed;
    QString message; //!< failure text or skip reason; empty when passed
    int httpStatus = 0; //!< 0 when no HTTP answer was involved (e.g. a socket close)
    QString serverCode; //!< the server's `code`, or `ws_close_<n>` for a socket close
    QString requestId; //!< `x-request-id`: the link to the server's logs
    qint64 durationMs = 0; //!< wall time of the whole check
};

//! One check: what it covers, what it needs, and how to run it.
struct Check {
    QString operationId; //!< OpenAPI operationId, or `version`, `auth`, `stream.delivery`, …
    QString name; //!< what is checked, one short line
    Access access = Access::ReadOnly; //!< whether it may change data (needs `--write`)
    Role role = Role::AnyKey; //!< the least privilege it needs
    Scope scope = Scope::UserTenant; //!< where it works
    //! The operations this check calls besides operationId (for the coverage of all 59).
    QStringList alsoCovers;
    //! Runs the check. It reports through the Context (Context::fail(), Context::skip()); a
    //! check that returns without either passed.
    std::function<void(Context&)> run;

    //! `operationId: name`, for logs and test rows.
    QString title() const { return operationId + QStringLiteral(": ") + name; }
};

//! Every check, in running order: version lockstep and identity first, then REST reads, writes,
//! and the WebSocket streams.
QList<Check> catalogue();

//! `read-only` or `write`, as printed by the program and written to the reports.
QString nameOf(Access access);
//! `any key`, `read`, `write`, `tenant admin`, `admin role` or `platform admin`.
QString nameOf(Role role);
//! `pass`, `FAIL` or `skip` (the table's RESULT column).
QString nameOf(Verdict verdict);
//! `user tenant`, `scratch tenant`, `refusal probe` or `shared`.
QString nameOf(Scope scope);

} // namespace Cloacina::Conformance

#pragma once

#include <cloacinaconformance/check.h>
#include <cloacinaconformance/context.h>

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace Cloacina {
class CloacinaClient;
}

namespace Cloacina::Conformance {

//! What the key may do, from `GET /v1/auth/whoami`.
struct Identity {
    QString name; //!< the key's name
    QString role; //!< `read`, `write` or `admin`
    bool platformAdmin = false; //!< `is_admin`
    QString tenant; //!< the key's tenant; empty for a tenant-less (bootstrap) key

    //! True when this key satisfies \a role in \a tenant (the server's authz rules).
    bool allows(Role role, const QString& tenant) const;
};

//! One conformance run against one server: preflight, the scratch tenant, the checks, cleanup.
//!
//! Order: start() checks the version lockstep and the key (whoami); with write enabled and a
//! platform-admin key, createScratchTenant() creates `conformance_<stamp>`; runCheck() runs
//! one check (or says why it is skipped); cleanup() removes the scratch tenant. cleanup() is
//! also run by the destructor, so a front end that returns early still removes the tenant;
//! requestStop() (Ctrl+C) makes a running check end at its next wait.
//!
//! Threading: the creating thread only. Lifetime: owns its client and context.
class Session : public QObject {
    Q_OBJECT
public:
    //! Why start() could not go on.
    enum class StartResult {
        Ready, //!< identity known; checks may run
        Unreachable, //!< no HTTP answer (refused, DNS, TLS, timeout)
        Unauthorized, //!< the key was refused (401)
        Failed, //!< another error on whoami; see startError()
    };
    Q_ENUM(StartResult)

    //! A session against \a baseUrl. Configure client() (key, profile, TLS) before start().
    explicit Session(const QUrl& baseUrl, QObject* parent = nullptr);
    ~Session() override;

    //! The client the checks use.
    CloacinaClient& client() const;
    //! The context handed to checks.
    Context& context() const { return *m_context; }

    //! Enables write checks (`--write`). Default off.
    void setWriteEnabled(bool enabled) { m_write = enabled; }
    //! True when write checks may run.
    bool writeEnabled() const { return m_write; }
    //! Runs Scope::Shared write checks too (ctest front end only). Default off.
    void setSharedWritesEnabled(bool enabled) { m_sharedWrites = enabled; }
    //! The tenant read checks look at; empty: the key's tenant, else `public`.
    void setTenant(const QString& tenant) { m_requestedTenant = tenant; }

    //! Preflight: version lockstep (its outcome is versionOutcome()) and whoami.
    StartResult start();
    //! The outcome of the version lockstep check run by start().
    Outcome versionOutcome() const { return m_versionOutcome; }
    //! The `version` check itself (for reports).
    static Check versionCheck();
    //! The server's version (`info.version` of `/openapi.json`); empty when unknown.
    QString serverVersion() const;
    //! The error that stopped start(), if any.
    Error startError() const { return m_startError; }
    //! The key's identity after start().
    Identity identity() const { return m_identity; }

    //! With write enabled and a platform-admin key: creates the scratch tenant. Returns false
    //! (and fills \a why) when it cannot; write checks then skip with that reason.
    bool createScratchTenant(QString* why = nullptr);
    //! The outcome of the last createScratchTenant() that sent a request: Passed, or Failed
    //! with the server's answer. Skipped when no request was sent (no --write, no admin key).
    Outcome scratchTenantOutcome() const { return m_scratchOutcome; }
    //! The scratch tenant's name; empty when none was created.
    QString scratchTenant() const { return m_context->scratchTenant(); }

    //! Why \a check will not run in this session, or empty when it will. Needs start().
    QString skipReason(const Check& check) const;
    //! Runs \a check, or returns a Skipped outcome with skipReason().
    Outcome runCheck(const Check& check);

    //! Removes the scratch tenant (bounded, also after requestStop()). Returns false and fills
    //! \a why when the tenant could not be removed (the name is in the message). Idempotent.
    bool cleanup(QString* why = nullptr);

    //! Asks the running check to end now (see Context::requestStop()).
    void requestStop() { m_context->requestStop(); }

private:
    // The context outlives the client: the client records into it until destroyed.
    std::unique_ptr<Context> m_context;
    std::unique_ptr<CloacinaClient> m_client;
    bool m_write = false;
    bool m_sharedWrites = false;
    bool m_started = false;
    QString m_requestedTenant;
    QString m_scratchError;
    Identity m_identity;
    Outcome m_versionOutcome;
    Outcome m_scratchOutcome;
    Error m_startError;
};

} // namespace Cloacina::Conformance

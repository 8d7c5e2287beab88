#pragma once

#include <cloacina/types.h>

#include <QString>

#include <optional>

namespace Cloacina {

//! What an operation requires of the caller's key, as the server's route table says
//! (`crates/cloacina-server/src/routes/authz.rs`): a scope and a minimum role.
struct OperationAccess {
    //! Platform: global admin keys only; Tenant: a key of the tenant in the path (or a global
    //! admin); Any: every authenticated key.
    enum class Scope { Platform,
        Tenant,
        Any };
    //! Ordered: a role satisfies a requirement when it is at least the required level.
    enum class Level { Read,
        Write,
        Admin };
    Scope scope = Scope::Any; //!< whose keys may call it at all
    Level level = Level::Read; //!< the least role it needs
};

//! The access the server requires for \a operationId (an OpenAPI operationId such as
//! `pause_workflow`); nullopt for unauthenticated operations (health, login) and unknown ids.
std::optional<OperationAccess> operationAccess(const QString& operationId);

//! Why the key described by \a identity may not call \a operationId for \a tenant, as a sentence
//! for a tooltip ("Your key's role is read; pausing needs write."); empty when it may, when the
//! identity is unknown (nothing is refused on a guess) or when the operation needs no key.
QString accessDeniedReason(const std::optional<WhoamiResponse>& identity, const QString& operationId,
    const QString& tenant);

} // namespace Cloacina

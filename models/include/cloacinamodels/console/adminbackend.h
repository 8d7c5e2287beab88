#pragma once

#include <cloacina/cloacinaclient.h>
#include <cloacina/result.h>

#include <QFuture>
#include <QString>

#include <functional>

//! \file
//! Where the admin lists (tenants, API keys, accounts, secrets) get their data: a set of
//! fetchers, so the models are tested without a server.

namespace Cloacina {

//! The fetchers of the admin models. Build it with adminBackend() from a client or by hand.
struct AdminBackend {
    std::function<QFuture<Result<TenantSummaryList>>()> listTenants; //!< `list_tenants`
    std::function<QFuture<Result<KeyInfoList>>()> listKeys; //!< `list_keys` (global keys)
    std::function<QFuture<Result<KeyInfoList>>(const QString& tenant)> listTenantKeys; //!< `list_tenant_keys`
    std::function<QFuture<Result<AccountInfoList>>(const QString& tenant)> listAccounts; //!< `list_accounts`
    std::function<QFuture<Result<SecretMetadataResponseList>>(const QString& tenant)> listSecrets; //!< `list_secrets`

    //! True when every fetcher is set.
    bool isValid() const { return listTenants && listKeys && listTenantKeys && listAccounts && listSecrets; }
};

//! The backend that fetches with \a client (not owned; once it is destroyed every fetcher
//! returns an Error of kind Canceled).
AdminBackend adminBackend(CloacinaClient* client);

} // namespace Cloacina

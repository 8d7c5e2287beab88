#include <cloacinamodels/console/adminbackend.h>

#include "backendcall_p.h"

namespace Cloacina {

AdminBackend adminBackend(CloacinaClient* client)
{
    AdminBackend b;
    QPointer<CloacinaClient> c(client);
    b.listTenants = [c] {
        return Internal::callClient<TenantSummaryList>(c, "list_tenants", [](CloacinaClient* x) { return x->listTenants(); });
    };
    b.listKeys = [c] { return Internal::callClient<KeyInfoList>(c, "list_keys", [](CloacinaClient* x) { return x->listKeys(); }); };
    b.listTenantKeys = [c](const QString& tenant) {
        return Internal::callClient<KeyInfoList>(c, "list_tenant_keys", [&](CloacinaClient* x) { return x->listTenantKeys(tenant); });
    };
    b.listAccounts = [c](const QString& tenant) {
        return Internal::callClient<AccountInfoList>(c, "list_accounts", [&](CloacinaClient* x) { return x->listAccounts(tenant); });
    };
    b.listSecrets = [c](const QString& tenant) {
        return Internal::callClient<SecretMetadataResponseList>(
            c, "list_secrets", [&](CloacinaClient* x) { return x->listSecrets(tenant); });
    };
    return b;
}

} // namespace Cloacina

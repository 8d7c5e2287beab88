#pragma once

#include <cloacinamodels/console/adminbackend.h>
#include <cloacinamodels/console/backendlistmodel.h>

namespace Cloacina {

//! The base of the admin lists (tenants, API keys, accounts, secrets).
using AdminConsoleModel = BackendListModel<AdminBackend, adminBackend>;

} // namespace Cloacina

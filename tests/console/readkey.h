#pragma once

// Reconnects a console fixture's window with a read-only key of tenant public, minted with the
// admin key: what the role-gating tests of every screen start from.
#include "awaitresult.h"
#include "consolefixture.h"

//! True once the window is connected with a fresh read key and knows its role.
inline bool reconnectWithReadKey(ConsoleFixture& f)
{
    Cloacina::CloacinaClient admin(f.sim->url());
    admin.setApiKey(f.sim->adminKey());
    Cloacina::CreateKeyRequest request;
    request.name = QStringLiteral("reader");
    request.role = Cloacina::KeyRole::Read;
    const auto created = CloacinaTest::await(admin.createTenantKey(request, QStringLiteral("public")));
    if (!created)
        return false;
    Cloacina::Monitor::ConnectionSettings settings;
    settings.url = f.sim->url();
    settings.tenant = QStringLiteral("public");
    f.window->connectTo(settings, created.value().key);
    return QTest::qWaitFor([&f] { return f.window->serverSession()->role() == QLatin1String("read"); }, 10000);
}

#pragma once
// A key of a given role minted through the SDK (create_tenant_key) with an admin client, for
// tests of role gating. Waits up to 10 s; empty on failure (the caller checks).
#include <cloacina/cloacinaclient.h>
#include <cloacina/types.h>
#include <cloacina/whenready.h>

#include <QObject>
#include <QTest>

namespace CloacinaTest {

inline QString mintTenantKey(Cloacina::CloacinaClient* admin, Cloacina::KeyRole role, const QString& name,
    const QString& tenant = QStringLiteral("public"))
{
    Cloacina::CreateKeyRequest request;
    request.name = name;
    request.role = role;
    QString key;
    bool done = false;
    QObject context;
    Cloacina::whenReady(admin->createTenantKey(request, tenant), &context,
        [&](const Cloacina::Result<Cloacina::KeyCreatedResponse>& r) {
            done = true;
            if (r)
                key = r.value().key;
        });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return {};
    return key;
}

} // namespace CloacinaTest

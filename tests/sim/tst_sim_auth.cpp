// SPDX-License-Identifier: Apache-2.0
// Keys, roles, tenants and login sessions.
#include "simtestsupport.h"

#include <QTest>

using namespace SimTest;

class TstSimAuth : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_sim = startSimulator();
        m_http = std::make_unique<Http>(m_sim->url(), m_sim->adminKey());
        m_http->createTenant(QStringLiteral("acme"));
    }

    void missingOrInvalidBearerIs401()
    {
        QCOMPARE(m_http->get(QStringLiteral("/v1/auth/whoami"), Http::noKey()).code(),
            QStringLiteral("unauthorized"));
        const Reply r = m_http->get(QStringLiteral("/v1/auth/whoami"), QStringLiteral("clk_bogus"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(),
            QStringLiteral("invalid or revoked API key"));
        QCOMPARE(m_http
                     ->request("GET", QStringLiteral("/v1/auth/whoami"), {}, {},
                         QStringLiteral("Basic abc"))
                     .status,
            401);
    }

    void bootstrapKeyIsGlobalAdmin()
    {
        const QJsonObject me = m_http->get(QStringLiteral("/v1/auth/whoami")).json();
        QVERIFY(me.value(QStringLiteral("is_admin")).toBool());
        QVERIFY(me.value(QStringLiteral("tenant_id")).isNull());
    }

    void plaintextOnlyAtCreation()
    {
        const Reply created = m_http->post(QStringLiteral("/v1/auth/keys"),
            { { QStringLiteral("name"), QStringLiteral("once") },
                { QStringLiteral("role"), QStringLiteral("read") } });
        QCOMPARE(created.status, 201);
        const QString plaintext = created.json().value(QStringLiteral("key")).toString();
        QVERIFY(plaintext.startsWith(QStringLiteral("clk_")));
        QCOMPARE(
            created.json().value(QStringLiteral("tenant_id")).toString(), QStringLiteral("public"));
        QVERIFY(!created.json().value(QStringLiteral("is_admin")).toBool());
        const Reply list = m_http->get(QStringLiteral("/v1/auth/keys"));
        QVERIFY(!list.body.contains(plaintext.toUtf8()));
        QVERIFY(!list.body.contains("\"key\""));
        // The key works until it is revoked, then it is 401.
        QCOMPARE(m_http->get(QStringLiteral("/v1/auth/whoami"), plaintext).status, 200);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QCOMPARE(m_http->del(QStringLiteral("/v1/auth/keys/") + id).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/v1/auth/whoami"), plaintext).status, 401);
        QCOMPARE(m_http->del(QStringLiteral("/v1/auth/keys/") + id).code(),
            QStringLiteral("key_not_found"));
        QCOMPARE(m_http->del(QStringLiteral("/v1/auth/keys/not-a-uuid")).code(),
            QStringLiteral("invalid_key_id"));
    }

    void forbidden_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("platform route, tenant admin")
            << "acme"
            << "admin" << QByteArray("GET") << "/v1/tenants"
            << "admin_required";
        QTest::newRow("other tenant")
            << "acme"
            << "admin" << QByteArray("GET") << "/v1/tenants/public/executions"
            << "tenant_access_denied";
        QTest::newRow("read key writes")
            << "acme"
            << "read" << QByteArray("POST") << "/v1/tenants/acme/workflows/x/pause"
            << "insufficient_permissions";
        QTest::newRow("write key admin route")
            << "acme"
            << "write" << QByteArray("GET") << "/v1/tenants/acme/secrets"
            << "insufficient_permissions";
        QTest::newRow("agents need admin role") << "acme"
                                                << "read" << QByteArray("GET") << "/v1/agents"
                                                << "insufficient_permissions";
        QTest::newRow("control surface") << "acme"
                                         << "admin" << QByteArray("GET") << "/_sim/stats"
                                         << "admin_required";
    }

    void forbidden()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, role);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, code);
        const QString key = m_http->tenantKey(tenant, role);
        QVERIFY(!key.isEmpty());
        const Reply r = m_http->request(
            method, path, method == "GET" ? QByteArray() : QByteArray(""), "application/json", key);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), code);
    }

    void tenantKeyWorksInItsTenant()
    {
        const QString key = m_http->tenantKey(QStringLiteral("acme"), QStringLiteral("read"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/acme/executions"), key).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/v1/auth/whoami"), key)
                     .json()
                     .value(QStringLiteral("tenant_id"))
                     .toString(),
            QStringLiteral("acme"));
    }

    void loginRefreshLogout()
    {
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/tenants/acme/accounts"),
                         { { QStringLiteral("username"), QStringLiteral("dora") },
                             { QStringLiteral("password"), QStringLiteral("pw") },
                             { QStringLiteral("role"), QStringLiteral("write") } })
                     .status,
            201);
        const Reply bad = m_http->post(QStringLiteral("/v1/auth/local/login"),
            { { QStringLiteral("username"), QStringLiteral("dora") },
                { QStringLiteral("password"), QStringLiteral("no") },
                { QStringLiteral("tenant"), QStringLiteral("acme") } },
            Http::noKey());
        QCOMPARE(bad.status, 401);
        const Reply login = m_http->post(QStringLiteral("/v1/auth/local/login"),
            { { QStringLiteral("username"), QStringLiteral("dora") },
                { QStringLiteral("password"), QStringLiteral("pw") },
                { QStringLiteral("tenant"), QStringLiteral("acme") } },
            Http::noKey());
        QCOMPARE(login.status, 200);
        const QString key = login.json().value(QStringLiteral("key")).toString();
        QCOMPARE(login.json().value(QStringLiteral("role")).toString(), QStringLiteral("write"));
        QVERIFY(login.json().value(QStringLiteral("expires_at")).isString());
        // Refresh replaces the key: the old one stops working.
        const Reply refreshed = m_http->post(QStringLiteral("/v1/auth/refresh"), {}, key);
        QCOMPARE(refreshed.status, 200);
        const QString fresh = refreshed.json().value(QStringLiteral("key")).toString();
        QVERIFY(fresh != key);
        QCOMPARE(m_http->get(QStringLiteral("/v1/auth/whoami"), key).status, 401);
        QCOMPARE(m_http->post(QStringLiteral("/v1/auth/logout"), {}, fresh)
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("logged_out"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/auth/whoami"), fresh).status, 401);
        // A plain API key is not refreshable.
        QCOMPARE(m_http->post(QStringLiteral("/v1/auth/refresh")).code(),
            QStringLiteral("not_refreshable"));
    }

    void loginThrottles()
    {
        m_http->post(QStringLiteral("/v1/tenants/acme/accounts"),
            { { QStringLiteral("username"), QStringLiteral("eve") },
                { QStringLiteral("password"), QStringLiteral("pw") },
                { QStringLiteral("role"), QStringLiteral("read") } });
        // Five failures are tolerated (401); the sixth locks the username for 30 s.
        Reply r;
        for (int i = 0; i < 6; ++i) {
            r = m_http->post(QStringLiteral("/v1/auth/local/login"),
                { { QStringLiteral("username"), QStringLiteral("eve") },
                    { QStringLiteral("password"), QStringLiteral("x") },
                    { QStringLiteral("tenant"), QStringLiteral("acme") } },
                Http::noKey());
            if (i < 5)
                QCOMPARE(r.status, 401);
        }
        QCOMPARE(r.status, 429);
        QCOMPARE(r.code(), QStringLiteral("login_throttled"));
        QVERIFY(r.header("retry-after").toInt() > 0);
    }

    void disabledAccountCannotLogIn()
    {
        const QString id = m_http
                               ->post(QStringLiteral("/v1/tenants/acme/accounts"),
                                   { { QStringLiteral("username"), QStringLiteral("fay") },
                                       { QStringLiteral("password"), QStringLiteral("pw") },
                                       { QStringLiteral("role"), QStringLiteral("read") } })
                               .json()
                               .value(QStringLiteral("id"))
                               .toString();
        QCOMPARE(m_http->del(QStringLiteral("/v1/tenants/acme/accounts/") + id).status, 200);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/auth/local/login"),
                         { { QStringLiteral("username"), QStringLiteral("fay") },
                             { QStringLiteral("password"), QStringLiteral("pw") },
                             { QStringLiteral("tenant"), QStringLiteral("acme") } },
                         Http::noKey())
                     .status,
            401);
        QCOMPARE(m_http->del(QStringLiteral("/v1/tenants/acme/accounts/nope")).code(),
            QStringLiteral("invalid_account_id"));
        QCOMPARE(m_http
                     ->del(QStringLiteral(
                         "/v1/tenants/acme/accounts/00000000-0000-4000-8000-000000000000"))
                     .code(),
            QStringLiteral("account_not_found"));
    }

    void removingTenantRevokesItsKeys()
    {
        m_http->createTenant(QStringLiteral("doomed"));
        const QString key = m_http->tenantKey(QStringLiteral("doomed"), QStringLiteral("read"));
        const Reply r = m_http->del(QStringLiteral("/v1/tenants/doomed"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("revoked_keys")).toInt(), 1);
        QCOMPARE(m_http->get(QStringLiteral("/v1/auth/whoami"), key).status, 401);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/tenants"),
                         { { QStringLiteral("name"), QStringLiteral("bad-name!") } })
                     .code(),
            QStringLiteral("tenant_creation_failed"));
    }

private:
    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<Http> m_http;
};

QTEST_GUILESS_MAIN(TstSimAuth)
#include "tst_sim_auth.moc"

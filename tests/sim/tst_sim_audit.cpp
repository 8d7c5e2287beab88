// SPDX-License-Identifier: Apache-2.0
// Differences to the upstream handlers found by the issue-12 audit, one test per handler fixed
// (docs/SIMULATOR.md, "Fidelity audit").
#include "simtestsupport.h"

#include <QTest>

using namespace SimTest;

class TstSimAudit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_sim = startSimulator();
        m_http = std::make_unique<Http>(m_sim->url(), m_sim->adminKey());
        m_http->createTenant(QStringLiteral("acme"));
    }

    // executions.rs list_executions / get_execution_events / get_execution_tasks: the tenant's
    // connection fails for a schema that does not exist; get_execution maps that to 404.
    void executionReadsOfAnUnknownTenant()
    {
        const QString id = QStringLiteral("00000000-0000-4000-8000-000000000001");
        const QString base = QStringLiteral("/v1/tenants/ghost/executions");
        QCOMPARE(m_http->get(base).code(), QStringLiteral("internal_error"));
        QCOMPARE(m_http->get(base + '/' + id + QStringLiteral("/events")).status, 500);
        QCOMPARE(m_http->get(base + '/' + id + QStringLiteral("/tasks")).status, 500);
        QCOMPARE(m_http->get(base + '/' + id).code(), QStringLiteral("execution_not_found"));
        // A known tenant still answers an empty envelope for an unknown run.
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/acme/executions/") + id
                           + QStringLiteral("/events"))
                     .status,
            200);
    }

    // instances.rs get_instance / delete_instance: find_by_instance_name fails for a schema
    // that does not exist (500), not 404.
    void instanceLookupsOfAnUnknownTenant()
    {
        const QString path = QStringLiteral("/v1/tenants/ghost/workflows/etl_daily/instances/x");
        QCOMPARE(m_http->get(path).code(), QStringLiteral("internal_error"));
        QCOMPARE(m_http->del(path).code(), QStringLiteral("internal_error"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/acme/workflows/etl_daily/instances/x"))
                     .code(),
            QStringLiteral("instance_not_found"));
    }

    // health_graphs.rs list_reactor_fires: `limit` is a usize read by the Query extractor,
    // before the reactor is looked up.
    void reactorFiresLimitIsUnsigned()
    {
        QCOMPARE(m_http->get(QStringLiteral("/v1/health/reactors/market_maker_reactor/fires?limit=-1"))
                     .status,
            400);
        QCOMPARE(m_http->get(QStringLiteral("/v1/health/reactors/no_such_reactor/fires?limit=x"))
                     .status,
            400);
        QCOMPARE(m_http->get(QStringLiteral("/v1/health/reactors/no_such_reactor/fires")).code(),
            QStringLiteral("reactor_not_found"));
    }

    // health_graphs.rs inject_accumulator → validate_value_against_schema: the message names
    // the type received.
    void injectMismatchNamesTheType()
    {
        const Reply r = m_http->post(QStringLiteral("/v1/health/accumulators/orderbook/inject"),
            { { QStringLiteral("event"), 42 } });
        QCOMPARE(r.code(), QStringLiteral("accumulator_input_invalid"));
        QCOMPARE(r.message(),
            QStringLiteral("invalid event for accumulator 'orderbook': expects type 'object', got "
                           "number"));
    }

    // health_graphs.rs fire_reactor: fire_with inputs are checked against the reactor's
    // declared slots (validate_declared_params); serde defaults cover missing fields only.
    void reactorFireChecksDeclaredInputs()
    {
        const QString path = QStringLiteral("/v1/health/reactors/market_maker_reactor/fire");
        const Reply wrong = m_http->post(path,
            { { QStringLiteral("mode"), QStringLiteral("fire_with") },
                { QStringLiteral("inputs"), QJsonObject { { QStringLiteral("orderbook"), 5 } } } });
        QCOMPARE(wrong.code(), QStringLiteral("reactor_input_invalid"));
        QCOMPARE(wrong.message(),
            QStringLiteral("invalid reactor inputs: param 'orderbook' expects type 'object', got "
                           "number"));
        QCOMPARE(m_http->post(path, { { QStringLiteral("mode"), 5 } }).status, 422);
        QCOMPARE(m_http->post(path, { { QStringLiteral("inputs"), QJsonValue::Null } }).status, 422);
        QCOMPARE(m_http->post(path, {}).status, 200);
    }

    // keys.rs list_keys / list_tenant_keys: created_at descending.
    void keysAreListedNewestFirst()
    {
        m_http->tenantKey(QStringLiteral("acme"), QStringLiteral("read"));
        m_http->tenantKey(QStringLiteral("acme"), QStringLiteral("write"));
        for (const QString& path :
            { QStringLiteral("/v1/auth/keys"), QStringLiteral("/v1/tenants/acme/keys") }) {
            const QJsonArray items
                = m_http->get(path).json().value(QStringLiteral("items")).toArray();
            QVERIFY2(items.size() >= 2, qPrintable(path));
            QString previous;
            for (const auto& item : items) {
                const QString created
                    = item.toObject().value(QStringLiteral("created_at")).toString();
                QVERIFY2(previous.isEmpty() || created <= previous, qPrintable(path));
                previous = created;
            }
            if (path.contains(QLatin1String("tenants")))
                QCOMPARE(items.first().toObject().value(QStringLiteral("permissions")).toString(),
                    QStringLiteral("write"));
        }
    }

    // keys.rs create_tenant_key: CreateKeyRequest.role is a KeyRole; anything else is 422.
    void tenantKeyRoleMustBeAString()
    {
        const Reply r = m_http->post(QStringLiteral("/v1/tenants/acme/keys"),
            { { QStringLiteral("name"), QStringLiteral("n") }, { QStringLiteral("role"), 5 } });
        QCOMPARE(r.status, 422);
    }

    // tenants.rs create_tenant → DatabaseAdmin::create_tenant: validation and SQL messages.
    void tenantCreationMessages()
    {
        const auto create = [this](const QString& name) {
            return m_http->post(
                QStringLiteral("/v1/tenants"), { { QStringLiteral("name"), name } });
        };
        QCOMPARE(create(QStringLiteral("public")).message(),
            QStringLiteral("Invalid schema name: Schema name is reserved: 'public'"));
        QCOMPARE(create(QStringLiteral("postgres")).message(),
            QStringLiteral("Invalid username: Username is reserved: 'postgres'"));
        QCOMPARE(create(QStringLiteral("9lives")).message(),
            QStringLiteral("Invalid schema name: Schema name must start with a letter or "
                           "underscore: '9lives'"));
        const Reply again = create(QStringLiteral("acme"));
        QCOMPARE(again.code(), QStringLiteral("tenant_creation_failed"));
        QCOMPARE(again.message(),
            QStringLiteral("SQL execution error: Failed to create user 'acme': role \"acme\" "
                           "already exists"));
    }

    // DatabaseAdmin::list_tenant_schemas: `nspname NOT LIKE 'pg_%'` hides "pg" + any char.
    void tenantListHidesPgLikeSchemas()
    {
        m_http->createTenant(QStringLiteral("pgx"));
        const QByteArray body = m_http->get(QStringLiteral("/v1/tenants")).body;
        QVERIFY(!body.contains("\"pgx\""));
        QVERIFY(body.contains("\"acme\""));
    }

    // tenants.rs remove_tenant: keys are revoked first; DROP … IF EXISTS makes an unknown
    // tenant a success; only an invalid name fails (after the revocation).
    void tenantRemovalOrder()
    {
        const Reply unknown = m_http->del(QStringLiteral("/v1/tenants/never_created"));
        QCOMPARE(unknown.status, 200);
        QCOMPARE(unknown.json().value(QStringLiteral("revoked_keys")).toInt(), 0);
        const QString key = m_http->tenantKey(QStringLiteral("bad-name"), QStringLiteral("read"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/auth/whoami"), key).status, 200);
        const Reply invalid = m_http->del(QStringLiteral("/v1/tenants/bad-name"));
        QCOMPARE(invalid.code(), QStringLiteral("tenant_removal_failed"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/auth/whoami"), key).status, 401);
    }

    // local_auth.rs list_accounts → list_for_tenant: created_at descending.
    void accountsAreListedNewestFirst()
    {
        for (const char* name : { "first_user", "second_user" })
            QCOMPARE(m_http
                         ->post(QStringLiteral("/v1/tenants/acme/accounts"),
                             { { QStringLiteral("username"), QLatin1String(name) },
                                 { QStringLiteral("password"), QStringLiteral("pw") },
                                 { QStringLiteral("role"), QStringLiteral("read") } })
                         .status,
                201);
        const QJsonArray items = m_http->get(QStringLiteral("/v1/tenants/acme/accounts"))
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items.first().toObject().value(QStringLiteral("username")).toString(),
            QStringLiteral("second_user"));
    }

    // local_auth.rs local_login → authenticate: without `tenant` only global accounts match;
    // the username throttle counts unknown usernames too and locks on the 6th failure.
    void loginTenantSelectorAndThrottle()
    {
        m_http->post(QStringLiteral("/v1/tenants/acme/accounts"),
            { { QStringLiteral("username"), QStringLiteral("gus") },
                { QStringLiteral("password"), QStringLiteral("pw") },
                { QStringLiteral("role"), QStringLiteral("read") } });
        const auto login = [this](const QString& user, const QString& password,
                               const QJsonValue& tenant) {
            QJsonObject body { { QStringLiteral("username"), user },
                { QStringLiteral("password"), password } };
            if (!tenant.isUndefined())
                body.insert(QStringLiteral("tenant"), tenant);
            return m_http->post(QStringLiteral("/v1/auth/local/login"), body, Http::noKey());
        };
        QCOMPARE(login(QStringLiteral("gus"), QStringLiteral("pw"), QJsonValue::Undefined).status,
            401);
        QCOMPARE(login(QStringLiteral("gus"), QStringLiteral("pw"), QStringLiteral("acme")).status,
            200);
        Reply r;
        for (int i = 0; i < 6; ++i)
            r = login(QStringLiteral("nobody"), QStringLiteral("x"), QStringLiteral("acme"));
        QCOMPARE(r.code(), QStringLiteral("login_throttled"));
        // Another tenant selector is another throttle key.
        QCOMPARE(login(QStringLiteral("nobody"), QStringLiteral("x"), QJsonValue::Undefined).status,
            401);
    }

    // secrets.rs create_secret / rotate_secret: `fields` is a map of strings; an unknown (valid)
    // tenant fails in the secret store.
    void secretFieldsAreStrings()
    {
        const Reply numeric = m_http->post(QStringLiteral("/v1/tenants/acme/secrets"),
            { { QStringLiteral("name"), QStringLiteral("db") },
                { QStringLiteral("fields"), QJsonObject { { QStringLiteral("port"), 5432 } } } });
        QCOMPARE(numeric.status, 422);
        const Reply ghost = m_http->get(QStringLiteral("/v1/tenants/ghost/secrets"));
        QCOMPARE(ghost.status, 500);
        QCOMPARE(ghost.message(), QStringLiteral("secret store error"));
    }

private:
    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<Http> m_http;
};

QTEST_GUILESS_MAIN(TstSimAudit)
#include "tst_sim_audit.moc"

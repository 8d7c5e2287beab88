// SPDX-License-Identifier: Apache-2.0
// One row per contract operation: the happy path answers the documented status, the
// body has the documented required fields, and the route refuses a missing key.
#include "simtestsupport.h"

#include <cloacinapackage.h>

#include <QFile>
#include <QTest>

using namespace SimTest;

namespace {

//! Shallow structural check of value against an OpenAPI schema: required keys, basic types, $ref.
QString checkSchema(const QJsonObject& components, const QJsonValue& value, QJsonObject schema,
    const QString& where, int depth = 0)
{
    if (depth > 6)
        return {};
    if (schema.contains(QStringLiteral("$ref")))
        schema
            = components
                  .value(
                      schema.value(QStringLiteral("$ref")).toString().section(QLatin1Char('/'), -1))
                  .toObject();
    for (const auto& key : { QStringLiteral("oneOf"), QStringLiteral("anyOf") }) {
        if (schema.contains(key)) {
            for (const auto& alt : schema.value(key).toArray()) {
                if (checkSchema(components, value, alt.toObject(), where, depth + 1).isEmpty())
                    return {};
            }
            return where + QStringLiteral(": matches no alternative");
        }
    }
    QStringList types;
    const QJsonValue t = schema.value(QStringLiteral("type"));
    if (t.isString())
        types << t.toString();
    for (const auto& v : t.toArray())
        types << v.toString();
    if (!types.isEmpty()) {
        const bool ok = (value.isNull() && types.contains(QStringLiteral("null")))
            || (value.isString() && types.contains(QStringLiteral("string")))
            || (value.isBool() && types.contains(QStringLiteral("boolean")))
            || (value.isDouble()
                && (types.contains(QStringLiteral("integer"))
                    || types.contains(QStringLiteral("number"))))
            || (value.isArray() && types.contains(QStringLiteral("array")))
            || (value.isObject() && types.contains(QStringLiteral("object")));
        if (!ok)
            return where + QStringLiteral(": wrong type, expected ") + types.join(QLatin1Char('|'));
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const auto& r : schema.value(QStringLiteral("required")).toArray()) {
            if (!o.contains(r.toString()))
                return where + QStringLiteral(": missing required '%1'").arg(r.toString());
        }
        const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = props.begin(); it != props.end(); ++it) {
            if (o.contains(it.key())) {
                const QString e = checkSchema(components, o.value(it.key()), it.value().toObject(),
                    where + QLatin1Char('.') + it.key(), depth + 1);
                if (!e.isEmpty())
                    return e;
            }
        }
    }
    if (value.isArray() && schema.contains(QStringLiteral("items"))) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size() && i < 3; ++i) {
            const QString e
                = checkSchema(components, a.at(i), schema.value(QStringLiteral("items")).toObject(),
                    where + QStringLiteral("[%1]").arg(i), depth + 1);
            if (!e.isEmpty())
                return e;
        }
    }
    return {};
}

QByteArray packageArchive()
{
    return CloacinaTest::packPackage(CloacinaTest::rustPackage("uploaded_pkg", "1.0.0", "uploaded", { "a", "b:a" }));
}

} // namespace

class TstSimRoutes : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_sim = startSimulator();
        m_http = std::make_unique<Http>(m_sim->url(), m_sim->adminKey());
        m_http->createTenant(QStringLiteral("acme"));
        const auto account = [this](const QString& user, const QString& pw) {
            return m_http
                ->post(QStringLiteral("/v1/tenants/acme/accounts"),
                    { { QStringLiteral("username"), user }, { QStringLiteral("password"), pw },
                        { QStringLiteral("role"), QStringLiteral("write") } })
                .json()
                .value(QStringLiteral("id"))
                .toString();
        };
        m_vars.insert(
            QStringLiteral("{acct}"), account(QStringLiteral("alice"), QStringLiteral("pw1")));
        m_vars.insert(
            QStringLiteral("{acct2}"), account(QStringLiteral("carol"), QStringLiteral("pw3")));
        const auto login = [this](const QString& user, const QString& pw) {
            return m_http
                ->post(QStringLiteral("/v1/auth/local/login"),
                    { { QStringLiteral("username"), user }, { QStringLiteral("password"), pw },
                        { QStringLiteral("tenant"), QStringLiteral("acme") } },
                    Http::noKey())
                .json()
                .value(QStringLiteral("key"))
                .toString();
        };
        m_loginKeys.insert(
            QStringLiteral("login"), login(QStringLiteral("alice"), QStringLiteral("pw1")));
        m_loginKeys.insert(
            QStringLiteral("login2"), login(QStringLiteral("alice"), QStringLiteral("pw1")));
        m_vars.insert(QStringLiteral("{key}"),
            m_http
                ->post(QStringLiteral("/v1/auth/keys"),
                    { { QStringLiteral("name"), QStringLiteral("victim") } })
                .json()
                .value(QStringLiteral("id"))
                .toString());
        m_vars.insert(QStringLiteral("{tkey}"),
            m_http
                ->post(QStringLiteral("/v1/tenants/acme/keys"),
                    { { QStringLiteral("name"), QStringLiteral("tvictim") } })
                .json()
                .value(QStringLiteral("id"))
                .toString());
        m_vars.insert(
            QStringLiteral("{exec}"), m_sim->createExecutions(1, QStringLiteral("Failed")).first());

        QFile contract(
            qEnvironmentVariable("CLOACINA_CONTRACT_DIR") + QStringLiteral("/openapi.json"));
        if (contract.open(QIODevice::ReadOnly))
            m_contract = QJsonDocument::fromJson(contract.readAll()).object();
    }

    void operation_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("as");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("contractPath");

        const auto row = [this](const char* op, const QByteArray& method, const QString& path,
                             const QByteArray& body, int status, const QString& contractPath,
                             const QString& as = QStringLiteral("admin")) {
            m_rowTags << QString::fromLatin1(op);
            QTest::newRow(op) << method << path << body << as << status << contractPath;
        };
        const QString t = QStringLiteral("/v1/tenants/acme");
        const QString p = QStringLiteral("/v1/tenants/public");
        row("health", "GET", "/health", {}, 200, "/health");
        row("ready", "GET", "/ready", {}, 200, "/ready");
        row("list_agents", "GET", "/v1/agents", {}, 200, "/v1/agents");
        row("list_keys", "GET", "/v1/auth/keys", {}, 200, "/v1/auth/keys");
        row("create_key", "POST", "/v1/auth/keys", R"({"name":"sweep","role":"read"})", 201,
            "/v1/auth/keys");
        row("revoke_key", "DELETE", "/v1/auth/keys/{key}", {}, 200, "/v1/auth/keys/{key_id}");
        row("local_login", "POST", "/v1/auth/local/login",
            R"({"username":"alice","password":"pw1","tenant":"acme"})", 200, "/v1/auth/local/login",
            "none");
        row("refresh", "POST", "/v1/auth/refresh", {}, 200, "/v1/auth/refresh", "login");
        row("logout", "POST", "/v1/auth/logout", {}, 200, "/v1/auth/logout", "login2");
        row("whoami", "GET", "/v1/auth/whoami", {}, 200, "/v1/auth/whoami");
        row("create_ws_ticket", "POST", "/v1/auth/ws-ticket", {}, 200, "/v1/auth/ws-ticket");
        row("compiler_status", "GET", "/v1/compiler/status", {}, 200, "/v1/compiler/status");
        row("list_accumulators", "GET", "/v1/health/accumulators", {}, 200,
            "/v1/health/accumulators");
        row("inject_accumulator", "POST", "/v1/health/accumulators/orderbook/inject",
            R"({"event":{"bid":1}})", 200, "/v1/health/accumulators/{name}/inject");
        row("get_accumulator_interface", "GET", "/v1/health/accumulators/orderbook/interface", {},
            200, "/v1/health/accumulators/{name}/interface");
        row("list_graphs", "GET", "/v1/health/graphs", {}, 200, "/v1/health/graphs");
        row("get_graph", "GET", "/v1/health/graphs/market_maker", {}, 200,
            "/v1/health/graphs/{name}");
        row("list_reactors", "GET", "/v1/health/reactors", {}, 200, "/v1/health/reactors");
        row("fire_reactor", "POST", "/v1/health/reactors/market_maker_reactor/fire",
            R"({"mode":"fire_with","inputs":{"orderbook":{"bid":2}}})", 200,
            "/v1/health/reactors/{name}/fire");
        row("list_reactor_fires", "GET", "/v1/health/reactors/market_maker_reactor/fires", {}, 200,
            "/v1/health/reactors/{name}/fires");
        row("reactor_fire_timeseries", "GET",
            "/v1/health/reactors/market_maker_reactor/fires/timeseries", {}, 200,
            "/v1/health/reactors/{name}/fires/timeseries");
        row("get_reactor_interface", "GET", "/v1/health/reactors/market_maker_reactor/interface",
            {}, 200, "/v1/health/reactors/{name}/interface");
        row("list_tenants", "GET", "/v1/tenants", {}, 200, "/v1/tenants");
        row("create_tenant", "POST", "/v1/tenants", R"({"name":"sweep_tenant","description":"d"})",
            201, "/v1/tenants");
        row("remove_tenant", "DELETE", "/v1/tenants/sweep_tenant", {}, 200,
            "/v1/tenants/{schema_name}");
        row("list_accounts", "GET", t + "/accounts", {}, 200, "/v1/tenants/{tenant_id}/accounts");
        row("create_account", "POST", t + "/accounts",
            R"({"username":"bob","password":"x","role":"read"})", 201,
            "/v1/tenants/{tenant_id}/accounts");
        row("disable_account", "DELETE", t + "/accounts/{acct2}", {}, 200,
            "/v1/tenants/{tenant_id}/accounts/{account_id}");
        row("reset_password", "POST", t + "/accounts/{acct}/password", R"({"password":"pw2"})", 200,
            "/v1/tenants/{tenant_id}/accounts/{account_id}/password");
        row("list_executions", "GET", p + "/executions?limit=5", {}, 200,
            "/v1/tenants/{tenant_id}/executions");
        row("get_execution", "GET", p + "/executions/{exec}", {}, 200,
            "/v1/tenants/{tenant_id}/executions/{exec_id}");
        row("get_execution_events", "GET", p + "/executions/{exec}/events", {}, 200,
            "/v1/tenants/{tenant_id}/executions/{exec_id}/events");
        row("get_execution_tasks", "GET", p + "/executions/{exec}/tasks", {}, 200,
            "/v1/tenants/{tenant_id}/executions/{exec_id}/tasks");
        row("list_tenant_keys", "GET", t + "/keys", {}, 200, "/v1/tenants/{tenant_id}/keys");
        row("create_tenant_key", "POST", t + "/keys", R"({"name":"t2","role":"write"})", 201,
            "/v1/tenants/{tenant_id}/keys");
        row("revoke_tenant_key", "DELETE", t + "/keys/{tkey}", {}, 200,
            "/v1/tenants/{tenant_id}/keys/{key_id}");
        row("list_secrets", "GET", t + "/secrets", {}, 200, "/v1/tenants/{tenant_id}/secrets");
        row("create_secret", "POST", t + "/secrets",
            R"({"name":"db","fields":{"password":"s3cr3t"}})", 201,
            "/v1/tenants/{tenant_id}/secrets");
        row("get_secret", "GET", t + "/secrets/db", {}, 200,
            "/v1/tenants/{tenant_id}/secrets/{name}");
        row("rotate_secret", "PUT", t + "/secrets/db", R"({"fields":{"password":"n","user":"u"}})",
            200, "/v1/tenants/{tenant_id}/secrets/{name}");
        row("delete_secret", "DELETE", t + "/secrets/db", {}, 200,
            "/v1/tenants/{tenant_id}/secrets/{name}");
        row("list_triggers", "GET", p + "/triggers", {}, 200, "/v1/tenants/{tenant_id}/triggers");
        row("get_trigger", "GET", p + "/triggers/s3_file_arrived", {}, 200,
            "/v1/tenants/{tenant_id}/triggers/{name}");
        row("fire_trigger", "POST", p + "/triggers/s3_file_arrived/fire", "{}", 200,
            "/v1/tenants/{tenant_id}/triggers/{name}/fire");
        row("get_trigger_interface", "GET", p + "/triggers/s3_file_arrived/interface", {}, 200,
            "/v1/tenants/{tenant_id}/triggers/{name}/interface");
        row("pause_trigger", "POST", p + "/triggers/s3_file_arrived/pause", {}, 200,
            "/v1/tenants/{tenant_id}/triggers/{name}/pause");
        row("resume_trigger", "POST", p + "/triggers/s3_file_arrived/resume", {}, 200,
            "/v1/tenants/{tenant_id}/triggers/{name}/resume");
        row("list_workflows", "GET", p + "/workflows", {}, 200,
            "/v1/tenants/{tenant_id}/workflows");
        row("upload_workflow", "POST", t + "/workflows", "multipart", 201,
            "/v1/tenants/{tenant_id}/workflows");
        row("get_workflow", "GET", p + "/workflows/acme-etl", {}, 200,
            "/v1/tenants/{tenant_id}/workflows/{name}");
        row("execute_workflow", "POST", p + "/workflows/etl_daily/execute",
            R"({"context":{"k":"v"}})", 202, "/v1/tenants/{tenant_id}/workflows/{name}/execute");
        row("list_instances", "GET", p + "/workflows/etl_daily/instances", {}, 200,
            "/v1/tenants/{tenant_id}/workflows/{name}/instances");
        row("create_instance", "POST", p + "/workflows/etl_daily/instances",
            R"({"instance_name":"nightly","cron":"0 3 * * *","params":{"region":"eu"}})", 200,
            "/v1/tenants/{tenant_id}/workflows/{name}/instances");
        row("get_instance", "GET", p + "/workflows/etl_daily/instances/nightly", {}, 200,
            "/v1/tenants/{tenant_id}/workflows/{name}/instances/{instance}");
        row("delete_instance", "DELETE", p + "/workflows/etl_daily/instances/nightly", {}, 200,
            "/v1/tenants/{tenant_id}/workflows/{name}/instances/{instance}");
        row("pause_workflow", "POST", p + "/workflows/ml_training/pause", {}, 200,
            "/v1/tenants/{tenant_id}/workflows/{name}/pause");
        row("resume_workflow", "POST", p + "/workflows/ml_training/resume", {}, 200,
            "/v1/tenants/{tenant_id}/workflows/{name}/resume");
        row("get_workflow_source", "GET", p + "/workflows/acme-etl/source", {}, 200,
            "/v1/tenants/{tenant_id}/workflows/{name}/source");
        row("delete_workflow", "DELETE", t + "/workflows/uploaded_pkg/1.0.0", {}, 200,
            "/v1/tenants/{tenant_id}/workflows/{name}/{version}");
    }

    void operation()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, as);
        QFETCH(int, status);
        QFETCH(QString, contractPath);
        for (auto it = m_vars.cbegin(); it != m_vars.cend(); ++it)
            path.replace(it.key(), it.value());
        const QString key = as == QLatin1String("none") ? Http::noKey()
            : as == QLatin1String("admin")              ? m_sim->adminKey()
                                                        : m_loginKeys.value(as);
        QByteArray contentType = "application/json";
        if (body == "multipart") {
            contentType = "multipart/form-data; boundary=XyZ";
            body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; "
                   "filename=\"p.cloacina\"\r\n"
                   "Content-Type: application/octet-stream\r\n\r\n"
                + packageArchive() + "\r\n--XyZ--\r\n";
        } else if (method != "GET" && method != "DELETE" && body.isNull()) {
            body = "";
        }
        const Reply r = m_http->request(method, path, body, contentType, key);
        QVERIFY2(r.status == status,
            qPrintable(QStringLiteral("%1 %2 → %3 %4")
                           .arg(QString::fromLatin1(method), path)
                           .arg(r.status)
                           .arg(QString::fromUtf8(r.body))));
        QVERIFY(!r.header("x-request-id").isEmpty());

        if (m_contract.isEmpty())
            return; // no contract at hand: the status check is all we can do
        const QJsonObject op = m_contract.value(QStringLiteral("paths"))
                                   .toObject()
                                   .value(contractPath)
                                   .toObject()
                                   .value(QString::fromLatin1(method).toLower())
                                   .toObject();
        QVERIFY2(!op.isEmpty(), "operation missing from the contract");
        QCOMPARE(op.value(QStringLiteral("operationId")).toString(),
            QString::fromLatin1(QTest::currentDataTag()));
        const QJsonObject response = op.value(QStringLiteral("responses"))
                                         .toObject()
                                         .value(QString::number(status))
                                         .toObject();
        QVERIFY2(!response.isEmpty(), "status not documented");
        const QJsonObject schema = response.value(QStringLiteral("content"))
                                       .toObject()
                                       .value(QStringLiteral("application/json"))
                                       .toObject()
                                       .value(QStringLiteral("schema"))
                                       .toObject();
        if (!schema.isEmpty()) {
            const QString error = checkSchema(m_contract.value(QStringLiteral("components"))
                                                  .toObject()
                                                  .value(QStringLiteral("schemas"))
                                                  .toObject(),
                QJsonDocument::fromJson(r.body).object(), schema, QStringLiteral("body"));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        if (op.contains(QStringLiteral("security"))) {
            // Every authenticated operation refuses a request without a key.
            const Reply anonymous = m_http->request(method, path, body, contentType, Http::noKey());
            QCOMPARE(anonymous.status, 401);
            QCOMPARE(anonymous.code(), QStringLiteral("unauthorized"));
        }
    }

    void everyContractOperationHasARow()
    {
        if (m_contract.isEmpty())
            QSKIP("CLOACINA_CONTRACT_DIR/openapi.json not readable");
        // Runs after operation(), whose _data() recorded the row tags.
        const QStringList expected = [this] {
            QStringList ids;
            const QJsonObject paths = m_contract.value(QStringLiteral("paths")).toObject();
            for (const auto& p : paths) {
                for (const auto& op : p.toObject())
                    ids << op.toObject().value(QStringLiteral("operationId")).toString();
            }
            return ids;
        }();
        for (const auto& id : expected)
            QVERIFY2(m_rowTags.contains(id), qPrintable(id));
        QCOMPARE(expected.size(), 59);
    }

private:
    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<Http> m_http;
    QHash<QString, QString> m_vars;
    QHash<QString, QString> m_loginKeys;
    QJsonObject m_contract;
    QStringList m_rowTags;
};

QTEST_GUILESS_MAIN(TstSimRoutes)
#include "tst_sim_routes.moc"

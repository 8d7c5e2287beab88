// Contract suite: every one of the 59 operations at least once, with what the server promises.
//
// Runs against an in-process simulator by default. With CLOACINA_SERVER_URL and CLOACINA_API_KEY
// set (an admin/bootstrap key) it runs against that live server instead: it then creates its own
// tenant and resources, cleans them up, and skips destructive and simulator-only checks. Covers
// what the upstream Python SDK's live suite (clients/python/tests/test_contract.py) checks.
#include <cloacina/cloacinaclient.h>
#include <cloacina/contract.h>
#include <cloacina/pager.h>
#include <cloacina/whenready.h>

#include <cloacinasim/simulator.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <functional>
#include "awaitresult.h"
#include "cloacinapackage.h"

using namespace Cloacina;

namespace {

const QString randomUuid = QStringLiteral("00000000-0000-4000-8000-000000000000");

using CloacinaTest::await;

template <typename T>
QString describe(const Result<T>& r)
{
    return r.ok() ? QStringLiteral("ok") : r.error().toString();
}

} // namespace

#define EXPECT_OK(r) QVERIFY2((r).ok(), qPrintable(describe(r)))
#define EXPECT_ERROR(r, status)                                                                    \
    do {                                                                                           \
        QVERIFY2(!(r).ok(), "expected an error, got success");                                    \
        QCOMPARE((r).error().httpStatus, status);                                                  \
        QVERIFY2(!(r).error().requestId.isEmpty(), "x-request-id missing on an error");           \
    } while (false)
#define EXPECT_API(r, status, apiCode)                                                             \
    do {                                                                                           \
        EXPECT_ERROR(r, status);                                                                   \
        QCOMPARE((r).error().kind, Error::Kind::Api);                                              \
        QCOMPARE((r).error().code, QStringLiteral(apiCode));                                       \
    } while (false)

class TstContract : public QObject {
    Q_OBJECT

    std::unique_ptr<CloacinaSim::Simulator> sim;
    std::unique_ptr<CloacinaClient> client;
    bool live = false;
    QString stamp;
    QString ownTenant; //!< created by the suite (both modes)
    QString workTenant; //!< where workflow-backed operations run (sim: seeded "public")
    QSet<QString> covered;
    QMap<QString, std::function<void()>> checks;

    void touch(const char* operationId) { covered.insert(QString::fromLatin1(operationId)); }
    CloacinaClient& c() { return *client; }

    void add(const char* operationId, std::function<void()> check)
    {
        checks.insert(QString::fromLatin1(operationId), std::move(check));
    }

    //! A lifecycle that exercises several operations: it runs once, under the first of its rows;
    //! the other rows report its outcome.
    std::function<void()> once(std::function<void()> lifecycle)
    {
        auto outcome = std::make_shared<std::optional<bool>>();
        return [lifecycle = std::move(lifecycle), outcome] {
            if (outcome->has_value()) {
                QVERIFY2(**outcome, "the shared lifecycle failed under an earlier row");
                return;
            }
            *outcome = false;
            lifecycle();
            if (!QTest::currentTestFailed())
                *outcome = true;
        };
    }

    void defineChecks();

private Q_SLOTS:
    void initTestCase()
    {
        const QString url = qEnvironmentVariable("CLOACINA_SERVER_URL");
        const QString key = qEnvironmentVariable("CLOACINA_API_KEY");
        live = !url.isEmpty() && !key.isEmpty();
        stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        if (live) {
            client = std::make_unique<CloacinaClient>(QUrl(url));
            client->setApiKey(key);
            qInfo("contract suite against the live server %s", qPrintable(url));
        } else {
            sim = std::make_unique<CloacinaSim::Simulator>();
            QString why;
            QVERIFY2(sim->start(&why), qPrintable(why));
            client = std::make_unique<CloacinaClient>(sim->url());
            client->setApiKey(sim->adminKey());
        }
        ownTenant = QStringLiteral("sdk_qt_contract_%1").arg(stamp);
        CreateTenantRequest tenant;
        tenant.name = ownTenant;
        tenant.description = Nullable<QString>(QStringLiteral("qt sdk contract"));
        const auto created = await(c().createTenant(tenant));
        EXPECT_OK(created);
        QCOMPARE(created.value().name, ownTenant);
        touch("create_tenant");
        workTenant = live ? ownTenant : QStringLiteral("public");
        client->setTenant(ownTenant);
        defineChecks();
    }

    void cleanupTestCase()
    {
        if (client && !ownTenant.isEmpty())
            (void)await(c().removeTenant(ownTenant)); // best effort; remove_tenant's row checks it
    }

    void operation_data()
    {
        QTest::addColumn<QString>("operationId");
        for (const OperationInfo& op : operations())
            QTest::newRow(op.operationId) << QString::fromLatin1(op.operationId);
    }

    void operation()
    {
        QFETCH(QString, operationId);
        const auto check = checks.value(operationId);
        QVERIFY2(check, qPrintable(QStringLiteral("no contract check for %1").arg(operationId)));
        check();
        QVERIFY2(covered.contains(operationId), qPrintable(QStringLiteral("%1 was not called").arg(operationId)));
    }

    void contractTableHas59Operations()
    {
        QCOMPARE(operations().size(), 59);
        QCOMPARE(QString::fromLatin1(contractVersion), QStringLiteral("0.10.0"));
    }

    void everyOperationCovered()
    {
        QStringList missing;
        for (const OperationInfo& op : operations()) {
            if (!covered.contains(QString::fromLatin1(op.operationId)))
                missing.append(QString::fromLatin1(op.operationId));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void unauthenticatedIs401()
    {
        CloacinaClient anonymous(client->baseUrl());
        const auto r = await(anonymous.listExecutions({}, workTenant));
        EXPECT_ERROR(r, 401);
        QCOMPARE(r.error().kind, Error::Kind::Api);
        QVERIFY(!r.error().code.isEmpty());
        QCOMPARE(anonymous.connectionState(), CloacinaClient::ConnectionState::Unauthorized);
        anonymous.setApiKey(QStringLiteral("not-a-real-key"));
        EXPECT_ERROR(await(anonymous.whoami()), 401);
        // The unauthenticated operations still work.
        EXPECT_OK(await(anonymous.health()));
    }

    void openApiServed()
    {
        const auto doc = await(c().rawRequest("GET", QStringLiteral("/openapi.json")));
        EXPECT_OK(doc);
        QVERIFY(doc.value().toObject().value(QLatin1String("openapi")).toString().startsWith(QLatin1String("3.1")));
        const auto version = await(c().checkServerVersion());
        EXPECT_OK(version);
        QVERIFY(!c().serverVersion().isEmpty());
    }

    void executionIteration()
    {
        if (sim)
            sim->createExecutions(7, QStringLiteral("Completed"), {}, workTenant);
        ListExecutionsQuery q;
        q.status = QStringLiteral("Completed");
        q.limit = 5;
        const auto page = await(c().listExecutions(q, workTenant));
        EXPECT_OK(page);
        QCOMPARE(page.value().tenantId, workTenant);
        QCOMPARE(page.value().total, qint64(page.value().items.size()));
        ExecutionPager pager(client.get(), {}, workTenant);
        pager.setPageSize(2);
        pager.setMaxRows(live ? 10 : 0);
        QList<QString> ids;
        std::optional<Result<void>> done;
        connect(&pager, &ExecutionPager::rowsReady, this, [&ids](const QList<ExecutionSummary>& rows) {
            for (const auto& r : rows)
                ids.append(r.id);
        });
        connect(&pager, &PagerBase::finished, this, [&done](const Result<void>& r) { done = r; });
        pager.start();
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 20000);
        QVERIFY(done->ok());
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        if (sim)
            QVERIFY(ids.size() >= 7);
    }
};

void TstContract::defineChecks()
{
    // ---- operational ----
    add("health", [this] {
        touch("health");
        const auto r = await(c().health());
        EXPECT_OK(r);
        QCOMPARE(r.value().toObject().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    });
    add("ready", [this] {
        touch("ready");
        const auto r = await(c().ready());
        if (r.ok()) {
            QVERIFY(r.value().toObject().contains(QLatin1String("status")));
        } else {
            QCOMPARE(r.error().httpStatus, 503);
            QVERIFY(QJsonDocument::fromJson(r.error().bodySample).object().contains(QLatin1String("status")));
        }
    });
    add("list_agents", [this] {
        touch("list_agents");
        const auto r = await(c().listAgents());
        EXPECT_OK(r);
        QCOMPARE(r.value().total, qint64(r.value().items.size()));
    });
    add("compiler_status", [this] {
        touch("compiler_status");
        const auto r = await(c().compilerStatus());
        EXPECT_OK(r);
        QVERIFY(!r.value().status.isEmpty());
    });

    // ---- keys ----
    auto keyLifecycle = once([this] {
        touch("create_key");
        touch("list_keys");
        touch("revoke_key");
        CreateKeyRequest request;
        request.name = QStringLiteral("qt-contract-%1").arg(stamp);
        request.role = KeyRole::Read;
        const auto created = await(c().createKey(request));
        EXPECT_OK(created);
        QVERIFY2(!created.value().key.isEmpty(), "plaintext returned exactly once");
        QCOMPARE(created.value().permissions, QStringLiteral("read"));
        const auto listed = await(c().listKeys());
        EXPECT_OK(listed);
        QVERIFY(listed.value().total > 0);
        bool found = false;
        for (const KeyInfo& k : listed.value().items) {
            if (k.id == created.value().id) {
                found = true;
                QVERIFY2(!k.unknownFields.contains(QLatin1String("key")), "list never exposes plaintext");
                QVERIFY(!QJsonDocument(k.toJson()).toJson().contains(created.value().key.toUtf8()));
            }
        }
        QVERIFY(found);
        const auto revoked = await(c().revokeKey(created.value().id));
        EXPECT_OK(revoked);
        QCOMPARE(revoked.value().status, QStringLiteral("revoked"));
        // The revoked key no longer authenticates.
        CloacinaClient other(c().baseUrl());
        other.setApiKey(created.value().key);
        EXPECT_ERROR(await(other.whoami()), 401);
    });
    add("create_key", keyLifecycle);
    add("list_keys", keyLifecycle);
    add("revoke_key", keyLifecycle);

    auto tenantKeys = once([this] {
        touch("create_tenant_key");
        touch("list_tenant_keys");
        touch("revoke_tenant_key");
        CreateKeyRequest request;
        request.name = QStringLiteral("qt-contract-t-%1").arg(stamp);
        request.role = KeyRole::Write;
        const auto created = await(c().createTenantKey(request, ownTenant));
        EXPECT_OK(created);
        QVERIFY(created.value().tenantId && !created.value().tenantId->isNull());
        QCOMPARE(created.value().tenantId->value(), ownTenant);
        const auto listed = await(c().listTenantKeys(ownTenant));
        EXPECT_OK(listed);
        QVERIFY(std::any_of(listed.value().items.begin(), listed.value().items.end(),
            [&](const KeyInfo& k) { return k.id == created.value().id; }));
        const auto revoked = await(c().revokeTenantKey(created.value().id, ownTenant));
        EXPECT_OK(revoked);
        QCOMPARE(revoked.value().status, QStringLiteral("revoked"));
    });
    add("create_tenant_key", tenantKeys);
    add("list_tenant_keys", tenantKeys);
    add("revoke_tenant_key", tenantKeys);

    add("create_ws_ticket", [this] {
        touch("create_ws_ticket");
        const auto r = await(c().createWsTicket());
        EXPECT_OK(r);
        QVERIFY(!r.value().ticket.isEmpty());
        QVERIFY(r.value().expiresInSeconds > 0);
    });
    add("whoami", [this] {
        touch("whoami");
        const auto r = await(c().whoami());
        EXPECT_OK(r);
        QVERIFY(!r.value().role.isEmpty());
        QVERIFY(r.value().isAdmin);
    });

    // ---- accounts and sessions ----
    auto accounts = once([this] {
        for (const char* op : { "create_account", "list_accounts", "reset_password", "disable_account",
                 "local_login", "refresh", "logout" })
            touch(op);
        CreateAccountRequest request;
        request.username = QStringLiteral("qt-contract-%1").arg(stamp);
        request.password = QStringLiteral("first password 123");
        request.role = QStringLiteral("write");
        const auto created = await(c().createAccount(request, ownTenant));
        EXPECT_OK(created);
        QCOMPARE(created.value().username, request.username);
        const auto listed = await(c().listAccounts(ownTenant));
        EXPECT_OK(listed);
        QVERIFY(std::any_of(listed.value().items.begin(), listed.value().items.end(),
            [&](const AccountInfo& a) { return a.id == created.value().id; }));
        ResetPasswordRequest reset;
        reset.password = QStringLiteral("second password 456");
        EXPECT_OK(await(c().resetPassword(created.value().id, reset, ownTenant)));

        CloacinaClient user(c().baseUrl());
        const auto wrong = await(user.login(request.username, request.password, ownTenant));
        EXPECT_ERROR(wrong, 401);
        const auto login = await(user.login(request.username, reset.password, ownTenant));
        EXPECT_OK(login);
        QVERIFY(user.hasApiKey());
        const auto refreshed = await(user.refreshSession());
        EXPECT_OK(refreshed);
        QVERIFY(refreshed.value().key != login.value().key);
        const auto out = await(user.logout());
        EXPECT_OK(out);
        QVERIFY(!user.hasApiKey());

        const auto disabled = await(c().disableAccount(created.value().id, ownTenant));
        EXPECT_OK(disabled);
        EXPECT_ERROR(await(user.login(request.username, reset.password, ownTenant)), 401);
    });
    for (const char* op : { "create_account", "list_accounts", "reset_password", "disable_account",
             "local_login", "refresh", "logout" })
        add(op, accounts);

    // ---- tenants ----
    add("list_tenants", [this] {
        touch("list_tenants");
        const auto r = await(c().listTenants());
        EXPECT_OK(r);
        QVERIFY(std::any_of(r.value().items.begin(), r.value().items.end(),
            [&](const TenantSummary& t) { return t.name == ownTenant; }));
    });
    add("create_tenant", [this] { touch("create_tenant"); /* done in initTestCase */ });
    add("remove_tenant", [this] {
        touch("remove_tenant");
        CreateTenantRequest request;
        request.name = QStringLiteral("sdk_qt_contract_rm_%1").arg(stamp);
        EXPECT_OK(await(c().createTenant(request)));
        const auto removed = await(c().removeTenant(request.name));
        EXPECT_OK(removed);
        QCOMPARE(removed.value().schemaName, request.name);
    });

    // ---- secrets (metadata only) ----
    auto secrets = once([this] {
        for (const char* op : { "create_secret", "list_secrets", "get_secret", "rotate_secret", "delete_secret" })
            touch(op);
        const QString name = QStringLiteral("qt-contract-secret-%1").arg(stamp);
        CreateSecretRequest request;
        request.name = name;
        request.fields.insert(QStringLiteral("token"), QStringLiteral("s3cr3t-value"));
        const auto created = await(c().createSecret(request, ownTenant));
        if (!created.ok() && created.error().httpStatus == 503) {
            QCOMPARE(created.error().code, QStringLiteral("secrets_not_configured"));
            EXPECT_ERROR(await(c().listSecrets(ownTenant)), 503);
            EXPECT_ERROR(await(c().getSecret(name, ownTenant)), 503);
            EXPECT_ERROR(await(c().rotateSecret(name, {}, ownTenant)), 503);
            EXPECT_ERROR(await(c().deleteSecret(name, ownTenant)), 503);
            QSKIP("secrets are not configured on this server");
        }
        EXPECT_OK(created);
        QCOMPARE(created.value().name, name);
        QCOMPARE(created.value().fieldNames, QList<QString> { QStringLiteral("token") });
        QVERIFY2(!QJsonDocument(created.value().toJson()).toJson().contains("s3cr3t-value"), "metadata only");
        const auto listed = await(c().listSecrets(ownTenant));
        EXPECT_OK(listed);
        QVERIFY(std::any_of(listed.value().items.begin(), listed.value().items.end(),
            [&](const SecretMetadataResponse& s) { return s.name == name; }));
        const auto fetched = await(c().getSecret(name, ownTenant));
        EXPECT_OK(fetched);
        QCOMPARE(fetched.value().id, created.value().id);
        QVERIFY(!QJsonDocument(fetched.value().toJson()).toJson().contains("s3cr3t-value"));
        RotateSecretRequest rotate;
        rotate.fields.insert(QStringLiteral("token"), QStringLiteral("rotated"));
        rotate.fields.insert(QStringLiteral("extra"), QStringLiteral("field"));
        const auto rotated = await(c().rotateSecret(name, rotate, ownTenant));
        EXPECT_OK(rotated);
        QCOMPARE(rotated.value().fieldNames.size(), 2);
        EXPECT_ERROR(await(c().getSecret(QStringLiteral("does-not-exist"), ownTenant)), 404);
        const auto deleted = await(c().deleteSecret(name, ownTenant));
        EXPECT_OK(deleted);
        QCOMPARE(deleted.value().status, QStringLiteral("deleted"));
        QCOMPARE(deleted.value().name, name);
    });
    for (const char* op : { "create_secret", "list_secrets", "get_secret", "rotate_secret", "delete_secret" })
        add(op, secrets);

    // ---- workflows ----
    add("upload_workflow", [this] {
        touch("upload_workflow");
        // Anything but a bzip2 source archive: the registry refuses it (upload_failed).
        EXPECT_API(await(c().uploadWorkflow(QByteArray("not a real package"), QStringLiteral("x.cloacina"), ownTenant)),
            400, "upload_failed");
        // A real fidius source package is registered at once; its build runs afterwards, so only
        // inspection by package id is guaranteed (any build state) and its source is readable.
        const QByteArray package = CloacinaTest::packPackage(
            CloacinaTest::rustPackage(QStringLiteral("qt-contract-%1").arg(stamp), QStringLiteral("0.1.0"),
                QStringLiteral("qt_contract_flow"), { QStringLiteral("only") }));
        QVERIFY(!package.isEmpty());
        const auto uploaded = await(c().uploadWorkflow(package, QStringLiteral("p.cloacina"), ownTenant));
        EXPECT_OK(uploaded);
        QCOMPARE(uploaded.value().tenantId, ownTenant);
        const auto inspected = await(c().getWorkflow(uploaded.value().packageId, ownTenant));
        EXPECT_OK(inspected);
        QCOMPARE(inspected.value().id, uploaded.value().packageId);
        QVERIFY2(QStringList({ "pending", "building", "success", "failed" }).contains(inspected.value().buildStatus),
            qPrintable(inspected.value().buildStatus));
        const auto source = await(c().getWorkflowSource(uploaded.value().packageId, ownTenant));
        EXPECT_OK(source);
        QVERIFY(std::any_of(source.value().files.begin(), source.value().files.end(),
            [](const WorkflowSourceFile& f) { return f.path == QLatin1String("package.toml"); }));
    });
    add("list_workflows", [this] {
        touch("list_workflows");
        const auto r = await(c().listWorkflows(ownTenant));
        EXPECT_OK(r);
        QCOMPARE(r.value().tenantId, ownTenant);
        QCOMPARE(r.value().total, qint64(r.value().items.size()));
    });
    add("get_workflow", [this] {
        touch("get_workflow");
        EXPECT_API(await(c().getWorkflow(QStringLiteral("does-not-exist"), ownTenant)), 404, "workflow_not_found");
        if (!live) {
            // Looked up by package name; the seeded package acme-etl holds workflow etl_daily.
            const auto r = await(c().getWorkflow(QStringLiteral("acme-etl"), workTenant));
            EXPECT_OK(r);
            QCOMPARE(r.value().workflowName, QStringLiteral("etl_daily"));
            QCOMPARE(r.value().tenantId, workTenant);
            EXPECT_API(await(c().getWorkflow(QStringLiteral("etl_daily"), workTenant)), 404, "workflow_not_found");
        }
    });
    add("get_workflow_source", [this] {
        touch("get_workflow_source");
        const auto missing = await(c().getWorkflowSource(QStringLiteral("does-not-exist"), ownTenant));
        EXPECT_ERROR(missing, 404);
        if (!live) {
            const auto r = await(c().getWorkflowSource(QStringLiteral("acme-etl"), workTenant));
            EXPECT_OK(r);
            QVERIFY(!r.value().files.isEmpty());
        }
    });
    add("delete_workflow", [this] {
        touch("delete_workflow");
        // Documented decision: unregistering is idempotent.
        const auto r = await(c().deleteWorkflow(QStringLiteral("does-not-exist"), QStringLiteral("0.0.0"), ownTenant));
        EXPECT_OK(r);
        QCOMPARE(r.value().status, QStringLiteral("deleted"));
        EXPECT_OK(await(c().deleteWorkflow(QStringLiteral("does-not-exist"), QStringLiteral("0.0.0"), ownTenant)));
    });
    auto pauseResume = once([this] {
        touch("pause_workflow");
        touch("resume_workflow");
        if (live) {
            EXPECT_ERROR(await(c().pauseWorkflow(QStringLiteral("does-not-exist"), ownTenant)), 404);
            EXPECT_ERROR(await(c().resumeWorkflow(QStringLiteral("does-not-exist"), ownTenant)), 404);
            return;
        }
        const auto paused = await(c().pauseWorkflow(QStringLiteral("ml_training"), workTenant));
        EXPECT_OK(paused);
        QVERIFY(paused.value().paused);
        // Executing a paused workflow: 409 workflow_paused (absent from the OpenAPI document).
        EXPECT_API(await(c().executeWorkflow(QStringLiteral("ml_training"), {}, workTenant)), 409, "workflow_paused");
        const auto resumed = await(c().resumeWorkflow(QStringLiteral("ml_training"), workTenant));
        EXPECT_OK(resumed);
        QVERIFY(!resumed.value().paused);
    });
    add("pause_workflow", pauseResume);
    add("resume_workflow", pauseResume);

    // ---- executions ----
    add("execute_workflow", [this] {
        touch("execute_workflow");
        ExecuteRequest request;
        request.context = QJsonObject { { QStringLiteral("k"), QStringLiteral("v") } };
        EXPECT_API(await(c().executeWorkflow(QStringLiteral("does-not-exist"), request, ownTenant)), 404, "workflow_not_found");
        if (!live) {
            const auto r = await(c().executeWorkflow(QStringLiteral("etl_daily"), request, workTenant));
            EXPECT_OK(r);
            QCOMPARE(r.value().tenantId, workTenant);
            QVERIFY(!r.value().executionId.isEmpty());
        }
    });
    add("list_executions", [this] {
        touch("list_executions");
        const auto r = await(c().listExecutions({}, ownTenant));
        EXPECT_OK(r);
        QCOMPARE(r.value().tenantId, ownTenant);
        QCOMPARE(r.value().total, qint64(r.value().items.size()));
        ListExecutionsQuery tooMany;
        tooMany.limit = 5000;
        EXPECT_API(await(c().listExecutions(tooMany, ownTenant)), 400, "invalid_pagination");
        ListExecutionsQuery negative;
        negative.offset = -1;
        EXPECT_API(await(c().listExecutions(negative, ownTenant)), 400, "invalid_pagination");
    });
    add("get_execution", [this] {
        touch("get_execution");
        EXPECT_ERROR(await(c().getExecution(QStringLiteral("not-a-uuid"), ownTenant)), 400);
        EXPECT_API(await(c().getExecution(randomUuid, ownTenant)), 404, "execution_not_found");
        if (sim) {
            const QString id = sim->createExecutions(1, QStringLiteral("Failed"), {}, workTenant).value(0);
            const auto r = await(c().getExecution(id, workTenant));
            EXPECT_OK(r);
            QCOMPARE(r.value().executionId, id);
            QCOMPARE(r.value().status, QStringLiteral("Failed"));
            QCOMPARE(r.value().tenantId, workTenant);
        }
    });
    add("get_execution_events", [this] {
        touch("get_execution_events");
        // An unknown UUID is an empty envelope, not 404.
        const auto r = await(c().getExecutionEvents(randomUuid, ownTenant));
        EXPECT_OK(r);
        QCOMPARE(r.value().executionId, randomUuid);
        QVERIFY(r.value().events.isEmpty());
        EXPECT_ERROR(await(c().getExecutionEvents(QStringLiteral("not-a-uuid"), ownTenant)), 400);
        if (sim) {
            const QString id = sim->createExecutions(1, QStringLiteral("Completed"), {}, workTenant).value(0);
            const auto full = await(c().getExecutionEvents(id, workTenant));
            EXPECT_OK(full);
            QVERIFY(!full.value().events.isEmpty());
        }
    });
    add("get_execution_tasks", [this] {
        touch("get_execution_tasks");
        const auto r = await(c().getExecutionTasks(randomUuid, ownTenant));
        EXPECT_OK(r);
        QCOMPARE(r.value().executionId, randomUuid);
        QVERIFY(r.value().tasks.isEmpty());
        EXPECT_ERROR(await(c().getExecutionTasks(QStringLiteral("not-a-uuid"), ownTenant)), 400);
    });

    // ---- instances ----
    auto instances = once([this] {
        for (const char* op : { "create_instance", "list_instances", "get_instance", "delete_instance" })
            touch(op);
        // create_instance does not require the workflow to exist (the declared-param check
        // fails open), so the live branch binds an instance to a name no package declares.
        const QString workflow = live ? QStringLiteral("does-not-exist") : QStringLiteral("report_builder");
        CreateInstanceRequest request;
        request.instanceName = QStringLiteral("qt-contract-%1").arg(stamp);
        if (!live) {
            // report_builder declares `region` as a string.
            request.params = QJsonObject { { QStringLiteral("region"), 5 } };
            EXPECT_API(await(c().createInstance(workflow, request, workTenant)), 400, "instance_params_invalid");
        }
        request.params = QJsonObject { { QStringLiteral("region"), QStringLiteral("emea") } };
        const auto created = await(c().createInstance(workflow, request, workTenant));
        EXPECT_OK(created);
        QCOMPARE(created.value().instanceName, request.instanceName);
        QCOMPARE(created.value().workflowName, workflow);
        EXPECT_API(await(c().createInstance(workflow, request, workTenant)), 409, "instance_exists");
        const auto listed = await(c().listInstances(workflow, {}, workTenant));
        EXPECT_OK(listed);
        QCOMPARE(listed.value().tenantId, workTenant);
        QVERIFY(std::any_of(listed.value().items.begin(), listed.value().items.end(),
            [&](const WorkflowInstanceSummary& i) { return i.instanceName == request.instanceName; }));
        ListInstancesQuery bad;
        bad.limit = 5000;
        EXPECT_API(await(c().listInstances(workflow, bad, workTenant)), 400, "invalid_pagination");
        EXPECT_OK(await(c().getInstance(workflow, request.instanceName, workTenant)));
        const auto deleted = await(c().deleteInstance(workflow, request.instanceName, workTenant));
        EXPECT_OK(deleted);
        QVERIFY(deleted.value().deleted);
        EXPECT_API(await(c().getInstance(workflow, request.instanceName, workTenant)), 404, "instance_not_found");
    });
    for (const char* op : { "create_instance", "list_instances", "get_instance", "delete_instance" })
        add(op, instances);

    // ---- triggers ----
    auto firstTrigger = [this]() -> QString {
        const auto page = await(c().listTriggers({}, workTenant));
        if (!page.ok() || page.value().items.isEmpty())
            return {};
        // Prefer an event trigger (fire_trigger needs one); fall back to a cron schedule.
        for (const TriggerScheduleSummary& s : page.value().items) {
            if (s.triggerName && !s.triggerName->isNull())
                return s.triggerName->value();
        }
        return page.value().items.first().workflowName;
    };
    add("list_triggers", [this] {
        touch("list_triggers");
        ListTriggersQuery q;
        q.limit = 10;
        q.offset = 0;
        const auto r = await(c().listTriggers(q, ownTenant));
        EXPECT_OK(r);
        QCOMPARE(r.value().tenantId, ownTenant);
        ListTriggersQuery tooMany;
        tooMany.limit = 100000;
        EXPECT_API(await(c().listTriggers(tooMany, ownTenant)), 400, "invalid_pagination");
    });
    add("get_trigger", [this, firstTrigger] {
        touch("get_trigger");
        EXPECT_ERROR(await(c().getTrigger(QStringLiteral("does-not-exist"), ownTenant)), 404);
        const QString name = firstTrigger();
        if (!name.isEmpty())
            EXPECT_OK(await(c().getTrigger(name, workTenant)));
    });
    add("get_trigger_interface", [this, firstTrigger] {
        touch("get_trigger_interface");
        // Any name answers 200: the interface is the union of the declared params of the
        // trigger's subscribers, empty for a trigger nobody subscribes to.
        const auto unknown = await(c().getTriggerInterface(QStringLiteral("does-not-exist"), ownTenant));
        EXPECT_OK(unknown);
        QCOMPARE(unknown.value().kind, QStringLiteral("trigger"));
        QCOMPARE(unknown.value().name, QStringLiteral("does-not-exist"));
        QVERIFY(unknown.value().slots_.isEmpty());
        const QString name = firstTrigger();
        if (!name.isEmpty())
            EXPECT_OK(await(c().getTriggerInterface(name, workTenant)));
    });
    auto triggerPause = once([this, firstTrigger] {
        touch("pause_trigger");
        touch("resume_trigger");
        const QString name = firstTrigger();
        if (name.isEmpty() || live) {
            EXPECT_ERROR(await(c().pauseTrigger(QStringLiteral("does-not-exist"), ownTenant)), 404);
            EXPECT_ERROR(await(c().resumeTrigger(QStringLiteral("does-not-exist"), ownTenant)), 404);
            return;
        }
        const auto paused = await(c().pauseTrigger(name, workTenant));
        EXPECT_OK(paused);
        QVERIFY(paused.value().paused);
        const auto resumed = await(c().resumeTrigger(name, workTenant));
        EXPECT_OK(resumed);
        QVERIFY(!resumed.value().paused);
    });
    add("pause_trigger", triggerPause);
    add("resume_trigger", triggerPause);
    add("fire_trigger", [this, firstTrigger] {
        touch("fire_trigger");
        EXPECT_ERROR(await(c().fireTrigger(QStringLiteral("does-not-exist"), {}, ownTenant)), 404);
        const QString name = firstTrigger();
        if (!live && !name.isEmpty()) {
            const auto r = await(c().fireTrigger(name, {}, workTenant));
            EXPECT_OK(r);
            QCOMPARE(r.value().tenantId, workTenant);
        }
    });

    // ---- computation-graph health ----
    add("list_accumulators", [this] {
        touch("list_accumulators");
        const auto r = await(c().listAccumulators());
        EXPECT_OK(r);
        QCOMPARE(r.value().total, qint64(r.value().items.size()));
    });
    auto firstAccumulator = [this]() -> QString {
        const auto r = await(c().listAccumulators());
        return r.ok() && !r.value().items.isEmpty() ? r.value().items.first().name : QString();
    };
    add("get_accumulator_interface", [this, firstAccumulator] {
        touch("get_accumulator_interface");
        // Any name answers 200: the slots come from the packages' declared surfaces, none here.
        const auto unknown = await(c().getAccumulatorInterface(QStringLiteral("does-not-exist")));
        EXPECT_OK(unknown);
        QCOMPARE(unknown.value().kind, QStringLiteral("accumulator"));
        QVERIFY(unknown.value().slots_.isEmpty());
        const QString name = firstAccumulator();
        if (!name.isEmpty())
            EXPECT_OK(await(c().getAccumulatorInterface(name)));
    });
    add("inject_accumulator", [this, firstAccumulator] {
        touch("inject_accumulator");
        InjectAccumulatorRequest request;
        request.event = QJsonObject { { QStringLiteral("price"), 1.5 } };
        const auto missing = await(c().injectAccumulator(QStringLiteral("does-not-exist"), request));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().httpStatus == 404 || missing.error().httpStatus == 403);
        const QString name = firstAccumulator();
        if (!live && !name.isEmpty()) {
            const auto r = await(c().injectAccumulator(name, request));
            EXPECT_OK(r);
            QCOMPARE(r.value().accumulator, name);
        }
    });
    add("list_graphs", [this] {
        touch("list_graphs");
        const auto r = await(c().listGraphs());
        EXPECT_OK(r);
        QCOMPARE(r.value().total, qint64(r.value().items.size()));
    });
    add("get_graph", [this] {
        touch("get_graph");
        EXPECT_ERROR(await(c().getGraph(QStringLiteral("does-not-exist"))), 404);
        const auto graphs = await(c().listGraphs());
        if (graphs.ok() && !graphs.value().items.isEmpty()) {
            const auto r = await(c().getGraph(graphs.value().items.first().name));
            EXPECT_OK(r);
        }
    });
    auto firstReactor = [this]() -> QString {
        const auto r = await(c().listReactors());
        return r.ok() && !r.value().items.isEmpty() ? r.value().items.first().name : QString();
    };
    add("list_reactors", [this] {
        touch("list_reactors");
        const auto r = await(c().listReactors());
        EXPECT_OK(r);
        QCOMPARE(r.value().total, qint64(r.value().items.size()));
    });
    add("get_reactor_interface", [this, firstReactor] {
        touch("get_reactor_interface");
        // Any name answers 200: the slots come from the packages' declared surfaces, none here.
        const auto unknown = await(c().getReactorInterface(QStringLiteral("does-not-exist")));
        EXPECT_OK(unknown);
        QCOMPARE(unknown.value().kind, QStringLiteral("reactor"));
        QVERIFY(unknown.value().slots_.isEmpty());
        const QString name = firstReactor();
        if (!name.isEmpty())
            EXPECT_OK(await(c().getReactorInterface(name)));
    });
    add("fire_reactor", [this, firstReactor] {
        touch("fire_reactor");
        const auto missing = await(c().fireReactor(QStringLiteral("does-not-exist")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().httpStatus == 404 || missing.error().httpStatus == 403);
        const QString name = firstReactor();
        if (!live && !name.isEmpty()) {
            FireReactorRequest request;
            request.mode = FireMode::ForceFire;
            const auto r = await(c().fireReactor(name, request));
            EXPECT_OK(r);
            QCOMPARE(r.value().reactor, name);
        }
    });
    add("list_reactor_fires", [this, firstReactor] {
        touch("list_reactor_fires");
        EXPECT_ERROR(await(c().listReactorFires(QStringLiteral("does-not-exist"))), 404);
        const QString name = firstReactor();
        if (!name.isEmpty()) {
            const auto r = await(c().listReactorFires(name));
            EXPECT_OK(r);
            QCOMPARE(r.value().total, qint64(r.value().items.size()));
        }
    });
    add("reactor_fire_timeseries", [this, firstReactor] {
        touch("reactor_fire_timeseries");
        EXPECT_ERROR(await(c().reactorFireTimeseries(QStringLiteral("does-not-exist"))), 404);
        const QString name = firstReactor();
        if (!name.isEmpty())
            EXPECT_OK(await(c().reactorFireTimeseries(name)));
    });
}

QTEST_GUILESS_MAIN(TstContract)
#include "tst_contract.moc"

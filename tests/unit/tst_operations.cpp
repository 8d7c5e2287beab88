// Calls each of the 59 generated operations on a recording Dispatcher and checks the Request it
// builds (method, percent-encoded path with default and overridden tenant, query, body, content
// type, authentication, operation id) against the operation table and the contract file, then
// feeds back a sample 2xx body of the documented schema and checks that it decodes.

#include "contractsamples.h"

#include "dispatcher_p.h"

#include <cloacina/contract.h>
#include <cloacina/operations.h>
#include <cloacina/types.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QtTest>

#include <functional>

using namespace Cloacina;

namespace {

const QString defaultTenant = QStringLiteral("default tenant/ü");
const QString otherTenant = QStringLiteral("acme&co %2F?#");

//! Captures requests instead of sending them, and answers each with `reply`.
class Recorder : public Operations, public Dispatcher {
public:
    QList<Request> requests;
    QStringList tenantArguments;
    Response reply;

protected:
    Dispatcher& dispatcher() override { return *this; }

public:
    void dispatch(Request request, QFuture<void>, std::function<void(Result<Response>)> done) override
    {
        requests.append(std::move(request));
        done(reply);
    }
    QString resolveTenant(const QString& perCall) const override
    {
        const_cast<Recorder*>(this)->tenantArguments.append(perCall);
        return perCall.isEmpty() ? defaultTenant : perCall;
    }
};

//! The arguments of one call.
struct Call {
    QStringList pathArgs; //!< Path parameters other than tenant_id, in path order.
    QString tenant;
    QJsonObject body;
    QMap<QString, QString> query;
    QByteArray package;
    QString fileName;
    QString arg(int i) const { return pathArgs.value(i); }
};

QString bodyError;

template <typename T>
T body(const Call& c)
{
    if (c.body.isEmpty()) // no contract file: send a default-constructed body
        return T {};
    Result<T> decoded = T::fromJson(c.body);
    if (!decoded) {
        bodyError = decoded.error().toString();
        return T {};
    }
    return decoded.value();
}

template <typename T>
QString settle(QFuture<Result<T>> future)
{
    if (!future.isFinished() || future.resultCount() != 1)
        return QStringLiteral("the future did not settle exactly once");
    const Result<T> result = future.result();
    return result ? QString() : result.error().toString();
}

std::optional<qint64> integer(const Call& c, const char* name)
{
    return c.query.contains(QLatin1String(name)) ? std::optional<qint64>(c.query.value(QLatin1String(name)).toLongLong())
                                                 : std::nullopt;
}

std::optional<QString> text(const Call& c, const char* name)
{
    return c.query.contains(QLatin1String(name)) ? std::optional<QString>(c.query.value(QLatin1String(name)))
                                                 : std::nullopt;
}

ListExecutionsQuery listExecutionsQuery(const Call& c)
{
    return { text(c, "status"), text(c, "workflow"), integer(c, "limit"), integer(c, "offset") };
}

ListTriggersQuery listTriggersQuery(const Call& c)
{
    return { integer(c, "limit"), integer(c, "offset") };
}

ListInstancesQuery listInstancesQuery(const Call& c)
{
    return { integer(c, "limit"), integer(c, "offset") };
}

using Invoker = std::function<QString(Recorder&, const Call&)>;

#define OP(id, expr)                                                                                   \
    {                                                                                                  \
        QStringLiteral(id), [](Recorder& r, [[maybe_unused]] const Call& c) { return settle(r.expr); } \
    }

// One entry per operation, written against the public API (not generated).
const QMap<QString, Invoker> invokers = {
    OP("health", health()),
    OP("ready", ready()),
    OP("list_agents", listAgents()),
    OP("list_keys", listKeys()),
    OP("create_key", createKey(body<CreateKeyRequest>(c))),
    OP("revoke_key", revokeKey(c.arg(0))),
    OP("local_login", localLogin(body<LocalLoginRequest>(c))),
    OP("logout", logout()),
    OP("refresh", refresh()),
    OP("whoami", whoami()),
    OP("create_ws_ticket", createWsTicket()),
    OP("compiler_status", compilerStatus()),
    OP("list_accumulators", listAccumulators()),
    OP("inject_accumulator", injectAccumulator(c.arg(0), body<InjectAccumulatorRequest>(c))),
    OP("get_accumulator_interface", getAccumulatorInterface(c.arg(0))),
    OP("list_graphs", listGraphs()),
    OP("get_graph", getGraph(c.arg(0))),
    OP("list_reactors", listReactors()),
    OP("fire_reactor", fireReactor(c.arg(0), body<FireReactorRequest>(c))),
    OP("list_reactor_fires", listReactorFires(c.arg(0))),
    OP("reactor_fire_timeseries", reactorFireTimeseries(c.arg(0))),
    OP("get_reactor_interface", getReactorInterface(c.arg(0))),
    OP("list_tenants", listTenants()),
    OP("create_tenant", createTenant(body<CreateTenantRequest>(c))),
    OP("remove_tenant", removeTenant(c.arg(0))),
    OP("list_accounts", listAccounts(c.tenant)),
    OP("create_account", createAccount(body<CreateAccountRequest>(c), c.tenant)),
    OP("disable_account", disableAccount(c.arg(0), c.tenant)),
    OP("reset_password", resetPassword(c.arg(0), body<ResetPasswordRequest>(c), c.tenant)),
    OP("list_executions", listExecutions(listExecutionsQuery(c), c.tenant)),
    OP("get_execution", getExecution(c.arg(0), c.tenant)),
    OP("get_execution_events", getExecutionEvents(c.arg(0), c.tenant)),
    OP("get_execution_tasks", getExecutionTasks(c.arg(0), c.tenant)),
    OP("list_tenant_keys", listTenantKeys(c.tenant)),
    OP("create_tenant_key", createTenantKey(body<CreateKeyRequest>(c), c.tenant)),
    OP("revoke_tenant_key", revokeTenantKey(c.arg(0), c.tenant)),
    OP("list_secrets", listSecrets(c.tenant)),
    OP("create_secret", createSecret(body<CreateSecretRequest>(c), c.tenant)),
    OP("delete_secret", deleteSecret(c.arg(0), c.tenant)),
    OP("get_secret", getSecret(c.arg(0), c.tenant)),
    OP("rotate_secret", rotateSecret(c.arg(0), body<RotateSecretRequest>(c), c.tenant)),
    OP("list_triggers", listTriggers(listTriggersQuery(c), c.tenant)),
    OP("get_trigger", getTrigger(c.arg(0), c.tenant)),
    OP("fire_trigger", fireTrigger(c.arg(0), body<FireTriggerRequest>(c), c.tenant)),
    OP("get_trigger_interface", getTriggerInterface(c.arg(0), c.tenant)),
    OP("pause_trigger", pauseTrigger(c.arg(0), c.tenant)),
    OP("resume_trigger", resumeTrigger(c.arg(0), c.tenant)),
    OP("list_workflows", listWorkflows(c.tenant)),
    OP("upload_workflow", uploadWorkflow(c.package, c.fileName, c.tenant)),
    OP("get_workflow", getWorkflow(c.arg(0), c.tenant)),
    OP("execute_workflow", executeWorkflow(c.arg(0), body<ExecuteRequest>(c), c.tenant)),
    OP("list_instances", listInstances(c.arg(0), listInstancesQuery(c), c.tenant)),
    OP("create_instance", createInstance(c.arg(0), body<CreateInstanceRequest>(c), c.tenant)),
    OP("delete_instance", deleteInstance(c.arg(0), c.arg(1), c.tenant)),
    OP("get_instance", getInstance(c.arg(0), c.arg(1), c.tenant)),
    OP("pause_workflow", pauseWorkflow(c.arg(0), c.tenant)),
    OP("resume_workflow", resumeWorkflow(c.arg(0), c.tenant)),
    OP("get_workflow_source", getWorkflowSource(c.arg(0), c.tenant)),
    OP("delete_workflow", deleteWorkflow(c.arg(0), c.arg(1), c.tenant)),
};

#undef OP

const OperationInfo* infoFor(const QList<OperationInfo>& table, const QString& id)
{
    for (const OperationInfo& info : table) {
        if (QLatin1String(info.operationId) == id)
            return &info;
    }
    return nullptr;
}

QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

class TestOperations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void tableMatchesContract();
    void request_data();
    void request();
    void optionalBodyDefaultsToEmptyObject();
    void multipartUpload();

private:
    ContractSamples m_contract;
    QString m_missing;
};

void TestOperations::initTestCase()
{
    if (!m_contract.load(&m_missing))
        qInfo("contract file checks will be skipped: %s", qPrintable(m_missing));
    QCOMPARE(invokers.size(), 59);
    QCOMPARE(operations().size(), 59);
}

void TestOperations::tableMatchesContract()
{
    QCOMPARE(QString::fromLatin1(contractVersion), QStringLiteral("0.10.0"));
    if (!m_contract.isLoaded())
        QSKIP(qPrintable(m_missing));
    QCOMPARE(QString::fromLatin1(contractVersion),
        m_contract.document().value(QStringLiteral("info")).toObject().value(QStringLiteral("version")).toString());
    const QList<OperationInfo> table = operations();
    QStringList ids = m_contract.operationIds();
    QCOMPARE(table.size(), ids.size());
    for (const OperationInfo& info : table) {
        QString method;
        QString path;
        const QJsonObject op = m_contract.operation(QLatin1String(info.operationId), &method, &path);
        QVERIFY2(!op.isEmpty(), info.operationId);
        QCOMPARE(QLatin1String(info.method), method);
        QCOMPARE(QLatin1String(info.pathTemplate), path);
        QCOMPARE(QLatin1String(info.tag), op.value(QStringLiteral("tags")).toArray().first().toString());
        QStringList success;
        const QJsonObject responses = op.value(QStringLiteral("responses")).toObject();
        for (auto it = responses.begin(); it != responses.end(); ++it) {
            if (it.key().startsWith(QLatin1Char('2')))
                success.append(it.key());
        }
        QCOMPARE(info.successStatus, success.first().toInt());
        const bool secured = !op.value(QStringLiteral("security")).toArray().isEmpty();
        QCOMPARE(info.authenticated, secured);
        ids.removeOne(QLatin1String(info.operationId));
    }
    QVERIFY2(ids.isEmpty(), qPrintable(ids.join(QLatin1Char(' '))));
}

void TestOperations::request_data()
{
    QTest::addColumn<QString>("operationId");
    for (const OperationInfo& info : operations())
        QTest::newRow(info.operationId) << QString::fromLatin1(info.operationId);
}

void TestOperations::request()
{
    QFETCH(QString, operationId);
    const QList<OperationInfo> table = operations();
    const OperationInfo* info = infoFor(table, operationId);
    QVERIFY(info);
    const Invoker invoke = invokers.value(operationId);
    QVERIFY2(invoke, "no invoker for this operation");

    const QString pathTemplate = QLatin1String(info->pathTemplate);
    const bool tenantScoped = pathTemplate.contains(QStringLiteral("{tenant_id}"));
    const QRegularExpression placeholder(QStringLiteral("\\{([^}]+)\\}"));

    // The contract's view of the body, query and answer (when the file is available).
    QJsonObject contractOp;
    QString bodyType;
    QString bodySchema;
    QStringList queryNames;
    QMap<QString, QString> queryValues;
    QByteArray replyBody = "{}";
    if (m_contract.isLoaded()) {
        contractOp = m_contract.operation(operationId);
        const QJsonObject content
            = contractOp.value(QStringLiteral("requestBody")).toObject().value(QStringLiteral("content")).toObject();
        if (!content.isEmpty()) {
            bodyType = content.begin().key();
            bodySchema = content.begin().value().toObject().value(QStringLiteral("schema")).toObject().value(QStringLiteral("$ref")).toString().section(QLatin1Char('/'), -1);
        }
        for (const QJsonValue& p : contractOp.value(QStringLiteral("parameters")).toArray()) {
            const QJsonObject param = p.toObject();
            if (param.value(QStringLiteral("in")).toString() != QLatin1String("query"))
                continue;
            const QString name = param.value(QStringLiteral("name")).toString();
            queryNames.append(name);
            const bool isInteger = param.value(QStringLiteral("schema")).toObject().value(QStringLiteral("type")).toString()
                == QLatin1String("integer");
            queryValues.insert(name, isInteger ? QStringLiteral("25") : QStringLiteral("Failed & co+1 %2F/ü"));
        }
        const QJsonObject answer = contractOp.value(QStringLiteral("responses")).toObject().value(QString::number(info->successStatus)).toObject().value(QStringLiteral("content")).toObject().value(QStringLiteral("application/json")).toObject().value(QStringLiteral("schema")).toObject();
        if (!answer.isEmpty()) {
            const QJsonValue sample = m_contract.full(answer, ContractSamples::Nulls::AsValue);
            replyBody = QJsonDocument(sample.toObject()).toJson(QJsonDocument::Compact);
        }
    }

    // Path arguments with characters that must be escaped inside one segment.
    Call call;
    for (auto match = placeholder.globalMatch(pathTemplate); match.hasNext();) {
        const QString name = match.next().captured(1);
        if (name != QLatin1String("tenant_id"))
            call.pathArgs.append(QStringLiteral("%1 v/1?#%+ä").arg(name));
    }
    if (bodyType == QLatin1String("application/json"))
        call.body = m_contract.full(m_contract.schema(bodySchema), ContractSamples::Nulls::AsValue).toObject();
    call.package = QByteArrayLiteral("PK\x03\x04 package bytes");
    call.fileName = QStringLiteral("demo.cloacina");
    call.query = queryValues;

    const QStringList tenants = tenantScoped ? QStringList { QString(), otherTenant } : QStringList { QString() };
    for (const QString& tenant : tenants) {
        call.tenant = tenant;
        Recorder recorder;
        recorder.reply.httpStatus = info->successStatus;
        recorder.reply.body = replyBody;
        recorder.reply.contentType = "application/json";
        bodyError.clear();
        const QString outcome = invoke(recorder, call);
        QVERIFY2(bodyError.isEmpty(), qPrintable(bodyError));
        QCOMPARE(recorder.requests.size(), 1);
        const Request& request = recorder.requests.first();

        QCOMPARE(request.operationId, operationId);
        QCOMPARE(request.method, QByteArray(info->method));
        QCOMPARE(request.authenticated, info->authenticated);

        QString expectedPath = pathTemplate;
        int next = 0;
        for (auto match = placeholder.globalMatch(pathTemplate); match.hasNext();) {
            const QRegularExpressionMatch m = match.next();
            const QString value = m.captured(1) == QLatin1String("tenant_id")
                ? (tenant.isEmpty() ? defaultTenant : tenant)
                : call.pathArgs.at(next++);
            expectedPath.replace(m.captured(0), encoded(value));
        }
        QCOMPARE(request.path, expectedPath);
        QCOMPARE(recorder.tenantArguments, tenantScoped ? QStringList { tenant } : QStringList());

        if (m_contract.isLoaded()) {
            QCOMPARE(request.query.queryItems().size(), queryNames.size());
            for (const QString& name : std::as_const(queryNames))
                QCOMPARE(request.query.queryItemValue(name, QUrl::FullyDecoded), queryValues.value(name));
            if (bodyType.isEmpty()) {
                QVERIFY(request.body.isEmpty());
                QVERIFY(request.contentType.isEmpty());
            } else if (bodyType == QLatin1String("application/json")) {
                QCOMPARE(request.contentType, QByteArray("application/json"));
                QCOMPARE(QJsonDocument::fromJson(request.body).object(), call.body);
                QVERIFY(!request.body.contains('\n'));
            } else {
                QVERIFY(request.contentType.startsWith("multipart/form-data; boundary="));
                QVERIFY(request.body.contains(call.package));
            }
            // The documented 2xx body decodes into the method's result type.
            QVERIFY2(outcome.isEmpty(), qPrintable(outcome));
        }
    }

    // Absent query members are not sent.
    if (!queryNames.isEmpty()) {
        Recorder recorder;
        recorder.reply.body = replyBody;
        call.query.clear();
        call.tenant.clear();
        invoke(recorder, call);
        QVERIFY(recorder.requests.first().query.isEmpty());
    }
}

void TestOperations::optionalBodyDefaultsToEmptyObject()
{
    Recorder recorder;
    recorder.reply.body = "{}";
    recorder.executeWorkflow(QStringLiteral("nightly"));
    QCOMPARE(recorder.requests.size(), 1);
    QCOMPARE(recorder.requests.first().body, QByteArray("{}"));
    QCOMPARE(recorder.requests.first().path, QStringLiteral("/v1/tenants/%1/workflows/nightly/execute").arg(encoded(defaultTenant)));

    ExecuteRequest request;
    request.context = QJsonObject { { QStringLiteral("date"), QStringLiteral("2024-01-01") } };
    recorder.executeWorkflow(QStringLiteral("nightly"), request, QStringLiteral("public"));
    QCOMPARE(recorder.requests.last().body, QByteArray(R"({"context":{"date":"2024-01-01"}})"));
    QCOMPARE(recorder.requests.last().path, QStringLiteral("/v1/tenants/public/workflows/nightly/execute"));
}

void TestOperations::multipartUpload()
{
    Recorder recorder;
    recorder.reply.body = R"({"package_id":"p","tenant_id":"t"})";
    const QByteArray package = QByteArrayLiteral("\x00\x01binary\r\n--not-a-boundary\r\n");
    const QFuture<Result<WorkflowUploadedResponse>> future
        = recorder.uploadWorkflow(package, QStringLiteral("my \"pkg\".cloacina"));
    QVERIFY(future.isFinished());
    QVERIFY(future.result());
    QCOMPARE(future.result().value().packageId, QStringLiteral("p"));

    const Request& request = recorder.requests.first();
    QVERIFY(request.contentType.startsWith("multipart/form-data; boundary="));
    const QByteArray boundary = request.contentType.mid(request.contentType.indexOf('=') + 1);
    QVERIFY(!boundary.isEmpty());
    QVERIFY(!package.contains(boundary));
    const QByteArray expected = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"my %22pkg%22.cloacina\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + package + "\r\n--" + boundary + "--\r\n";
    QCOMPARE(request.body, expected);

    recorder.uploadWorkflow(package);
    QVERIFY(recorder.requests.last().body.contains("filename=\"package.cloacina\""));
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"

// Contract suite: the Qt Test front end of the conformance checks (conformance/), which the
// cloacina-conformance program runs against users' servers. One data row per check; every one
// of the 59 operations must be called by some check.
//
// Runs against an in-process simulator by default. With CLOACINA_SERVER_URL and CLOACINA_API_KEY
// set (a platform-admin key) it runs against that server instead, with --write semantics: a
// scratch tenant is created and removed. Unlike the program it also runs the checks that leave
// the scratch tenant (Scope::Shared: the global key lifecycle).
//
// The simOnly_* functions at the end need the simulator's seeded data (workflows etl_daily,
// ml_training, the s3_file_arrived trigger, graphs and reactors); they skip against a server.
#include <cloacinaconformance/check.h>
#include <cloacinaconformance/session.h>

#include <cloacina/cloacinaclient.h>
#include <cloacina/contract.h>
#include <cloacina/pager.h>
#include <cloacina/types.h>

#include <cloacinasim/simulator.h>

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

#include "cloacinapackage.h"

using namespace Cloacina;
using namespace Cloacina::Conformance;

namespace {

QString describe(const Outcome& o)
{
    return QStringLiteral("%1 (HTTP %2, code %3, request id %4)")
        .arg(o.message)
        .arg(o.httpStatus)
        .arg(o.serverCode.isEmpty() ? QStringLiteral("-") : o.serverCode,
            o.requestId.isEmpty() ? QStringLiteral("-") : o.requestId);
}

template <typename T>
QString describe(const Result<T>& r)
{
    return r.ok() ? QStringLiteral("ok") : r.error().toString();
}

bool isOperation(const QString& id)
{
    const QList<OperationInfo> ops = operations();
    return std::any_of(ops.begin(), ops.end(), [&](const OperationInfo& op) { return id == QLatin1String(op.operationId); });
}

} // namespace

#define EXPECT_OK(r) QVERIFY2((r).ok(), qPrintable(describe(r)))
#define EXPECT_API(r, status, apiCode)                                                             \
    do {                                                                                           \
        QVERIFY2(!(r).ok(), "expected an error, got success");                                    \
        QCOMPARE((r).error().httpStatus, status);                                                  \
        QCOMPARE((r).error().code, QStringLiteral(apiCode));                                       \
    } while (false)

class TstContract : public QObject {
    Q_OBJECT

    std::unique_ptr<CloacinaSim::Simulator> sim;
    std::unique_ptr<Session> session;
    QList<Check> checks;

    CloacinaClient& c() { return session->client(); }
    Context& ctx() { return session->context(); }
    QString tenant() { return ctx().tenant(); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString url = qEnvironmentVariable("CLOACINA_SERVER_URL");
        const QString key = qEnvironmentVariable("CLOACINA_API_KEY");
        if (!url.isEmpty() && !key.isEmpty()) {
            session = std::make_unique<Session>(QUrl(url));
            session->client().setApiKey(key);
            qInfo("contract suite against the live server %s", qPrintable(url));
        } else {
            sim = std::make_unique<CloacinaSim::Simulator>();
            QString why;
            QVERIFY2(sim->start(&why), qPrintable(why));
            session = std::make_unique<Session>(sim->url());
            session->client().setApiKey(sim->adminKey());
        }
        session->setWriteEnabled(true);
        session->setSharedWritesEnabled(true);
        QCOMPARE(session->start(), Session::StartResult::Ready);
        QVERIFY2(session->versionOutcome().verdict == Verdict::Passed, qPrintable(describe(session->versionOutcome())));
        QString why;
        QVERIFY2(session->createScratchTenant(&why), qPrintable(why));
        checks = catalogue();
    }

    void cleanupTestCase()
    {
        QString why;
        if (session)
            QVERIFY2(session->cleanup(&why), qPrintable(why));
    }

    void check_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < checks.size(); ++i)
            QTest::newRow(qPrintable(checks.at(i).title())) << i;
    }

    //! One conformance check, as the program runs it; its declared coverage must be real.
    void check()
    {
        QFETCH(int, index);
        const Check& check = checks.at(index);
        // The SDK's stream classes warn when an upgrade is refused: here that is the point.
        if (check.operationId == QLatin1String("accumulator_ws") || check.operationId == QLatin1String("reactor_ws"))
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused the WebSocket upgrade with HTTP 403")));
        const Outcome outcome = session->runCheck(check);
        if (outcome.verdict == Verdict::Skipped)
            QSKIP(qPrintable(outcome.message));
        QVERIFY2(outcome.verdict == Verdict::Passed, qPrintable(describe(outcome)));
        QStringList declared = check.alsoCovers;
        if (isOperation(check.operationId))
            declared << check.operationId;
        for (const QString& op : std::as_const(declared))
            QVERIFY2(ctx().calledOperations().contains(op), qPrintable(op + QStringLiteral(" was not called")));
    }

    void contractTableHas59Operations()
    {
        QCOMPARE(operations().size(), 59);
        QCOMPARE(QString::fromLatin1(contractVersion), QStringLiteral("0.10.0"));
    }

    void checksHaveUniqueTitles()
    {
        QSet<QString> titles;
        for (const Check& check : std::as_const(checks))
            titles.insert(check.title());
        QCOMPARE(titles.size(), checks.size());
    }

    void executionIteration()
    {
        if (sim)
            sim->createExecutions(7, QStringLiteral("Completed"), {}, tenant());
        ExecutionPager pager(&c(), {}, tenant());
        pager.setPageSize(2);
        pager.setMaxRows(sim ? 0 : 10);
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

    // ---- simulator-only: they read or change the simulator's seeded data ----

    void simOnly_seededWorkflowByPackageName()
    {
        if (!sim)
            QSKIP("simulator-only: seeded workflows");
        // Looked up by package name; the seeded package acme-etl holds workflow etl_daily.
        const auto r = ctx().await(c().getWorkflow(QStringLiteral("acme-etl"), tenant()));
        EXPECT_OK(r);
        QCOMPARE(r.value().packageName, QStringLiteral("acme-etl"));
        QCOMPARE(r.value().workflowName, QStringLiteral("etl_daily"));
        QCOMPARE(r.value().tenantId, tenant());
        EXPECT_API(ctx().await(c().getWorkflow(QStringLiteral("etl_daily"), tenant())), 404, "workflow_not_found");
        const auto source = ctx().await(c().getWorkflowSource(QStringLiteral("acme-etl"), tenant()));
        EXPECT_OK(source);
        QVERIFY(!source.value().files.isEmpty());
    }

    void simOnly_realPackageUploadAndInspectById()
    {
        if (!sim)
            QSKIP("simulator-only: uploads a package into the seeded tenant");
        EXPECT_API(ctx().await(c().uploadWorkflow(QByteArray("not a real package"), QStringLiteral("x.cloacina"), tenant())),
            400, "upload_failed");
        // A real fidius source package is registered at once and built afterwards: inspection by
        // package id works in any build state and its source is readable.
        const QByteArray package = CloacinaTest::packPackage(CloacinaTest::rustPackage(
            QStringLiteral("qt-contract-pkg"), QStringLiteral("0.1.0"), QStringLiteral("qt_contract_flow"),
            { QStringLiteral("only") }));
        QVERIFY(!package.isEmpty());
        const auto uploaded = ctx().await(c().uploadWorkflow(package, QStringLiteral("p.cloacina"), tenant()));
        EXPECT_OK(uploaded);
        QCOMPARE(uploaded.value().tenantId, tenant());
        const auto inspected = ctx().await(c().getWorkflow(uploaded.value().packageId, tenant()));
        EXPECT_OK(inspected);
        QCOMPARE(inspected.value().id, uploaded.value().packageId);
        QVERIFY2(QStringList({ "pending", "building", "success", "failed" }).contains(inspected.value().buildStatus),
            qPrintable(inspected.value().buildStatus));
        const auto source = ctx().await(c().getWorkflowSource(uploaded.value().packageId, tenant()));
        EXPECT_OK(source);
        QVERIFY(std::any_of(source.value().files.begin(), source.value().files.end(),
            [](const WorkflowSourceFile& f) { return f.path == QLatin1String("package.toml"); }));
    }

    void simOnly_instanceParamsValidated()
    {
        if (!sim)
            QSKIP("simulator-only: the seeded workflow report_builder declares `region`");
        CreateInstanceRequest request;
        request.instanceName = QStringLiteral("qt-contract-params");
        request.params = QJsonObject { { QStringLiteral("region"), 5 } };
        const QString workflow = QStringLiteral("report_builder");
        EXPECT_API(ctx().await(c().createInstance(workflow, request, tenant())), 400, "instance_params_invalid");
        request.params = QJsonObject { { QStringLiteral("region"), QStringLiteral("emea") } };
        const auto created = ctx().await(c().createInstance(workflow, request, tenant()));
        EXPECT_OK(created);
        QCOMPARE(created.value().workflowName, workflow);
        EXPECT_OK(ctx().await(c().deleteInstance(workflow, request.instanceName, tenant())));
        EXPECT_API(ctx().await(c().getInstance(workflow, request.instanceName, tenant())), 404, "instance_not_found");
    }

    void simOnly_executePausedWorkflowIs409()
    {
        if (!sim)
            QSKIP("simulator-only: seeded workflows");
        const auto paused = ctx().await(c().pauseWorkflow(QStringLiteral("ml_training"), tenant()));
        EXPECT_OK(paused);
        QVERIFY(paused.value().paused);
        // 409 workflow_paused is absent from the OpenAPI document.
        EXPECT_API(ctx().await(c().executeWorkflow(QStringLiteral("ml_training"), {}, tenant())), 409, "workflow_paused");
        const auto resumed = ctx().await(c().resumeWorkflow(QStringLiteral("ml_training"), tenant()));
        EXPECT_OK(resumed);
        QVERIFY(!resumed.value().paused);
        const auto run = ctx().await(c().executeWorkflow(QStringLiteral("etl_daily"), {}, tenant()));
        EXPECT_OK(run);
        QCOMPARE(run.value().tenantId, tenant());
        QVERIFY(!run.value().executionId.isEmpty());
    }

    void simOnly_seededExecutionAndHistory()
    {
        if (!sim)
            QSKIP("simulator-only: backfilled executions");
        const QString failed = sim->createExecutions(1, QStringLiteral("Failed"), {}, tenant()).value(0);
        const auto r = ctx().await(c().getExecution(failed, tenant()));
        EXPECT_OK(r);
        QCOMPARE(r.value().status, QStringLiteral("Failed"));
        const QString completed = sim->createExecutions(1, QStringLiteral("Completed"), {}, tenant()).value(0);
        const auto events = ctx().await(c().getExecutionEvents(completed, tenant()));
        EXPECT_OK(events);
        QVERIFY(!events.value().events.isEmpty());
    }

    void simOnly_seededTriggerPauseResumeFire()
    {
        if (!sim)
            QSKIP("simulator-only: the seeded trigger s3_file_arrived");
        const QString name = QStringLiteral("s3_file_arrived");
        EXPECT_OK(ctx().await(c().getTrigger(name, tenant())));
        EXPECT_OK(ctx().await(c().getTriggerInterface(name, tenant())));
        const auto paused = ctx().await(c().pauseTrigger(name, tenant()));
        EXPECT_OK(paused);
        QVERIFY(paused.value().paused);
        const auto resumed = ctx().await(c().resumeTrigger(name, tenant()));
        EXPECT_OK(resumed);
        QVERIFY(!resumed.value().paused);
        const auto fired = ctx().await(c().fireTrigger(name, {}, tenant()));
        EXPECT_OK(fired);
        QCOMPARE(fired.value().tenantId, tenant());
    }

    void simOnly_seededAccumulatorAndReactor()
    {
        if (!sim)
            QSKIP("simulator-only: seeded graphs");
        const QString accumulator = QStringLiteral("orderbook");
        EXPECT_OK(ctx().await(c().getAccumulatorInterface(accumulator)));
        InjectAccumulatorRequest event;
        event.event = QJsonObject { { QStringLiteral("price"), 1.5 } };
        const auto injected = ctx().await(c().injectAccumulator(accumulator, event));
        EXPECT_OK(injected);
        QCOMPARE(injected.value().accumulator, accumulator);
        const QString reactor = QStringLiteral("market_maker_reactor");
        EXPECT_OK(ctx().await(c().getReactorInterface(reactor)));
        FireReactorRequest fire;
        fire.mode = FireMode::ForceFire;
        const auto fired = ctx().await(c().fireReactor(reactor, fire));
        EXPECT_OK(fired);
        QCOMPARE(fired.value().reactor, reactor);
        EXPECT_OK(ctx().await(c().reactorFireTimeseries(reactor)));
    }

    //! Last: every operation of the contract was called by some check above.
    void everyOperationCovered()
    {
        QStringList missing;
        for (const OperationInfo& op : operations()) {
            if (!ctx().calledOperations().contains(QString::fromLatin1(op.operationId)))
                missing.append(QString::fromLatin1(op.operationId));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TstContract)
#include "tst_contract.moc"

// Contract checks that need the simulator's seeded data (workflows etl_daily, ml_training,
// report_builder, the s3_file_arrived trigger, the orderbook graph and market_maker_reactor):
// always against the in-process simulator, in a scratch tenant like tst_contract.
#include "cloacinapackage.h"
#include "contractfixture.h"

#include <QTest>

#include <algorithm>

using namespace Cloacina;

class TstContractSeeded : public QObject {
    Q_OBJECT

    ContractTest::Fixture f;
    CloacinaSim::Simulator* sim = nullptr;

    CloacinaClient& c() { return f.c(); }
    Conformance::Context& ctx() { return f.ctx(); }
    QString tenant() { return f.tenant(); }

private Q_SLOTS:
    void initTestCase()
    {
        f.start(false);
        sim = f.sim.get();
    }

    void cleanupTestCase() { f.cleanup(); }

    void seededWorkflowByPackageName()
    {
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

    void realPackageUploadAndInspectById()
    {
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

    void instanceParamsValidated()
    {
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

    void executePausedWorkflowIs409()
    {
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

    void seededExecutionAndHistory()
    {
        const QString failed = sim->createExecutions(1, QStringLiteral("Failed"), {}, tenant()).value(0);
        const auto r = ctx().await(c().getExecution(failed, tenant()));
        EXPECT_OK(r);
        QCOMPARE(r.value().status, QStringLiteral("Failed"));
        const QString completed = sim->createExecutions(1, QStringLiteral("Completed"), {}, tenant()).value(0);
        const auto events = ctx().await(c().getExecutionEvents(completed, tenant()));
        EXPECT_OK(events);
        QVERIFY(!events.value().events.isEmpty());
    }

    void seededTriggerPauseResumeFire()
    {
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

    void seededAccumulatorAndReactor()
    {
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
};

QTEST_GUILESS_MAIN(TstContractSeeded)
#include "tst_contract_seeded.moc"

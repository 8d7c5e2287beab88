// WorkflowResolver: from a run's workflow name to the package holding it (list_workflows,
// then the fully qualified task names, else a clear error), and RunSession's task graph.
#include <cloacinamodels/runmodels.h>
#include <cloacinamodels/workflowresolver.h>

#include <cloacina/cloacinaclient.h>
#include <cloacinasim/simulator.h>

#include <QCoreApplication>
#include <QTest>

#include <optional>

using namespace Cloacina;

class TestWorkflowResolver : public QObject {
    Q_OBJECT

    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<CloacinaClient> m_client;
    bool m_stopped = false;

    std::optional<Result<QString>> resolve(WorkflowResolver& resolver, const QString& tenant,
        const QString& workflow, const QStringList& taskNames = {})
    {
        std::optional<Result<QString>> out;
        int calls = 0;
        resolver.resolve(tenant, workflow, taskNames, [&](const Result<QString>& r) {
            out = r;
            ++calls;
        });
        if (out)
            qWarning("callback ran inside resolve()");
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            return std::nullopt;
        QCoreApplication::processEvents(); // a queued second call would run here
        return calls == 1 ? out : std::nullopt;
    }

private slots:
    // One simulator for the suite; tests that stop it restart it (same port, same state).
    void initTestCase()
    {
        m_sim = std::make_unique<CloacinaSim::Simulator>(CloacinaSim::Options {});
        QVERIFY(m_sim->start());
        m_client = std::make_unique<CloacinaClient>(m_sim->url());
        m_client->setApiKey(m_sim->adminKey());
        m_client->setTenant(QStringLiteral("public"));
    }
    void cleanup()
    {
        if (m_stopped) {
            QVERIFY(m_sim->start());
            m_client->setBaseUrl(m_sim->url());
            m_stopped = false;
        }
    }

    void packageFromTaskName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("workflow");
        QTest::addColumn<QString>("package");
        QTest::newRow("qualified") << "public::acme-etl::etl_daily::load"
                                   << "etl_daily"
                                   << "acme-etl";
        QTest::newRow("other workflow") << "public::acme-etl::etl_daily::load"
                                        << "ml_training"
                                        << "";
        QTest::newRow("short") << "load"
                               << "etl_daily"
                               << "";
        QTest::newRow("three parts") << "acme-etl::etl_daily::load"
                                     << "etl_daily"
                                     << "";
        QTest::newRow("empty package") << "public::::etl_daily::load"
                                       << "etl_daily"
                                       << "";
    }
    void packageFromTaskName()
    {
        QFETCH(QString, name);
        QFETCH(QString, workflow);
        QFETCH(QString, package);
        QCOMPARE(WorkflowResolver::packageFromTaskName(name, workflow), package);
    }

    void resolvesThroughTheWorkflowList()
    {
        WorkflowResolver resolver;
        resolver.setClient(m_client.get());
        const auto r = resolve(resolver, QString(), QStringLiteral("etl_daily"));
        QVERIFY(r && r->ok());
        QCOMPARE(r->value(), QStringLiteral("acme-etl"));
        // Cached: the same answer with the server gone.
        m_sim->stop();
        m_stopped = true;
        const auto cached = resolve(resolver, QStringLiteral("public"), QStringLiteral("etl_daily"));
        QVERIFY(cached && cached->ok());
        QCOMPARE(cached->value(), QStringLiteral("acme-etl"));
    }

    void fallsBackToTaskNames()
    {
        WorkflowResolver resolver;
        resolver.setClient(m_client.get());
        const auto r = resolve(resolver, QString(), QStringLiteral("retired_flow"),
            { QStringLiteral("public::old-pkg::retired_flow::a") });
        QVERIFY(r && r->ok());
        QCOMPARE(r->value(), QStringLiteral("old-pkg"));
    }

    void saysWhenItCannot()
    {
        WorkflowResolver resolver;
        resolver.setClient(m_client.get());
        const auto r = resolve(resolver, QString(), QStringLiteral("retired_flow"),
            { QStringLiteral("public::old-pkg::other_flow::a") });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().code, QStringLiteral("workflow_unresolved"));
        QVERIFY(r->error().message.contains(QLatin1String("retired_flow")));
    }

    void listErrorIsTheReasonWithoutTaskNames()
    {
        WorkflowResolver resolver;
        resolver.setClient(m_client.get());
        m_sim->stop();
        m_stopped = true;
        const auto r = resolve(resolver, QString(), QStringLiteral("etl_daily"));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, Error::Kind::Network);
        // The task names still answer while the list cannot be read.
        const auto named = resolve(resolver, QString(), QStringLiteral("etl_daily"),
            { QStringLiteral("public::acme-etl::etl_daily::load") });
        QVERIFY(named && named->ok());
        QCOMPARE(named->value(), QStringLiteral("acme-etl"));
    }

    void runSessionLoadsTheGraphOfTheWorkflowsPackage()
    {
        const QString id = m_sim->createExecutions(1, QStringLiteral("Failed"), QStringLiteral("report_builder")).first();
        RunSession session;
        session.setClient(m_client.get());
        session.open(id, QStringLiteral("public"), QStringLiteral("report_builder"));
        QTRY_VERIFY_WITH_TIMEOUT(!session.taskGraph().isEmpty(), 10000);
        QCOMPARE(session.packageName(), QStringLiteral("sales-reports"));
        QCOMPARE(session.graphTaskIds().size(), 5);
        QVERIFY(session.graphError().message.isEmpty());
    }

    void runSessionReportsAnUnresolvableWorkflow()
    {
        const QString id = m_sim->createExecutions(1, QStringLiteral("Failed"), QStringLiteral("etl_daily")).first();
        RunSession session;
        session.setClient(m_client.get());
        // A workflow name no package declares and the run's task names do not carry.
        session.open(id, QStringLiteral("public"), QStringLiteral("retired_flow"));
        QTRY_COMPARE_WITH_TIMEOUT(session.graphError().code, QStringLiteral("workflow_unresolved"), 10000);
        QVERIFY(session.taskGraph().isEmpty());
    }
};

QTEST_MAIN(TestWorkflowResolver)
#include "tst_workflowresolver.moc"

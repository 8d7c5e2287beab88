// Contract suite: the Qt Test front end of the conformance checks (conformance/), which the
// cloacina-conformance program runs against users' servers. One data row per check; every one
// of the 59 operations must be called by some check.
//
// Runs against an in-process simulator by default. With CLOACINA_SERVER_URL and CLOACINA_API_KEY
// set (a platform-admin key) it runs against that server instead, with --write semantics: a
// scratch tenant is created and removed. Unlike the program it also runs the checks that leave
// the scratch tenant (Scope::Shared: the global key lifecycle).
//
// The checks that need the simulator's seeded data are tst_contract_seeded.cpp's.
#include "contractfixture.h"

#include <cloacina/contract.h>
#include <cloacina/pager.h>
#include <cloacina/types.h>

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Cloacina;
using namespace Cloacina::Conformance;

using ContractTest::describe;

namespace {

bool isOperation(const QString& id)
{
    const QList<OperationInfo> ops = operations();
    return std::any_of(ops.begin(), ops.end(), [&](const OperationInfo& op) { return id == QLatin1String(op.operationId); });
}

} // namespace

class TstContract : public QObject {
    Q_OBJECT

    ContractTest::Fixture f;
    CloacinaSim::Simulator* sim = nullptr; // null against a live server
    QList<Check> checks;

    CloacinaClient& c() { return f.c(); }
    Context& ctx() { return f.ctx(); }
    QString tenant() { return f.tenant(); }

private Q_SLOTS:
    void initTestCase()
    {
        f.start(true);
        sim = f.sim.get();
        checks = catalogue();
    }

    void cleanupTestCase() { f.cleanup(); }

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
        const Outcome outcome = f.session->runCheck(check);
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

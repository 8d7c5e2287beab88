#include <cloacinamodels/executionlistmodel.h>
#include <cloacinamodels/format.h>

#include <cloacina/cloacinaclient.h>
#include <cloacinasim/simulator.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Cloacina;

class TestExecutionListModel : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<CloacinaClient> m_client;

    void waitIdle(ExecutionListModel& model)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    }

private slots:
    // A fresh simulator with \a options and an admin client of its public tenant.
    void startSim(const CloacinaSim::Options& options)
    {
        m_client.reset();
        m_sim = std::make_unique<CloacinaSim::Simulator>(options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_client = std::make_unique<CloacinaClient>(m_sim->url());
        m_client->setApiKey(m_sim->adminKey());
        m_client->setTenant(QStringLiteral("public"));
    }

    void init()
    {
        CloacinaSim::Options options;
        options.workload = false;
        startSim(options);
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void pagingWithFetchMore()
    {
        m_sim->createExecutions(120, QStringLiteral("Failed"));
        m_sim->createExecutions(15, QStringLiteral("Completed"));
        ExecutionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(50);
        model.setClient(m_client.get());
        waitIdle(model);
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        waitIdle(model);
        QCOMPARE(model.rowCount(), 100);
        model.fetchMore({});
        waitIdle(model);
        QCOMPARE(model.rowCount(), 120);
        QVERIFY(!model.canFetchMore({}));
        // newest first, all Failed, no duplicates
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex idx = model.index(row, 0);
            QCOMPARE(idx.data(ExecutionListModel::StatusRole).toString(), QStringLiteral("Failed"));
            ids.insert(idx.data(ExecutionListModel::IdRole).toString());
            if (row > 0)
                QVERIFY(model.index(row - 1, 0).data(ExecutionListModel::StartedAtRole).toDateTime()
                    >= idx.data(ExecutionListModel::StartedAtRole).toDateTime());
        }
        QCOMPARE(ids.size(), 120);
        QVERIFY(!model.hasError());
        // any status
        model.setStatusFilter({});
        waitIdle(model);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            waitIdle(model);
        }
        QCOMPARE(model.rowCount(), 135);
    }

    // Issue #16.3: after a burst larger than a page, a refresh pages until it meets rows it
    // already had: no gap between the new rows and the old ones.
    void refreshAfterABurstLeavesNoGap()
    {
        m_sim->createExecutions(30, QStringLiteral("Failed"));
        ExecutionListModel model;
        // No QAbstractItemModelTester here: it calls fetchMore() by itself, which would load
        // part of the burst as older rows (not "new"); that race is checked below.
        model.setPageSize(20);
        model.setClient(m_client.get());
        waitIdle(model);
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(model.hasMore());
        const QStringList burst = m_sim->createExecutions(75, QStringLiteral("Failed"));
        QSignalSpy refreshed(&model, &ExecutionListModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), 95);
        for (const QString& id : burst) {
            const int row = model.rowOfId(id);
            QVERIFY2(row >= 0 && row < 75, qPrintable(id));
            QVERIFY(model.index(row, 0).data(ExecutionListModel::IsNewRole).toBool());
        }
        QCOMPARE(model.newCount(), 75);
        // Paging on continues where the old rows ended.
        QVERIFY(model.hasMore());
        model.fetchMore({});
        waitIdle(model);
        QCOMPARE(model.rowCount(), 105);
        QVERIFY(!model.hasMore());

        // The same with a fetchMore() racing the refresh: still no gap, no duplicate.
        ExecutionListModel raced;
        QAbstractItemModelTester tester(&raced, QAbstractItemModelTester::FailureReportingMode::QtTest);
        raced.setPageSize(20);
        raced.setClient(m_client.get());
        waitIdle(raced);
        m_sim->createExecutions(75, QStringLiteral("Failed"));
        QSignalSpy racedRefresh(&raced, &ExecutionListModel::refreshed);
        raced.refresh();
        raced.fetchMore({});
        QVERIFY(racedRefresh.wait(10000));
        waitIdle(raced);
        while (raced.hasMore()) {
            raced.fetchMore({});
            waitIdle(raced);
        }
        QCOMPARE(raced.rowCount(), 180);
    }

    // Issue #16.3: a listed run that fails later gets its failing task and error without a view
    // asking for them (QML delegates read roles only when dataChanged names them).
    void runThatFailsWhileListedIsEnriched()
    {
        CloacinaSim::Options options;
        options.workload = false;
        options.failureShare = 1.0;
        options.taskMinMs = 20;
        options.taskMaxMs = 60;
        startSim(options);

        ExecutionListModel model;
        model.setStatusFilter({});
        model.setClient(m_client.get());
        waitIdle(model);
        const QString id = m_sim->startExecution();
        QVERIFY(!id.isEmpty());
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfId(id) >= 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->executionStatus(id), QStringLiteral("Failed"), 20000);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.record(model.rowOfId(id)).status, QStringLiteral("Failed"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!model.record(model.rowOfId(id)).failingTask.isEmpty(), 10000);
        QVERIFY(!model.record(model.rowOfId(id)).errorText.isEmpty());
        bool namedFailingTask = false;
        for (const QList<QVariant>& args : std::as_const(changed))
            namedFailingTask |= args.at(2).value<QList<int>>().contains(ExecutionListModel::FailingTaskRole);
        QVERIFY(namedFailingTask);
    }

    // Issue #16, also expected: relative times, with the absolute time in the tooltip.
    void relativeTimesWithAbsoluteTooltip()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        QCOMPARE(Format::relativeTime(now.addSecs(-10), now), QStringLiteral("just now"));
        QCOMPARE(Format::relativeTime(now.addSecs(-180), now), QStringLiteral("3 min ago"));
        QCOMPARE(Format::relativeTime(now.addSecs(-5 * 3600 - 60), now), QStringLiteral("5 h ago"));
        QCOMPARE(Format::relativeTime(now.addSecs(-2 * 86400), now), QStringLiteral("2 d ago"));
        QCOMPARE(Format::relativeTime(now.addDays(-30), now), now.addDays(-30).toLocalTime().date().toString(Qt::ISODate));
        QCOMPARE(Format::relativeTime(QDateTime(), now), QString());

        m_sim->createExecutions(2, QStringLiteral("Failed"));
        ExecutionListModel model;
        model.setClient(m_client.get());
        waitIdle(model);
        QVERIFY(model.rowCount() > 0);
        const QModelIndex started = model.index(0, ExecutionListModel::StartedColumn);
        QVERIFY2(started.data().toString().contains(QStringLiteral("ago")) || started.data().toString() == QStringLiteral("just now"),
            qPrintable(started.data().toString()));
        QCOMPARE(started.data(Qt::ToolTipRole).toString(), Format::dateTime(model.record(0).startedAt));
    }

    void refreshKeepsSelectionAndFlagsNew()
    {
        m_sim->createExecutions(30, QStringLiteral("Failed"));
        ExecutionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(40); // one page holds everything: the tester's fetchMore calls add nothing
        model.setClient(m_client.get());
        waitIdle(model);
        QCOMPARE(model.rowCount(), 30);
        QVERIFY(model.lastRefreshed().isValid());
        const QPersistentModelIndex selected = model.index(5, 0);
        const QString selectedId = selected.data(ExecutionListModel::IdRole).toString();

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy newFailures(&model, &ExecutionListModel::newFailures);
        QSignalSpy refreshed(&model, &ExecutionListModel::refreshed);
        // Let the clock move so that the new runs start later than the old ones.
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > before);
        const QStringList fresh = m_sim->createExecutions(3, QStringLiteral("Failed"));
        m_sim->createExecutions(2, QStringLiteral("Completed")); // filtered out
        model.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(reset.count(), 0);
        QVERIFY(inserted.count() >= 1);
        QCOMPARE(model.rowCount(), 33);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 8);
        QCOMPARE(selected.data(ExecutionListModel::IdRole).toString(), selectedId);
        QCOMPARE(newFailures.count(), 1);
        const QStringList reported = newFailures.at(0).at(0).toStringList();
        QCOMPARE(QSet<QString>(reported.begin(), reported.end()), QSet<QString>(fresh.begin(), fresh.end()));
        for (const QString& id : fresh) {
            const int row = model.rowOfId(id);
            QVERIFY(row >= 0 && row < 3);
            QVERIFY(model.index(row, 0).data(ExecutionListModel::IsNewRole).toBool());
        }
        QCOMPARE(model.newCount(), 3);
        QVERIFY(!model.index(8, 0).data(ExecutionListModel::IsNewRole).toBool());
        model.acknowledge(fresh.first());
        QCOMPARE(model.newCount(), 2);
        // a second refresh with nothing new changes nothing structurally
        inserted.clear();
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(newFailures.count(), 1);
        // new flags expire
        model.setNewHighlightMs(0);
        QTRY_COMPARE_WITH_TIMEOUT(model.newCount(), 0, 3000);
    }

    void enrichesFailedRowsLazily()
    {
        m_sim->createExecutions(5, QStringLiteral("Failed"));
        ExecutionListModel model;
        model.setMaxConcurrentEnrichments(2);
        model.setClient(m_client.get());
        waitIdle(model);
        QCOMPARE(model.rowCount(), 5);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int row = 0; row < model.rowCount(); ++row)
            model.index(row, ExecutionListModel::FailingTaskColumn).data();
        QTRY_VERIFY_WITH_TIMEOUT(model.index(4, 0).data(ExecutionListModel::EnrichedRole).toBool(), 10000);
        for (int row = 0; row < model.rowCount(); ++row) {
            QTRY_VERIFY(model.index(row, 0).data(ExecutionListModel::EnrichedRole).toBool());
            QVERIFY2(!model.index(row, 0).data(ExecutionListModel::FailingTaskRole).toString().isEmpty(),
                qPrintable(model.index(row, 0).data(ExecutionListModel::IdRole).toString()));
            QVERIFY(!model.index(row, 0).data(ExecutionListModel::FirstErrorLineRole).toString().isEmpty());
            // The list shows the cause; the full text (engine prefixes included) stays available.
            const QString full = model.index(row, 0).data(ExecutionListModel::ErrorTextRole).toString();
            const QString line = model.index(row, 0).data(ExecutionListModel::FirstErrorLineRole).toString();
            QVERIFY2(full.startsWith(QLatin1String("Task execution error: Task execution failed: ")), qPrintable(full));
            QVERIFY2(!line.startsWith(QLatin1String("Task execution")), qPrintable(line));
            QVERIFY(full.endsWith(line) || line.endsWith(QChar(0x2026)));
        }
        QVERIFY(changed.count() >= 5);
    }

    void allTenantsForAdmin()
    {
        m_sim->createExecutions(4, QStringLiteral("Failed"));
        ExecutionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAllTenants(true);
        model.setClient(m_client.get());
        waitIdle(model);
        QVERIFY(model.effectiveTenants().contains(QStringLiteral("public")));
        QVERIFY(model.rowCount() >= 4);
        QCOMPARE(model.index(0, 0).data(ExecutionListModel::TenantRole).toString().isEmpty(), false);
    }

    void errorKeepsRows()
    {
        m_sim->createExecutions(3, QStringLiteral("Failed"));
        ExecutionListModel model;
        model.setClient(m_client.get());
        waitIdle(model);
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy errors(&model, &ExecutionListModel::errorOccurred);
        QSignalSpy refreshed(&model, &ExecutionListModel::refreshed);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_sim->faults().badGateway.enabled = true; // a proxy's 502 page, like a server that is down
        model.refresh();
        QVERIFY(refreshed.wait(15000));
        QCOMPARE(errors.count(), 1);
        QVERIFY(model.hasError());
        QCOMPARE(model.lastError().httpStatus, 502);
        QCOMPARE(model.rowCount(), 3); // the user's place is kept
        // and the server comes back
        m_sim->resetFaults();
        m_sim->createExecutions(1, QStringLiteral("Failed"));
        model.refresh();
        QVERIFY(refreshed.wait(15000));
        QVERIFY(!model.hasError());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExecutionListModel)
#include "tst_executionlistmodel.moc"

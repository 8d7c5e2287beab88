// ExecutionListModel over a fake ExecutionListBackend: paging, refresh, errors and failure
// enrichment without a server, with the answers released when and in the order a test says.
#include <cloacinamodels/executionlistmodel.h>
#include <cloacinamodels/failureenricher.h>

#include "settledfuture.h"

#include <QAbstractItemModelTester>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Cloacina;

namespace {

template <typename T>
using PromisePtr = std::shared_ptr<QPromise<Result<T>>>;

// An in-memory list_executions (newest first, per tenant) and failure details, behind the
// backend seam. Pages are computed when they are answered, so a test can change the list
// between a request and its answer (rows shifting under the walk).
class FakeExecutions {
public:
    QHash<QString, QList<ExecutionRecord>> runs; // tenant → runs, newest first
    QStringList tenants { QStringLiteral("public") };
    QHash<QString, ExecutionFailure> fromTasks; // id → what the task rows say
    QHash<QString, ExecutionFailure> fromEvents; // id → what the events say
    QSet<QString> tasksFail; // ids whose task fetch fails
    std::optional<Error> pageError; // every page fails with it while set
    bool holdPages = false; // pages wait for answerPages()

    QList<ExecutionPageQuery> pageLog;
    QStringList taskLog;
    QStringList eventLog;

    ExecutionListBackend backend()
    {
        ExecutionListBackend b;
        b.listExecutions = [this](const ExecutionPageQuery& q) {
            pageLog.append(q);
            auto promise = std::make_shared<QPromise<Result<QList<ExecutionRecord>>>>();
            promise->start();
            m_heldPages.append({ q, promise });
            if (!holdPages)
                answerPages();
            return promise->future();
        };
        b.listTenants = [this] { return CloacinaTest::settled<QStringList>(tenants); };
        b.defaultTenant = [] { return QStringLiteral("public"); };
        b.failureFromTasks = [this](const QString& id, const QString&) {
            taskLog.append(id);
            auto promise = std::make_shared<QPromise<Result<ExecutionFailure>>>();
            promise->start();
            m_heldTasks.append({ id, promise });
            return promise->future();
        };
        b.failureFromEvents = [this](const QString& id, const QString&) {
            eventLog.append(id);
            return CloacinaTest::settled<ExecutionFailure>(fromEvents.value(id));
        };
        return b;
    }

    //! Answers every page asked for so far, from the list as it is now.
    void answerPages()
    {
        const auto held = std::exchange(m_heldPages, {});
        for (const auto& [q, promise] : held) {
            if (pageError) {
                promise->addResult(Result<QList<ExecutionRecord>>(*pageError));
            } else {
                QList<ExecutionRecord> matching;
                for (const ExecutionRecord& r : runs.value(q.tenant)) {
                    if ((q.status.isEmpty() || r.status == q.status) && (q.workflow.isEmpty() || r.workflow == q.workflow))
                        matching.append(r);
                }
                promise->addResult(Result<QList<ExecutionRecord>>(matching.mid(q.offset, q.limit)));
            }
            promise->finish();
        }
    }
    //! Task fetches waiting for answerTasks().
    int tasksInFlight() const { return int(m_heldTasks.size()); }
    //! Answers every task fetch asked for so far.
    void answerTasks()
    {
        const auto held = std::exchange(m_heldTasks, {});
        for (const auto& [id, promise] : held) {
            if (tasksFail.contains(id))
                promise->addResult(Result<ExecutionFailure>(Error::make(Error::Kind::Http, QStringLiteral("boom"))));
            else
                promise->addResult(Result<ExecutionFailure>(fromTasks.value(id)));
            promise->finish();
        }
    }

    //! Adds \a n runs with \a status at the head of \a tenant's list (the last one newest).
    QStringList addRuns(int n, const QString& status, const QString& tenant = QStringLiteral("public"))
    {
        QStringList ids;
        QList<ExecutionRecord>& list = runs[tenant];
        for (int i = 0; i < n; ++i) {
            ExecutionRecord r;
            r.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(++m_serial, 12, 10, QLatin1Char('0'));
            r.workflow = QStringLiteral("etl");
            r.status = status;
            r.startedAt = m_epoch.addSecs(m_serial);
            if (status != QLatin1String("Running"))
                r.completedAt = r.startedAt.addSecs(1);
            r.tenant = tenant;
            list.prepend(r);
            ids.append(r.id);
        }
        return ids;
    }
    //! Removes the runs \a ids from every list.
    void removeRuns(const QStringList& ids)
    {
        for (QList<ExecutionRecord>& list : runs)
            list.removeIf([&](const ExecutionRecord& r) { return ids.contains(r.id); });
    }
    //! Sets the status of run \a id.
    void setStatus(const QString& id, const QString& status)
    {
        for (QList<ExecutionRecord>& list : runs) {
            for (ExecutionRecord& r : list) {
                if (r.id == id)
                    r.status = status;
            }
        }
    }
    //! The ids of \a tenant's runs with \a status, newest first.
    QStringList idsOf(const QString& status, const QString& tenant = QStringLiteral("public")) const
    {
        QStringList ids;
        for (const ExecutionRecord& r : runs.value(tenant)) {
            if (r.status == status)
                ids.append(r.id);
        }
        return ids;
    }

private:
    struct HeldPage {
        ExecutionPageQuery query;
        PromisePtr<QList<ExecutionRecord>> promise;
    };
    struct HeldTask {
        QString id;
        PromisePtr<ExecutionFailure> promise;
    };
    QList<HeldPage> m_heldPages;
    QList<HeldTask> m_heldTasks;
    int m_serial = 0;
    QDateTime m_epoch = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
};

QStringList modelIds(const ExecutionListModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.record(row).id);
    return ids;
}

void waitIdle(const ExecutionListModel& model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 5000);
}

// Pages of \a pageSize rows from \a server; returns once the first page is in.
void loadFirstPage(ExecutionListModel& model, FakeExecutions& server, int pageSize)
{
    model.setPageSize(pageSize);
    model.setBackend(server.backend());
    waitIdle(model);
}

} // namespace

class TestExecutionListBackend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void withoutBackendTheModelIsEmpty()
    {
        ExecutionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackend({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasMore());
        QVERIFY(!model.isLoading());
        QCOMPARE(model.emptyText(), QStringLiteral("Not connected to a server."));
        model.refresh();
        model.loadMore();
        QVERIFY(!model.isLoading());
    }

    // Pages of pageSize rows each, in started_at order, one insertion per page; every page after
    // the first overlaps the previous one by a row (asked for one more row).
    void pagingLoadsEveryRowOnce()
    {
        FakeExecutions server;
        server.addRuns(15, QStringLiteral("Completed"));
        server.addRuns(120, QStringLiteral("Failed"));
        ExecutionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setPageSize(50);
        model.setBackend(server.backend());
        QVERIFY(model.isLoading());
        waitIdle(model);
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(model.hasMore());
        QCOMPARE(inserted.count(), 1);
        model.loadMore();
        waitIdle(model);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(inserted.count(), 2);
        model.loadMore();
        waitIdle(model);
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(inserted.count(), 3);
        QVERIFY(!model.hasMore());
        QCOMPARE(modelIds(model), server.idsOf(QStringLiteral("Failed")));
        QCOMPARE(server.pageLog.size(), 3);
        QCOMPARE(server.pageLog.at(0).offset, 0);
        QCOMPARE(server.pageLog.at(0).limit, 50);
        QCOMPARE(server.pageLog.at(1).offset, 49);
        QCOMPARE(server.pageLog.at(1).limit, 51);
        QCOMPARE(server.pageLog.at(2).offset, 99);
        QCOMPARE(server.pageLog.at(0).status, QStringLiteral("Failed"));
        QCOMPARE(reset.count(), 1); // setBackend
        model.loadMore(); // nothing left: no request
        QCOMPARE(server.pageLog.size(), 3);
    }

    // Runs arriving at the head between two pages cost duplicates, which are merged.
    void fetchMoreAfterAForwardShiftAddsNoDuplicate()
    {
        FakeExecutions server;
        server.addRuns(60, QStringLiteral("Failed"));
        ExecutionListModel model;
        loadFirstPage(model, server, 20);
        const QStringList before = server.idsOf(QStringLiteral("Failed"));
        server.addRuns(5, QStringLiteral("Failed"));
        model.loadMore();
        waitIdle(model);
        QCOMPARE(modelIds(model), before.mid(0, 35));
    }

    // Runs deleted ahead of the walk pull later rows back: the walk notices that the page lost
    // its overlap row and steps back instead of skipping rows.
    void fetchMoreAfterADeletionLeavesNoHole()
    {
        FakeExecutions server;
        server.addRuns(80, QStringLiteral("Failed"));
        ExecutionListModel model;
        loadFirstPage(model, server, 20);
        QCOMPARE(model.rowCount(), 20);
        const QStringList all = server.idsOf(QStringLiteral("Failed"));
        server.removeRuns(all.mid(0, 25)); // the 20 shown and 5 more
        model.loadMore();
        waitIdle(model);
        // Rows 25.. follow the rows shown, without a hole (a plain offset walk skips 25..44).
        const QStringList ids = modelIds(model);
        QCOMPARE(ids.mid(0, 20), all.mid(0, 20));
        QVERIFY(ids.size() > 20);
        QCOMPARE(ids.at(20), all.at(25));
        QCOMPARE(ids.mid(20), all.mid(25, ids.size() - 20));
        QVERIFY(server.pageLog.size() > 2); // the stepped-back page
    }

    // A refresh after a burst larger than a page pages on until it meets a row it had: all the
    // new runs are inserted, flagged and reported once; paging on continues behind the old rows.
    void refreshPagesUntilAKnownRow()
    {
        FakeExecutions server;
        server.addRuns(30, QStringLiteral("Failed"));
        ExecutionListModel model;
        loadFirstPage(model, server, 20);
        QCOMPARE(model.rowCount(), 20);
        const QStringList old = server.idsOf(QStringLiteral("Failed"));
        const QStringList burst = server.addRuns(75, QStringLiteral("Failed"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy refreshed(&model, &ExecutionListModel::refreshed);
        QSignalSpy newFailures(&model, &ExecutionListModel::newFailures);
        QSignalSpy lastRefreshed(&model, &ExecutionListModel::lastRefreshedChanged);
        const qsizetype pagesBefore = server.pageLog.size();
        model.refresh();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(lastRefreshed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(model.rowCount(), 95);
        QCOMPARE(model.newCount(), 75);
        QCOMPARE(newFailures.count(), 1);
        const QStringList reported = newFailures.at(0).at(0).toStringList();
        QCOMPARE(QSet<QString>(reported.begin(), reported.end()), QSet<QString>(burst.begin(), burst.end()));
        for (const QString& id : burst) {
            const int row = model.rowOfId(id);
            QVERIFY2(row >= 0 && row < 75, qPrintable(id));
            QVERIFY(model.index(row, 0).data(ExecutionListModel::IsNewRole).toBool());
        }
        // Head page, then pages overlapping by one until a known row (burst rows 59..74 + old 0..4).
        QCOMPARE(server.pageLog.size() - pagesBefore, 4);
        QCOMPARE(server.pageLog.at(pagesBefore + 1).offset, 19);
        QVERIFY(model.hasMore());
        model.loadMore();
        waitIdle(model);
        QCOMPARE(model.rowCount(), 105);
        QVERIFY(!model.hasMore());
        QCOMPARE(modelIds(model), server.idsOf(QStringLiteral("Failed")));
        QCOMPARE(modelIds(model).mid(75), old);
    }

    // A refresh removes the head rows that are gone and updates changed ones in place.
    void refreshMergesByIdWithoutReset()
    {
        FakeExecutions server;
        const QStringList ids = server.addRuns(10, QStringLiteral("Failed"));
        ExecutionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStatusFilter({});
        model.setPageSize(20);
        model.setBackend(server.backend());
        waitIdle(model);
        QCOMPARE(model.rowCount(), 10);
        const QPersistentModelIndex kept = model.index(model.rowOfId(ids.at(2)), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy refreshed(&model, &ExecutionListModel::refreshed);
        server.removeRuns({ ids.at(5) });
        server.setStatus(ids.at(7), QStringLiteral("Completed"));
        model.refresh();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 9);
        QVERIFY(model.rowOfId(ids.at(5)) < 0);
        QCOMPARE(model.record(model.rowOfId(ids.at(7))).status, QStringLiteral("Completed"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(ExecutionListModel::IdRole).toString(), ids.at(2));
    }

    // A failed page keeps the rows shown, reports the error once and still completes the
    // refresh; the next good page clears it. A failed fetchMore can be retried.
    void errorsKeepRowsAndClearOnSuccess()
    {
        FakeExecutions server;
        server.addRuns(30, QStringLiteral("Failed"));
        ExecutionListModel model;
        loadFirstPage(model, server, 20);
        QSignalSpy errors(&model, &ExecutionListModel::errorOccurred);
        QSignalSpy errorChanged(&model, &ExecutionListModel::lastErrorChanged);
        QSignalSpy refreshed(&model, &ExecutionListModel::refreshed);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        Error bad = Error::make(Error::Kind::Http, QStringLiteral("Bad Gateway"), QStringLiteral("list_executions"));
        bad.httpStatus = 502;
        server.pageError = bad;
        const char* warning = "executions: HTTP error 502: Bad Gateway (list_executions)";
        QTest::ignoreMessage(QtWarningMsg, warning);
        model.refresh();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(errors.count(), 1);
        QVERIFY(model.hasError());
        QCOMPARE(model.lastError().httpStatus, 502);
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(!model.isLoading());
        // fetchMore fails too, and stays possible
        QTest::ignoreMessage(QtWarningMsg, warning);
        model.loadMore();
        waitIdle(model);
        QCOMPARE(errors.count(), 2);
        QVERIFY(model.hasMore());
        QCOMPARE(model.rowCount(), 20);
        // canceled calls are not errors
        server.pageError = Error::canceled();
        model.loadMore();
        waitIdle(model);
        QCOMPARE(errors.count(), 2);
        // the server is back
        server.pageError.reset();
        errorChanged.clear();
        model.loadMore();
        waitIdle(model);
        QVERIFY(!model.hasError());
        QCOMPARE(errorChanged.count(), 1);
        QCOMPARE(model.rowCount(), 30);
        QVERIFY(!model.hasMore());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
    }

    // Late pages of an old query are dropped when the filter changes meanwhile.
    void filterChangeDropsLatePages()
    {
        FakeExecutions server;
        server.addRuns(5, QStringLiteral("Failed"));
        server.addRuns(3, QStringLiteral("Completed"));
        server.holdPages = true;
        ExecutionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackend(server.backend());
        QVERIFY(model.isLoading());
        QCOMPARE(model.emptyText(), QStringLiteral("Loading runs…"));
        model.setStatusFilter({ QStringLiteral("Completed") });
        server.answerPages();
        waitIdle(model);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(modelIds(model), server.idsOf(QStringLiteral("Completed")));
    }

    // allTenants lists the tenants first and shows every tenant's runs, newest first.
    void allTenantsMergesTenants()
    {
        FakeExecutions server;
        server.tenants = { QStringLiteral("acme") };
        server.addRuns(3, QStringLiteral("Failed"));
        server.addRuns(2, QStringLiteral("Failed"), QStringLiteral("acme"));
        ExecutionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAllTenants(true);
        model.setBackend(server.backend());
        waitIdle(model);
        QCOMPARE(model.effectiveTenants(), (QStringList { QStringLiteral("public"), QStringLiteral("acme") }));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.record(0).tenant, QStringLiteral("acme"));
        QCOMPARE(model.record(4).tenant, QStringLiteral("public"));
    }

    // Failure details are fetched when a view asks, at most maxConcurrentEnrichments at once,
    // from the tasks, falling back to the events for the error text; answers are cached.
    void enrichmentIsLazyBoundedAndCached()
    {
        FakeExecutions server;
        const QStringList ids = server.addRuns(5, QStringLiteral("Failed"));
        for (const QString& id : ids)
            server.fromTasks.insert(id, { QStringLiteral("extract"), QStringLiteral("Task execution error: disk full\nat line 3") });
        // One run whose task rows carry no error: the events do.
        server.fromTasks.insert(ids.at(0), { QStringLiteral("load"), QString() });
        server.fromEvents.insert(ids.at(0), { QStringLiteral("other"), QStringLiteral("connection refused") });
        ExecutionListModel model;
        model.setMaxConcurrentEnrichments(2);
        model.setBackend(server.backend());
        waitIdle(model);
        QCOMPARE(model.rowCount(), 5);
        QCoreApplication::processEvents();
        QCOMPARE(server.taskLog.size(), 0); // nobody asked yet

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, ExecutionListModel::FailingTaskColumn).data().toString(), QString());
        QTRY_COMPARE(server.tasksInFlight(), 2);
        QCoreApplication::processEvents();
        QCOMPARE(server.tasksInFlight(), 2);
        while (server.taskLog.size() < 5 || server.tasksInFlight() > 0) {
            QVERIFY(server.tasksInFlight() <= 2);
            server.answerTasks();
            QTRY_VERIFY(server.tasksInFlight() > 0 || server.taskLog.size() == 5);
        }
        for (int row = 0; row < model.rowCount(); ++row)
            QTRY_VERIFY(model.index(row, 0).data(ExecutionListModel::EnrichedRole).toBool());
        QCOMPARE(server.taskLog.size(), 5);
        QCOMPARE(server.eventLog, QStringList { ids.at(0) });
        const int first = model.rowOfId(ids.at(0));
        QCOMPARE(model.record(first).failingTask, QStringLiteral("load"));
        QCOMPARE(model.record(first).errorText, QStringLiteral("connection refused"));
        const int other = model.rowOfId(ids.at(1));
        QCOMPARE(model.record(other).failingTask, QStringLiteral("extract"));
        QCOMPARE(model.record(other).firstErrorLine, QStringLiteral("disk full"));
        QCOMPARE(model.index(other, ExecutionListModel::ErrorColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Task execution error: disk full\nat line 3"));
        QCOMPARE(changed.count(), 5);
        for (const QList<QVariant>& args : std::as_const(changed))
            QVERIFY(args.at(2).value<QList<int>>().contains(ExecutionListModel::FailingTaskRole));

        // A reset keeps the answers: the rows come back enriched without a call.
        model.setWorkflowFilter(QStringLiteral("etl"));
        waitIdle(model);
        QVERIFY(model.record(first).enriched);
        QCOMPARE(model.record(first).errorText, QStringLiteral("connection refused"));
        model.enrich(first);
        QCoreApplication::processEvents();
        QCOMPARE(server.taskLog.size(), 5);
    }

    // A failed task fetch is not repeated until the next refresh.
    void failedEnrichmentRetriesAfterRefresh()
    {
        FakeExecutions server;
        const QString id = server.addRuns(1, QStringLiteral("Failed")).first();
        server.tasksFail.insert(id);
        ExecutionListModel model;
        model.setBackend(server.backend());
        waitIdle(model);
        model.enrich(0);
        QTRY_COMPARE(server.tasksInFlight(), 1);
        server.answerTasks();
        QTRY_COMPARE(server.taskLog.size(), 1);
        QCoreApplication::processEvents();
        model.enrich(0);
        model.index(0, ExecutionListModel::ErrorColumn).data();
        QCoreApplication::processEvents();
        QCOMPARE(server.taskLog.size(), 1);
        QVERIFY(!model.record(0).enriched);

        server.tasksFail.clear();
        server.fromTasks.insert(id, { QStringLiteral("extract"), QStringLiteral("boom") });
        QSignalSpy refreshed(&model, &ExecutionListModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(5000));
        model.enrich(0);
        QTRY_COMPARE(server.tasksInFlight(), 1);
        server.answerTasks();
        QTRY_VERIFY(model.record(0).enriched);
        QCOMPARE(model.record(0).failingTask, QStringLiteral("extract"));
    }

    // Lifetime: a model (and its FailureEnricher) destroyed with pages and failure fetches in
    // flight gets no callback when they settle afterwards.
    void destroyedWithCallsInFlight()
    {
        FakeExecutions server;
        server.addRuns(3, QStringLiteral("Failed"));
        auto model = std::make_unique<ExecutionListModel>();
        model->setBackend(server.backend());
        waitIdle(*model);
        model->enrich(0);
        QTRY_COMPARE(server.tasksInFlight(), 1);
        server.holdPages = true;
        model->refresh();
        QVERIFY(model->isLoading());
        model.reset();
        server.answerTasks();
        server.answerPages();
        QCoreApplication::processEvents();
        QCOMPARE(server.taskLog.size(), 1);
    }

    // A listed run that fails later is enriched without a view asking, and the change names
    // the failure roles (QML delegates read roles only when dataChanged names them).
    void runThatFailsWhileListedIsEnriched()
    {
        FakeExecutions server;
        const QString id = server.addRuns(1, QStringLiteral("Running")).first();
        server.fromTasks.insert(id, { QStringLiteral("extract"), QStringLiteral("boom") });
        ExecutionListModel model;
        model.setStatusFilter({});
        model.setBackend(server.backend());
        waitIdle(model);
        QCOMPARE(model.record(0).status, QStringLiteral("Running"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy refreshed(&model, &ExecutionListModel::refreshed);
        server.setStatus(id, QStringLiteral("Failed"));
        model.refresh();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(ExecutionListModel::FailingTaskRole));
        QTRY_COMPARE(server.tasksInFlight(), 1);
        server.answerTasks();
        QTRY_VERIFY(model.record(0).enriched);
        QCOMPARE(model.record(0).failingTask, QStringLiteral("extract"));
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestExecutionListBackend)
#include "tst_executionlistbackend.moc"

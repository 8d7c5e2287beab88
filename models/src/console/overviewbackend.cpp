#include <cloacinamodels/console/overviewbackend.h>

#include <cloacinamodels/format.h>

#include <cloacina/pager.h>

#include "clientgone_p.h"

#include <QPointer>
#include <QPromise>

#include <memory>

namespace Cloacina {

namespace {
    template <typename T>
    QFuture<Result<T>> clientGone(const QString& operationId)
    {
        return Internal::failedFuture<T>(Internal::clientGone(operationId));
    }

    //! The items of a list answer, or its error.
    template <typename List>
    auto itemsOf(const Result<List>& r) -> Result<decltype(r.value().items)>
    {
        if (!r)
            return r.error();
        return r.value().items;
    }

    //! One bounded walk of list_executions: collects rows until a run older than `since`, the
    //! row bound, or the end of the list; settles its promise exactly once (also when the pager
    //! dies with its client).
    struct RecentWalk {
        QPromise<Result<QList<ExecutionSummary>>> promise;
        QList<ExecutionSummary> rows;
        bool reachedStart = false;
        bool settled = false;

        void settle(Result<QList<ExecutionSummary>> result)
        {
            if (settled)
                return;
            settled = true;
            promise.addResult(std::move(result));
            promise.finish();
        }
    };

    QFuture<Result<QList<ExecutionSummary>>> walkRecentRuns(CloacinaClient* client, const QDateTime& since, int maxRuns)
    {
        auto walk = std::make_shared<RecentWalk>();
        walk->promise.start();
        QFuture<Result<QList<ExecutionSummary>>> future = walk->promise.future();
        auto* pager = new ExecutionPager(client);
        pager->setPageSize(qBound(2, maxRuns, 500));
        pager->setMaxRows(qMax(1, maxRuns));
        QObject::connect(pager, &ExecutionPager::rowsReady, pager, [walk, pager, since](const QList<ExecutionSummary>& batch) {
            for (const ExecutionSummary& run : batch) {
                const QDateTime started = Format::parseTimestamp(run.startedAt);
                if (started.isValid() && started < since) {
                    // Newest first: every later row is older still.
                    walk->reachedStart = true;
                    pager->cancel();
                    return;
                }
                walk->rows.append(run);
            }
        });
        QObject::connect(pager, &PagerBase::finished, pager, [walk, pager](const Result<void>& result) {
            if (result || walk->reachedStart)
                walk->settle(walk->rows);
            else
                walk->settle(result.error());
            pager->deleteLater();
        });
        // The pager dies with its client and then emits nothing more.
        QObject::connect(pager, &QObject::destroyed, [walk] {
            walk->settle(Internal::clientGone(QStringLiteral("list_executions")));
        });
        pager->start();
        return future;
    }
} // namespace

OverviewBackend overviewBackend(CloacinaClient* client)
{
    OverviewBackend backend;
    QPointer<CloacinaClient> guard(client);
    backend.listWorkflows = [guard]() -> QFuture<Result<QList<WorkflowSummary>>> {
        if (!guard)
            return clientGone<QList<WorkflowSummary>>(QStringLiteral("list_workflows"));
        return guard->listWorkflows().then([](const Result<WorkflowSummaryList>& r) { return itemsOf(r); });
    };
    backend.recentRuns = [guard](const QDateTime& since, int maxRuns) -> QFuture<Result<QList<ExecutionSummary>>> {
        if (!guard)
            return clientGone<QList<ExecutionSummary>>(QStringLiteral("list_executions"));
        return walkRecentRuns(guard, since, maxRuns);
    };
    backend.runsWithStatus = [guard](const QString& status) -> QFuture<Result<QList<ExecutionSummary>>> {
        if (!guard)
            return clientGone<QList<ExecutionSummary>>(QStringLiteral("list_executions"));
        ListExecutionsQuery query;
        query.status = status;
        query.limit = 1000;
        return guard->listExecutions(query).then([](const Result<ExecutionSummaryList>& r) { return itemsOf(r); });
    };
    backend.listGraphs = [guard]() -> QFuture<Result<QList<GraphStatus>>> {
        if (!guard)
            return clientGone<QList<GraphStatus>>(QStringLiteral("list_graphs"));
        return guard->listGraphs().then([](const Result<GraphStatusList>& r) { return itemsOf(r); });
    };
    backend.health = [guard]() -> QFuture<Result<QJsonValue>> {
        if (!guard)
            return clientGone<QJsonValue>(QStringLiteral("health"));
        return guard->health();
    };
    backend.ready = [guard]() -> QFuture<Result<QJsonValue>> {
        if (!guard)
            return clientGone<QJsonValue>(QStringLiteral("ready"));
        return guard->ready();
    };
    backend.serverVersion = [guard] { return guard ? guard->serverVersion() : QString(); };
    return backend;
}

} // namespace Cloacina

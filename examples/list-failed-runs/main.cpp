// SPDX-License-Identifier: Apache-2.0
// list-failed-runs: prints the failed executions of one tenant, newest first, with the task that
// failed and the first line of its error.
//
//   export CLOACINA_API_KEY=...      # from the environment only: arguments show up in `ps`
//   list-failed-runs --server https://cloacina.example.com [--tenant acme] [--limit 20]
//
// What it shows:
//  - typed results: every call settles with a Cloacina::Result<T> holding a generated DTO
//    (ExecutionSummary, ExecutionTasksResponse, ...) or a Cloacina::Error;
//  - Cloacina::ExecutionPager, which walks the limit/offset pages of list_executions without
//    duplicates even while new runs arrive at the head of the list;
//  - Cloacina::whenReady(), the safe way to consume an SDK future from a QObject;
//  - reporting an Error with everything a bug report needs.
//
// Exit status: 0 listed (also when there is nothing to list), 2 usage error, 3 a request failed,
// 4 timed out.
#include <cloacina/cloacinaclient.h>
#include <cloacina/pager.h>
#include <cloacina/whenready.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMetaEnum>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

enum ExitCode { Ok = 0,
    UsageError = 2,
    RequestFailed = 3,
    TimedOut = 4 };

// The kind (Network, Timeout, Http, Api, ...), the HTTP status (0 when no answer arrived), the
// server's machine-readable code, its message and the request id: the request id is what the
// server's operators need to find the call in their logs.
void printError(const char* what, const Cloacina::Error& error)
{
    std::fprintf(stderr, "%s: %s error, HTTP %d, code '%s': %s [request id: %s]\n", what,
        QMetaEnum::fromType<Cloacina::Error::Kind>().valueToKey(int(error.kind)), error.httpStatus,
        qPrintable(error.code), qPrintable(error.message),
        error.requestId.isEmpty() ? "none" : qPrintable(error.requestId));
}

// One line of the report.
struct FailedRun {
    Cloacina::ExecutionSummary summary; // id, workflowName, startedAt, status, ...
    QString failedTask;
    QString errorLine;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lists failed executions. The API key is read from CLOACINA_API_KEY."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("Server URL (default: $CLOACINA_SERVER_URL)."), QStringLiteral("url"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"),
        QStringLiteral("Tenant (default: public)."), QStringLiteral("tenant"),
        QStringLiteral("public"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        QStringLiteral("Most runs to list (default 20)."), QStringLiteral("n"),
        QStringLiteral("20"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
        QStringLiteral("Runs per request (default 50)."), QStringLiteral("n"),
        QStringLiteral("50"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QStringLiteral("Give up after this many seconds (default 60)."), QStringLiteral("s"),
        QStringLiteral("60"));
    parser.addOptions({ serverOption, tenantOption, limitOption, pageSizeOption, timeoutOption });
    parser.process(app);

    const QUrl server(parser.isSet(serverOption) ? parser.value(serverOption)
                                                 : qEnvironmentVariable("CLOACINA_SERVER_URL"));
    const QString apiKey = qEnvironmentVariable("CLOACINA_API_KEY");
    if (apiKey.isEmpty()) {
        std::fprintf(
            stderr, "CLOACINA_API_KEY is not set (the key is only read from the environment)\n");
        return UsageError;
    }
    const int limit = parser.value(limitOption).toInt();
    const int timeoutSeconds = parser.value(timeoutOption).toInt();
    if (!server.isValid() || server.isRelative() || limit < 1 || timeoutSeconds < 1) {
        std::fprintf(stderr,
            "usage: CLOACINA_API_KEY=... %s --server URL [--tenant T] [--limit N]\n", argv[0]);
        return UsageError;
    }

    // One client per server. It lives on the stack of main(), so it outlives everything below.
    CloacinaClient client(server);
    client.setApiKey(apiKey); // write-only: the client never hands the key back or logs it
    client.setTenant(parser.value(tenantOption));
    client.setTimeout(15000); // a request that receives nothing for 15 s fails with kind Timeout

    // Every wait has an upper bound: the whole program gives up after --timeout seconds.
    QTimer::singleShot(timeoutSeconds * 1000, &app, [timeoutSeconds] {
        std::fprintf(stderr, "timed out after %d s\n", timeoutSeconds);
        QCoreApplication::exit(TimedOut);
    });

    // Shared between the callbacks below; they all run in this thread, one at a time.
    auto runs = std::make_shared<QList<FailedRun>>();
    auto pending = std::make_shared<int>(0);

    // Prints the report once every run's details have arrived.
    auto printReport = [runs] {
        std::printf("%-36s  %-24s  %-16s  %s\n", "EXECUTION", "STARTED", "WORKFLOW", "ERROR");
        for (const FailedRun& run : std::as_const(*runs)) {
            const QString error = run.failedTask.isEmpty()
                ? run.errorLine
                : run.failedTask + QStringLiteral(": ") + run.errorLine;
            std::printf("%-36s  %-24s  %-16s  %s\n", qPrintable(run.summary.id),
                qPrintable(run.summary.startedAt), qPrintable(run.summary.workflowName),
                qPrintable(error));
        }
        std::printf("%lld failed runs\n", static_cast<long long>(runs->size()));
        QCoreApplication::exit(Ok);
    };

    // The list rows carry no error text: fetch each run's tasks and pick the failed one.
    // The calls run concurrently (Qt opens up to six connections per host).
    auto fetchDetails = [&client, &app, runs, pending, printReport] {
        if (runs->isEmpty()) {
            printReport();
            return;
        }
        *pending = int(runs->size());
        for (int i = 0; i < runs->size(); ++i) {
            Cloacina::whenReady(client.getExecutionTasks(runs->at(i).summary.id), &app,
                [i, runs, pending, printReport](
                    const Cloacina::Result<Cloacina::ExecutionTasksResponse>& result) {
                    FailedRun& run = (*runs)[i];
                    if (!result) {
                        // Not fatal: the run is still listed, with the reason.
                        run.errorLine
                            = QStringLiteral("(no details: %1)").arg(result.error().message);
                    } else {
                        for (const Cloacina::TaskExecutionDetail& task : result.value().tasks) {
                            if (task.status != QLatin1String("Failed"))
                                continue;
                            // last_error may be absent (std::optional) or JSON null (Nullable).
                            QString error = QStringLiteral("(no error text)");
                            if (task.lastError && !task.lastError->isNull())
                                error = task.lastError->value();
                            run.failedTask = task.taskName.section(QStringLiteral("::"), -1);
                            run.errorLine = error.section(QLatin1Char('\n'), 0, 0);
                            break;
                        }
                    }
                    if (--*pending == 0)
                        printReport();
                });
        }
    };

    // The pager requests page after page (limit/offset) and emits only rows it has not
    // delivered before. Parented to the client, so it cannot outlive it.
    Cloacina::ListExecutionsQuery query;
    query.status = QStringLiteral("Failed"); // filters are exact and case-sensitive
    auto* pager = new Cloacina::ExecutionPager(&client, query, {}, &client);
    pager->setPageSize(parser.value(pageSizeOption).toInt());
    pager->setMaxRows(limit);
    QObject::connect(pager, &Cloacina::ExecutionPager::rowsReady, &app,
        [runs](const QList<Cloacina::ExecutionSummary>& rows) {
            for (const Cloacina::ExecutionSummary& row : rows)
                runs->append(FailedRun { row, {}, {} });
        });
    QObject::connect(pager, &Cloacina::PagerBase::finished, &app,
        [pager, fetchDetails](const Cloacina::Result<void>& result) {
            std::fprintf(stderr, "fetched %d page(s)\n", pager->pagesFetched());
            if (!result) {
                printError("listing failed executions", result.error());
                QCoreApplication::exit(RequestFailed);
                return;
            }
            fetchDetails();
        });
    pager->start();

    return app.exec();
}

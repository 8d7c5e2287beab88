// SPDX-License-Identifier: Apache-2.0
// coroutines: execute-and-wait written as one C++20 coroutine with CloacinaQt::Coro (QCoro):
// start a workflow, wait for its end in one call, print the outcome.
//
//   export CLOACINA_API_KEY=...      # from the environment only: arguments show up in `ps`
//   coroutines --server https://cloacina.example.com [--tenant T] [--timeout 600] WORKFLOW
//
// What it shows: `co_await` on an SDK call yields its Cloacina::Result<T> (a canceled call
// yields an Error of kind Canceled); Cloacina::waitForExecution() follows the run (history, live
// pushes, polling) and settles once; ExecutionStatus is an enum.
// Exit status: 0 the run completed, 1 it failed or was cancelled, 2 usage error, 3 a request
// failed, 4 timed out.
#include <cloacina/cloacinaclient.h>
#include <cloacina/coro.h>
#include <cloacina/types/executions.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCoroTask>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {

enum ExitCode { Completed = 0,
    RunFailed = 1,
    UsageError = 2,
    RequestFailed = 3,
    TimedOut = 4 };

void printError(const char* what, const Cloacina::Error& error)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(error.toString()));
}

// The whole program flow. A coroutine with parameters, not a capturing lambda: a lambda's
// captures die when the lambda expression ends, while the coroutine lives on.
QCoro::Task<> run(CloacinaClient* client, QString workflow, std::chrono::seconds timeout)
{
    const Cloacina::Result<Cloacina::ExecuteResponse> started
        = co_await client->executeWorkflow(workflow, Cloacina::ExecuteRequest {});
    if (!started) {
        printError("executing the workflow", started.error());
        QCoreApplication::exit(RequestFailed);
        co_return;
    }
    const QString id = started.value().executionId;
    std::fprintf(stderr, "started %s as execution %s\n", qPrintable(workflow), qPrintable(id));

    Cloacina::WaitOptions options;
    options.timeout = timeout;
    const Cloacina::Result<Cloacina::ExecutionOutcome> outcome
        = co_await Cloacina::waitForExecution(client, id, options);
    if (!outcome) {
        printError("waiting for the run", outcome.error());
        QCoreApplication::exit(outcome.error().kind == Cloacina::Error::Kind::Timeout ? TimedOut : RequestFailed);
        co_return;
    }
    std::printf("execution %s: %s (%d events)\n", qPrintable(id), qPrintable(outcome.value().statusText),
        int(outcome.value().events.size()));
    QCoreApplication::exit(outcome.value().status == Cloacina::ExecutionStatus::Completed ? Completed : RunFailed);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Starts a workflow and waits for its end, as one coroutine. The API key is read from CLOACINA_API_KEY."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("Server URL (default: $CLOACINA_SERVER_URL)."), QStringLiteral("url"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"),
        QStringLiteral("Tenant (default: public)."), QStringLiteral("tenant"), QStringLiteral("public"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QStringLiteral("Give up after this many seconds (default 600)."), QStringLiteral("s"), QStringLiteral("600"));
    parser.addOptions({ serverOption, tenantOption, timeoutOption });
    parser.addPositionalArgument(QStringLiteral("workflow"), QStringLiteral("Workflow name."));
    parser.process(app);

    const QUrl server(parser.isSet(serverOption) ? parser.value(serverOption)
                                                 : qEnvironmentVariable("CLOACINA_SERVER_URL"));
    const QString apiKey = qEnvironmentVariable("CLOACINA_API_KEY");
    const int timeoutSeconds = parser.value(timeoutOption).toInt();
    if (apiKey.isEmpty() || !server.isValid() || server.isRelative() || timeoutSeconds < 1
        || parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "usage: CLOACINA_API_KEY=... %s --server URL [--timeout S] WORKFLOW\n", argv[0]);
        return UsageError;
    }

    CloacinaClient client(server);
    client.setApiKey(apiKey);
    client.setTenant(parser.value(tenantOption));
    client.setTimeout(15000);
    // Started once the event loop runs; it ends the program itself.
    QTimer::singleShot(0, &client, [&client, &parser, timeoutSeconds] {
        run(&client, parser.positionalArguments().constFirst(), std::chrono::seconds(timeoutSeconds));
    });
    return app.exec();
}

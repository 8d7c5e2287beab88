// SPDX-License-Identifier: Apache-2.0
// execute-and-wait: starts a workflow with a JSON context, waits for the run to end and prints
// its final status (and the failing task's error when it failed).
//
//   export CLOACINA_API_KEY=...      # from the environment only: arguments show up in `ps`
//   execute-and-wait --server https://cloacina.example.com --context '{"region":"emea"}'
//   report_builder
//
// What it shows: a typed call (executeWorkflow with an ExecuteRequest, settling with an
// ExecuteResponse) chained into an ExecutionFollower. The follower is how the SDK waits for a
// run: it listens on the delivery socket and falls back to polling the run's status over REST
// whenever the socket is silent or unavailable, so there is no polling loop to write here.
//
// Exit status: 0 the run completed, 1 it failed or was cancelled, 2 usage error, 3 a request
// failed, 4 timed out.
#include <cloacina/cloacinaclient.h>
#include <cloacina/streams.h>
#include <cloacina/types/executions.h>
#include <cloacina/whenready.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaEnum>
#include <QTimer>

#include <cstdio>

namespace {

enum ExitCode { Completed = 0,
    RunFailed = 1,
    UsageError = 2,
    RequestFailed = 3,
    TimedOut = 4 };

// The kind (Network, Timeout, Http, Api, ...), the HTTP status (0 when no answer arrived), the
// server's machine-readable code, its message and the request id (the key to the server's logs).
void printError(const char* what, const Cloacina::Error& error)
{
    std::fprintf(stderr, "%s: %s error, HTTP %d, code '%s': %s [request id: %s]\n", what,
        QMetaEnum::fromType<Cloacina::Error::Kind>().valueToKey(int(error.kind)), error.httpStatus,
        qPrintable(error.code), qPrintable(error.message),
        error.requestId.isEmpty() ? "none" : qPrintable(error.requestId));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Executes a workflow and waits for the run to end. The API key is read from "
                       "CLOACINA_API_KEY."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("Server URL (default: $CLOACINA_SERVER_URL)."), QStringLiteral("url"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"),
        QStringLiteral("Tenant (default: public)."), QStringLiteral("tenant"),
        QStringLiteral("public"));
    const QCommandLineOption contextOption(QStringLiteral("context"),
        QStringLiteral("Context of the run, a JSON object."), QStringLiteral("json"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QStringLiteral("Give up after this many seconds (default 600)."), QStringLiteral("s"),
        QStringLiteral("600"));
    parser.addOptions({ serverOption, tenantOption, contextOption, timeoutOption });
    parser.addPositionalArgument(QStringLiteral("workflow"), QStringLiteral("Workflow name."));
    parser.process(app);

    const QUrl server(parser.isSet(serverOption) ? parser.value(serverOption)
                                                 : qEnvironmentVariable("CLOACINA_SERVER_URL"));
    const QString apiKey = qEnvironmentVariable("CLOACINA_API_KEY");
    if (apiKey.isEmpty()) {
        std::fprintf(
            stderr, "CLOACINA_API_KEY is not set (the key is only read from the environment)\n");
        return UsageError;
    }
    const int timeoutSeconds = parser.value(timeoutOption).toInt();
    if (!server.isValid() || server.isRelative() || timeoutSeconds < 1
        || parser.positionalArguments().size() != 1) {
        std::fprintf(stderr,
            "usage: CLOACINA_API_KEY=... %s --server URL [--context JSON] WORKFLOW\n", argv[0]);
        return UsageError;
    }
    const QString workflow = parser.positionalArguments().constFirst();

    // The request body is a generated type; its context member is optional (not sent when empty).
    Cloacina::ExecuteRequest request;
    if (parser.isSet(contextOption)) {
        QJsonParseError parseError;
        const QJsonDocument context
            = QJsonDocument::fromJson(parser.value(contextOption).toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !context.isObject()) {
            std::fprintf(stderr, "--context must be a JSON object: %s\n",
                qPrintable(parseError.errorString()));
            return UsageError;
        }
        request.context = context.object();
    }

    CloacinaClient client(server);
    client.setApiKey(apiKey);
    client.setTenant(parser.value(tenantOption));
    client.setTimeout(15000);

    QTimer::singleShot(timeoutSeconds * 1000, &app, [timeoutSeconds] {
        std::fprintf(stderr, "timed out after %d s; the run has not ended\n", timeoutSeconds);
        QCoreApplication::exit(TimedOut);
    });

    // Follows the run once the server has accepted it; ends the program with its outcome.
    auto follow = [&client](const QString& executionId) {
        Cloacina::ExecutionFollower* follower
            = Cloacina::followExecution(&client, executionId, &client);
        QObject::connect(follower, &Cloacina::ExecutionFollower::statusChanged, &client,
            [](const QString& status) {
                std::fprintf(stderr, "status: %s\n", qPrintable(status));
            });
        QObject::connect(follower, &Cloacina::ExecutionFollower::failed, &client,
            [](const Cloacina::Error& error) {
                printError("waiting for the run", error);
                QCoreApplication::exit(RequestFailed);
            });
        QObject::connect(follower, &Cloacina::ExecutionFollower::finished, &client,
            [follower, executionId](const QString& status) {
                std::printf("execution %s: %s\n", qPrintable(executionId), qPrintable(status));
                // The follower keeps the task rows: show why a failed run failed.
                for (const Cloacina::RunTask& task : follower->tasks()) {
                    if (task.status == QLatin1String("Failed"))
                        std::printf("  %s failed: %s\n", qPrintable(task.shortTaskName()),
                            qPrintable(task.lastError.section(QLatin1Char('\n'), 0, 0)));
                }
                QCoreApplication::exit(
                    status == QLatin1String("Completed") ? Completed : RunFailed);
            });
    };

    // execute_workflow answers 202 as soon as the run is queued: the run has not finished yet.
    Cloacina::whenReady(client.executeWorkflow(workflow, request), &client,
        [follow](const Cloacina::Result<Cloacina::ExecuteResponse>& result) {
            if (!result) {
                // e.g. Api 404 workflow_not_found, 409 workflow_paused, 400 workflow_input_invalid
                printError("executing the workflow", result.error());
                QCoreApplication::exit(RequestFailed);
                return;
            }
            const Cloacina::ExecuteResponse& started = result.value();
            std::fprintf(stderr, "started %s as execution %s (%s)\n",
                qPrintable(started.workflowName), qPrintable(started.executionId),
                qPrintable(started.status));
            follow(started.executionId);
        });

    return app.exec();
}

// SPDX-License-Identifier: Apache-2.0
// follow-run: prints the events of one execution as they happen and exits when the run ends.
//
//   export CLOACINA_API_KEY=...      # from the environment only: arguments show up in `ps`
//   follow-run --server https://cloacina.example.com [--tenant acme] EXECUTION_ID
//
// What it shows: Cloacina::ExecutionFollower, the one object to use for "watch this run". It
// loads the REST history first, then listens on the delivery socket (exec_events:<id>) and polls
// REST whenever the socket is silent or down (a 0.10.0 server often pushes nothing), merges all
// of that by event id so each event arrives exactly once, and emits finished() when the run's
// status is terminal. Events arrive in batches (the history is one batch).
//
// Exit status: 0 the run completed, 1 it failed or was cancelled, 2 usage error, 3 following
// failed (e.g. unknown execution, bad key), 4 timed out.
#include <cloacina/cloacinaclient.h>
#include <cloacina/streams.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTimer>

#include <cstdio>

namespace {

enum ExitCode { Completed = 0,
    RunFailed = 1,
    UsageError = 2,
    FollowFailed = 3,
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

template <typename Enum>
const char* name(Enum value)
{
    return QMetaEnum::fromType<Enum>().valueToKey(int(value));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Follows one execution live. The API key is read from CLOACINA_API_KEY."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("Server URL (default: $CLOACINA_SERVER_URL)."), QStringLiteral("url"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"),
        QStringLiteral("Tenant (default: public)."), QStringLiteral("tenant"),
        QStringLiteral("public"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QStringLiteral("Give up after this many seconds (default 600)."), QStringLiteral("s"),
        QStringLiteral("600"));
    parser.addOptions({ serverOption, tenantOption, timeoutOption });
    parser.addPositionalArgument(
        QStringLiteral("execution"), QStringLiteral("Execution id (UUID)."));
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
        std::fprintf(stderr, "usage: CLOACINA_API_KEY=... %s --server URL EXECUTION_ID\n", argv[0]);
        return UsageError;
    }
    const QString executionId = parser.positionalArguments().constFirst();

    CloacinaClient client(server);
    client.setApiKey(apiKey); // write-only; streams never see it (they use one-time tickets)
    client.setTenant(parser.value(tenantOption));
    client.setTimeout(15000);

    QTimer::singleShot(timeoutSeconds * 1000, &app, [timeoutSeconds] {
        std::fprintf(stderr, "timed out after %d s; the run has not ended\n", timeoutSeconds);
        QCoreApplication::exit(TimedOut);
    });

    // Created and started at once. Parented to the client so it never outlives it. Its first
    // results arrive from the event loop, so connecting right after creation misses nothing.
    Cloacina::ExecutionFollower* follower
        = Cloacina::followExecution(&client, executionId, &client);

    QObject::connect(follower, &Cloacina::ExecutionFollower::eventsReceived, &app,
        [](const QList<Cloacina::RunEvent>& events) {
            for (const Cloacina::RunEvent& event : events) {
                // eventData is already parsed JSON: {"error": ...}, {"attempt": ...} or null.
                const QString data = event.eventData.isObject()
                    ? QString::fromUtf8(
                        QJsonDocument(event.eventData.toObject()).toJson(QJsonDocument::Compact))
                    : QString();
                std::printf("%-24s %-4s %-22s %-12s %s\n", qPrintable(event.createdAtText),
                    event.origin == Cloacina::RunEvent::Origin::Push ? "push" : "rest",
                    qPrintable(event.eventType), qPrintable(event.shortTaskName()),
                    qPrintable(data));
            }
            std::fflush(stdout); // show events as they come even when stdout is a pipe
        });

    // Where the data currently comes from: Live, Polling, Reconnecting, Ended (diagnostics).
    QObject::connect(follower, &Cloacina::ExecutionFollower::sourceChanged, &app,
        [](Cloacina::ExecutionFollower::Source source) {
            std::fprintf(stderr, "source: %s\n", name(source));
        });

    // Every error, including ones the follower survives (it keeps polling after a transient one).
    QObject::connect(follower, &Cloacina::ExecutionFollower::errorOccurred, &app,
        [](const Cloacina::Error& error) {
            printError(error.isTransient() ? "retrying after" : "error", error);
        });

    // Fatal: unknown execution, bad key, undecodable answer. The follower has stopped.
    QObject::connect(follower, &Cloacina::ExecutionFollower::failed, &app,
        [](const Cloacina::Error&) { QCoreApplication::exit(FollowFailed); });

    // The run is over and every one of its events has been delivered above.
    QObject::connect(follower, &Cloacina::ExecutionFollower::finished, &app,
        [executionId](const QString& status) {
            std::printf("run %s finished: %s\n", qPrintable(executionId), qPrintable(status));
            QCoreApplication::exit(status == QLatin1String("Completed") ? Completed : RunFailed);
        });

    return app.exec();
}

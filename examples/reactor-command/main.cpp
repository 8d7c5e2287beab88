// SPDX-License-Identifier: Apache-2.0
// reactor-command: sends one operator command to a reactor and prints its reply.
//
//   export CLOACINA_API_KEY=...      # from the environment only: arguments show up in `ps`
//   reactor-command --server https://cloacina.example.com market_maker_reactor get-state
//
// Commands: get-state (prints the reactor's input cache), force-fire, pause, resume.
//
// What it shows: Cloacina::ReactorChannel. Each command returns a
// QFuture<Result<ReactorResponse>> that settles exactly once: with the reply, with an Api error
// (code `reactor_error`) when the reactor answered `error`, or with the channel's error when the
// socket could not be used. A command issued on an unopened channel opens it (with a one-time
// ticket: the API key never goes on the socket).
//
// Exit status: 0 the reactor replied, 1 the reactor answered with an error, 2 usage error,
// 3 the request failed (network, authorization, unknown reactor), 4 timed out.
#include <cloacina/cloacinaclient.h>
#include <cloacina/streams.h>
#include <cloacina/whenready.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMetaEnum>
#include <QTimer>

#include <cstdio>

namespace {

enum ExitCode { Ok = 0,
    ReactorError = 1,
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
        QStringLiteral("Sends a command to a reactor. The API key is read from CLOACINA_API_KEY."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("Server URL (default: $CLOACINA_SERVER_URL)."), QStringLiteral("url"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QStringLiteral("Give up after this many seconds (default 30)."), QStringLiteral("s"),
        QStringLiteral("30"));
    parser.addOptions({ serverOption, timeoutOption });
    parser.addPositionalArgument(QStringLiteral("reactor"), QStringLiteral("Reactor name."));
    parser.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral("get-state (default), force-fire, pause or resume."),
        QStringLiteral("[command]"));
    parser.process(app);

    const QUrl server(parser.isSet(serverOption) ? parser.value(serverOption)
                                                 : qEnvironmentVariable("CLOACINA_SERVER_URL"));
    const QString apiKey = qEnvironmentVariable("CLOACINA_API_KEY");
    if (apiKey.isEmpty()) {
        std::fprintf(
            stderr, "CLOACINA_API_KEY is not set (the key is only read from the environment)\n");
        return UsageError;
    }
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(1, QStringLiteral("get-state"));
    const int timeoutSeconds = parser.value(timeoutOption).toInt();
    const QStringList commands { QStringLiteral("get-state"), QStringLiteral("force-fire"),
        QStringLiteral("pause"), QStringLiteral("resume") };
    if (!server.isValid() || server.isRelative() || timeoutSeconds < 1 || args.isEmpty()
        || args.size() > 2 || !commands.contains(command)) {
        std::fprintf(stderr,
            "usage: CLOACINA_API_KEY=... %s --server URL REACTOR "
            "[get-state|force-fire|pause|resume]\n",
            argv[0]);
        return UsageError;
    }

    CloacinaClient client(server);
    client.setApiKey(apiKey);
    client.setTimeout(15000);

    QTimer::singleShot(timeoutSeconds * 1000, &app, [timeoutSeconds] {
        std::fprintf(stderr, "timed out after %d s\n", timeoutSeconds);
        QCoreApplication::exit(TimedOut);
    });

    // Not opened yet: the first command opens the socket. Parented to the client.
    Cloacina::ReactorChannel* channel
        = Cloacina::reactorChannel(&client, args.constFirst(), &client);

    QFuture<Cloacina::Result<Cloacina::ReactorResponse>> reply;
    if (command == QLatin1String("get-state"))
        reply = channel->getState();
    else if (command == QLatin1String("force-fire"))
        reply = channel->forceFire();
    else if (command == QLatin1String("pause"))
        reply = channel->pause();
    else
        reply = channel->resume();

    Cloacina::whenReady(
        reply, channel, [](const Cloacina::Result<Cloacina::ReactorResponse>& result) {
            if (!result) {
                const Cloacina::Error& error = result.error();
                printError("reactor command", error);
                // `reactor_error`: the reactor received the command and refused it.
                QCoreApplication::exit(
                    error.code == QLatin1String("reactor_error") ? ReactorError : RequestFailed);
                return;
            }
            const Cloacina::ReactorResponse& response = result.value();
            std::printf("reply: %s\n",
                QMetaEnum::fromType<Cloacina::ReactorResponse::Type>().valueToKey(
                    int(response.type)));
            // For get-state: boundary name -> JSON text of the last data the reactor received.
            for (auto it = response.cache.cbegin(); it != response.cache.cend(); ++it)
                std::printf("  %s = %s\n", qPrintable(it.key()), qPrintable(it.value()));
            QCoreApplication::exit(Ok);
        });

    return app.exec();
}

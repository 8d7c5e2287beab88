// cloacina-follow: prints every event of one execution as a JSON line (history first, then
// live), status messages on stderr; exits 0 when the run completed, 1 when it failed or was
// cancelled, 2 on usage, authentication or protocol errors (the delivery socket's included).
#include <cloacina/cloacinaclient.h>
#include <cloacina/executionid.h>
#include <cloacina/streams.h>
#if __has_include(<cloacina/profiles.h>)
#include <cloacina/profiles.h>
#define FOLLOW_HAS_PROFILES 1
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Cloacina;

namespace {

enum Exit { Completed = 0,
    RunFailed = 1,
    UsageOrAuth = 2 };

void status(const QString& text)
{
    std::fprintf(stderr, "cloacina-follow: %s\n", qPrintable(text));
    std::fflush(stderr);
}

QString sourceName(ExecutionFollower::Source source)
{
    switch (source) {
    case ExecutionFollower::Source::Idle:
        return QStringLiteral("idle");
    case ExecutionFollower::Source::Live:
        return QStringLiteral("live");
    case ExecutionFollower::Source::Polling:
        return QStringLiteral("polling");
    case ExecutionFollower::Source::Reconnecting:
        return QStringLiteral("reconnecting");
    case ExecutionFollower::Source::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cloacina-follow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOACINA_FOLLOW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Follows one cloacina execution and prints each event as one JSON object per line on stdout\n"
        "(history first, then live): id, event_type, created_at, event_data (parsed), and task_name\n"
        "and sequence_num when known. Status messages go to stderr.\n\n"
        "Server and API key come from, in this order: --server, --profile, CLOACINA_SERVER_URL and\n"
        "CLOACINA_API_KEY, the default profile of ~/.cloacina/config.toml. The key is never printed.\n"
        "Exit status: 0 the run completed, 1 it failed or was cancelled, 2 usage, auth or protocol error\n"
        "(including a delivery-socket protocol error such as close 4426/4400)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("Server base URL (beats --profile, $CLOACINA_SERVER_URL and the default profile)."), QStringLiteral("url"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"),
        QStringLiteral("Tenant of the execution (default: public)."), QStringLiteral("tenant"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QStringLiteral("cloacinactl profile in ~/.cloacina/config.toml (default: the file's default_profile)."),
        QStringLiteral("name"));
    const QCommandLineOption pollOnlyOption(QStringLiteral("poll-only"),
        QStringLiteral("Do not open the delivery socket; poll REST only."));
    const QCommandLineOption shortNamesOption(QStringLiteral("short-task-names"),
        QStringLiteral("Print the last segment of task names instead of the full name."));
    parser.addOptions({ serverOption, tenantOption, profileOption, pollOnlyOption, shortNamesOption });
    parser.addPositionalArgument(QStringLiteral("execution-id"), QStringLiteral("UUID of the execution to follow."));

    if (!parser.parse(QCoreApplication::arguments())) {
        status(parser.errorText());
        return UsageOrAuth;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("cloacina-follow %s\n", CLOACINA_FOLLOW_VERSION);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        status(QStringLiteral("exactly one execution id is required (see --help)"));
        return UsageOrAuth;
    }
    // Any spelling the server accepts (case, braces, urn:uuid:, 32 hex digits) names the same
    // run; the socket needs the canonical one.
    const std::optional<QString> normalizedId = normalizeExecutionId(positional.first());
    if (!normalizedId) {
        // Not echoed: the argument could be anything pasted, an API key included.
        status(QStringLiteral("the argument is not an execution id (a UUID such as "
                              "0b3c6f1e-5a2d-4c1b-9e8f-7a6b5c4d3e2f; braces, urn:uuid: and 32 hex digits work too)"));
        return UsageOrAuth;
    }
    const QString executionId = *normalizedId;

    CloacinaClient client;
#ifdef FOLLOW_HAS_PROFILES
    // cloacinactl's precedence, explicit beats implicit: --server, --profile, the environment,
    // then the config file's default profile (see Cloacina::resolveConnection).
    ConnectionSources sources = ConnectionSources::fromEnvironment();
    sources.serverFlag = parser.value(serverOption);
    sources.profileFlag = parser.value(profileOption);
    ProfileError profileError;
    const std::optional<ResolvedConnection> connection = resolveConnection(sources, &profileError);
    if (!connection) {
        status(profileError.toString());
        return UsageOrAuth;
    }
    if (!connection->configWarning.isEmpty())
        status(QStringLiteral("warning: ignoring the config file: %1").arg(connection->configWarning));
    client.setBaseUrl(connection->server);
    client.setApiKey(connection->apiKey);
#else
    if (parser.isSet(profileOption)) {
        status(QStringLiteral("profiles are not supported by this build"));
        return UsageOrAuth;
    }
    QString serverUrl = parser.value(serverOption);
    if (serverUrl.isEmpty())
        serverUrl = qEnvironmentVariable("CLOACINA_SERVER_URL");
    client.setBaseUrl(QUrl(serverUrl));
    client.setApiKey(qEnvironmentVariable("CLOACINA_API_KEY"));
#endif
    if (parser.isSet(tenantOption))
        client.setTenant(parser.value(tenantOption));

    const QUrl base = client.baseUrl();
    if (!base.isValid() || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https"))) {
        status(QStringLiteral("no usable server URL: pass --server, set CLOACINA_SERVER_URL or use a profile"));
        return UsageOrAuth;
    }
    if (!client.hasApiKey()) {
        status(QStringLiteral("no API key: set CLOACINA_API_KEY or use a profile"));
        return UsageOrAuth;
    }

    const bool shortNames = parser.isSet(shortNamesOption);
    ExecutionFollower follower(followerBackend(&client, executionId), executionId);
    follower.setLiveEnabled(!parser.isSet(pollOnlyOption));

    QTextStream out(stdout);
    QObject::connect(&follower, &ExecutionFollower::eventsReceived, &app, [&out, shortNames](const QList<RunEvent>& events) {
        for (const RunEvent& e : events)
            out << QJsonDocument(e.toJson(shortNames)).toJson(QJsonDocument::Compact) << '\n';
        out.flush();
    });
    QObject::connect(&follower, &ExecutionFollower::sourceChanged, &app, [](ExecutionFollower::Source source) {
        status(QStringLiteral("source: %1").arg(sourceName(source)));
    });
    QObject::connect(&follower, &ExecutionFollower::statusChanged, &app,
        [](const QString& s) { status(QStringLiteral("status: %1").arg(s)); });
    QObject::connect(&follower, &ExecutionFollower::socketReconnecting, &app, [](int delayMs, const Error& reason) {
        status(QStringLiteral("socket reconnecting in %1 ms: %2").arg(delayMs).arg(reason.toString()));
    });
    QObject::connect(&follower, &ExecutionFollower::errorOccurred, &app, [](const Error& e) {
        status(QStringLiteral("error: %1").arg(e.toString()));
        // The follower survives a failed socket by polling, but a protocol error (close 4426 or
        // 4400, an oversized frame) means this client and the server disagree: exit 2 as
        // documented rather than carry on and exit 0.
        if (e.kind == Error::Kind::Protocol && e.operationId == QLatin1String("delivery_ws")) {
            status(QStringLiteral("the delivery socket failed with a protocol error; --poll-only follows by REST alone"));
            QCoreApplication::exit(UsageOrAuth);
        }
    });

    // A server that accepts the connection but never answers would otherwise leave the user
    // without a word until the request timeout: say so early, and again while it lasts.
    QTimer silence;
    QElapsedTimer sinceStart;
    sinceStart.start();
    silence.setInterval(3000);
    QObject::connect(&silence, &QTimer::timeout, &app, [&] {
        status(QStringLiteral("no answer from %1 after %2 s (request timeout %3 s); still waiting")
                   .arg(client.baseUrl().toString(QUrl::RemoveUserInfo))
                   .arg(sinceStart.elapsed() / 1000)
                   .arg(client.timeout() / 1000));
        silence.setInterval(10000);
    });
    const auto answered = [&silence] { silence.stop(); };
    QObject::connect(&follower, &ExecutionFollower::statusChanged, &app, answered);
    QObject::connect(&follower, &ExecutionFollower::eventsReceived, &app, answered);
    QObject::connect(&follower, &ExecutionFollower::finished, &app, answered);
    QObject::connect(&follower, &ExecutionFollower::failed, &app, answered);
    QObject::connect(&follower, &ExecutionFollower::errorOccurred, &app, [&silence](const Error& e) {
        if (e.httpStatus != 0) // an answer, if an unhappy one: printed as an error already
            silence.stop();
    });
    silence.start();
    QObject::connect(&follower, &ExecutionFollower::finished, &app, [](const QString& finalStatus) {
        status(QStringLiteral("finished: %1").arg(finalStatus));
        QCoreApplication::exit(finalStatus == QLatin1String("Completed") ? Completed : RunFailed);
    });
    QObject::connect(&follower, &ExecutionFollower::failed, &app, [](const Error&) {
        QCoreApplication::exit(UsageOrAuth);
    });
    follower.start();
    return app.exec();
}

// SPDX-License-Identifier: Apache-2.0
// cloacina-sim: the simulator as a program. Prints its URL first, exits on SIGINT/SIGTERM.
#include <cloacinasim/simulator.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    // Async-signal-safe hand-off to the event loop.
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}

bool parseRange(const QString& text, int* lo, int* hi)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    bool ok1 = false;
    bool ok2 = false;
    *lo = parts.value(0).toInt(&ok1);
    *hi = parts.size() > 1 ? parts.value(1).toInt(&ok2) : *lo;
    return ok1 && (parts.size() == 1 || ok2) && *lo >= 0 && *hi >= *lo;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cloacina-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.10.0-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulator of cloacina-server 0.10.0: REST + delivery, accumulator and reactor WebSockets "
        "on 127.0.0.1,\n"
        "with a workload generator and fault injection under /_sim/ (see docs/SIMULATOR.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("Port to listen on (0 = any free port)."), QStringLiteral("port"),
        QStringLiteral("0"));
    const QCommandLineOption key(QStringLiteral("api-key"), QStringLiteral("Bootstrap admin key."),
        QStringLiteral("key"), QStringLiteral("sim-admin-key"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Seed for every random decision."), QStringLiteral("n"),
        QStringLiteral("1"));
    const QCommandLineOption workload(
        QStringLiteral("workload"),
        QStringLiteral("Start executions on a timer; let schedules, graphs, agents and builds move."));
    const QCommandLineOption interval(QStringLiteral("interval-ms"),
        QStringLiteral("Workload period (default 1500)."), QStringLiteral("ms"),
        QStringLiteral("1500"));
    const QCommandLineOption failure(QStringLiteral("failure-share"),
        QStringLiteral("Share of workload runs that fail, 0..1 (default 0.3); also scales source "
                       "outages, failed fires, agent crashes and failed builds."),
        QStringLiteral("share"), QStringLiteral("0.3"));
    const QCommandLineOption taskMs(QStringLiteral("task-ms"),
        QStringLiteral("Task attempt duration range (default 100:800)."), QStringLiteral("min:max"),
        QStringLiteral("100:800"));
    const QCommandLineOption pushless(QStringLiteral("pushless"),
        QStringLiteral("Never queue execution events for delivery (like a real 0.10.0 server)."));
    const QCommandLineOption lenient(QStringLiteral("lenient-tenants"),
        QStringLiteral(
            "Execution events carry the run's tenant; tenant and admin keys receive them."));
    const QCommandLineOption upstreamRelay(QStringLiteral("upstream-relay"),
        QStringLiteral(
            "Relay exactly like 0.10.0: 256 oldest pending rows per wake-up, 60 s sweeper."));
    const QCommandLineOption noSecrets(QStringLiteral("no-secrets"),
        QStringLiteral("Secrets routes answer 503 secrets_not_configured."));
    const QCommandLineOption buildMs(QStringLiteral("build-step-ms"),
        QStringLiteral("An uploaded package stays pending, then building, this long each (default 300)."),
        QStringLiteral("ms"), QStringLiteral("300"));
    parser.addOptions({ port, key, seed, workload, interval, failure, taskMs, pushless, lenient,
        upstreamRelay, noSecrets, buildMs });
    parser.process(app);

    CloacinaSim::Options options;
    bool ok = true;
    const uint p = parser.value(port).toUInt(&ok);
    if (!ok || p > 65535)
        parser.showHelp(2);
    options.port = quint16(p);
    options.adminKey = parser.value(key);
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        parser.showHelp(2);
    options.workload = parser.isSet(workload);
    options.workloadIntervalMs = parser.value(interval).toInt(&ok);
    if (!ok || options.workloadIntervalMs <= 0)
        parser.showHelp(2);
    options.failureShare = parser.value(failure).toDouble(&ok);
    if (!ok || options.failureShare < 0 || options.failureShare > 1)
        parser.showHelp(2);
    if (!parseRange(parser.value(taskMs), &options.taskMinMs, &options.taskMaxMs))
        parser.showHelp(2);
    options.pushless = parser.isSet(pushless);
    options.strictTenantMatch = !parser.isSet(lenient);
    options.upstreamRelay = parser.isSet(upstreamRelay);
    options.secretsConfigured = !parser.isSet(noSecrets);
    options.buildStepMs = parser.value(buildMs).toInt(&ok);
    if (!ok || options.buildStepMs < 0)
        parser.showHelp(2);

    CloacinaSim::Simulator simulator(options);
    QString error;
    if (!simulator.start(&error)) {
        std::fprintf(stderr, "cloacina-sim: cannot listen: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("cloacina-sim listening on %s\n", qPrintable(simulator.url().toString()));
    std::fflush(stdout);

    if (::pipe(signalPipe) == 0) {
        auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&simulator] {
            simulator.stop();
            QCoreApplication::quit();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    return app.exec();
}

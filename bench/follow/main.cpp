// Push-less follow benchmark: the cost of following a run on a server that pushes nothing
// (cloacina-server 0.10.0; the simulator with --pushless, a separate process) while the run's
// history grows. ExecutionFollower with default settings; each step appends events to the
// history, then lets the follower run and reports its polls (status + tasks), its history
// fetches and the client CPU they cost. Prints figures; asserts nothing. Fails (exit 1) only
// when the follower ended, or lost events while the history was still fetchable.
//
//   cloacina-bench-follow [--steps N] [--step-events N] [--step-seconds S] [--sim PATH]
#include "measure.h"
#include "simprocess.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/streams.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <memory>

using namespace Cloacina;
using namespace CloacinaBench;

namespace {

const char* sourceName(ExecutionFollower::Source source)
{
    switch (source) {
    case ExecutionFollower::Source::Idle:
        return "idle";
    case ExecutionFollower::Source::Live:
        return "live";
    case ExecutionFollower::Source::Polling:
        return "polling";
    case ExecutionFollower::Source::Reconnecting:
        return "reconnecting";
    case ExecutionFollower::Source::Ended:
        return "ENDED";
    }
    return "?";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Poll cost of a push-less follow as the history grows."));
    parser.addHelpOption();
    const QCommandLineOption stepsOption(QStringLiteral("steps"), QStringLiteral("Steps (default 20)."),
        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption eventsOption(QStringLiteral("step-events"),
        QStringLiteral("Events added to the history per step (default 20000)."), QStringLiteral("n"),
        QStringLiteral("20000"));
    const QCommandLineOption secondsOption(QStringLiteral("step-seconds"),
        QStringLiteral("Seconds the follower runs per step (default 8)."), QStringLiteral("s"), QStringLiteral("8"));
    const QCommandLineOption simOption = CloacinaBench::SimProcess::programOption();
    parser.addOptions({ stepsOption, eventsOption, secondsOption, simOption });
    parser.process(app);
    const int steps = qMax(1, parser.value(stepsOption).toInt());
    const int stepEvents = qMax(1, parser.value(eventsOption).toInt());
    const int stepMs = qMax(1, parser.value(secondsOption).toInt()) * 1000;

    SimProcess sim({ QStringLiteral("--pushless") }, parser.value(simOption));
    if (!sim.check("cloacina-bench-follow"))
        return 1;
    CloacinaClient client(sim.url());
    client.setApiKey(sim.adminKey());
    const QString exec = sim.createExecutions(1, QStringLiteral("Running")).value(0);
    std::printf("cloacina-bench-follow: push-less simulator pid %lld, %d steps of +%d events / %d s, load %s\n",
        static_cast<long long>(sim.pid()), steps, stepEvents, stepMs / 1000, loadAverage().constData());

    std::unique_ptr<ExecutionFollower> follower(followExecution(&client, exec));
    qint64 delivered = 0;
    QObject::connect(follower.get(), &ExecutionFollower::eventsReceived, follower.get(),
        [&](const QList<RunEvent>& batch) { delivered += batch.size(); });
    runUntil([&] { return delivered > 0; }, 30000); // the initial history
    const qint64 initial = delivered;

    std::printf("\n%9s %9s %6s %8s %11s %12s %10s  %s\n", "history", "shown", "polls", "fetches", "CPU ms",
        "CPU ms/poll", "CPU %core", "source (last error)");
    qint64 history = initial;
    for (int step = 0; step < steps && !follower->isEnded(); ++step) {
        sim.burst(exec, stepEvents);
        history += stepEvents;
        const int pollsBefore = follower->pollCount();
        const int fetchesBefore = follower->historyFetchCount();
        Stopwatch watch;
        watch.start();
        QElapsedTimer clock;
        clock.start();
        runUntil([&] { return clock.elapsed() >= stepMs || follower->isEnded(); }, stepMs + 1000);
        const qint64 cpuUs = watch.cpuUs();
        const int polls = follower->pollCount() - pollsBefore;
        const int fetches = follower->historyFetchCount() - fetchesBefore;
        std::printf("%9lld %9lld %6d %8d %11.1f %12.2f %9.1f%%  %s%s%s\n", static_cast<long long>(history),
            static_cast<long long>(delivered), polls, fetches, double(cpuUs) / 1000.0,
            polls > 0 ? double(cpuUs) / 1000.0 / polls : 0.0, 100.0 * double(cpuUs) / 1e6 / watch.wallSeconds(),
            sourceName(follower->source()), follower->lastError().code.isEmpty() ? "" : " ",
            qPrintable(follower->lastError().code));
        std::fflush(stdout);
    }
    // The last step's events arrive with the next history fetch: with nothing changing in the
    // run's status or tasks, within 3 × the history interval (FollowerTiming).
    const FollowerTiming timing = follower->timing();
    const qint64 idleMs = qMax<qint64>(5LL * timing.pollIntervalMs,
        3 * qMax<qint64>(timing.pollIntervalMs, history * timing.historyMsPerThousandEvents / 1000));
    runUntil([&] { return delivered >= history || follower->isEnded() || !follower->isHistoryComplete(); },
        int(idleMs + 10000));
    std::printf("\nhistory: events in the run; shown: events the follower delivered to the application;\n"
                "polls: status + task rows; fetches: whole-history downloads.\n"
                "end: shown %lld of %lld, history %s; client peak RSS %lld KiB; simulator CPU %.1f s\n",
        static_cast<long long>(delivered), static_cast<long long>(history),
        follower->isHistoryComplete() ? "complete" : "past the response limit (warning, follow goes on)",
        static_cast<long long>(peakRssKib()), sim.cpuSeconds());
    // Not a timing: a follow that ends, or loses events it could fetch, is a failure whatever
    // its speed. Past the response limit a push-less server cannot show the rest: reported.
    const bool complete = delivered == history || !follower->isHistoryComplete();
    return !follower->isEnded() && complete ? 0 : 1;
}

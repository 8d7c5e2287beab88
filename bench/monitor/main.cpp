// Monitor benchmark: the run view fed through the real path — simulator (a separate process)
// → delivery socket → ExecutionFollower → RunSession's models → RunView, offscreen, at 1280×800
// with default settings (the row cap is not raised).
//   phase "rate":    the run gains `--rate` events/s for `--seconds`;
//   phase "million": a run that receives `--events` (1,000,000) events, also at `--rate`.
// Reports the worst GUI stall (lateness of a 1 ms timer on the GUI thread), whether every event
// reached the event model (rows + rows trimmed by the cap), socket reconnects, and peak RSS of
// this process (the simulator's memory is not in it). Prints figures; asserts nothing.
//
//   cloacina-bench-monitor [--phase rate|million|both] [--rate N] [--seconds S] [--events N] [--sim PATH]
#include "measure.h"
#include "runview.h"
#include "simprocess.h"

#include <cloacinamodels/runmodels.h>

#include <cloacina/cloacinaclient.h>
#include <cloacina/deliverysubscription.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace Cloacina;
using namespace CloacinaBench;

namespace {

//! The worst lateness of a 1 ms timer on the GUI thread, and how often it passed 50 ms; also
//! the largest backlog seen waiting in the event model (events received, not yet shown).
struct StallMeter {
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worstMs = 0;
    int over50 = 0;
    int maxQueued = 0;
    const RunEventModel* model = nullptr;
    explicit StallMeter(const RunEventModel* watched)
        : model(watched)
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            const qint64 late = now - last - 1;
            worstMs = qMax(worstMs, late);
            over50 += late > 50 ? 1 : 0;
            last = now;
            maxQueued = qMax(maxQueued, model->pendingCount());
        });
    }
    void start()
    {
        worstMs = 0;
        over50 = 0;
        maxQueued = 0;
        clock.start();
        last = 0;
        timer.start();
    }
    void stop() { timer.stop(); }
};

//! Feeds the simulator from a thread of its own (blocking control calls), so the GUI thread
//! does nothing but what the monitor does.
class Feeder {
public:
    //! Appends `rate` events per second (at least 1) to the run until `total`.
    Feeder(SimProcess& sim, const QString& execution, qint64 total, int rate)
        : m_thread([this, &sim, execution, total, rate] {
            QElapsedTimer clock;
            clock.start();
            while (m_sent < total && !m_stop) {
                const qint64 due = qMin(total, clock.elapsed() * qMax(1, rate) / 1000);
                if (due > m_sent) {
                    sim.burst(execution, int(due - m_sent));
                    m_sent = due;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(10)); // pacing, not waiting
            }
        })
    {
    }
    ~Feeder()
    {
        m_stop = true;
        m_thread.join();
    }
    qint64 sent() const { return m_sent; }
    bool done(qint64 total) const { return m_sent >= total; }

private:
    std::atomic<qint64> m_sent { 0 };
    std::atomic<bool> m_stop { false };
    std::thread m_thread;
};

//! Opens a fresh run in the session and waits until it is live with its history shown.
qint64 openRun(SimProcess& sim, RunSession& session)
{
    const QString exec = sim.createExecutions(1, QStringLiteral("Running")).value(0);
    session.open(exec, QStringLiteral("public"));
    RunEventModel* model = session.eventModel();
    runUntil([&] { return session.source() == RunSession::Source::Live && model->rowCount() > 0; }, 30000);
    model->flush();
    return model->rowCount() + model->trimmedCount();
}

bool report(const char* phase, RunSession& session, const StallMeter& meter, qint64 expected, qint64 base,
    double feedSeconds, double catchUpSeconds)
{
    RunEventModel* model = session.eventModel();
    const qint64 shown = model->rowCount() + model->trimmedCount() - base;
    const DeliverySubscription* sub = session.follower() ? session.follower()->subscription() : nullptr;
    std::printf("%s: %lld events fed in %.1f s (%.0f/s); shown %lld of %lld%s, %.1f s after the feed ended;\n"
                "  worst GUI stall %lld ms (%d stalls > 50 ms); largest backlog in the model %d; rows %d (cap %d,\n"
                "  trimmed %lld); socket reconnects %lld;\n"
                "  RSS now %lld MiB, peak %lld MiB\n",
        phase, static_cast<long long>(expected), feedSeconds, double(expected) / qMax(1e-9, feedSeconds),
        static_cast<long long>(shown), static_cast<long long>(expected), shown == expected ? " (every event)" : " (MISSING EVENTS)",
        catchUpSeconds, static_cast<long long>(meter.worstMs), meter.over50, meter.maxQueued, model->rowCount(),
        model->maxEvents(),
        static_cast<long long>(model->trimmedCount()), static_cast<long long>(sub ? sub->reconnectCount() : -1),
        static_cast<long long>(currentRssKib() / 1024), static_cast<long long>(peakRssKib() / 1024));
    std::fflush(stdout);
    return shown == expected;
}

//! Feeds `total` events at `rate` per second into a fresh run and reports.
bool runPhase(const char* phase, SimProcess& sim, RunSession& session, qint64 total, int rate, int timeoutS)
{
    const qint64 base = openRun(sim, session);
    RunEventModel* model = session.eventModel();
    const auto shown = [&] { return model->rowCount() + model->trimmedCount() - base; };
    StallMeter meter(model);
    meter.start();
    Stopwatch watch;
    watch.start();
    double feedSeconds = 0;
    {
        Feeder feeder(sim, session.executionId(), total, rate);
        runUntil([&] { return feeder.done(total); }, timeoutS * 1000);
        feedSeconds = watch.wallSeconds();
    }
    runUntil([&] { return shown() >= total; }, timeoutS * 1000);
    const double catchUp = watch.wallSeconds() - feedSeconds;
    meter.stop();
    return report(phase, session, meter, total, base, feedSeconds, catchUp);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The monitor's run view fed through the real path."));
    parser.addHelpOption();
    const QCommandLineOption phaseOption(QStringLiteral("phase"), QStringLiteral("rate, million or both (default)."),
        QStringLiteral("phase"), QStringLiteral("both"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Events/s the run gains (default 20000)."),
        QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
        QStringLiteral("Length of phase rate (default 15)."), QStringLiteral("s"), QStringLiteral("15"));
    const QCommandLineOption eventsOption(QStringLiteral("events"),
        QStringLiteral("Events of phase million (default 1000000)."), QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption simOption = CloacinaBench::SimProcess::programOption();
    parser.addOptions({ phaseOption, rateOption, secondsOption, eventsOption, simOption });
    parser.process(app);
    const QString phase = parser.value(phaseOption);
    const int rate = qMax(1, parser.value(rateOption).toInt());
    const int seconds = qMax(1, parser.value(secondsOption).toInt());
    const qint64 million = qMax<qint64>(1, parser.value(eventsOption).toLongLong());

    SimProcess sim({}, parser.value(simOption));
    if (!sim.check("cloacina-bench-monitor"))
        return 1;
    CloacinaClient client(sim.url());
    client.setApiKey(sim.adminKey());
    RunSession session;
    session.setClient(&client);
    Monitor::RunView view(&session);
    view.resize(1280, 800);
    view.show();
    std::printf("cloacina-bench-monitor: simulator pid %lld, view 1280x800 offscreen, load %s\n",
        static_cast<long long>(sim.pid()), loadAverage().constData());
    std::fflush(stdout);

    bool complete = true;
    if (phase == QLatin1String("rate") || phase == QLatin1String("both"))
        complete &= runPhase("rate", sim, session, qint64(rate) * seconds, rate, seconds + 600);
    if (phase == QLatin1String("million") || phase == QLatin1String("both"))
        complete &= runPhase("million", sim, session, million, rate, 3600);
    session.close();
    std::printf("simulator CPU %.1f s\n", sim.cpuSeconds());
    return complete ? 0 : 1; // every event shown, whatever the speed
}

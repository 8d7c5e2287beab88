// Stream benchmark: client CPU per event of a 100,000-event delivery burst through
// DeliverySubscription and ExecutionFollower (default settings), next to a bare QWebSocket loop
// reading the same frames. The simulator is a separate process, so this process's CPU is the
// client's. Timing is client-limited: the burst is queued in chunks, and the clock runs only once
// the simulator has written a whole chunk to the socket (a barrier during which the client's
// event loop does not run).
// Prints figures; asserts nothing.
//
//   cloacina-bench-stream [--events N] [--chunk N] [--sim PATH]
#include "measure.h"
#include "simprocess.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/streams.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <cstdio>
#include <memory>

using namespace Cloacina;
using namespace CloacinaBench;

namespace {

struct Figures {
    const char* path;
    qint64 events = 0;
    qint64 cpuUs = 0;
    double wallSeconds = 0;
    qint64 restCalls = 0; //!< REST requests the client made while the burst was read
    double queueSeconds = 0; //!< longest time the simulator took to queue a chunk (client frozen)
    qint64 worstStallMs = 0; //!< longest the client's thread went without running a 1 ms timer while reading
    bool complete = false;
    bool ran = false;
};

//! One client path under test: how many events it has handed to the application so far.
using Counter = std::function<qint64()>;

//! The longest gap between two runs of a 1 ms timer on the client's thread: how long the
//! application's event loop stalled (the bench's own stand-in for the GUI stall of the monitor).
class StallProbe {
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (m_last.isValid())
                m_worstMs = qMax(m_worstMs, m_last.restart() - 1);
            else
                m_last.start();
        });
    }
    void start()
    {
        m_last.invalidate();
        m_timer.start(1);
    }
    void stop() { m_timer.stop(); }
    qint64 worstMs() const { return m_worstMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_last;
    qint64 m_worstMs = 0;
};

//! Queues n events for the execution behind the client's back, chunk by chunk, and times the
//! client reading each chunk. A chunk is queued while the client's event loop is frozen; one
//! that took longer than the follower's silenceMs (3 s) to queue would make the follower poll
//! on waking up, which no client reading along with the server would do.
Figures measure(const char* path, SimProcess& sim, const QString& execution, int n, int chunk, const Counter& received)
{
    Figures f { path };
    f.ran = true;
    StallProbe stall;
    // Warm-up: one event proves the socket is live and the first-frame costs are paid.
    const qint64 warm = received();
    sim.burst(execution, 1);
    runUntil([&] { return received() > warm; }, 30000);

    const qint64 base = received();
    f.complete = true;
    for (int queued = 0; queued < n && f.complete;) {
        const int size = qMin(chunk, n - queued);
        const qint64 pushesBefore = sim.stats().value(QStringLiteral("pushes_sent")).toInteger();
        Stopwatch barrier;
        barrier.start();
        sim.burst(execution, size);
        sim.waitPushesSent(pushesBefore + size);
        f.queueSeconds = qMax(f.queueSeconds, barrier.wallSeconds());
        queued += size;
        const qint64 requestsBefore = sim.stats().value(QStringLiteral("http_requests")).toInteger();

        Stopwatch watch;
        watch.start();
        stall.start();
        profileWindow(true);
        f.complete = runUntil([&] { return received() >= base + queued; }, 600000);
        profileWindow(false);
        stall.stop();
        f.cpuUs += watch.cpuUs();
        f.wallSeconds += watch.wallSeconds();
        // Minus the stats call itself.
        f.restCalls += sim.stats().value(QStringLiteral("http_requests")).toInteger() - requestsBefore - 1;
    }
    f.events = received() - base;
    f.worstStallMs = stall.worstMs();
    return f;
}

void print(const Figures& f, const Figures& bare)
{
    if (!f.ran)
        return;
    const double us = double(f.cpuUs) / double(qMax<qint64>(1, f.events));
    const double bareUs = double(bare.cpuUs) / double(qMax<qint64>(1, bare.events));
    std::printf("%-22s %9lld %12.2f %9.2fx %12.0f %9lld %9.1f %9lld%s\n", f.path, static_cast<long long>(f.events), us,
        bareUs / qMax(1e-9, us), double(f.events) / qMax(1e-9, f.wallSeconds),
        static_cast<long long>(f.restCalls), f.queueSeconds, static_cast<long long>(f.worstStallMs),
        f.complete ? "" : "  (incomplete: timed out)");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Client CPU per event of delivery bursts (cloacina-sim in its own process)."));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events per burst (default 100000)."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption chunkOption(QStringLiteral("chunk"),
        QStringLiteral("Events queued at a time before the client reads them (default 10000)."), QStringLiteral("n"),
        QStringLiteral("10000"));
    const QCommandLineOption pathsOption(QStringLiteral("paths"),
        QStringLiteral("Paths to measure besides the bare loop: delivery, follower (default both)."),
        QStringLiteral("list"), QStringLiteral("delivery,follower"));
    const QCommandLineOption simOption = CloacinaBench::SimProcess::programOption();
    parser.addOptions({ eventsOption, chunkOption, pathsOption, simOption });
    parser.process(app);
    const int n = qMax(10, parser.value(eventsOption).toInt());
    const int chunk = qMax(1, parser.value(chunkOption).toInt());
    const QStringList paths = parser.value(pathsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);

    SimProcess sim({}, parser.value(simOption));
    if (!sim.check("cloacina-bench-stream"))
        return 1;
    CloacinaClient client(sim.url());
    client.setApiKey(sim.adminKey());
    std::printf("cloacina-bench-stream: %d events per path queued %d at a time, Qt %s, simulator pid %lld on %s, load %s\n",
        n, chunk, qVersion(),
        static_cast<long long>(sim.pid()), qPrintable(sim.url().toString()), loadAverage().constData());
    std::fflush(stdout);

    // 1. Bare QWebSocket: the same handshake, then count text frames; no parsing, no acks.
    Figures bare;
    {
        const QString exec = sim.createExecutions(1, QStringLiteral("Running")).value(0);
        auto ticket = streamEndpoint(&client).mintTicket();
        runUntil([&] { return ticket.isFinished(); }, 10000);
        QUrl url = streamEndpoint(&client).webSocketUrl(QStringLiteral("/v1/ws/delivery/")
            + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("exec_events:") + exec)));
        url.setQuery(QStringLiteral("token=") + ticket.result().value());
        QWebSocket socket;
        qint64 frames = 0;
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [&frames](const QString&) { ++frames; });
        QObject::connect(&socket, &QWebSocket::connected, &socket, [&socket] {
            socket.sendTextMessage(QStringLiteral("{\"type\":\"hello\",\"protocol_version\":1,\"since_id\":null}"));
        });
        socket.open(url);
        runUntil([&] { return frames >= 1; }, 10000); // welcome (and any history rows)
        bare = measure("bare QWebSocket", sim, exec, n, chunk, [&] { return frames; });
        socket.abort();
    }

    // 2. DeliverySubscription: validate, dedup, batch, emit, ack.
    Figures subscription { "DeliverySubscription" };
    if (paths.contains(QLatin1String("delivery"))) {
        const QString exec = sim.createExecutions(1, QStringLiteral("Running")).value(0);
        std::unique_ptr<DeliverySubscription> sub(subscribeDelivery(&client, QStringLiteral("exec_events:") + exec));
        qint64 received = 0;
        QObject::connect(sub.get(), &DeliverySubscription::pushesReceived, sub.get(),
            [&](const QList<DeliveryPush>& batch) { received += batch.size(); });
        runUntil([&] { return sub->state() == DeliverySubscription::State::Live; }, 10000);
        subscription = measure("DeliverySubscription", sim, exec, n, chunk, [&] { return received; });
    }

    // 3. ExecutionFollower: as 2, plus payload decoding, merge by event id, RunEvent batches.
    Figures follower { "ExecutionFollower" };
    if (paths.contains(QLatin1String("follower"))) {
        const QString exec = sim.createExecutions(1, QStringLiteral("Running")).value(0);
        std::unique_ptr<ExecutionFollower> f(followExecution(&client, exec));
        qint64 received = 0;
        QObject::connect(f.get(), &ExecutionFollower::eventsReceived, f.get(),
            [&](const QList<RunEvent>& batch) { received += batch.size(); });
        runUntil([&] { return f->source() == ExecutionFollower::Source::Live; }, 10000);
        follower = measure("ExecutionFollower", sim, exec, n, chunk, [&] { return received; });
    }

    std::printf("\n%-22s %9s %12s %10s %12s %9s %9s %9s\n", "path", "events", "CPU us/event", "vs bare", "events/s",
        "REST calls", "queued s", "stall ms");
    for (const Figures* f : { &bare, &subscription, &follower })
        print(*f, bare);
    std::printf("\n\"vs bare\": the bare loop's CPU per event divided by the path's (1.00x = as cheap as the bare loop).\n"
                "REST calls: requests the client made while it read the burst (the follower's polls).\n"
                "queued s: the longest barrier, while the simulator wrote a chunk and the client's event loop did not run.\n"
                "stall ms: the longest the client's thread went without running a 1 ms timer while it read the burst.\n"
                "client peak RSS %lld KiB; simulator CPU %.1f s\n",
        static_cast<long long>(peakRssKib()), sim.cpuSeconds());
    const auto done = [](const Figures& f) { return !f.ran || f.complete; };
    return done(bare) && done(subscription) && done(follower) ? 0 : 1;
}

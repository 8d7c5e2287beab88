// Stream benchmark: events/s and ack latency through DeliverySubscription and ExecutionFollower,
// next to a bare QWebSocket receive loop (the transport ceiling), against a simulator burst on
// loopback. The simulator runs in its own thread. Prints figures; asserts nothing.
//
//   cloacina-bench-stream [--events N] [--million]
#include <cloacina/cloacinaclient.h>
#include <cloacina/streams.h>
#include <cloacinasim/simulator.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

using namespace Cloacina;

namespace {

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 vmHwmKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

//! Runs a function in the simulator's thread and waits for it.
template <typename F>
void onSim(QObject* context, F&& f)
{
    QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::BlockingQueuedConnection);
}

//! Receive time of each row id (app side) and ack time (simulator side), for latency.
struct AckClock {
    std::mutex lock;
    std::unordered_map<qint64, qint64> received;
    std::vector<qint64> latencies;
    void onReceived(qint64 id)
    {
        std::lock_guard<std::mutex> g(lock);
        received.emplace(id, nowUs());
    }
    void onAcked(qint64 id)
    {
        const qint64 t = nowUs();
        std::lock_guard<std::mutex> g(lock);
        const auto it = received.find(id);
        if (it != received.end()) {
            latencies.push_back(t - it->second);
            received.erase(it);
        }
    }
    void reset()
    {
        std::lock_guard<std::mutex> g(lock);
        received.clear();
        latencies.clear();
    }
    QString percentiles()
    {
        std::lock_guard<std::mutex> g(lock);
        if (latencies.empty())
            return QStringLiteral("n/a");
        std::sort(latencies.begin(), latencies.end());
        const auto at = [this](double q) { return latencies[size_t(q * double(latencies.size() - 1))] / 1000.0; };
        return QStringLiteral("p50 %1 ms  p99 %2 ms").arg(at(0.5), 0, 'f', 2).arg(at(0.99), 0, 'f', 2);
    }
};

struct Figures {
    QString name;
    double eventsPerSecond = 0;
    QString ack;
};

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events per run (default 50000)."),
        QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption millionOption(QStringLiteral("million"),
        QStringLiteral("Also follow 1,000,000 events and report peak RSS (takes minutes)."));
    parser.addOptions({ eventsOption, millionOption });
    parser.process(app);
    const int n = qMax(1000, parser.value(eventsOption).toInt());

    // The simulator in its own thread.
    QThread simThread;
    simThread.start();
    QObject simContext;
    simContext.moveToThread(&simThread);
    std::unique_ptr<CloacinaSim::Simulator> sim;
    AckClock clock;
    QUrl url;
    QString adminKey;
    onSim(&simContext, [&] {
        sim = std::make_unique<CloacinaSim::Simulator>();
        sim->start();
        url = sim->url();
        adminKey = sim->adminKey();
        QObject::connect(sim.get(), &CloacinaSim::Simulator::acked, &simContext, [&clock](qint64 id) { clock.onAcked(id); },
            Qt::DirectConnection);
    });
    const qint64 hwmStart = vmHwmKb();

    CloacinaClient client(url);
    client.setApiKey(adminKey);
    const StreamEndpoint endpoint = streamEndpoint(&client);
    const auto newExecution = [&] {
        QString id;
        onSim(&simContext, [&] { id = sim->createExecutions(1, QStringLiteral("Running")).value(0); });
        return id;
    };
    const auto burst = [&](const QString& id, int count) {
        onSim(&simContext, [&] {
            for (int done = 0; done < count; done += 100000)
                sim->emitBurst(id, qMin(100000, count - done));
        });
    };
    std::printf("cloacina-bench-stream: %d events per run, simulator on %s (own thread)\n", n, qPrintable(url.toString()));
    std::fflush(stdout);
    QList<Figures> results;

    // 1. Bare QWebSocket: receive frames and count them; no parsing, no acks.
    {
        const QString exec = newExecution();
        auto ticket = endpoint.mintTicket();
        waitFor([&] { return ticket.isFinished(); }, 10000);
        QUrl wsUrl = endpoint.webSocketUrl(
            QStringLiteral("/v1/ws/delivery/") + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("exec_events:") + exec)));
        wsUrl.setQuery(QStringLiteral("token=") + ticket.result().value());
        QWebSocket socket;
        qint64 frames = 0;
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [&frames](const QString&) { ++frames; });
        QObject::connect(&socket, &QWebSocket::connected, &socket, [&socket] {
            socket.sendTextMessage(QStringLiteral("{\"type\":\"hello\",\"protocol_version\":1,\"since_id\":null}"));
        });
        socket.open(wsUrl);
        waitFor([&] { return frames >= 1; }, 10000); // welcome (+ history rows)
        const qint64 base = frames;
        QElapsedTimer t;
        t.start();
        burst(exec, n);
        waitFor([&] { return frames >= base + n; }, 600000);
        results.append({ QStringLiteral("bare QWebSocket (ceiling)"), n * 1000.0 / qMax<qint64>(1, t.elapsed()),
            QStringLiteral("n/a (no acks)") });
        socket.abort();
    }

    // 2. DeliverySubscription: validate, dedup, batch, emit, ack.
    {
        const QString exec = newExecution();
        DeliverySubscription sub(endpoint, QStringLiteral("exec_events:") + exec);
        qint64 received = 0;
        QObject::connect(&sub, &DeliverySubscription::pushesReceived, &sub, [&](const QList<DeliveryPush>& batch) {
            for (const DeliveryPush& p : batch)
                clock.onReceived(p.id);
            received += batch.size();
        });
        sub.start();
        waitFor([&] { return sub.state() == DeliverySubscription::State::Live; }, 10000);
        waitFor([&] { return false; }, 300); // let the initial history rows drain
        const qint64 base = received;
        clock.reset();
        QElapsedTimer t;
        t.start();
        burst(exec, n);
        waitFor([&] { return received >= base + n; }, 600000);
        const double rate = n * 1000.0 / qMax<qint64>(1, t.elapsed());
        waitFor([&] { return sub.ackCount() >= received; }, 10000);
        waitFor([&] { return false; }, 200);
        results.append({ QStringLiteral("DeliverySubscription"), rate, clock.percentiles() });
    }

    // 3. ExecutionFollower: as 2, plus payload decoding, merge by event id, RunEvent batches.
    {
        const QString exec = newExecution();
        ExecutionFollower follower(followerBackend(&client, exec), exec);
        qint64 received = 0;
        QObject::connect(&follower, &ExecutionFollower::eventsReceived, &follower,
            [&](const QList<RunEvent>& batch) { received += batch.size(); });
        follower.start();
        waitFor([&] { return follower.source() == ExecutionFollower::Source::Live; }, 10000);
        QObject::connect(follower.subscription(), &DeliverySubscription::pushesReceived, &follower,
            [&](const QList<DeliveryPush>& batch) {
                for (const DeliveryPush& p : batch)
                    clock.onReceived(p.id);
            });
        const qint64 base = received;
        clock.reset();
        QElapsedTimer t;
        t.start();
        burst(exec, n);
        waitFor([&] { return received >= base + n; }, 600000);
        const double rate = n * 1000.0 / qMax<qint64>(1, t.elapsed());
        waitFor([&] { return false; }, 300);
        results.append({ QStringLiteral("ExecutionFollower"), rate, clock.percentiles() });
        follower.stop();
    }

    const double ceiling = results.first().eventsPerSecond;
    std::printf("\n%-28s %14s %10s   %s\n", "path", "events/s", "vs ceiling", "ack latency (received -> acked at server)");
    for (const Figures& f : std::as_const(results))
        std::printf("%-28s %14.0f %9.0f%%   %s\n", qPrintable(f.name), f.eventsPerSecond, 100.0 * f.eventsPerSecond / ceiling,
            qPrintable(f.ack));
    std::printf("\npeak RSS (VmHWM) so far: %lld KiB (start %lld KiB; simulator included)\n", vmHwmKb(), hwmStart);

    if (parser.isSet(millionOption)) {
        const qint64 before = vmHwmKb();
        const QString exec = newExecution();
        ExecutionFollower follower(followerBackend(&client, exec), exec);
        FollowerTiming timing;
        timing.silenceMs = 600000; // a live socket is trusted; no REST polling of a 1M history
        follower.setTiming(timing);
        qint64 received = 0;
        QObject::connect(&follower, &ExecutionFollower::eventsReceived, &follower,
            [&](const QList<RunEvent>& batch) { received += batch.size(); });
        follower.start();
        waitFor([&] { return follower.source() == ExecutionFollower::Source::Live; }, 10000);
        const qint64 base = received;
        QElapsedTimer t;
        t.start();
        for (int chunk = 0; chunk < 10; ++chunk) {
            burst(exec, 100000);
            waitFor([&] { return received >= base + 100000 * (chunk + 1); }, 600000);
        }
        std::printf("\n1M events through ExecutionFollower: %.0f events/s, peak RSS %lld KiB (before %lld KiB),\n"
                    "  follower holds %d events; dedup window %d ids\n",
            1e6 * 1000.0 / qMax<qint64>(1, t.elapsed()), vmHwmKb(), before, follower.eventCount(),
            follower.subscription() ? follower.subscription()->dedupWindowSize() : 0);
        follower.stop();
    }
    onSim(&simContext, [&] { sim.reset(); });
    simThread.quit();
    simThread.wait();
    return 0;
}

// Feeds a RunEventModel with its RunView attached (offscreen) and reports the event loop's
// worst stall (lateness of a 1 ms timer), the ingest rate and the peak RSS. No assertions.
//
//   bench_monitor [--events N] [--rate EVENTS_PER_S] [--seconds S]
#include "runview.h"

#include <cloacinamodels/runmodels.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace Cloacina;

namespace {
long vmHwmKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

const char* const types[] = { "task_marked_ready", "task_claimed", "task_started", "task_completed",
    "task_failed", "task_retry_scheduled", "task_skipped", "workflow_failed", "task_teleported" };

RunEvent makeEvent(qint64 n)
{
    RunEvent r;
    r.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    r.eventType = QString::fromLatin1(types[n % 9]);
    r.taskName = QStringLiteral("public::bench::wf::task_%1").arg(n % 25);
    r.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000 + n, Qt::UTC);
    if (n % 9 == 4)
        r.rawEventData = QStringLiteral("{\"error\":\"ValueError: row %1 is bad\"}").arg(n);
    r.origin = RunEvent::Origin::Push;
    return r;
}

//! Measures the worst lateness of a 1 ms timer while active.
struct StallMeter {
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worstMs = 0;
    StallMeter()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            worstMs = qMax(worstMs, now - last - 1);
            last = now;
        });
    }
    void start()
    {
        worstMs = 0;
        clock.start();
        last = 0;
        timer.start();
    }
    void stop() { timer.stop(); }
};
} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qint64 total = 1000000;
    int rate = 20000;
    int seconds = 10;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--events"))
            total = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--rate"))
            rate = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--seconds"))
            seconds = args[i + 1].toInt();
    }

    RunSession session; // no client: the bench feeds the model directly, like a follower would
    Monitor::RunView view(&session);
    view.resize(1400, 900);
    view.show();
    RunEventModel* model = session.eventModel();
    StallMeter meter;

    // Phase 1: a 1M-event run arriving as fast as batches can be produced (history + burst).
    model->setMaxEvents(int(total));
    model->setExecution(QStringLiteral("bench-1m"));
    qint64 fed = 0;
    const int batch = 5000;
    QElapsedTimer t1;
    QTimer feeder;
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        QList<RunEvent> events;
        events.reserve(batch);
        for (int i = 0; i < batch && fed < total; ++i)
            events.append(makeEvent(fed++));
        model->appendEvents(events);
        if (fed >= total)
            feeder.stop();
    });
    meter.start();
    t1.start();
    feeder.start(0);
    while (model->rowCount() < total)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const qint64 ms1 = t1.elapsed();
    meter.stop();
    std::printf("phase 1: %lld events ingested in %lld ms = %.0f events/s; worst event-loop stall %lld ms; rows %d; VmHWM %ld MiB\n",
        static_cast<long long>(total), static_cast<long long>(ms1), double(total) * 1000.0 / double(qMax<qint64>(1, ms1)),
        static_cast<long long>(meter.worstMs), model->rowCount(), vmHwmKb() / 1024);
    std::fflush(stdout);

    // Phase 2: a live stream at `rate` events/s for `seconds`, default cap, pinned view, with
    // 1 in 10 events later re-sent by "REST" carrying its sequence number (dataChanged path).
    model->setExecution(QStringLiteral("bench-stream"));
    model->setMaxEvents(200000);
    qint64 next = 0;
    const int tickMs = 10;
    const int perTick = qMax(1, rate * tickMs / 1000);
    QTimer stream;
    stream.setTimerType(Qt::PreciseTimer);
    QElapsedTimer t2;
    qint64 sent = 0;
    QObject::connect(&stream, &QTimer::timeout, [&] {
        // Catch up if the loop fell behind, so the offered rate is the target rate.
        const qint64 due = t2.elapsed() * rate / 1000;
        QList<RunEvent> events;
        while (sent < due) {
            events.append(makeEvent(next++));
            ++sent;
        }
        QList<RunEvent> updates; // what ExecutionFollower::eventsUpdated() carries
        for (int i = 0; i < perTick / 10 && next > 1000; ++i) {
            RunEvent update = makeEvent(next - 1000 + i * 7);
            update.sequenceNum = next + i;
            updates.append(update);
        }
        model->appendEvents(events);
        model->updateEvents(updates, model->generation());
    });
    meter.start();
    t2.start();
    stream.start(tickMs);
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    stream.stop();
    model->flush();
    const qint64 ms2 = t2.elapsed();
    meter.stop();
    std::printf("phase 2: %lld events in %lld ms = %.0f events/s (target %d); worst event-loop stall %lld ms; rows %d (trimmed %lld); pinned %s; VmHWM %ld MiB\n",
        static_cast<long long>(sent), static_cast<long long>(ms2), double(sent) * 1000.0 / double(qMax<qint64>(1, ms2)), rate,
        static_cast<long long>(meter.worstMs), model->rowCount(), static_cast<long long>(model->trimmedCount()),
        view.isPinned() ? "yes" : "no", vmHwmKb() / 1024);
    return 0;
}

// SPDX-License-Identifier: Apache-2.0
#include "measure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <chrono>

#include <sys/resource.h>

namespace CloacinaBench {

namespace {
    qint64 steadyNs()
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(
            std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
} // namespace

qint64 processCpuUs()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000
        + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

qint64 peakRssKib()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

qint64 currentRssKib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return "unknown";
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.mid(0, 3).join(' ');
}

void Stopwatch::start()
{
    wallStartNs = steadyNs();
    cpuStartUs = processCpuUs();
}

qint64 Stopwatch::cpuUs() const
{
    return processCpuUs() - cpuStartUs;
}

double Stopwatch::wallSeconds() const
{
    return double(steadyNs() - wallStartNs) / 1e9;
}

void profileWindow(bool on)
{
    static QFile* control = [] {
        const QByteArray path = qgetenv("CLOACINA_BENCH_PERF_CTL");
        if (path.isEmpty())
            return static_cast<QFile*>(nullptr);
        auto* f = new QFile(QString::fromLocal8Bit(path)); // lives as long as the process
        if (!f->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            qWarning("CLOACINA_BENCH_PERF_CTL: cannot open %s", path.constData());
        return f;
    }();
    if (control && control->isOpen())
        control->write(on ? "enable\n" : "disable\n");
}

bool runUntil(const std::function<bool()>& done, int timeoutMs)
{
    // Sleep in the event loop between events (a busy loop would bill its spinning to the
    // client); the timer only guarantees that the timeout is noticed.
    QTimer wake;
    wake.start(100);
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace CloacinaBench

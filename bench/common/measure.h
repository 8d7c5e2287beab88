// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <functional>

//! \file measure.h
//! What the benchmarks measure: CPU of this process (every thread: work the SDK moves to a
//! worker thread still counts), wall time, peak RSS.

namespace CloacinaBench {

//! User + system CPU of this process so far, in microseconds.
qint64 processCpuUs();
//! Peak resident set size of this process so far, in KiB.
qint64 peakRssKib();
//! Current resident set size of this process (VmRSS), in KiB; -1 if unknown.
qint64 currentRssKib();
//! `uptime`'s load averages ("1.71 1.08 0.87"), to print next to the figures.
QByteArray loadAverage();

//! CPU and wall time of one measured stretch.
struct Stopwatch {
    qint64 cpuStartUs = 0;
    qint64 wallStartNs = 0;
    void start();
    qint64 cpuUs() const; //!< CPU used since start()
    double wallSeconds() const; //!< wall time since start()
};

//! Turns `perf record --control fifo:PATH -D -1` sampling on (\a on) or off around a timed
//! stretch when CLOACINA_BENCH_PERF_CTL names that fifo; does nothing otherwise. A profile then
//! holds only what the benchmark times, not the set-up around it.
void profileWindow(bool on);

//! Runs the event loop until done() or timeoutMs; returns done().
bool runUntil(const std::function<bool()>& done, int timeoutMs);

} // namespace CloacinaBench

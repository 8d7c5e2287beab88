// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fleetactivity_p.h"
#include "graphactivity_p.h"
#include "packagepublisher_p.h"
#include "schedulerunner_p.h"

#include <QObject>
#include <QTimer>

namespace CloacinaSim {

class ExecutionEngine;
class Store;
struct Options;

//! The moving server: starts a run of a random unpaused workflow every interval, and steps
//! the scheduler (cron schedules, trigger polls), the computation graphs (boundaries, fires,
//! source outages), the fleet (heartbeats, load, crashed agents) and package publications
//! (the build queue) on a short timer.
class Workload : public QObject {
    Q_OBJECT
public:
    Workload(ExecutionEngine& engine, Store& store, const Options& options, QObject* parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_timer.isActive(); }
    void setInterval(int ms) { m_timer.setInterval(qMax(1, ms)); }
    int interval() const { return m_timer.interval(); }
    //! Lets \a ms of schedule, graph and fleet time pass at once (enabled or not), then steps
    //! them: due schedules fire, the span's boundaries and fires are recorded in the past.
    void advance(qint64 ms);

private:
    void tick();
    void stepActivity();

    ExecutionEngine& m_engine;
    Store& m_store;
    ScheduleRunner m_schedules;
    GraphActivity m_graphs;
    FleetActivity m_fleet;
    PackagePublisher m_packages;
    QTimer m_timer;
    QTimer m_activityTimer;
};

} // namespace CloacinaSim

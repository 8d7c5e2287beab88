// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QTimer>

namespace CloacinaSim {

class ExecutionEngine;
class Store;

//! Starts a run of a random unpaused workflow every interval.
class Workload : public QObject {
    Q_OBJECT
public:
    Workload(ExecutionEngine& engine, Store& store, int intervalMs, QObject* parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_timer.isActive(); }
    void setInterval(int ms) { m_timer.setInterval(qMax(1, ms)); }
    int interval() const { return m_timer.interval(); }

private:
    void tick();

    ExecutionEngine& m_engine;
    Store& m_store;
    QTimer m_timer;
};

} // namespace CloacinaSim

#pragma once

#include <cloacinasim/simulator.h>

#include <QObject>
#include <QStringList>
#include <QUrl>

//! The simulator as QML tests see it (context property `sim`).
class SimControl : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString url READ url CONSTANT)
    Q_PROPERTY(QString adminKey READ adminKey CONSTANT)
public:
    explicit SimControl(CloacinaSim::Simulator* sim, QObject* parent = nullptr)
        : QObject(parent)
        , m_sim(sim)
    {
    }
    QString url() const { return m_sim->url().toString(); }
    QString adminKey() const { return m_sim->adminKey(); }

    //! Creates \a count finished executions with \a status at once; returns their ids.
    Q_INVOKABLE QStringList create(int count, const QString& status, const QString& workflow = {})
    {
        return m_sim->createExecutions(count, status, workflow);
    }
    //! Starts a live run; returns its id.
    Q_INVOKABLE QString start(const QString& workflow = {}) { return m_sim->startExecution(workflow); }
    Q_INVOKABLE QString status(const QString& id) const { return m_sim->executionStatus(id); }
    Q_INVOKABLE void setPushless(bool on) { m_sim->setPushless(on); }
    Q_INVOKABLE int emitBurst(const QString& id, int count) { return m_sim->emitBurst(id, count); }
    Q_INVOKABLE int dropSockets() { return m_sim->forceTakeover(); }
    Q_INVOKABLE void resetFaults() { m_sim->resetFaults(); }
    Q_INVOKABLE qint64 pushesSent() const { return m_sim->stats().pushesSent; }

private:
    CloacinaSim::Simulator* m_sim;
};

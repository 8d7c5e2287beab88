#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

namespace CloacinaSim {
class Simulator;
}

namespace Cloacina::Monitor {

//! The in-process simulator behind `--demo`: a workload that keeps producing failures and
//! live events, pre-seeded with failed runs.
class DemoServer : public QObject {
    Q_OBJECT
public:
    explicit DemoServer(QObject* parent = nullptr);
    ~DemoServer() override;
    //! Starts listening on 127.0.0.1 and seeds runs. False (with \a error) on failure.
    bool start(QString* error = nullptr);
    QUrl url() const;
    QString adminKey() const;
    CloacinaSim::Simulator* simulator() const { return m_sim.get(); }

private:
    std::unique_ptr<CloacinaSim::Simulator> m_sim;
};

} // namespace Cloacina::Monitor

#include "demoserver.h"

#include <cloacinasim/simulator.h>

namespace Cloacina::Monitor {

DemoServer::DemoServer(QObject* parent)
    : QObject(parent)
{
    CloacinaSim::Options options;
    options.workload = true;
    options.workloadIntervalMs = 2500;
    options.failureShare = 0.45;
    options.taskMinMs = 300;
    options.taskMaxMs = 2500;
    options.seed = 7;
    options.strictTenantMatch = false;
    m_sim = std::make_unique<CloacinaSim::Simulator>(options);
}

DemoServer::~DemoServer() = default;

bool DemoServer::start(QString* error)
{
    if (!m_sim->start(error))
        return false;
    m_sim->createExecutions(40, QStringLiteral("Completed"));
    m_sim->createExecutions(18, QStringLiteral("Failed"));
    m_sim->createExecutions(3, QStringLiteral("Cancelled"));
    m_sim->startExecution();
    m_sim->startExecution();
    return true;
}

QUrl DemoServer::url() const { return m_sim->url(); }
QString DemoServer::adminKey() const { return m_sim->adminKey(); }

} // namespace Cloacina::Monitor

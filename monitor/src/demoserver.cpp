#include "demoserver.h"

#include <cloacinasim/simulator.h>

namespace Cloacina::Monitor {

DemoServer::DemoServer(QObject* parent)
    : QObject(parent)
    , m_sim(std::make_unique<CloacinaSim::Simulator>(CloacinaSim::Simulator::demoOptions()))
{
}

DemoServer::~DemoServer() = default;

bool DemoServer::start(QString* error) { return m_sim->startDemo(error); }

QUrl DemoServer::url() const { return m_sim->url(); }
QString DemoServer::adminKey() const { return m_sim->adminKey(); }

} // namespace Cloacina::Monitor

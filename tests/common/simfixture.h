#pragma once
// The usual test setup: an in-process simulator on 127.0.0.1:0 and a client holding its admin
// key. Only for suites that link cloacina_sim.
#include <cloacina/cloacinaclient.h>
#include <cloacina/streams.h>
#include <cloacinasim/simulator.h>

#include <QDebug>

#include <memory>

namespace CloacinaTest {

//! A started simulator plus a client of it; both die with the fixture (client first).
struct SimFixture {
    std::unique_ptr<CloacinaSim::Simulator> sim;
    std::unique_ptr<CloacinaClient> client;

    //! Starts the simulator with \a options; false (with a warning naming why) if it cannot listen.
    bool start(CloacinaSim::Options options = {})
    {
        client.reset();
        sim = std::make_unique<CloacinaSim::Simulator>(options);
        QString error;
        if (!sim->start(&error)) {
            qWarning() << "simulator did not start:" << error;
            return false;
        }
        client = std::make_unique<CloacinaClient>(sim->url());
        client->setApiKey(sim->adminKey());
        return true;
    }
    Cloacina::StreamEndpoint endpoint() const { return Cloacina::streamEndpoint(client.get()); }
};

} // namespace CloacinaTest

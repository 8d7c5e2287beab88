// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "deliveryhub_p.h"
#include "endpointsockets_p.h"
#include "engine_p.h"
#include "httpserver_p.h"
#include "router_p.h"
#include "routes_p.h"
#include "store_p.h"
#include "tickets_p.h"
#include "workload_p.h"
#include "wsgate_p.h"

#include <cloacinasim/simulator.h>

namespace CloacinaSim {

class SimulatorPrivate {
public:
    SimulatorPrivate(Simulator* q, Options options);

    Stats snapshot() const;

    Simulator* q;
    Options options;
    FaultConfig faults;
    Stats stats;
    Store store;
    TicketStore tickets;
    DeliveryHub hub;
    ExecutionEngine engine;
    Workload workload;
    EndpointSockets endpoints;
    HttpServer http;
    WebSocketGate gate;
    Router router;
    SimContext context;
    bool started = false;
    quint16 lastPort = 0; //!< port of the previous start(), tried first when options.port is 0
};

//! FaultConfig ↔ the JSON of `/_sim/faults` (see docs/SIMULATOR.md).
void applyFaultJson(FaultConfig& faults, const QJsonObject& json);
QJsonObject faultsToJson(const FaultConfig& faults);

} // namespace CloacinaSim

#pragma once
// What the fault-matrix programs share (tst_faultmatrix_*.cpp, one per area: REST, delivery
// socket, follower, accumulator/reactor channels, scripted WebSocket peer): the simulator
// fixture with fast tasks, the sink that counts what reaches the application, and timings.
// docs/RELIABILITY.md lists the rows (mode → expected outcome → test row).
#include "awaitresult.h"
#include "simfixture.h"
#include "streamtiming.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/streams.h>
#include <cloacinasim/simulator.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

namespace FaultMatrix {

using CloacinaTest::await;
using CloacinaTest::readyTicket;

//! tests/common's fast timings with shorter deadlines: rows stall handshakes and pongs and must
//! see the outcome within their bounded waits.
inline Cloacina::StreamTiming fastTiming()
{
    Cloacina::StreamTiming t = CloacinaTest::fastTiming();
    t.maxBackoffMs = 200;
    t.stableAfterMs = 1500;
    t.pongTimeoutMs = 1500;
    t.handshakeTimeoutMs = 1500;
    return t;
}

//! Every program's initTestCase: the SDK logs reconnects and refusals at info/warning level;
//! they are expected here.
inline void prepare()
{
    qRegisterMetaType<Cloacina::Error>();
    QLoggingCategory::setFilterRules(QStringLiteral("cloacina.*.info=false\ncloacina.*.warning=false"));
}

//! The simulator fixture with short task durations and a 5 s client timeout.
struct Sim : CloacinaTest::SimFixture {
    bool start(CloacinaSim::Options o = {})
    {
        o.taskMinMs = 5;
        o.taskMaxMs = 25;
        if (!SimFixture::start(o))
            return false;
        client->setTimeout(5000);
        return true;
    }
    //! Event ids of the REST history of \a exec.
    QSet<QString> historyIds(const QString& exec)
    {
        QSet<QString> ids;
        const auto r = await(client->getExecutionEvents(exec));
        if (r)
            for (const Cloacina::ExecutionEvent& e : r.value().events)
                ids.insert(e.id);
        return ids;
    }
};

//! Collects what a DeliverySubscription hands to the application.
struct DeliverySink {
    QList<qint64> pushIds;
    QSet<qint64> uniquePushIds;
    QList<QString> eventIds;
    QSet<QString> uniqueEventIds;
    int repeats = 0;
    void attach(Cloacina::DeliverySubscription* sub)
    {
        QObject::connect(sub, &Cloacina::DeliverySubscription::pushesReceived, sub, [this](const QList<Cloacina::DeliveryPush>& batch) {
            for (const Cloacina::DeliveryPush& p : batch) {
                repeats += uniquePushIds.contains(p.id);
                uniquePushIds.insert(p.id);
                pushIds.append(p.id);
                const QString id = QJsonDocument::fromJson(p.payload).object().value(QLatin1String("id")).toString();
                repeats += uniqueEventIds.contains(id);
                uniqueEventIds.insert(id);
                eventIds.append(id);
            }
        });
    }
};

} // namespace FaultMatrix

#pragma once

// Fuzz-only replacement of client/src/stream_connection.cpp: a Connection without a socket.
// The stream classes (DeliverySubscription, ReactorChannel, AccumulatorProducer) run unchanged
// on top of it; the harness plays the server by injecting frames and connection outcomes.

#include "stream_connection_p.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace FuzzWire {

using Cloacina::StreamDetail::Connection;
using Cloacina::StreamDetail::Outcome;

//! What one fake connection saw.
struct State {
    bool open = false; //!< "upgrade succeeded" and not closed/aborted since
    int opens = 0; //!< open() calls that started an attempt
    QList<QString> sentText; //!< frames the client sent
    QList<QByteArray> sentBinary;
    QList<int> closeCodes; //!< close() calls while open
    quint64 generation = 0;
};

//! Every live fake connection, in creation order.
QList<Connection*> connections();
//! The state of \a c (created on first use).
State& state(Connection* c);
//! True while an attempt is running (open() was called and nothing ended it).
bool isActive(Connection* c);
//! Completes the upgrade: the socket is open, `opened()` is emitted.
void completeUpgrade(Connection* c);
//! Ends the attempt with \a outcome (as the real Connection::finish does).
void finish(Connection* c, Outcome outcome);
//! Delivers a text frame (only while open, as a real socket would).
void receiveText(Connection* c, const QString& text);
//! Delivers a binary frame (only while open).
void receiveBinary(Connection* c, const QByteArray& data);

} // namespace FuzzWire

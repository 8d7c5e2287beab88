#pragma once
// Byte relay for test proxies (TLS terminator, recording proxy): joins one accepted connection
// to a TCP port on 127.0.0.1 and copies bytes both ways until either side leaves.
#include <QByteArray>
#include <QHostAddress>
#include <QTcpSocket>

#include <functional>

namespace CloacinaTest {

//! Relays \a in (already accepted) to 127.0.0.1:\a targetPort. \a tap, if set, sees every
//! client-to-server chunk before it is forwarded. The outgoing socket is a child of \a in, and
//! \a in deletes itself once the client disconnects, so nothing outlives the connection.
inline void relayConnection(QTcpSocket* in, quint16 targetPort, std::function<void(const QByteArray&)> tap = {})
{
    auto* out = new QTcpSocket(in);
    auto forward = [in, out, tap] {
        const QByteArray bytes = in->readAll();
        if (tap)
            tap(bytes);
        out->write(bytes);
    };
    QObject::connect(in, &QTcpSocket::readyRead, out, forward);
    QObject::connect(out, &QTcpSocket::readyRead, in, [in, out] { in->write(out->readAll()); });
    QObject::connect(out, &QTcpSocket::disconnected, in, [in] { in->disconnectFromHost(); });
    QObject::connect(in, &QTcpSocket::disconnected, in, [in, out] {
        out->disconnectFromHost();
        in->deleteLater();
    });
    out->connectToHost(QHostAddress::LocalHost, targetPort);
    // Bytes that arrived before the connections above (a TLS server hands the socket over
    // after the handshake, possibly with the request already read) must not wait for more.
    if (in->bytesAvailable())
        forward();
}

} // namespace CloacinaTest

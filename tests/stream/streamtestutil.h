#pragma once
// Shared helpers of the stream tests: a scripted WebSocket server for frames the simulator never
// sends, push frames, a refusing peer. The simulator fixture and fast timings are tests/common's.
#include "simfixture.h"
#include "streamtiming.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/streams.h>
#include <cloacinasim/simulator.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

#include <memory>

namespace StreamTest {

using CloacinaTest::fastTiming;
using CloacinaTest::readyTicket;
using CloacinaTest::settled;
using CloacinaTest::SimFixture;

//! A QWebSocketServer that accepts every upgrade and plays frames the test scripts.
class ScriptedServer : public QObject {
public:
    QWebSocketServer server { QStringLiteral("scripted"), QWebSocketServer::NonSecureMode };
    QList<QWebSocket*> sockets;
    QStringList received; // text frames from clients
    int connections = 0;
    QJsonObject welcome { { QStringLiteral("type"), QStringLiteral("welcome") },
        { QStringLiteral("protocol_version"), 1 }, { QStringLiteral("max_known_id"), 0 } };

    ScriptedServer()
    {
        server.listen(QHostAddress::LocalHost, 0);
        connect(&server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket* s = server.nextPendingConnection();
            s->setParent(this); // QWebSocketServer hands out unparented sockets
            ++connections;
            sockets.append(s);
            connect(s, &QWebSocket::textMessageReceived, this, [this](const QString& t) { received.append(t); });
            if (!welcome.isEmpty())
                s->sendTextMessage(QString::fromUtf8(QJsonDocument(welcome).toJson(QJsonDocument::Compact)));
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())); }
    Cloacina::StreamEndpoint endpoint() const
    {
        Cloacina::StreamEndpoint e;
        e.baseUrl = url();
        e.mintTicket = [] { return readyTicket(QStringLiteral("t")); };
        return e;
    }
    void sendAll(const QJsonObject& frame)
    {
        for (QWebSocket* s : std::as_const(sockets))
            if (s->state() == QAbstractSocket::ConnectedState)
                s->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
    int countReceived(const QString& type) const
    {
        int n = 0;
        for (const QString& t : received)
            n += QJsonDocument::fromJson(t.toUtf8()).object().value(QLatin1String("type")).toString() == type;
        return n;
    }
};

inline QJsonObject pushFrame(qint64 id, const QString& recipient, const QByteArray& payload,
    const QString& kind = QStringLiteral("execution_event"), int version = 1)
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("push") }, { QStringLiteral("protocol_version"), version },
        { QStringLiteral("id"), id }, { QStringLiteral("kind"), kind }, { QStringLiteral("recipient"), recipient },
        { QStringLiteral("tenant_id"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("payload_b64"), QString::fromLatin1(payload.toBase64()) } };
}

//! Answers every HTTP request with a fixed status (a refused WebSocket upgrade).
class RefusingServer : public QObject {
public:
    QTcpServer server;
    int connections = 0;
    explicit RefusingServer(int status)
    {
        server.listen(QHostAddress::LocalHost, 0);
        connect(&server, &QTcpServer::newConnection, this, [this, status] {
            QTcpSocket* s = server.nextPendingConnection();
            ++connections;
            connect(s, &QTcpSocket::readyRead, s, [s, status] {
                s->readAll();
                const QByteArray body = R"({"error":"denied","code":"endpoint_access_denied"})";
                s->write("HTTP/1.1 " + QByteArray::number(status) + " Refused\r\nContent-Type: application/json\r\n"
                                                                    "Content-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        });
    }
    Cloacina::StreamEndpoint endpoint() const
    {
        Cloacina::StreamEndpoint e;
        e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
        e.mintTicket = [] { return readyTicket(QStringLiteral("t")); };
        return e;
    }
};

} // namespace StreamTest

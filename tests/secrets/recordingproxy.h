#pragma once
// A TCP relay between the SDK and the simulator that records every byte the client sends:
// request lines, headers, bodies and WebSocket upgrades. Lets a test check what a server (or
// anything on the path that logs URLs) would see.
#include "tcprelay.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

class RecordingProxy : public QObject {
public:
    explicit RecordingProxy(quint16 targetPort)
        : m_target(targetPort)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* in = m_server.nextPendingConnection()) {
                const int index = int(streams.size());
                streams.append(QByteArray());
                CloacinaTest::relayConnection(in, m_target, [this, index](const QByteArray& bytes) { streams[index] += bytes; });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    //! Client → server bytes, one entry per TCP connection.
    QList<QByteArray> streams;

    //! Every occurrence of \a secret that is not the value of an `Authorization: Bearer` header,
    //! with some context; empty when the secret only travelled where it must.
    QStringList misplaced(const QByteArray& secret) const
    {
        QStringList found;
        for (const QByteArray& s : streams) {
            qsizetype at = 0;
            while ((at = s.indexOf(secret, at)) >= 0) {
                const qsizetype lineStart = s.lastIndexOf('\n', at) + 1;
                const QByteArray before = s.mid(lineStart, at - lineStart).toLower();
                if (before != "authorization: bearer ")
                    found << QString::fromLatin1(s.mid(qMax<qsizetype>(0, at - 80), 80 + secret.size()).toPercentEncoding(" /:?=&"));
                at += secret.size();
            }
        }
        return found;
    }

private:
    QTcpServer m_server;
    quint16 m_target;
};

#pragma once
// A TLS terminator in front of the (plain HTTP) simulator: QSslServer with the test-only
// self-signed certificate of tests/faults/tls, relaying the decrypted bytes. REST calls and
// WebSocket upgrades to https:// / wss:// reach the simulator through it.
#include "tcprelay.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QUrl>

class TlsProxy : public QObject {
public:
    TlsProxy(const QString& certPath, const QString& keyPath, quint16 targetPort)
        : m_target(targetPort)
    {
        QFile certFile(certPath);
        QFile keyFile(keyPath);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        config.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(config);
        connect(&m_server, &QSslServer::sslErrors, this, [](QSslSocket*, const QList<QSslError>&) {});
        connect(&m_server, &QSslServer::errorOccurred, this, [this](QSslSocket*, QAbstractSocket::SocketError) { ++handshakeFailures; });
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* in = m_server.nextPendingConnection()) {
                ++connections;
                CloacinaTest::relayConnection(in, m_target);
            }
        });
        m_ok = m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_ok; }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())); }
    int connections = 0; //!< TLS handshakes that succeeded
    int handshakeFailures = 0;

private:
    QSslServer m_server;
    quint16 m_target;
    bool m_ok = false;
};

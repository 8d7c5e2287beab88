// SPDX-License-Identifier: Apache-2.0
// Helpers for the simulator tests: raw HTTP through QNetworkAccessManager, raw
// upgrade requests on a QTcpSocket, and a recording QWebSocket.
#pragma once

#include <cloacinasim/simulator.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QWebSocket>

#include <memory>

namespace SimTest {

//! A finished HTTP exchange.
struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; //!< lower-case names
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const { return json().value(QStringLiteral("code")).toString(); }
    //! The envelope's human-readable `error`.
    QString message() const { return json().value(QStringLiteral("error")).toString(); }
    QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
};

//! Speaks raw HTTP to a simulator.
class Http {
public:
    Http(QUrl base, QString key);

    Reply request(const QByteArray& method, const QString& path, const QByteArray& body = {},
        const QByteArray& contentType = "application/json", const QString& key = useDefault());
    Reply get(const QString& path, const QString& key = useDefault())
    {
        return request("GET", path, {}, {}, key);
    }
    Reply post(
        const QString& path, const QJsonObject& body = {}, const QString& key = useDefault());
    Reply put(const QString& path, const QJsonObject& body, const QString& key = useDefault());
    Reply del(const QString& path, const QString& key = useDefault())
    {
        return request("DELETE", path, {}, {}, key);
    }

    //! A new key via POST /v1/tenants/{tenant}/keys (admin) and its plaintext.
    QString tenantKey(const QString& tenant, const QString& role);
    void createTenant(const QString& name);
    //! A fresh ticket minted with key.
    QString ticket(const QString& key = useDefault());

    static QString useDefault() { return QStringLiteral("\x01"); }
    static QString noKey() { return QString(); }
    QUrl base() const { return m_base; }
    QString key() const { return m_key; }

private:
    QUrl m_base;
    QString m_key;
    QNetworkAccessManager m_nam;
};

//! Status line and body of an upgrade request sent by hand (to see 401/403 answers).
Reply rawUpgrade(const QUrl& base, const QString& pathAndQuery, const QString& bearer = {});

//! A QWebSocket that records what it receives.
class Socket : public QObject {
    Q_OBJECT
public:
    Socket();
    ~Socket() override;

    //! Opens ws://…path; waits for connected (or failure).
    bool open(const QUrl& base, const QString& pathAndQuery, const QString& bearer = {});
    bool waitForText(int count, int timeoutMs = 5000);
    bool waitForBinaryOrClose(int timeoutMs = 5000);
    bool waitClosed(int timeoutMs = 5000);
    void sendJson(const QJsonObject& o);
    void ack(qint64 id);
    void hello(int version = 1);

    QList<QJsonObject> frames() const;
    QList<QJsonObject> pushes() const; //!< push frames, in order
    QList<qint64> pushIds() const;
    //! Decoded payloads of the pushes.
    QList<QJsonObject> payloads() const;

    QWebSocket& socket() { return m_socket; }
    QStringList texts;
    bool disconnected = false;
    bool autoAck = false; //!< ack every push as soon as it arrives
    int closeCode() const { return int(m_socket.closeCode()); }

private:
    QWebSocket m_socket;
};

//! A started simulator on a free port with a known admin key.
std::unique_ptr<CloacinaSim::Simulator> startSimulator(CloacinaSim::Options options = {});

} // namespace SimTest

// SPDX-License-Identifier: Apache-2.0
#include "simtestsupport.h"

#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace SimTest {

Http::Http(QUrl base, QString key)
    : m_base(std::move(base))
    , m_key(std::move(key))
{
}

Reply Http::request(const QByteArray& method, const QString& path, const QByteArray& body,
    const QByteArray& contentType, const QString& key)
{
    QUrl url = m_base;
    const int q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q), QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(path.mid(q + 1), QUrl::TolerantMode);
    QNetworkRequest req(url);
    const QString k = key == useDefault() ? m_key : key;
    if (!k.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + k.toUtf8());
    if (!contentType.isEmpty() && !body.isNull())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply* reply = m_nam.sendCustomRequest(req, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    for (const auto& h : reply->rawHeaderPairs())
        r.headers.insert(h.first.toLower(), h.second);
    reply->deleteLater();
    return r;
}

Reply Http::post(const QString& path, const QJsonObject& body, const QString& key)
{
    return request(
        "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", key);
}

Reply Http::put(const QString& path, const QJsonObject& body, const QString& key)
{
    return request(
        "PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", key);
}

QString Http::tenantKey(const QString& tenant, const QString& role)
{
    const Reply r = post(QStringLiteral("/v1/tenants/%1/keys").arg(tenant),
        { { QStringLiteral("name"), QStringLiteral("k-%1-%2").arg(tenant, role) },
            { QStringLiteral("role"), role } },
        m_key);
    return r.json().value(QStringLiteral("key")).toString();
}

void Http::createTenant(const QString& name)
{
    post(QStringLiteral("/v1/tenants"), { { QStringLiteral("name"), name } }, m_key);
}

QString Http::ticket(const QString& key)
{
    return post(QStringLiteral("/v1/auth/ws-ticket"), {}, key)
        .json()
        .value(QStringLiteral("ticket"))
        .toString();
}

Reply rawUpgrade(const QUrl& base, const QString& pathAndQuery, const QString& bearer)
{
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    Reply r;
    if (!socket.waitForConnected(5000))
        return r;
    QByteArray req = "GET " + pathAndQuery.toUtf8()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
          "Connection: Upgrade\r\nSec-WebSocket-Key: "
          "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";
    if (!bearer.isEmpty())
        req += "Authorization: Bearer " + bearer.toUtf8() + "\r\n";
    socket.write(req + "\r\n");
    QByteArray data;
    // The answer is small; read until the peer closes or the head and body are in.
    QSignalSpy readable(&socket, &QTcpSocket::readyRead);
    for (int i = 0; i < 50 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        if (!socket.bytesAvailable())
            readable.wait(100);
        data += socket.readAll();
        const int end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            const int cl = data.toLower().indexOf("content-length: ");
            const int len
                = cl >= 0 ? data.mid(cl + 16, data.indexOf("\r\n", cl) - cl - 16).toInt() : 0;
            if (data.size() >= end + 4 + len || data.startsWith("HTTP/1.1 101"))
                break;
        }
    }
    data += socket.readAll();
    r.status = data.mid(9, 3).toInt();
    const int end = data.indexOf("\r\n\r\n");
    for (const QByteArray& line : data.left(end).split('\n').mid(1)) {
        const int colon = line.indexOf(':');
        if (colon > 0)
            r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    r.body = end >= 0 ? data.mid(end + 4) : QByteArray();
    return r;
}

Socket::Socket()
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& t) {
        texts << t;
        const QJsonObject o = QJsonDocument::fromJson(t.toUtf8()).object();
        if (autoAck && o.value(QStringLiteral("type")) == QLatin1String("push"))
            ack(o.value(QStringLiteral("id")).toInteger());
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { disconnected = true; });
}

Socket::~Socket() { m_socket.abort(); }

bool Socket::open(const QUrl& base, const QString& pathAndQuery, const QString& bearer)
{
    QUrl url = base;
    url.setScheme(QStringLiteral("ws"));
    const int q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q), QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1), QUrl::TolerantMode);
    QNetworkRequest req(url);
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(req);
    for (int i = 0; i < 100 && connected.isEmpty() && !disconnected; ++i)
        connected.wait(50);
    return !connected.isEmpty();
}

bool Socket::waitForText(int count, int timeoutMs)
{
    (void)QTest::qWaitFor([&] { return texts.size() >= count || disconnected; }, timeoutMs);
    return texts.size() >= count;
}

bool Socket::waitClosed(int timeoutMs)
{
    return QTest::qWaitFor([&] { return disconnected; }, timeoutMs);
    return disconnected;
}

bool Socket::waitForBinaryOrClose(int timeoutMs) { return waitClosed(timeoutMs); }

void Socket::sendJson(const QJsonObject& o)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

void Socket::ack(qint64 id)
{
    sendJson({ { QStringLiteral("type"), QStringLiteral("ack") },
        { QStringLiteral("protocol_version"), 1 }, { QStringLiteral("id"), id } });
}

void Socket::hello(int version)
{
    sendJson({ { QStringLiteral("type"), QStringLiteral("hello") },
        { QStringLiteral("protocol_version"), version },
        { QStringLiteral("since_id"), QJsonValue::Null } });
}

QList<QJsonObject> Socket::frames() const
{
    QList<QJsonObject> out;
    for (const auto& t : texts)
        out << QJsonDocument::fromJson(t.toUtf8()).object();
    return out;
}

QList<QJsonObject> Socket::pushes() const
{
    QList<QJsonObject> out;
    for (const auto& f : frames()) {
        if (f.value(QStringLiteral("type")) == QLatin1String("push"))
            out << f;
    }
    return out;
}

QList<qint64> Socket::pushIds() const
{
    QList<qint64> ids;
    for (const auto& p : pushes())
        ids << p.value(QStringLiteral("id")).toInteger();
    return ids;
}

QList<QJsonObject> Socket::payloads() const
{
    QList<QJsonObject> out;
    for (const auto& p : pushes())
        out << QJsonDocument::fromJson(
            QByteArray::fromBase64(p.value(QStringLiteral("payload_b64")).toString().toLatin1()))
                   .object();
    return out;
}

std::unique_ptr<CloacinaSim::Simulator> startSimulator(CloacinaSim::Options options)
{
    options.adminKey = QStringLiteral("test-admin-key");
    auto sim = std::make_unique<CloacinaSim::Simulator>(options);
    QString error;
    if (!sim->start(&error))
        qFatal("simulator did not start: %s", qPrintable(error));
    return sim;
}

} // namespace SimTest

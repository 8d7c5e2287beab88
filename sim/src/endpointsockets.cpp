// SPDX-License-Identifier: Apache-2.0
#include "endpointsockets_p.h"
#include "logging_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>

namespace CloacinaSim {

bool visibleTo(const std::optional<QString>& ownerTenant, const AuthKey& key)
{
    // Global endpoints serve everyone; tenant endpoints their tenant and admins.
    return key.isAdmin || !ownerTenant || ownerTenant == key.tenantId;
}

EndpointSockets::EndpointSockets(Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
}

EndpointSockets::~EndpointSockets() { closeAll(); }

bool EndpointSockets::mayUseAccumulator(const QString& name, const AuthKey& key)
{
    const AccumulatorRecord* a = m_store.accumulator(name);
    return a && visibleTo(a->tenantId, key);
}

bool EndpointSockets::mayUseReactor(const QString& name, const AuthKey& key)
{
    const ReactorRecord* r = m_store.reactor(name);
    return r && r->present && visibleTo(r->tenantId, key);
}

void EndpointSockets::track(QWebSocket* socket, const QString& name, bool reactor)
{
    socket->setParent(this);
    m_peers.append(Peer { socket, name, reactor });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        for (int i = 0; i < m_peers.size(); ++i) {
            if (m_peers.at(i).socket == socket) {
                m_peers.removeAt(i);
                break;
            }
        }
        socket->deleteLater();
    });
}

void EndpointSockets::attachAccumulator(QWebSocket* socket, const QString& name, const AuthKey&)
{
    track(socket, name, false);
    connect(socket, &QWebSocket::textMessageReceived, this, [name] {
        qCWarning(lcSim) << "accumulator" << name << "ignores text frames; send JSON as binary";
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
        [this, socket, name](const QByteArray& data) {
            AccumulatorRecord* a = m_store.accumulator(name);
            if (!a || !a->accepting) {
                socket->close(QWebSocketProtocol::CloseCode(4404),
                    QStringLiteral("accumulator '%1' not registered").arg(name));
                return;
            }
            ++a->eventsTotal;
            a->lastEventAt = QDateTime::currentDateTimeUtc();
            if (ReactorRecord* r = m_store.reactor(a->reactor))
                r->cache.insert(name, QString::fromUtf8(data));
        });
}

void EndpointSockets::attachReactor(QWebSocket* socket, const QString& name, const AuthKey& key)
{
    track(socket, name, true);
    connect(socket, &QWebSocket::textMessageReceived, this,
        [this, socket, name, key](const QString& text) {
            QJsonObject response;
            ReactorRecord* r = m_store.reactor(name);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
            if (!r || !r->present) {
                response = { { QStringLiteral("type"), QStringLiteral("error") },
                    { QStringLiteral("message"),
                        QStringLiteral("no reactor handle for '%1'").arg(name) } };
            } else if (!doc.isObject()) {
                response = { { QStringLiteral("type"), QStringLiteral("error") },
                    { QStringLiteral("message"),
                        QStringLiteral("invalid command: %1").arg(error.errorString()) } };
            } else {
                response = runCommand(*r, key, doc.object(), true);
            }
            socket->sendTextMessage(
                QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact)));
        });
}

QJsonObject EndpointSockets::runCommand(
    ReactorRecord& r, const AuthKey& key, const QJsonObject& command, bool manual)
{
    const auto error = [](const QString& message) {
        return QJsonObject { { QStringLiteral("type"), QStringLiteral("error") },
            { QStringLiteral("message"), message } };
    };
    const QString name = command.value(QStringLiteral("command")).toString();
    static const QHash<QString, QString> ops { { QStringLiteral("force_fire"),
                                                   QStringLiteral("ForceFire") },
        { QStringLiteral("fire_with"), QStringLiteral("FireWith") },
        { QStringLiteral("get_state"), QStringLiteral("GetState") },
        { QStringLiteral("pause"), QStringLiteral("Pause") },
        { QStringLiteral("resume"), QStringLiteral("Resume") } };
    if (!ops.contains(name))
        return error(QStringLiteral(
            "invalid command: unknown variant `%1`, expected one of `force_fire`, `fire_with`, "
            "`get_state`, `pause`, `resume`")
                         .arg(name));
    // Simplified per-command authZ: read keys may only look.
    const bool canOperate = key.isAdmin || key.permissions != QLatin1String("read");
    if (name != QLatin1String("get_state") && !canOperate)
        return error(QStringLiteral("operation %1 not permitted on reactor '%2'")
                         .arg(ops.value(name), r.name));

    if (name == QLatin1String("get_state")) {
        QJsonObject cache;
        for (auto it = r.cache.cbegin(); it != r.cache.cend(); ++it)
            cache.insert(it.key(), it.value());
        return { { QStringLiteral("type"), QStringLiteral("state") },
            { QStringLiteral("cache"), cache } };
    }
    if (name == QLatin1String("pause") || name == QLatin1String("resume")) {
        r.paused = name == QLatin1String("pause");
        return { { QStringLiteral("type"),
            r.paused ? QStringLiteral("paused") : QStringLiteral("resumed") } };
    }
    QJsonObject inputs;
    if (name == QLatin1String("fire_with")) {
        const QJsonValue cache = command.value(QStringLiteral("cache"));
        if (!cache.isObject())
            return error(QStringLiteral("invalid command: missing field `cache`"));
        const QJsonObject c = cache.toObject();
        for (auto it = c.begin(); it != c.end(); ++it) {
            if (!it.value().isArray())
                return error(
                    QStringLiteral("invalid command: invalid type for `%1`, expected a sequence")
                        .arg(it.key()));
            QByteArray bytes;
            for (const auto& b : it.value().toArray()) {
                const int v = b.toInt(-1);
                if (!b.isDouble() || v < 0 || v > 255)
                    return error(
                        QStringLiteral("invalid command: invalid value for `%1`, expected u8")
                            .arg(it.key()));
                bytes.append(char(v));
            }
            r.cache.insert(it.key(), QString::fromUtf8(bytes));
            inputs.insert(it.key(), QString::fromUtf8(bytes));
        }
    }
    r.recordFire(
        ReactorFireRecord { QDateTime::currentDateTimeUtc(), true, std::nullopt, 3, inputs, manual });
    return { { QStringLiteral("type"), QStringLiteral("fired") } };
}

bool EndpointSockets::setAccumulatorAccepting(const QString& name, bool accepting)
{
    AccumulatorRecord* a = m_store.accumulator(name);
    if (!a)
        return false;
    a->accepting = accepting;
    return true;
}

bool EndpointSockets::setReactorPresent(const QString& name, bool present)
{
    ReactorRecord* r = m_store.reactor(name);
    if (!r)
        return false;
    r->present = present;
    if (!present) {
        for (const Peer& p : std::as_const(m_peers)) {
            if (p.reactor && p.name == name && p.socket)
                p.socket->close(QWebSocketProtocol::CloseCode(4404),
                    QStringLiteral("reactor '%1' is gone").arg(name));
        }
    }
    return true;
}

void EndpointSockets::closeAll()
{
    const QList<Peer> peers = m_peers;
    for (const Peer& p : peers) {
        if (p.socket)
            p.socket->close(
                QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
    }
}

} // namespace CloacinaSim

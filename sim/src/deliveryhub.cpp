// SPDX-License-Identifier: Apache-2.0
#include "deliveryhub_p.h"
#include "logging_p.h"

#include <cloacinasim/simulator.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace CloacinaSim {

DeliveryHub::DeliveryHub(const Options& options, FaultConfig& faults, Stats& stats, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_faults(faults)
    , m_stats(stats)
    , m_rng(options.seed ^ 0x5eedu)
{
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setInterval(0);
    connect(&m_wakeTimer, &QTimer::timeout, this,
        [this] { m_options.upstreamRelay ? drainUpstream() : drain(); });
    m_sweeper.setInterval(qMax(10, options.sweeperIntervalMs));
    connect(&m_sweeper, &QTimer::timeout, this, &DeliveryHub::wake);
    m_sweeper.start();
}

DeliveryHub::~DeliveryHub()
{
    for (Subscriber* s : std::as_const(m_subscribers)) {
        if (s->socket) {
            s->socket->disconnect(this);
            s->socket->abort();
            delete s->socket;
        }
        delete s;
    }
}

qint64 DeliveryHub::enqueue(const QString& recipient, const QString& kind,
    const std::optional<QString>& tenantId, const QByteArray& payload)
{
    const qint64 id = m_nextId++;
    m_rows.emplace(
        id, OutboxRow { id, recipient, kind, tenantId, payload, OutboxRow::State::Pending });
    m_pending[recipient].insert(id);
    m_pendingAll.insert(id);
    wake();
    return id;
}

qint64 DeliveryHub::count(OutboxRow::State state) const
{
    if (state == OutboxRow::State::Pending)
        return qint64(m_pendingAll.size());
    qint64 n = 0;
    if (state == OutboxRow::State::Delivered) {
        for (const auto& set : m_delivered)
            n += qint64(set.size());
        return n;
    }
    return qint64(m_rows.size()) - count(OutboxRow::State::Pending)
        - count(OutboxRow::State::Delivered);
}

bool DeliveryHub::matches(const Subscriber& s, const OutboxRow& row) const
{
    if (s.dead || s.recipient != row.recipient)
        return false;
    // Upstream compares the row's tenant with the key's tenant exactly.
    if (row.tenantId == s.tenantId)
        return true;
    return !m_options.strictTenantMatch && s.isAdmin;
}

void DeliveryHub::wake()
{
    if (!m_wakeTimer.isActive())
        m_wakeTimer.start();
}

void DeliveryHub::attach(QWebSocket* socket, const QString& recipient,
    const std::optional<QString>& tenantId, bool isAdmin)
{
    // One subscriber per (recipient, tenant): the newcomer evicts the old socket,
    // which upstream drops without a close frame.
    for (Subscriber* old : std::as_const(m_subscribers)) {
        if (!old->dead && old->recipient == recipient && old->tenantId == tenantId) {
            ++m_stats.takeovers;
            drop(old);
        }
    }
    auto* s = new Subscriber { socket, recipient, tenantId, isAdmin, 0, false };
    m_subscribers.append(s);
    socket->setParent(this);
    ++m_stats.deliveryConnections;
    connect(socket, &QWebSocket::textMessageReceived, this,
        [this, s](const QString& text) { onText(s, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [recipient] {
        qCWarning(lcSim) << "delivery socket expects JSON text frames, got binary for" << recipient;
    });
    // Queued: drop() may run inside a drain loop that still holds s.
    connect(
        socket, &QWebSocket::disconnected, this, [this, s] { remove(s); }, Qt::QueuedConnection);

    // Resync: delivered-but-unacked rows for this (recipient, tenant) go back to pending.
    auto& delivered = m_delivered[recipient];
    for (auto it = delivered.begin(); it != delivered.end();) {
        OutboxRow& row = m_rows.at(*it);
        if (matches(*s, row)) {
            row.state = OutboxRow::State::Pending;
            m_pending[recipient].insert(row.id);
            m_pendingAll.insert(row.id);
            it = delivered.erase(it);
        } else {
            ++it;
        }
    }
    const QJsonObject welcome { { QStringLiteral("type"), QStringLiteral("welcome") },
        { QStringLiteral("protocol_version"), protocolVersion },
        { QStringLiteral("max_known_id"), 0 } };
    socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(welcome).toJson(QJsonDocument::Compact)));
    wake();
}

void DeliveryHub::drain()
{
    // The oldest rows that some live subscriber can take, at most one batch per wake-up.
    std::map<qint64, Subscriber*> batch;
    for (Subscriber* s : std::as_const(m_subscribers)) {
        if (s->dead)
            continue;
        const auto found = m_pending.constFind(s->recipient);
        if (found == m_pending.constEnd())
            continue;
        int taken = 0;
        for (qint64 id : *found) {
            if (!matches(*s, m_rows.at(id)))
                continue;
            batch.emplace(id, s);
            if (++taken >= drainBatch)
                break;
        }
    }
    int pushed = 0;
    for (auto& [id, s] : batch) {
        if (pushed >= drainBatch)
            break;
        if (s->dead)
            continue;
        OutboxRow& row = m_rows.at(id);
        if (row.state != OutboxRow::State::Pending)
            continue;
        if (push(s, row))
            ++pushed;
    }
    if (int(batch.size()) > pushed || pushed >= drainBatch)
        wake(); // more routable rows wait: keep draining on the next turn of the event loop
}

void DeliveryHub::drainUpstream()
{
    // Exactly upstream: the 256 oldest pending rows, routable or not; no re-wake.
    QList<qint64> ids;
    for (qint64 id : m_pendingAll) {
        ids << id;
        if (ids.size() >= drainBatch)
            break;
    }
    for (qint64 id : std::as_const(ids)) {
        OutboxRow& row = m_rows.at(id);
        for (Subscriber* s : std::as_const(m_subscribers)) {
            if (matches(*s, row)) {
                push(s, row);
                break;
            }
        }
    }
}

void DeliveryHub::markDelivered(OutboxRow& row)
{
    row.state = OutboxRow::State::Delivered;
    m_pending[row.recipient].erase(row.id);
    m_pendingAll.erase(row.id);
    m_delivered[row.recipient].insert(row.id);
}

bool DeliveryHub::push(Subscriber* s, OutboxRow& row)
{
    if (!s->socket || s->socket->state() != QAbstractSocket::ConnectedState) {
        s->dead = true;
        return false;
    }
    const QJsonObject frame { { QStringLiteral("type"), QStringLiteral("push") },
        { QStringLiteral("protocol_version"), protocolVersion }, { QStringLiteral("id"), row.id },
        { QStringLiteral("kind"), row.kind }, { QStringLiteral("recipient"), row.recipient },
        { QStringLiteral("tenant_id"),
            row.tenantId ? QJsonValue(*row.tenantId) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("payload_b64"), QString::fromLatin1(row.payload.toBase64()) } };
    const QString text = QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
    s->socket->sendTextMessage(text);
    if (m_faults.duplicatePushes) {
        s->socket->sendTextMessage(text);
        ++m_stats.duplicates;
    }
    markDelivered(row);
    ++m_stats.pushesSent;
    // Only first-time deliveries count toward the drop-after-N faults: otherwise the rows
    // replayed after a reconnect would trip the fault again before any ack could arrive, and
    // no at-least-once client could ever make progress.
    const bool fresh = !row.everPushed;
    row.everPushed = true;
    if (fresh)
        ++s->pushes;

    if (fresh && m_faults.dropAfterPushes > 0 && s->pushes >= m_faults.dropAfterPushes)
        drop(s);
    else if (fresh && m_faults.goingAwayAfterPushes > 0 && s->pushes >= m_faults.goingAwayAfterPushes)
        drop(s, 1001);
    else if (m_faults.dropProbability > 0 && m_rng.generateDouble() < m_faults.dropProbability)
        drop(s);
    return true;
}

void DeliveryHub::onText(Subscriber* s, const QString& text)
{
    if (s->dead)
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject o = doc.object();
    const QString type = o.value(QStringLiteral("type")).toString();
    const QJsonValue version = o.value(QStringLiteral("protocol_version"));
    const bool versionOk = version.isDouble() && version.toDouble() == double(version.toInteger());
    if (!doc.isObject() || !versionOk
        || (type != QLatin1String("hello") && type != QLatin1String("ack"))
        || (type == QLatin1String("ack") && !o.value(QStringLiteral("id")).isDouble())) {
        drop(s, 4400);
        return;
    }
    if (type == QLatin1String("hello")) {
        if (version.toInteger() != protocolVersion)
            drop(s, 4426);
        return; // v1 ignores since_id: the connect-time resync already replays
    }
    // Upstream acks by id alone, without checking the recipient.
    const qint64 id = o.value(QStringLiteral("id")).toInteger();
    ++m_stats.acksReceived;
    const auto it = m_rows.find(id);
    if (it != m_rows.end() && it->second.state == OutboxRow::State::Delivered) {
        it->second.state = OutboxRow::State::Acked;
        m_delivered[it->second.recipient].erase(id);
    }
    emit acked(id);
}

void DeliveryHub::drop(Subscriber* s, int closeCode)
{
    if (s->dead)
        return;
    s->dead = true;
    if (!s->socket)
        return;
    if (closeCode == 0) {
        ++m_stats.drops;
        // No close frame, like a dropped TCP connection; what was already sent still
        // reaches the peer, so flush first and cut on the next turn of the event loop.
        s->socket->flush();
        QPointer<QWebSocket> socket = s->socket;
        QTimer::singleShot(0, this, [socket] {
            if (socket)
                socket->abort();
        });
        return;
    }
    const QString reason = closeCode == 4400 ? QStringLiteral("invalid client frame")
        : closeCode == 4426                  ? QStringLiteral("unsupported protocol_version")
                                             : QStringLiteral("server going away");
    s->socket->close(QWebSocketProtocol::CloseCode(closeCode), reason);
}

void DeliveryHub::remove(Subscriber* s)
{
    if (!m_subscribers.removeOne(s))
        return;
    if (s->socket)
        s->socket->deleteLater();
    delete s;
}

int DeliveryHub::forceTakeover(const QString& recipient)
{
    int n = 0;
    for (Subscriber* s : std::as_const(m_subscribers)) {
        if (!s->dead && (recipient.isEmpty() || s->recipient == recipient)) {
            ++m_stats.takeovers;
            drop(s);
            ++n;
        }
    }
    return n;
}

int DeliveryHub::closeSockets(int code, const QString& recipient)
{
    int n = 0;
    for (Subscriber* s : std::as_const(m_subscribers)) {
        if (!s->dead && (recipient.isEmpty() || s->recipient == recipient)) {
            drop(s, code);
            ++n;
        }
    }
    return n;
}

} // namespace CloacinaSim

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <map>
#include <optional>
#include <set>

class QWebSocket;

namespace CloacinaSim {

struct Options;
struct FaultConfig;
struct Stats;

//! One delivery_outbox row.
struct OutboxRow {
    enum class State { Pending,
        Delivered,
        Acked };
    qint64 id = 0;
    QString recipient;
    QString kind;
    std::optional<QString> tenantId;
    QByteArray payload;
    State state = State::Pending;
    bool everPushed = false; //!< redeliveries do not count toward the drop-after-N faults
};

//! The transactional outbox, its relay, and the delivery sockets (one per
//! recipient and tenant).
class DeliveryHub : public QObject {
    Q_OBJECT
public:
    static constexpr int protocolVersion = 1;
    static constexpr int drainBatch = 256;

    DeliveryHub(
        const Options& options, FaultConfig& faults, Stats& stats, QObject* parent = nullptr);
    ~DeliveryHub() override;

    //! Appends a pending row and wakes the relay. Returns its id.
    qint64 enqueue(const QString& recipient, const QString& kind,
        const std::optional<QString>& tenantId, const QByteArray& payload);
    //! Takes an upgraded socket for recipient, as key tenant (takeover, resync, welcome).
    void attach(QWebSocket* socket, const QString& recipient,
        const std::optional<QString>& tenantId, bool isAdmin);

    int forceTakeover(const QString& recipient);
    int closeSockets(int code, const QString& recipient);
    int activeConnections() const { return m_subscribers.size(); }
    qint64 count(OutboxRow::State state) const;

signals:
    void acked(qint64 id);

private:
    struct Subscriber {
        QPointer<QWebSocket> socket;
        QString recipient;
        std::optional<QString> tenantId;
        bool isAdmin = false;
        int pushes = 0; //!< first-time deliveries on this socket
        bool dead = false;
    };

    bool matches(const Subscriber& s, const OutboxRow& row) const;
    void wake();
    void drain();
    void drainUpstream();
    bool push(Subscriber* s, OutboxRow& row);
    void markDelivered(OutboxRow& row);
    void onText(Subscriber* s, const QString& text);
    void drop(Subscriber* s, int closeCode = 0);
    void remove(Subscriber* s);

    const Options& m_options;
    FaultConfig& m_faults;
    Stats& m_stats;
    QRandomGenerator m_rng;
    qint64 m_nextId = 1;
    std::map<qint64, OutboxRow> m_rows;
    QHash<QString, std::set<qint64>> m_pending; //!< by recipient
    QHash<QString, std::set<qint64>> m_delivered; //!< by recipient, not yet acked
    std::set<qint64> m_pendingAll;
    QList<Subscriber*> m_subscribers;
    QTimer m_wakeTimer;
    QTimer m_sweeper;
};

} // namespace CloacinaSim

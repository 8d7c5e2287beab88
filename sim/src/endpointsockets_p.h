// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store_p.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWebSocket;

namespace CloacinaSim {

//! Accumulator (write-only, binary JSON) and reactor (command/response) sockets.
class EndpointSockets : public QObject {
    Q_OBJECT
public:
    EndpointSockets(Store& store, QObject* parent = nullptr);
    ~EndpointSockets() override;

    //! Whether key may open the accumulator/reactor called name (else 403 at upgrade).
    bool mayUseAccumulator(const QString& name, const AuthKey& key);
    bool mayUseReactor(const QString& name, const AuthKey& key);

    void attachAccumulator(QWebSocket* socket, const QString& name, const AuthKey& key);
    void attachReactor(QWebSocket* socket, const QString& name, const AuthKey& key);

    bool setAccumulatorAccepting(const QString& name, bool accepting);
    //! A removed reactor closes its sockets with 4404.
    bool setReactorPresent(const QString& name, bool present);
    void closeAll();

    //! Upstream's reactor command semantics, shared with the REST fire route.
    QJsonObject runCommand(
        ReactorRecord& reactor, const AuthKey& key, const QJsonObject& command, bool manual);

private:
    struct Peer {
        QPointer<QWebSocket> socket;
        QString name;
        bool reactor = false;
    };
    void track(QWebSocket* socket, const QString& name, bool reactor);

    Store& m_store;
    QList<Peer> m_peers;
};

bool visibleTo(const std::optional<QString>& ownerTenant, const AuthKey& key);

} // namespace CloacinaSim

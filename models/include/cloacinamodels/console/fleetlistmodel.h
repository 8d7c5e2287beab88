#pragma once

#include <cloacinamodels/console/fleetbackend.h>
#include <cloacinamodels/console/refreshablelistmodel.h>

namespace Cloacina {

//! What the Fleet screen's lists share: a FleetBackend (built from the client unless one was
//! set) and role gating. Their operations need admin keys: with `deniedReason` set (from
//! ServerSession::deniedReason()) a subclass asks nothing and its empty text says why.
class FleetListModel : public RefreshableListModel {
    Q_OBJECT
    //! Why this key may not call the list's operation; empty when it may.
    Q_PROPERTY(QString deniedReason READ deniedReason WRITE setDeniedReason NOTIFY deniedReasonChanged)

public:
    //! An empty list without backend; set `client` (or setBackend()) to list.
    explicit FleetListModel(QObject* parent = nullptr);

    //! Fetches with \a backend instead of the client's (tests); a client is still needed to refresh.
    void setBackend(FleetBackend backend);
    //! Why the key may not list; empty when it may.
    QString deniedReason() const { return m_denied; }
    //! Sets why the key may not list; refreshes (with a client) so the rows follow the rule.
    void setDeniedReason(const QString& reason);

Q_SIGNALS:
    //! deniedReason changed.
    void deniedReasonChanged();

protected:
    //! The fetchers: setBackend()'s, else the client's.
    const FleetBackend& backend() const { return m_backend; }
    void clientReplaced() override;

private:
    FleetBackend m_backend;
    bool m_customBackend = false;
    QString m_denied;
};

} // namespace Cloacina

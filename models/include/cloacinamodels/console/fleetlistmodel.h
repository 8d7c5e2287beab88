#pragma once

#include <cloacinamodels/console/backendlistmodel.h>
#include <cloacinamodels/console/fleetbackend.h>

namespace Cloacina {

//! A list fed by a FleetBackend (built from the client unless setBackend() set one).
using FleetConsoleModel = BackendListModel<FleetBackend, fleetBackend>;

//! What the Fleet screen's lists add to FleetConsoleModel: role gating. Their operations need
//! admin keys: with `deniedReason` set (from ServerSession::deniedReason()) a subclass asks
//! nothing and its empty text says why.
class FleetListModel : public FleetConsoleModel {
    Q_OBJECT
    //! Why this key may not call the list's operation; empty when it may.
    Q_PROPERTY(QString deniedReason READ deniedReason WRITE setDeniedReason NOTIFY deniedReasonChanged)

public:
    //! An empty list without backend; set `client` (or setBackend()) to list.
    explicit FleetListModel(QObject* parent = nullptr);

    //! Why the key may not list; empty when it may.
    QString deniedReason() const { return m_denied; }
    //! Sets why the key may not list; refreshes (with a client) so the rows follow the rule.
    void setDeniedReason(const QString& reason);

Q_SIGNALS:
    //! deniedReason changed.
    void deniedReasonChanged();

private:
    QString m_denied;
};

} // namespace Cloacina

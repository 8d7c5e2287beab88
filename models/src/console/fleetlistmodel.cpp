#include <cloacinamodels/console/fleetlistmodel.h>

namespace Cloacina {

FleetListModel::FleetListModel(QObject* parent)
    : RefreshableListModel(parent)
{
}

void FleetListModel::setBackend(FleetBackend backend)
{
    m_backend = std::move(backend);
    m_customBackend = true;
}

void FleetListModel::setDeniedReason(const QString& reason)
{
    if (reason == m_denied)
        return;
    m_denied = reason;
    Q_EMIT deniedReasonChanged();
    Q_EMIT emptyTextChanged();
    if (client())
        refresh();
}

void FleetListModel::clientReplaced()
{
    if (!m_customBackend)
        m_backend = client() ? fleetBackend(client()) : FleetBackend {};
}

} // namespace Cloacina

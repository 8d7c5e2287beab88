#include <cloacinamodels/console/fleetlistmodel.h>

namespace Cloacina {

FleetListModel::FleetListModel(QObject* parent)
    : FleetConsoleModel(parent)
{
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

} // namespace Cloacina

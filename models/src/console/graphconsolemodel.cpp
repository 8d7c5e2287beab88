#include <cloacinamodels/console/graphconsolemodel.h>

namespace Cloacina {

GraphConsoleModel::GraphConsoleModel(QObject* parent)
    : RefreshableListModel(parent)
{
}

void GraphConsoleModel::setBackend(GraphBackend backend)
{
    m_backend = std::move(backend);
    m_customBackend = true;
    if (client())
        refresh();
}

void GraphConsoleModel::clientReplaced()
{
    if (!m_customBackend)
        m_backend = graphBackend(client());
}

bool GraphConsoleModel::backendReady(quint64 ticket)
{
    if (m_backend.isValid())
        return true;
    finishRefresh(ticket, Error::make(Error::Kind::Canceled, tr("No backend to list with.")));
    return false;
}

} // namespace Cloacina

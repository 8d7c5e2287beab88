#include <cloacinamodels/console/reactorscopedmodel.h>

namespace Cloacina {

void ReactorScopedModel::setReactor(const QString& reactor)
{
    if (reactor == m_reactor)
        return;
    m_reactor = reactor;
    clear();
    Q_EMIT reactorChanged();
    if (client())
        refresh();
}

} // namespace Cloacina

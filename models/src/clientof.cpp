#include "cloacinamodels/clientof.h"

#include <QVariant>

namespace Cloacina {

CloacinaClient* clientOf(QObject* object)
{
    if (!object)
        return nullptr;
    if (auto* client = qobject_cast<CloacinaClient*>(object))
        return client;
    // A wrapper (composition, not inheritance) publishes the client it holds.
    return qobject_cast<CloacinaClient*>(object->property("sdk").value<QObject*>());
}

} // namespace Cloacina

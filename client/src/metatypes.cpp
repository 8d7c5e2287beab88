#include "metatypes_p.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/error.h>
#include <cloacina/pager.h>
#include <cloacina/profiles.h>
#include <cloacina/result.h>

#include <QMetaType>

namespace Cloacina::Internal {

void registerMetaTypes()
{
    static const bool done = [] {
        qRegisterMetaType<Cloacina::Error>();
        qRegisterMetaType<Cloacina::Error::Kind>();
        qRegisterMetaType<Cloacina::Result<void>>();
        qRegisterMetaType<CloacinaClient::ConnectionState>();
        qRegisterMetaType<Cloacina::ProfileError>();
        qRegisterMetaType<Cloacina::Profile>();
        qRegisterMetaType<QList<Cloacina::ExecutionSummary>>();
        qRegisterMetaType<QList<Cloacina::TriggerScheduleSummary>>();
        qRegisterMetaType<QList<Cloacina::WorkflowInstanceSummary>>();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace Cloacina::Internal

#include <cloacinamodels/workflowresolver.h>

#include "logging_p.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/types.h>
#include <cloacina/whenready.h>

#include <QTimer>

namespace Cloacina {

WorkflowResolver::WorkflowResolver(QObject* parent)
    : QObject(parent)
{
}

void WorkflowResolver::setClient(CloacinaClient* client)
{
    if (m_client == client)
        return;
    m_client = client;
    m_cache.clear();
}

QString WorkflowResolver::packageFromTaskName(const QString& qualifiedTaskName, const QString& workflowName)
{
    const QStringList parts = qualifiedTaskName.split(QStringLiteral("::"));
    // tenant::package::workflow::task; the tenant itself never holds "::".
    if (parts.size() != 4 || parts.at(2) != workflowName || parts.at(1).isEmpty())
        return {};
    return parts.at(1);
}

Result<QString> WorkflowResolver::fromTaskNames(
    const QString& workflowName, const QStringList& qualifiedTaskNames, const Error* listError)
{
    for (const QString& name : qualifiedTaskNames) {
        const QString package = packageFromTaskName(name, workflowName);
        if (!package.isEmpty())
            return package;
    }
    if (listError)
        return *listError; // the list could not be read: that is the reason
    Error e = Error::make(Error::Kind::Api,
        tr("No package of this tenant declares workflow '%1', and the run's task names do not name one")
            .arg(workflowName),
        QStringLiteral("list_workflows"));
    e.code = QStringLiteral("workflow_unresolved");
    return e;
}

void WorkflowResolver::settleLater(Callback done, Result<QString> result)
{
    // Queued, so callers never see their callback run inside resolve().
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

void WorkflowResolver::resolve(const QString& tenant, const QString& workflowName,
    const QStringList& qualifiedTaskNames, Callback done)
{
    const QString key = tenant.isEmpty() && m_client ? m_client->tenant() : tenant;
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd() && cached->fetchedAt.msecsTo(QDateTime::currentDateTimeUtc()) < m_ttlMs
        && cached->packageByWorkflow.contains(workflowName)) {
        settleLater(std::move(done), cached->packageByWorkflow.value(workflowName));
        return;
    }
    if (!m_client) {
        settleLater(std::move(done), fromTaskNames(workflowName, qualifiedTaskNames, nullptr));
        return;
    }
    whenReady(m_client->listWorkflows(key), this,
        [this, key, workflowName, qualifiedTaskNames, done = std::move(done)](
            const Result<WorkflowSummaryList>& list) {
            if (!list) {
                qCDebug(lcModel).noquote() << "list_workflows:" << list.error().toString();
                done(fromTaskNames(workflowName, qualifiedTaskNames, &list.error()));
                return;
            }
            TenantMap map;
            map.fetchedAt = QDateTime::currentDateTimeUtc();
            for (const WorkflowSummary& w : list.value().items) {
                if (!map.packageByWorkflow.contains(w.workflowName))
                    map.packageByWorkflow.insert(w.workflowName, w.packageName);
            }
            m_cache.insert(key, map);
            const auto found = map.packageByWorkflow.constFind(workflowName);
            done(found != map.packageByWorkflow.constEnd() ? Result<QString>(*found)
                                                           : fromTaskNames(workflowName, qualifiedTaskNames, nullptr));
        });
}

} // namespace Cloacina

#include <cloacinamodels/console/workflowinspector.h>

#include "dtoconvert_p.h"
#include "runaction_p.h"

#include <cloacina/whenready.h>

namespace Cloacina {

WorkflowInspector::WorkflowInspector(QObject* parent)
    : QObject(parent)
{
}

void WorkflowInspector::setBackend(const WorkflowBackend& backend)
{
    m_backend = backend;
    inspect({});
}

QString WorkflowInspector::tenant() const
{
    return m_backend.defaultTenant ? m_backend.defaultTenant() : QString();
}

void WorkflowInspector::inspect(const QString& packageId)
{
    const bool samePackage = packageId == m_packageId;
    m_packageId = packageId;
    ++m_generation; // answers about the previous package are dropped
    if (!samePackage) {
        m_hasDetail = false;
        m_detail = WorkflowDetail();
        m_detailError = Error();
        m_source.clear();
        m_sourceError = Error();
        Q_EMIT detailChanged();
        Q_EMIT sourceChanged();
    }
    reload();
}

void WorkflowInspector::reload()
{
    if (m_packageId.isEmpty() || !m_backend.isValid())
        return;
    const quint64 gen = m_generation;
    whenReady(m_backend.getWorkflow(m_packageId, tenant()), this, [this, gen](const Result<WorkflowDetail>& r) {
        if (gen != m_generation)
            return;
        if (r) {
            m_detail = r.value();
            m_hasDetail = true;
            m_detailError = Error();
        } else {
            m_detailError = r.error(); // the detail shown before stays
        }
        Q_EMIT detailChanged();
    });
    whenReady(m_backend.getSource(m_packageId, tenant()), this, [this, gen](const Result<WorkflowSourceResponse>& r) {
        if (gen != m_generation)
            return;
        if (r) {
            m_source = r.value().files;
            m_sourceError = Error();
        } else {
            m_sourceError = r.error();
        }
        Q_EMIT sourceChanged();
    });
}

QString WorkflowInspector::buildError() const
{
    return Detail::textOf(m_detail.buildError);
}

QList<TaskGraphNode> WorkflowInspector::taskGraph() const
{
    return m_hasDetail ? Detail::taskGraph(m_detail) : QList<TaskGraphNode>();
}

QList<WorkflowTaskDoc> WorkflowInspector::taskDocs() const
{
    QList<WorkflowTaskDoc> docs;
    if (!m_detail.taskGraph)
        return docs;
    for (const WorkflowTaskNode& n : *m_detail.taskGraph)
        docs.append({ n.id, Detail::textOf(n.description), Detail::textOf(n.docWhat), Detail::textOf(n.docWhy) });
    return docs;
}

void WorkflowInspector::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

template <typename T>
void WorkflowInspector::runAction(const QString& operationId, QFuture<Result<T>> future, std::function<void(const T&)> onSuccess)
{
    Internal::runAction<T>(
        this, operationId, future, [this](bool busy) { setBusy(busy); }, std::move(onSuccess),
        [this](const QString& op, const Error& error) { Q_EMIT actionFinished(op, error); });
}

void WorkflowInspector::setPaused(bool pause)
{
    if (!m_hasDetail || !m_backend.isValid() || m_busy)
        return;
    // Pause and resume name the package, as the server's routes do.
    runAction<WorkflowPauseResponse>(pause ? QStringLiteral("pause_workflow") : QStringLiteral("resume_workflow"),
        m_backend.setPaused(m_detail.packageName, pause, tenant()), [this](const WorkflowPauseResponse& r) {
            m_detail.paused = r.paused;
            Q_EMIT detailChanged();
        });
}

void WorkflowInspector::deleteVersion()
{
    if (!m_hasDetail || !m_backend.isValid() || m_busy)
        return;
    runAction<WorkflowDeletedResponse>(QStringLiteral("delete_workflow"),
        m_backend.deleteWorkflow(m_detail.packageName, m_detail.version, tenant()),
        [this](const WorkflowDeletedResponse&) { inspect({}); });
}

void WorkflowInspector::upload(const QByteArray& package, const QString& fileName)
{
    if (!m_backend.isValid() || m_busy)
        return;
    runAction<WorkflowUploadedResponse>(QStringLiteral("upload_workflow"), m_backend.upload(package, fileName, tenant()),
        [this](const WorkflowUploadedResponse& r) { Q_EMIT uploaded(r.packageId); });
}

} // namespace Cloacina

#include <cloacinamodels/console/triggerinspector.h>

#include "runaction_p.h"

#include <cloacina/whenready.h>

namespace Cloacina {

TriggerInspector::TriggerInspector(QObject* parent)
    : QObject(parent)
{
}

void TriggerInspector::setBackend(const TriggerBackend& backend)
{
    m_backend = backend;
    inspect({}, {});
}

QString TriggerInspector::tenant() const
{
    return m_backend.defaultTenant ? m_backend.defaultTenant() : QString();
}

void TriggerInspector::inspect(const QString& name, const QString& workflowName)
{
    const bool same = name == m_name && workflowName == m_workflow;
    m_name = name;
    m_workflow = workflowName;
    ++m_generation; // answers about the previous schedule are dropped
    if (!same) {
        m_detail.reset();
        m_detailError = Error();
        m_interface.reset();
        m_interfaceError = Error();
        m_instances.clear();
        m_instancesError = Error();
        Q_EMIT targetChanged();
        Q_EMIT detailChanged();
        Q_EMIT interfaceChanged();
        Q_EMIT instancesChanged();
    }
    reload();
}

void TriggerInspector::reload()
{
    if (m_name.isEmpty() || !m_backend.isValid())
        return;
    const quint64 gen = m_generation;
    whenReady(m_backend.getTrigger(m_name, tenant()), this, [this, gen](const Result<TriggerDetailResponse>& r) {
        if (gen != m_generation)
            return;
        if (r) {
            m_detail = r.value();
            m_detailError = Error();
        } else {
            m_detailError = r.error();
        }
        Q_EMIT detailChanged();
    });
    whenReady(m_backend.getInterface(m_name, tenant()), this, [this, gen](const Result<DeclaredSurface>& r) {
        if (gen != m_generation)
            return;
        if (r) {
            m_interface = r.value();
            m_interfaceError = Error();
        } else {
            m_interfaceError = r.error();
        }
        Q_EMIT interfaceChanged();
    });
    fetchInstances();
}

void TriggerInspector::fetchInstances()
{
    if (m_workflow.isEmpty() || !m_backend.isValid())
        return;
    const quint64 gen = m_generation;
    whenReady(m_backend.listInstances(m_workflow, tenant()), this, [this, gen](const Result<QList<WorkflowInstanceSummary>>& r) {
        if (gen != m_generation)
            return;
        if (r) {
            m_instances = r.value();
            m_instancesError = Error();
        } else {
            m_instancesError = r.error();
        }
        Q_EMIT instancesChanged();
    });
}

QList<InputSlot> TriggerInspector::interfaceSlots() const
{
    return m_interface ? m_interface->slots_ : QList<InputSlot>();
}

bool TriggerInspector::isPaused() const
{
    return m_detail && m_detail->schedule.paused.value_or(false);
}

void TriggerInspector::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

template <typename T>
void TriggerInspector::runAction(const QString& operationId, QFuture<Result<T>> future, std::function<void(const T&)> onSuccess)
{
    Internal::runAction<T>(
        this, operationId, future, [this](bool busy) { setBusy(busy); }, std::move(onSuccess),
        [this](const QString& op, const Error& error) { Q_EMIT actionFinished(op, error); });
}

void TriggerInspector::setPaused(bool pause)
{
    if (m_name.isEmpty() || !m_backend.isValid() || m_busy)
        return;
    runAction<TriggerPauseResponse>(pause ? QStringLiteral("pause_trigger") : QStringLiteral("resume_trigger"),
        m_backend.setPaused(m_name, pause, tenant()), [this](const TriggerPauseResponse& r) {
            if (m_detail) {
                m_detail->schedule.paused = r.paused;
                Q_EMIT detailChanged();
            }
        });
}

void TriggerInspector::fire(const std::optional<QJsonValue>& event)
{
    if (m_name.isEmpty() || !m_backend.isValid() || m_busy)
        return;
    runAction<FireTriggerResponse>(QStringLiteral("fire_trigger"), m_backend.fire(m_name, event, tenant()),
        [this](const FireTriggerResponse& r) {
            QStringList ids;
            for (const FiredExecution& e : r.executions)
                ids << e.executionId;
            Q_EMIT fired(ids);
            reload(); // the recent fires may have moved
        });
}

void TriggerInspector::createInstance(const CreateInstanceRequest& request)
{
    if (m_workflow.isEmpty() || !m_backend.isValid() || m_busy)
        return;
    runAction<WorkflowInstanceSummary>(QStringLiteral("create_instance"),
        m_backend.createInstance(m_workflow, request, tenant()), [this](const WorkflowInstanceSummary&) { fetchInstances(); });
}

void TriggerInspector::deleteInstance(const QString& instanceName)
{
    if (m_workflow.isEmpty() || !m_backend.isValid() || m_busy)
        return;
    runAction<DeleteInstanceResponse>(QStringLiteral("delete_instance"),
        m_backend.deleteInstance(m_workflow, instanceName, tenant()), [this](const DeleteInstanceResponse&) { fetchInstances(); });
}

} // namespace Cloacina

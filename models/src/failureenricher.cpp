#include <cloacinamodels/failureenricher.h>

#include "logging_p.h"

#include <cloacina/whenready.h>

#include <QPointer>

namespace Cloacina {

FailureEnricher::FailureEnricher(QObject* parent)
    : QObject(parent)
{
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setInterval(0);
    connect(&m_pumpTimer, &QTimer::timeout, this, &FailureEnricher::pump);
}

FailureEnricher::~FailureEnricher() = default;

void FailureEnricher::setBackend(const ExecutionListBackend& backend)
{
    m_backend = backend;
    m_cache.clear();
}

void FailureEnricher::setTenantOfWanted(std::function<std::optional<QString>(const QString&)> tenantOfWanted)
{
    m_tenantOfWanted = std::move(tenantOfWanted);
}

void FailureEnricher::request(const QString& id)
{
    if (m_queued.contains(id) || m_failed.contains(id))
        return;
    m_queued.insert(id);
    m_queue.append(id);
    if (!m_pumpTimer.isActive())
        m_pumpTimer.start();
}

std::optional<ExecutionFailure> FailureEnricher::cached(const QString& id) const
{
    const auto it = m_cache.constFind(id);
    if (it == m_cache.constEnd())
        return std::nullopt;
    return *it;
}

void FailureEnricher::reset()
{
    ++m_generation;
    m_queue.clear();
    m_queued.clear();
    m_failed.clear();
}

void FailureEnricher::pump()
{
    while (m_backend.isValid() && m_inFlight < m_maxConcurrent && !m_queue.isEmpty()) {
        const QString id = m_queue.takeFirst();
        const std::optional<QString> tenant = m_tenantOfWanted ? m_tenantOfWanted(id) : m_backend.defaultTenant();
        if (!tenant) {
            m_queued.remove(id);
            continue;
        }
        ++m_inFlight;
        fetch(id, *tenant);
    }
}

void FailureEnricher::fetch(const QString& id, const QString& tenant)
{
    const quint64 generation = m_generation;
    whenReady(m_backend.failureFromTasks(id, tenant), this, [this, id, tenant, generation](const Result<ExecutionFailure>& tasks) {
        if (!tasks) {
            --m_inFlight;
            m_queued.remove(id);
            if (generation == m_generation)
                m_failed.insert(id);
            qCDebug(lcModel).noquote() << "enrichment of" << id << "failed:" << tasks.error().toString();
            pump();
            return;
        }
        const ExecutionFailure fromTasks = tasks.value();
        if (!fromTasks.errorText.isEmpty() || !m_backend.isValid()) {
            finish(id, fromTasks);
            return;
        }
        // No error text on the task rows: the events carry it (task_failed / workflow_failed).
        whenReady(m_backend.failureFromEvents(id, tenant), this, [this, id, fromTasks](const Result<ExecutionFailure>& events) {
            ExecutionFailure merged = fromTasks;
            if (events) {
                if (merged.failingTask.isEmpty())
                    merged.failingTask = events.value().failingTask;
                merged.errorText = events.value().errorText;
            }
            finish(id, merged);
        });
    });
}

void FailureEnricher::finish(const QString& id, const ExecutionFailure& failure)
{
    --m_inFlight;
    m_queued.remove(id);
    if (m_cache.size() > maxCached)
        m_cache.clear();
    m_cache.insert(id, failure);
    QPointer<FailureEnricher> alive(this);
    Q_EMIT enriched(id, failure);
    if (alive)
        pump();
}

} // namespace Cloacina

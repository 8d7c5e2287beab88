#include <cloacina/pager.h>

#include "logging_p.h"
#include "metatypes_p.h"
#include "pagewalk_p.h"

namespace Cloacina {

PagerBase::PagerBase(CloacinaClient* client, QObject* parent)
    : QObject(parent ? parent : client)
    , m_client(client)
    , m_walk(std::make_unique<Internal::PageWalk>())
{
    Internal::registerMetaTypes();
}

PagerBase::~PagerBase()
{
    ++m_generation;
    m_inFlight.cancel();
}

void PagerBase::setPageSize(int rows)
{
    m_pageSize = qBound(2, rows, 1000);
}

void PagerBase::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged();
}

void PagerBase::start()
{
    ++m_generation;
    m_inFlight.cancel();
    m_inFlight = QFuture<void>();
    m_walk->restart(m_startOffset);
    m_rowsSoFar = 0;
    m_pagesFetched = 0;
    setRunning(true);
    requestNext();
}

void PagerBase::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_inFlight.cancel();
    m_inFlight = QFuture<void>();
    finish(Error::canceled());
}

void PagerBase::requestNext()
{
    if (!m_client) {
        finish(Error::make(Error::Kind::Canceled, QStringLiteral("the client was destroyed")));
        return;
    }
    const Internal::PageWalk::Request request = m_walk->next(m_pageSize);
    ++m_pagesFetched;
    fetchPage(request.offset, request.limit);
}

PagerBase::Accepted PagerBase::acceptPage(const QStringList& ids)
{
    const Internal::PageWalk::Accepted walked = m_walk->accept(ids, m_maxRows);
    if (walked.backtrack)
        qCDebug(lcCloacinaHttp) << "pager lost its anchor at offset" << m_walk->requestOffset()
                                << "- re-fetching from" << m_walk->cursor() - 1;
    m_rowsSoFar = m_walk->rowsSoFar();
    return { walked.backtrack, walked.fresh };
}

void PagerBase::advance()
{
    const quint64 generation = m_generation;
    QPointer<PagerBase> alive(this);
    Q_EMIT progress(m_rowsSoFar);
    if (!alive || generation != m_generation)
        return;
    if (m_walk->atEnd()) {
        finish(Result<void>());
        return;
    }
    requestNext();
}

void PagerBase::pageFailed(const Error& error)
{
    finish(error);
}

void PagerBase::finish(const Result<void>& result)
{
    ++m_generation;
    QPointer<PagerBase> alive(this);
    setRunning(false);
    if (alive)
        Q_EMIT finished(result);
}

ExecutionPager::ExecutionPager(CloacinaClient* client, ListExecutionsQuery query, QString tenant, QObject* parent)
    : PagerBase(client, parent)
    , m_query(std::move(query))
    , m_tenant(std::move(tenant))
{
    setStartOffset(m_query.offset.value_or(0));
}

void ExecutionPager::fetchPage(qint64 offset, int limit)
{
    ListExecutionsQuery query = m_query;
    query.offset = offset;
    query.limit = limit;
    handlePage(client()->listExecutions(query, m_tenant),
        [this](const QList<ExecutionSummary>& rows) { Q_EMIT rowsReady(rows); });
}

TriggerPager::TriggerPager(CloacinaClient* client, QString tenant, QObject* parent)
    : PagerBase(client, parent)
    , m_tenant(std::move(tenant))
{
}

void TriggerPager::fetchPage(qint64 offset, int limit)
{
    ListTriggersQuery query;
    query.offset = offset;
    query.limit = limit;
    handlePage(client()->listTriggers(query, m_tenant),
        [this](const QList<TriggerScheduleSummary>& rows) { Q_EMIT rowsReady(rows); });
}

InstancePager::InstancePager(CloacinaClient* client, QString workflow, QString tenant, QObject* parent)
    : PagerBase(client, parent)
    , m_workflow(std::move(workflow))
    , m_tenant(std::move(tenant))
{
}

void InstancePager::fetchPage(qint64 offset, int limit)
{
    ListInstancesQuery query;
    query.offset = offset;
    query.limit = limit;
    handlePage(client()->listInstances(m_workflow, query, m_tenant),
        [this](const QList<WorkflowInstanceSummary>& rows) { Q_EMIT rowsReady(rows); });
}

} // namespace Cloacina

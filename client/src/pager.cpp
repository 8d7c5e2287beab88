#include <cloacina/pager.h>

#include "logging_p.h"
#include "metatypes_p.h"

namespace Cloacina {

namespace {
    constexpr int maxBacktracksInARow = 3;
}

PagerBase::PagerBase(CloacinaClient* client, QObject* parent)
    : QObject(parent ? parent : client)
    , m_client(client)
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
    m_seen.clear();
    m_anchor.clear();
    m_cursor = m_startOffset;
    m_rowsSoFar = 0;
    m_backtracks = 0;
    m_pagesFetched = 0;
    m_lastPage = false;
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
    // Overlap by one row (the anchor) once we have one, to detect shifts.
    m_requestOffset = m_anchor.isEmpty() ? m_cursor : qMax<qint64>(0, m_cursor - 1);
    m_requestLimit = m_pageSize;
    ++m_pagesFetched;
    fetchPage(m_requestOffset, m_requestLimit);
}

PagerBase::Accepted PagerBase::acceptPage(const QStringList& ids)
{
    Accepted accepted;
    if (ids.isEmpty()) {
        m_lastPage = true;
        return accepted;
    }
    bool anySeen = false;
    for (const QString& id : ids) {
        if (m_seen.contains(id)) {
            anySeen = true;
            break;
        }
    }
    if (!m_anchor.isEmpty() && !anySeen && m_requestOffset > 0
        && m_backtracks < maxBacktracksInARow) {
        // Lost our place: rows ahead of the walk went away (or many arrived). Step back one
        // page and re-fetch the overlap.
        ++m_backtracks;
        accepted.backtrack = true;
        m_cursor = qMax<qint64>(1, m_requestOffset - m_requestLimit + 2);
        qCDebug(lcCloacinaHttp) << "pager lost its anchor at offset" << m_requestOffset
                                << "- re-fetching from" << m_cursor - 1;
        return accepted;
    }
    m_backtracks = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (m_maxRows > 0 && m_rowsSoFar + accepted.fresh.size() >= m_maxRows)
            break;
        const QString& id = ids.at(i);
        if (m_seen.contains(id))
            continue;
        m_seen.insert(id);
        accepted.fresh.append(i);
    }
    m_rowsSoFar += accepted.fresh.size();
    m_anchor = ids.last();
    m_cursor = m_requestOffset + ids.size();
    m_lastPage = ids.size() < m_requestLimit || (m_maxRows > 0 && m_rowsSoFar >= m_maxRows);
    return accepted;
}

void PagerBase::advance()
{
    const quint64 generation = m_generation;
    QPointer<PagerBase> alive(this);
    Q_EMIT progress(m_rowsSoFar);
    if (!alive || generation != m_generation)
        return;
    if (m_lastPage) {
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

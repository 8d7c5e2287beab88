#include <cloacina/pager.h>

#include "logging_p.h"
#include "metatypes_p.h"
#include "pagewalk_p.h"

#include <QPointer>

namespace Cloacina {

// The walk's state; the offset bookkeeping itself is Internal::PageWalk (pagewalk_p.h).
struct PagerBasePrivate {
    QPointer<CloacinaClient> client;
    QFuture<void> inFlight;
    Internal::PageWalk walk; // the shift-safe offset bookkeeping, shared with the list models
    qint64 startOffset = 0;
    qint64 rowsSoFar = 0;
    qint64 maxRows = 0;
    int pageSize = 100;
    int pagesFetched = 0;
    quint64 generation = 0; // bumped by start/cancel/finish: pages of older walks are dropped
    bool running = false;
};

PagerBase::PagerBase(CloacinaClient* client, QObject* parent)
    : QObject(parent ? parent : client)
    , d(std::make_unique<PagerBasePrivate>())
{
    d->client = client;
    Internal::registerMetaTypes();
}

PagerBase::~PagerBase()
{
    ++d->generation;
    d->inFlight.cancel();
}

int PagerBase::pageSize() const
{
    return d->pageSize;
}

qint64 PagerBase::maxRows() const
{
    return d->maxRows;
}

void PagerBase::setMaxRows(qint64 rows)
{
    d->maxRows = qMax<qint64>(0, rows);
}

bool PagerBase::isRunning() const
{
    return d->running;
}

qint64 PagerBase::rowsSoFar() const
{
    return d->rowsSoFar;
}

int PagerBase::pagesFetched() const
{
    return d->pagesFetched;
}

CloacinaClient* PagerBase::client() const
{
    return d->client;
}

void PagerBase::setStartOffset(qint64 offset)
{
    d->startOffset = qMax<qint64>(0, offset);
}

quint64 PagerBase::pageStarted(QFuture<void> page)
{
    d->inFlight = std::move(page);
    return d->generation;
}

bool PagerBase::isCurrentPage(quint64 generation) const
{
    return generation == d->generation;
}

void PagerBase::pageSettled()
{
    d->inFlight = QFuture<void>();
}

void PagerBase::setPageSize(int rows)
{
    d->pageSize = qBound(2, rows, 1000);
}

void PagerBase::setRunning(bool running)
{
    if (d->running == running)
        return;
    d->running = running;
    Q_EMIT runningChanged();
}

void PagerBase::start()
{
    ++d->generation;
    d->inFlight.cancel();
    d->inFlight = QFuture<void>();
    d->walk.restart(d->startOffset);
    d->rowsSoFar = 0;
    d->pagesFetched = 0;
    setRunning(true);
    requestNext();
}

void PagerBase::cancel()
{
    if (!d->running)
        return;
    ++d->generation;
    d->inFlight.cancel();
    d->inFlight = QFuture<void>();
    finish(Error::canceled());
}

void PagerBase::requestNext()
{
    if (!d->client) {
        finish(Error::make(Error::Kind::Canceled, QStringLiteral("the client was destroyed")));
        return;
    }
    const Internal::PageWalk::Request request = d->walk.next(d->pageSize);
    ++d->pagesFetched;
    fetchPage(request.offset, request.limit);
}

PagerBase::Accepted PagerBase::acceptPage(const QList<QStringView>& ids)
{
    const Internal::PageWalk::Accepted walked = d->walk.accept(ids, d->maxRows);
    if (walked.backtrack)
        qCDebug(lcCloacinaHttp) << "pager lost its anchor at offset" << d->walk.requestOffset()
                                << "- re-fetching from" << d->walk.cursor() - 1;
    d->rowsSoFar = d->walk.rowsSoFar();
    return { walked.backtrack, walked.fresh };
}

void PagerBase::advance()
{
    const quint64 generation = d->generation;
    QPointer<PagerBase> alive(this);
    Q_EMIT progress(d->rowsSoFar);
    if (!alive || generation != d->generation)
        return;
    if (d->walk.atEnd()) {
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
    ++d->generation;
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

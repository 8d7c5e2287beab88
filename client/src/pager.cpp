#include <cloacina/pager.h>

#include "logging_p.h"
#include "metatypes_p.h"

#include <QPointer>
#include <QSet>

namespace Cloacina {

namespace {
    constexpr int maxBacktracksInARow = 3;
}

// The walk's state; see the file comment of pager.h for the algorithm.
struct PagerBasePrivate {
    QPointer<CloacinaClient> client;
    QFuture<void> inFlight;
    QSet<QString> seen;
    QString anchor;
    qint64 startOffset = 0;
    qint64 cursor = 0; // offset just past the last row seen
    qint64 requestOffset = 0;
    int requestLimit = 0;
    qint64 rowsSoFar = 0;
    qint64 maxRows = 0;
    int pageSize = 100;
    int backtracks = 0;
    int pagesFetched = 0;
    quint64 generation = 0; // bumped by start/cancel/finish: pages of older walks are dropped
    bool lastPage = false;
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
    d->seen.clear();
    d->anchor.clear();
    d->cursor = d->startOffset;
    d->rowsSoFar = 0;
    d->backtracks = 0;
    d->pagesFetched = 0;
    d->lastPage = false;
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
    // Overlap by one row (the anchor) once we have one, to detect shifts.
    d->requestOffset = d->anchor.isEmpty() ? d->cursor : qMax<qint64>(0, d->cursor - 1);
    d->requestLimit = d->pageSize;
    ++d->pagesFetched;
    fetchPage(d->requestOffset, d->requestLimit);
}

PagerBase::Accepted PagerBase::acceptPage(const QStringList& ids)
{
    Accepted accepted;
    if (ids.isEmpty()) {
        d->lastPage = true;
        return accepted;
    }
    bool anySeen = false;
    for (const QString& id : ids) {
        if (d->seen.contains(id)) {
            anySeen = true;
            break;
        }
    }
    if (!d->anchor.isEmpty() && !anySeen && d->requestOffset > 0
        && d->backtracks < maxBacktracksInARow) {
        // Lost our place: rows ahead of the walk went away (or many arrived). Step back one
        // page and re-fetch the overlap.
        ++d->backtracks;
        accepted.backtrack = true;
        d->cursor = qMax<qint64>(1, d->requestOffset - d->requestLimit + 2);
        qCDebug(lcCloacinaHttp) << "pager lost its anchor at offset" << d->requestOffset
                                << "- re-fetching from" << d->cursor - 1;
        return accepted;
    }
    d->backtracks = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (d->maxRows > 0 && d->rowsSoFar + accepted.fresh.size() >= d->maxRows)
            break;
        const QString& id = ids.at(i);
        if (d->seen.contains(id))
            continue;
        d->seen.insert(id);
        accepted.fresh.append(i);
    }
    d->rowsSoFar += accepted.fresh.size();
    d->anchor = ids.last();
    d->cursor = d->requestOffset + ids.size();
    d->lastPage = ids.size() < d->requestLimit || (d->maxRows > 0 && d->rowsSoFar >= d->maxRows);
    return accepted;
}

void PagerBase::advance()
{
    const quint64 generation = d->generation;
    QPointer<PagerBase> alive(this);
    Q_EMIT progress(d->rowsSoFar);
    if (!alive || generation != d->generation)
        return;
    if (d->lastPage) {
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

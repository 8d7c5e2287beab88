#pragma once

#include <cloacina/cloacina_export.h>
#include <cloacina/cloacinaclient.h>
#include <cloacina/result.h>
#include <cloacina/types/executions.h>
#include <cloacina/types/instances.h>
#include <cloacina/types/triggers.h>
#include <cloacina/whenready.h>

#include <QFuture>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <utility>

//! \file
//! Iterators over the offset-paged list operations (list_executions, list_triggers,
//! list_instances).
//!
//! Offset paging over a newest-first list shifts while you walk it: a row that arrives at the
//! head pushes every later row one offset further, so a naive walk sees the same row twice, and a
//! row deleted ahead of the walk pulls later rows back, so a naive walk skips one. The pagers:
//!  - overlap every page with the previous one by one row (the *anchor*, the last row seen) and
//!    de-duplicate by row id, so a forward shift only costs duplicates that are dropped;
//!  - notice a backward shift (neither the anchor nor any seen row in the page) and re-fetch the
//!    overlap from an earlier offset (up to three times in a row) before moving on;
//!  - yield each row id at most once per start(), including rows that arrive at the head during
//!    the walk when the walk runs into them.
//! Rows arrive as batches through the typed `rowsReady` signal of each pager.

Q_DECLARE_METATYPE(Cloacina::Result<void>)

namespace Cloacina {

struct PagerBasePrivate;

//! The paging engine shared by the typed pagers. Not used directly.
//!
//! \b Threading: lives in its client's thread. \b Lifetime: destroying the pager (or its
//! client) aborts the page in flight; no signal is emitted afterwards.
class CLOACINA_EXPORT PagerBase : public QObject {
    Q_OBJECT
    //! Rows requested per page (2..1000, default 100).
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize)
    //! Stop after this many rows; 0 (default) walks to the end.
    Q_PROPERTY(qint64 maxRows READ maxRows WRITE setMaxRows)
    //! True from start() until finished() is emitted.
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    //! Distinct rows delivered since start().
    Q_PROPERTY(qint64 rowsSoFar READ rowsSoFar NOTIFY progress)

public:
    ~PagerBase() override;

    //! Rows requested per page.
    int pageSize() const;
    //! Sets the rows requested per page to \a rows, clamped to 2..1000; takes effect with the next
    //! page.
    void setPageSize(int rows);
    //! The row limit of a walk; 0 means none.
    qint64 maxRows() const;
    //! Stops a walk after \a rows rows; 0 (or less) walks to the end.
    void setMaxRows(qint64 rows);
    //! True while a walk is in progress.
    bool isRunning() const;
    //! Distinct rows delivered since start().
    qint64 rowsSoFar() const;
    //! Pages requested since start() (diagnostics).
    int pagesFetched() const;

public Q_SLOTS:
    //! Walks the list from the start (again). A walk in progress is canceled silently first.
    void start();
    //! Aborts the page in flight and finishes with an Error of kind Canceled. No-op when idle.
    void cancel();

Q_SIGNALS:
    //! After each batch: distinct rows delivered so far.
    void progress(qint64 rowsSoFar);
    //! Once per start(): success at the end of the list (or maxRows), else the Error that
    //! stopped the walk (kind Canceled after cancel()).
    void finished(const Cloacina::Result<void>& result);
    //! running changed: a walk started or finished.
    void runningChanged();

protected:
    //! \a parent defaults to \a client, so a pager without another owner dies with its client.
    explicit PagerBase(CloacinaClient* client, QObject* parent);

    //! The client the pages are fetched with; nullptr once it was destroyed.
    CloacinaClient* client() const;

    //! First offset of the walk (from the typed pager's query).
    void setStartOffset(qint64 offset);

    //! Starts fetching rows [offset, offset + limit). Implementations call handlePage().
    virtual void fetchPage(qint64 offset, int limit) = 0;

    //! Consumes the page future \a page (a list envelope with `items` whose rows have `id`) and
    //! calls \a emitRows(QList<Row>) with the rows not delivered before, in page order.
    template <typename Page, typename EmitRows>
    void handlePage(QFuture<Result<Page>> page, EmitRows emitRows);

private:
    struct Accepted {
        bool backtrack = false;
        QList<qsizetype> fresh;
    };
    // The non-template half of handlePage(): the state stays in PagerBasePrivate.
    quint64 pageStarted(QFuture<void> page);
    bool isCurrentPage(quint64 generation) const;
    void pageSettled();
    Accepted acceptPage(const QList<QStringView>& ids);
    void pageFailed(const Error& error);
    void advance();
    void requestNext();
    void finish(const Result<void>& result);
    void setRunning(bool running);

    std::unique_ptr<PagerBasePrivate> d;
};

namespace Detail {
    //! Keeps the rows of \a rows at \a indexes (ascending), in order, without copying any:
    //! rows are moved forward, and a run at the end is kept by dropping the head.
    template <typename Row>
    void keepRows(QList<Row>& rows, const QList<qsizetype>& indexes)
    {
        if (indexes.isEmpty()) {
            rows.clear();
            return;
        }
        const qsizetype first = indexes.first();
        if (indexes.last() == rows.size() - 1 && indexes.last() - first + 1 == indexes.size()) {
            rows.remove(0, first); // the usual page: all but the anchor; O(1) at the front
            return;
        }
        qsizetype kept = 0;
        for (const qsizetype i : indexes) {
            if (i != kept)
                rows[kept] = std::move(rows[i]);
            ++kept;
        }
        rows.resize(kept);
    }
} // namespace Detail

template <typename Page, typename EmitRows>
void PagerBase::handlePage(QFuture<Result<Page>> page, EmitRows emitRows)
{
    using Row = typename decltype(Page::items)::value_type;
    const quint64 generation = pageStarted(QFuture<void>(page));
    // The page's future has no other reader: its rows are taken, not copied, and the fresh ones
    // are passed on in the same list.
    Detail::watchInContextThread<Page, Detail::Delivery::Take>(std::move(page), this,
        [this, generation, emitRows](Result<Page>&& result) mutable {
            if (!isCurrentPage(generation))
                return; // a stale page from a canceled or restarted walk
            pageSettled();
            if (!result) {
                pageFailed(result.error());
                return;
            }
            QList<Row> rows = std::move(std::move(result).value().items);
            QList<QStringView> ids(rows.size());
            QStringView* id = ids.data();
            for (const Row& row : std::as_const(rows))
                *id++ = row.id;
            const Accepted accepted = acceptPage(ids);
            ids.clear(); // views into rows, which move next
            if (!accepted.backtrack && !accepted.fresh.isEmpty()) {
                Detail::keepRows(rows, accepted.fresh);
                QPointer<PagerBase> alive(this);
                emitRows(rows);
                if (!alive || !isCurrentPage(generation))
                    return; // a slot deleted, canceled or restarted the pager
            }
            advance();
        });
}

//! Walks `list_executions` (optionally filtered by status and workflow).
//!
//! \code
//! auto* pager = new Cloacina::ExecutionPager(client, {.status = "Failed"}, {}, this);
//! connect(pager, &Cloacina::ExecutionPager::rowsReady, model, &Model::append);
//! connect(pager, &Cloacina::PagerBase::finished, pager, &QObject::deleteLater);
//! pager->start();
//! \endcode
class CLOACINA_EXPORT ExecutionPager : public PagerBase {
    Q_OBJECT
public:
    //! \a query's status and workflow filter the walk; its offset is the first offset; its limit
    //! is ignored (see pageSize). \a tenant empty: the client's tenant.
    explicit ExecutionPager(CloacinaClient* client, ListExecutionsQuery query = {},
        QString tenant = {}, QObject* parent = nullptr);

Q_SIGNALS:
    //! A batch of rows not delivered before, in list order.
    void rowsReady(const QList<Cloacina::ExecutionSummary>& rows);

protected:
    void fetchPage(qint64 offset, int limit) override;

private:
    ListExecutionsQuery m_query;
    QString m_tenant;
};

//! Walks `list_triggers`.
class CLOACINA_EXPORT TriggerPager : public PagerBase {
    Q_OBJECT
public:
    //! A pager over \a tenant's triggers (empty: the client's tenant). \a parent defaults to \a
    //! client.
    explicit TriggerPager(CloacinaClient* client, QString tenant = {}, QObject* parent = nullptr);

Q_SIGNALS:
    //! A batch of \a rows not delivered before, in list order.
    void rowsReady(const QList<Cloacina::TriggerScheduleSummary>& rows);

protected:
    void fetchPage(qint64 offset, int limit) override;

private:
    QString m_tenant;
};

//! Walks `list_instances` of one workflow.
class CLOACINA_EXPORT InstancePager : public PagerBase {
    Q_OBJECT
public:
    //! A pager over the instances of \a workflow in \a tenant (empty: the client's tenant). \a
    //! parent defaults to \a client.
    explicit InstancePager(CloacinaClient* client, QString workflow, QString tenant = {},
        QObject* parent = nullptr);

Q_SIGNALS:
    //! A batch of \a rows not delivered before, in list order.
    void rowsReady(const QList<Cloacina::WorkflowInstanceSummary>& rows);

protected:
    void fetchPage(qint64 offset, int limit) override;

private:
    QString m_workflow;
    QString m_tenant;
};

} // namespace Cloacina

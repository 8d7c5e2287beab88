#pragma once

#include <cloacinamodels/executionlistbackend.h>
#include <cloacinamodels/executionrecord.h>

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace Cloacina {

//! Fetches what failed in failed executions (their failing task and error), on demand, with a
//! bounded number of requests in flight, and caches the answers by execution id.
//!
//! For each id: the task rows first (ExecutionListBackend::failureFromTasks); when they carry no
//! error text, the events (failureFromEvents), whose error wins and whose task fills a missing
//! one. A failed events fetch still completes the id with what the tasks gave; a failed tasks
//! fetch completes nothing and marks the id failed: it is not asked again until retryFailed().
//!
//! Threading: lives in its creator's thread. Lifetime: can be destroyed at any time (answers
//! in flight are then dropped); owned by the model that uses it.
class FailureEnricher : public QObject {
    Q_OBJECT
public:
    //! Answers cached at most; the cache starts over when it is full.
    static constexpr int maxCached = 5000;

    //! An enricher without fetchers: request() queues until setBackend().
    explicit FailureEnricher(QObject* parent = nullptr);
    ~FailureEnricher() override;

    //! Fetches with \a backend's failureFromTasks/failureFromEvents from now on. Clears the cache.
    void setBackend(const ExecutionListBackend& backend);
    //! Asked when a queued id is about to be fetched: its tenant, or std::nullopt when it is no
    //! longer wanted (its row is gone or was enriched meanwhile). Without it every id is fetched
    //! in the backend's default tenant.
    void setTenantOfWanted(std::function<std::optional<QString>(const QString& id)> tenantOfWanted);
    //! Requests allowed in flight at once (at least 1, default 4).
    int maxConcurrent() const { return m_maxConcurrent; }
    //! Allows \a n (at least 1) requests in flight at once.
    void setMaxConcurrent(int n) { m_maxConcurrent = qMax(1, n); }
    //! Requests in flight.
    int inFlight() const { return m_inFlight; }

    //! Queues \a id; the fetch starts from the event loop. No-op while \a id is queued or in
    //! flight, or when its fetch failed since the last retryFailed().
    void request(const QString& id);
    //! The cached answer for \a id, if any.
    std::optional<ExecutionFailure> cached(const QString& id) const;
    //! Forgets the cached answer for \a id (e.g. its status changed).
    void forget(const QString& id) { m_cache.remove(id); }
    //! Drops the queue and the failure marks (a reload of the list). Fetches in flight still
    //! complete and are cached, but mark nothing failed.
    void reset();
    //! Lets ids whose fetch failed be requested again (a refresh of the list).
    void retryFailed() { m_failed.clear(); }

Q_SIGNALS:
    //! The failure details of \a id arrived (and were cached).
    void enriched(const QString& id, const Cloacina::ExecutionFailure& failure);

private:
    void pump();
    void fetch(const QString& id, const QString& tenant);
    void finish(const QString& id, const ExecutionFailure& failure);

    ExecutionListBackend m_backend;
    std::function<std::optional<QString>(const QString&)> m_tenantOfWanted;
    int m_maxConcurrent = 4;
    int m_inFlight = 0;
    quint64 m_generation = 0;
    QList<QString> m_queue;
    QSet<QString> m_queued; // queued or in flight
    QSet<QString> m_failed; // not retried until retryFailed()
    QHash<QString, ExecutionFailure> m_cache;
    QTimer m_pumpTimer;
};

} // namespace Cloacina

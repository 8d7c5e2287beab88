#pragma once

#include <cloacinaconformance/check.h>

#include <cloacina/cloacinaclient.h>
#include <cloacina/result.h>
#include <cloacina/whenready.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Cloacina::Conformance {

//! One HTTP exchange seen by a client of the Context (success or error).
struct Exchange {
    QString operationId; //!< OpenAPI operationId, or "raw"
    int httpStatus = 0; //!< 0 when no answer arrived
    QString code; //!< the server's error code, if any
    QString requestId; //!< `x-request-id`
};

//! What a check works with: the client, the tenants, names that cannot exist, bounded waits.
//!
//! The Session owns it and hands it to every check. Waits run a local event loop bounded by a
//! timeout; after requestStop() (Ctrl+C) every wait returns at once with a Canceled error, so a
//! running check ends quickly and the Session can clean up. Threading: the creating thread only.
class Context : public QObject {
    Q_OBJECT
public:
    //! A context whose clients talk to \a client's server. \a client must outlive the context.
    explicit Context(CloacinaClient* client, QObject* parent = nullptr);
    ~Context() override;

    //! The client every check uses: the user's key, default tenant tenant().
    CloacinaClient& client() const { return *m_client; }
    //! A new client for the same server, without a key (anonymous, logins, revoked keys). Its
    //! exchanges are recorded like the main client's.
    std::unique_ptr<CloacinaClient> newClient();

    //! The tenant read checks look at (the user's, `public` by default).
    QString tenant() const { return m_tenant; }
    //! Sets tenant() and the main client's default tenant.
    void setTenant(const QString& tenant);
    //! The tenant the session created for write checks; empty without `--write`.
    QString scratchTenant() const { return m_scratchTenant; }
    //! Sets scratchTenant() (the Session does, once the tenant exists).
    void setScratchTenant(const QString& tenant) { m_scratchTenant = tenant; }
    //! Tenants this run created (or may have created: the answer did not arrive) and must
    //! remove, in creation order. Checks that create a tenant adopt it before the request and
    //! release it once they removed it themselves; the Session removes whatever is left.
    QStringList tenantsToRemove() const { return m_tenantsToRemove; }
    //! Adds \a tenant to tenantsToRemove().
    void adoptTenant(const QString& tenant) { m_tenantsToRemove.append(tenant); }
    //! Removes \a tenant from tenantsToRemove() (it is gone).
    void releaseTenant(const QString& tenant) { m_tenantsToRemove.removeAll(tenant); }
    //! A per-run suffix (milliseconds since the epoch) for the names write checks create.
    QString stamp() const { return m_stamp; }
    //! A name no server holds (`conformance-absent-<uuid>`), for not-found probes.
    QString absentName() const { return m_absentName; }
    //! An RFC 4122 UUID no server holds.
    QString absentUuid() const { return m_absentUuid; }
    //! The default bound of one wait, in ms (20000).
    int waitTimeoutMs() const { return m_waitTimeoutMs; }
    //! Sets waitTimeoutMs() to \a ms.
    void setWaitTimeoutMs(int ms) { m_waitTimeoutMs = ms; }

    //! Awaits \a future for at most \a ms (default waitTimeoutMs()). A call that does not
    //! settle in time is canceled and comes back as a Timeout error; after requestStop() as a
    //! Canceled error.
    template <typename T>
    Result<T> await(QFuture<Result<T>> future, int ms = -1)
    {
        std::optional<Result<T>> out;
        if (!stopping()) {
            QEventLoop loop;
            QObject guard;
            whenReady(future, &guard, [&out, &loop](const Result<T>& r) {
                out = r;
                loop.quit();
            });
            runBounded(loop, ms, [&out] { return out.has_value(); });
        }
        if (out)
            return *out;
        future.cancel();
        return stopping() ? Error::canceled() : Error::make(Error::Kind::Timeout, tr("no answer in time"));
    }

    //! Runs the event loop until \a done() holds or \a ms pass (or a stop is requested).
    //! Returns done().
    bool waitUntil(const std::function<bool()>& done, int ms = -1);

    //! Ends the current check as failed with \a message (the first failure wins).
    void fail(const QString& message);
    //! Ends the current check as skipped with \a reason.
    void skip(const QString& reason);
    //! True once fail() or skip() was called in the current check.
    bool ended() const { return m_verdict != Verdict::Passed; }

    //! Runs \a check and returns its outcome (the exchange fields filled from what it called).
    Outcome run(const Check& check);

    //! Records an HTTP exchange (called by the clients; checks with raw sockets call it too).
    void record(const Exchange& exchange);
    //! Every operation any client of this context called, for coverage.
    QStringList calledOperations() const { return m_called; }

    //! Stops: waits return at once (Canceled) until setCleaningUp(true).
    void requestStop();
    //! True after requestStop(), unless cleaning up.
    bool stopping() const { return m_stopRequested && !m_cleaningUp; }
    //! True after requestStop().
    bool stopRequested() const { return m_stopRequested; }
    //! Cleanup waits are honoured even after a stop.
    void setCleaningUp(bool cleaning) { m_cleaningUp = cleaning; }

Q_SIGNALS:
    //! requestStop() was called.
    void stopped();

private:
    void runBounded(QEventLoop& loop, int ms, const std::function<bool()>& done);

    CloacinaClient* m_client;
    QString m_tenant;
    QString m_scratchTenant;
    QStringList m_tenantsToRemove;
    QString m_stamp;
    QString m_absentName;
    QString m_absentUuid;
    int m_waitTimeoutMs = 20000;
    bool m_stopRequested = false;
    bool m_cleaningUp = false;

    // The check being run.
    Verdict m_verdict = Verdict::Passed;
    QString m_message;
    QList<Exchange> m_exchanges;
    std::optional<Exchange> m_failedAt;
    QStringList m_called;
};

} // namespace Cloacina::Conformance

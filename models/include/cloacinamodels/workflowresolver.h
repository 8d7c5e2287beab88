#pragma once

#include <cloacina/cloacinaclient.h>
#include <cloacina/error.h>
#include <cloacina/result.h>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Cloacina {

//! Goes from a run's workflow name to the package that holds it.
//!
//! A run carries the *workflow* name, but `get_workflow` (task graph, build state) and
//! `get_workflow_source` take the *package* name, and the two differ in real packages
//! (package `acme-etl` holding workflow `etl_daily`). resolve() answers the package name:
//! 1. from `list_workflows` of the tenant (each row maps workflow → package; cached for
//!    cacheTtlMs());
//! 2. else from the run's fully qualified task names `tenant::package::workflow::task`;
//! 3. else with an error that says so (code `workflow_unresolved`, kind Api, no HTTP status),
//!    or the `list_workflows` error when the list could not be read and no task names help.
//!
//! Used by RunSession for the task graph of both monitors. GUI thread only; the client is not owned.
class WorkflowResolver : public QObject {
    Q_OBJECT
public:
    //! Called exactly once per resolve(), with the package name or an error.
    using Callback = std::function<void(const Result<QString>& package)>;

    //! A resolver without a client (resolves from task names only until setClient()).
    explicit WorkflowResolver(QObject* parent = nullptr);

    //! Uses \a client (not owned) for `list_workflows`; changing it empties the cache.
    void setClient(CloacinaClient* client);
    //! The client in use, or nullptr.
    CloacinaClient* client() const { return m_client; }

    //! Resolves \a workflowName of \a tenant (empty: the client's tenant). \a qualifiedTaskNames
    //! are the run's task names, for the fallback. \a done runs in this object's thread, never
    //! synchronously from inside resolve(), and not at all once this resolver is destroyed.
    void resolve(const QString& tenant, const QString& workflowName, const QStringList& qualifiedTaskNames,
        Callback done);

    //! The package segment of \a qualifiedTaskName (`tenant::package::workflow::task`) when its
    //! workflow segment is \a workflowName; empty otherwise.
    static QString packageFromTaskName(const QString& qualifiedTaskName, const QString& workflowName);

    //! How long a tenant's workflow → package map is reused (default 60 s).
    int cacheTtlMs() const { return m_ttlMs; }
    //! Reuses a tenant's map for \a ms milliseconds; 0 asks the server every time.
    void setCacheTtlMs(int ms) { m_ttlMs = ms; }
    //! Forgets every cached map (e.g. after an upload).
    void clearCache() { m_cache.clear(); }

private:
    struct TenantMap {
        QHash<QString, QString> packageByWorkflow;
        QDateTime fetchedAt;
    };
    //! The package from the task names; else \a listError (the list failed) or workflow_unresolved.
    static Result<QString> fromTaskNames(
        const QString& workflowName, const QStringList& qualifiedTaskNames, const Error* listError);
    void settleLater(Callback done, Result<QString> result);

    QPointer<CloacinaClient> m_client;
    QHash<QString, TenantMap> m_cache;
    int m_ttlMs = 60000;
};

} // namespace Cloacina

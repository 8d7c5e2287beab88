#include <cloacinamodels/runmodels.h>

#include "dtoconvert_p.h"
#include "logging_p.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/executionfollower.h>
#include <cloacina/executionid.h>
#include <cloacina/streams.h>
#include <cloacina/whenready.h>

#include <QTimer>

#include <cmath>

namespace Cloacina {

RunSession::RunSession(QObject* parent)
    : QObject(parent)
    , m_events(new RunEventModel(this))
    , m_tasks(new TaskListModel(this))
    , m_resolver(new WorkflowResolver(this))
{
}

RunSession::~RunSession() = default;

void RunSession::setClient(CloacinaClient* client)
{
    if (m_client == client)
        return;
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    m_resolver->setClient(client);
    if (m_client) {
        connect(m_client, &CloacinaClient::connectionStateChanged, this, [this](CloacinaClient::ConnectionState state) {
            if (state == CloacinaClient::ConnectionState::Connected)
                clearTransientError();
        });
    }
    emit clientChanged();
    if (!m_executionId.isEmpty())
        open(m_executionId, m_tenant, m_workflow);
}

QString RunSession::sourceText() const
{
    switch (m_source) {
    case Source::Idle:
        return tr("idle");
    case Source::Live:
        return tr("live");
    case Source::Polling:
        return tr("polling");
    case Source::Reconnecting:
        return tr("reconnecting");
    case Source::Ended:
        return tr("ended");
    }
    return {};
}

QStringList RunSession::graphTaskIds() const
{
    QStringList ids;
    for (const TaskGraphNode& n : m_graph)
        ids.append(n.id);
    return ids;
}

void RunSession::open(const QString& typedId, const QString& tenant, const QString& workflowName)
{
    const QString executionId = normalizeExecutionId(typedId).value_or(typedId); // as users type it
    if (m_follower) {
        m_follower->disconnect(this);
        m_follower->stop();
        m_follower->deleteLater();
    }
    const bool sameRun = executionId == m_executionId;
    m_executionId = executionId;
    m_tenant = tenant.isEmpty() && m_client ? m_client->tenant() : tenant;
    if (!workflowName.isEmpty() || !sameRun)
        m_workflow = workflowName;
    m_status.clear();
    m_events->setExecution(executionId);
    m_tasks->setExecution(executionId);
    clearError();
    m_graph.clear();
    m_graphError = Error();
    m_package.clear();
    m_graphAwaitsTasks = false;
    m_graphRetries = 0;
    ++m_graphGeneration; // answers for the previous run are dropped
    emit taskGraphChanged();
    emit executionChanged();
    emit statusChanged();
    if (executionId.isEmpty() || !m_client) {
        setSource(Source::Idle);
        return;
    }
    startFollower();
    fetchGraph();
}

void RunSession::close()
{
    open({}, {}, {});
}

void RunSession::reconnect()
{
    if (m_executionId.isEmpty() || !m_client)
        return;
    if (m_follower) {
        m_follower->disconnect(this);
        m_follower->stop();
        m_follower->deleteLater();
    }
    // Rows stay: the new follower knows what the old one delivered, so it emits only what is
    // new and updates the rest.
    const QPointer<ExecutionFollower> previous = m_follower;
    clearError();
    startFollower(previous);
    if (m_graph.isEmpty())
        fetchGraph();
}

void RunSession::startFollower(const ExecutionFollower* previous)
{
    auto* follower = new ExecutionFollower(followerBackend(m_client, m_executionId, m_tenant), m_executionId, this);
    FollowerTiming timing = follower->timing();
    timing.pollIntervalMs = m_pollMs;
    follower->setTiming(timing);
    follower->setLiveEnabled(m_liveEnabled);
    if (previous)
        follower->continueFrom(*previous); // the models store the events: no copy in the follower
    m_follower = follower;
    const quint64 generation = m_events->generation();

    connect(follower, &ExecutionFollower::eventsReceived, this, [this, generation](const QList<RunEvent>& batch) {
        m_events->appendEvents(batch, generation);
        clearTransientError();
    });
    connect(follower, &ExecutionFollower::eventsUpdated, this, [this, generation](const QList<RunEvent>& batch) {
        m_events->updateEvents(batch, generation); // never re-inserts a trimmed event
    });
    connect(follower, &ExecutionFollower::tasksChanged, this, [this](const QList<RunTask>& tasks) {
        m_tasks->setTasks(tasks);
        // The task names carry the package: retry a graph that waited for them.
        if (m_graphAwaitsTasks && !tasks.isEmpty()) {
            m_graphAwaitsTasks = false;
            fetchGraph();
        }
        clearTransientError();
    });
    connect(follower, &ExecutionFollower::statusChanged, this, [this](const QString& status) {
        clearTransientError();
        if (status == m_status)
            return;
        m_status = status;
        emit statusChanged();
    });
    connect(follower, &ExecutionFollower::sourceChanged, this, [this](ExecutionFollower::Source s) {
        setSource(static_cast<Source>(static_cast<int>(s)));
    });
    connect(follower, &ExecutionFollower::errorOccurred, this, &RunSession::setError);
    connect(follower, &ExecutionFollower::finished, this, [this](const QString& status) {
        m_events->flush();
        clearTransientError(); // the run ended: nothing is being retried any more
        emit finished(status);
    });
    follower->start();
}

void RunSession::setSource(Source source)
{
    if (source == m_source)
        return;
    m_source = source;
    qCDebug(lcModel) << "run" << m_executionId << "source" << sourceText();
    emit sourceChanged();
}

void RunSession::setError(const Error& error)
{
    if (error.kind == Error::Kind::Canceled)
        return;
    m_lastError = error;
    m_hasError = true;
    emit lastErrorChanged();
}

void RunSession::clearError()
{
    if (!m_hasError)
        return;
    m_hasError = false;
    m_lastError = Error();
    emit lastErrorChanged();
}

void RunSession::clearTransientError()
{
    if (m_hasError && m_lastError.isTransient())
        clearError();
}

void RunSession::fetchGraph()
{
    if (!m_client || m_workflow.isEmpty())
        return;
    const quint64 gen = ++m_graphGeneration;
    QStringList taskNames;
    for (int row = 0; row < m_tasks->rowCount(); ++row)
        taskNames.append(m_tasks->task(row).taskName);
    m_resolver->resolve(m_tenant, m_workflow, taskNames, [this, gen, noTasks = taskNames.isEmpty()](const Result<QString>& package) {
        if (gen != m_graphGeneration)
            return;
        if (!package) {
            m_graphError = package.error();
            // Without task rows yet, their names may still name the package.
            m_graphAwaitsTasks = noTasks && m_graphError.code == QLatin1String("workflow_unresolved");
            qCDebug(lcModel).noquote() << "task graph: workflow" << m_workflow << package.error().toString();
            emit taskGraphChanged();
            // A package being rebuilt leaves the built list until its build settles; a lookup
            // lost on the way is asked for again.
            if (m_graphError.code == QLatin1String("workflow_unresolved") || m_graphError.isTransient())
                retryGraphLater(gen);
            return;
        }
        m_package = package.value();
        fetchGraphOfPackage(gen);
    });
}

void RunSession::fetchGraphOfPackage(quint64 gen)
{
    if (!m_client)
        return;
    whenReady(m_client->getWorkflow(m_package, m_tenant), this, [this, gen](const auto& result) {
        if (gen != m_graphGeneration)
            return;
        if (!result) {
            m_graphError = result.error();
            qCDebug(lcModel).noquote() << "task graph:" << m_graphError.toString();
            emit taskGraphChanged();
            // By name, a package whose new version is still building is not found yet; an
            // answer lost on the way (timeout, 5xx, dropped connection) is asked for again.
            if (m_graphError.code == QLatin1String("workflow_not_found") || m_graphError.isTransient())
                retryGraphLater(gen);
            return;
        }
        m_graphError = Error();
        m_graph = Detail::taskGraph(result.value());
        emit taskGraphChanged();
        const QString build = result.value().buildStatus;
        if (m_graph.isEmpty() && (build == QLatin1String("pending") || build == QLatin1String("building")))
            retryGraphLater(gen); // the graph is known once the build settles
    });
}

bool RunSession::retryGraphLater(quint64 gen)
{
    // About 80 s in all: long enough for a compiler queue, never a poll without end.
    constexpr int maxRetries = 20;
    if (m_graphRetries >= maxRetries)
        return false;
    const int delayMs = qMin(5000, int(500 * std::pow(1.5, m_graphRetries)));
    ++m_graphRetries;
    QTimer::singleShot(delayMs, this, [this, gen] {
        if (gen == m_graphGeneration)
            fetchGraph();
    });
    return true;
}

} // namespace Cloacina

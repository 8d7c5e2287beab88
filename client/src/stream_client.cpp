#include <cloacina/cloacinaclient.h>
#include <cloacina/executionid.h>
#include <cloacina/streams.h>
#include <cloacina/types/executions.h>
#include <cloacina/types/keys.h>

#include "clientgone_p.h"

#include <QPointer>
#include <QPromise>
#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslSocket>
#endif

namespace Cloacina {

using Internal::clientGone;
using Internal::failedFuture;

StreamEndpoint streamEndpoint(CloacinaClient* client)
{
    StreamEndpoint endpoint;
    if (!client)
        return endpoint;
    endpoint.baseUrl = client->baseUrl();
    endpoint.userAgent = client->userAgent().toUtf8();
#if QT_CONFIG(ssl)
    if (endpoint.baseUrl.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(client->caCertificates());
        if (client->insecureSkipTlsVerify())
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        endpoint.sslConfiguration = ssl;
    }
#endif
    QPointer<CloacinaClient> guard(client);
    endpoint.mintTicket = [guard]() -> QFuture<Result<QString>> {
        if (!guard)
            return failedFuture<QString>(clientGone(QStringLiteral("create_ws_ticket")));
        return guard->createWsTicket().then([](const Result<WsTicketResponse>& r) -> Result<QString> {
            if (!r)
                return r.error();
            return r.value().ticket;
        });
    };
    return endpoint;
}

ExecutionFollowerBackend followerBackend(CloacinaClient* client, const QString& typedId, const QString& tenant)
{
    const QString executionId = normalizeExecutionId(typedId).value_or(typedId);
    ExecutionFollowerBackend backend;
    backend.stream = streamEndpoint(client);
    QPointer<CloacinaClient> guard(client);
    backend.fetchStatus = [guard, executionId, tenant]() -> QFuture<Result<QString>> {
        if (!guard)
            return failedFuture<QString>(clientGone(QStringLiteral("get_execution")));
        return guard->getExecution(executionId, tenant).then([](const Result<ExecutionDetail>& r) -> Result<QString> {
            if (!r)
                return r.error();
            return r.value().status;
        });
    };
    backend.fetchEvents = [guard, executionId, tenant]() -> QFuture<Result<QList<RunEvent>>> {
        if (!guard)
            return failedFuture<QList<RunEvent>>(clientGone(QStringLiteral("get_execution_events")));
        return guard->getExecutionEvents(executionId, tenant)
            .then([executionId](const Result<ExecutionEventsResponse>& r) -> Result<QList<RunEvent>> {
                if (!r)
                    return r.error();
                QList<RunEvent> out;
                out.reserve(r.value().events.size());
                for (const ExecutionEvent& row : r.value().events)
                    out.append(RunEvent::fromHistory(row, executionId)); // decoded once, by the DTO
                return out;
            });
    };
    backend.fetchTasks = [guard, executionId, tenant]() -> QFuture<Result<QList<RunTask>>> {
        if (!guard)
            return failedFuture<QList<RunTask>>(clientGone(QStringLiteral("get_execution_tasks")));
        return guard->getExecutionTasks(executionId, tenant)
            .then([](const Result<ExecutionTasksResponse>& r) -> Result<QList<RunTask>> {
                if (!r)
                    return r.error();
                QList<RunTask> out;
                out.reserve(r.value().tasks.size());
                for (const TaskExecutionDetail& row : r.value().tasks)
                    out.append(RunTask::fromDetail(row));
                return out;
            });
    };
    return backend;
}

ExecutionFollower* followExecution(CloacinaClient* client, const QString& executionId, QObject* parent, const QString& tenant)
{
    auto* follower = new ExecutionFollower(followerBackend(client, executionId, tenant), executionId, parent);
    follower->start();
    return follower;
}

DeliverySubscription* subscribeDelivery(CloacinaClient* client, const QString& recipient, QObject* parent)
{
    auto* subscription = new DeliverySubscription(streamEndpoint(client), recipient, parent);
    subscription->start();
    return subscription;
}

AccumulatorProducer* accumulatorProducer(CloacinaClient* client, const QString& name, QObject* parent)
{
    return new AccumulatorProducer(streamEndpoint(client), name, parent);
}

ReactorChannel* reactorChannel(CloacinaClient* client, const QString& name, QObject* parent)
{
    return new ReactorChannel(streamEndpoint(client), name, parent);
}

} // namespace Cloacina

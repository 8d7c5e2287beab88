#pragma once

#include <cloacina/accumulatorproducer.h>
#include <cloacina/cloacina_export.h>
#include <cloacina/deliverysubscription.h>
#include <cloacina/executionfollower.h>
#include <cloacina/executionid.h>
#include <cloacina/reactorchannel.h>
#include <cloacina/streamendpoint.h>

#include <QString>

namespace Cloacina {
class CloacinaClient;
}
//! Compatibility alias of Cloacina::CloacinaClient, as declared in cloacinaclient.h.
using CloacinaClient = Cloacina::CloacinaClient;
QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

//! \file
//! Builds the stream classes on top of a CloacinaClient: tickets are minted with the client's
//! key (`POST /v1/auth/ws-ticket`), REST calls go through its transport, TLS settings and
//! User-Agent are taken from it.
//!
//! The returned objects hold a guarded pointer to the client: once the client is destroyed,
//! ticket mints and REST calls fail with a Canceled error (so streams fail instead of crashing).
//! TLS settings and the User-Agent are read when the object is created.

namespace Cloacina {

//! The endpoint of \a client: base URL, ticket minting, TLS configuration, User-Agent.
CLOACINA_EXPORT StreamEndpoint streamEndpoint(CloacinaClient* client);

//! The REST + socket backend for following \a executionId (normalised by
//! normalizeExecutionId()). \a tenant empty: the client's tenant at the time of each call.
CLOACINA_EXPORT ExecutionFollowerBackend followerBackend(
    CloacinaClient* client, const QString& executionId, const QString& tenant = {});

//! A started follower of \a executionId (normalised by normalizeExecutionId()), owned by
//! \a parent.
CLOACINA_EXPORT ExecutionFollower* followExecution(CloacinaClient* client, const QString& executionId,
    QObject* parent = nullptr, const QString& tenant = {});

//! A started delivery subscription for \a recipient, owned by \a parent.
CLOACINA_EXPORT DeliverySubscription* subscribeDelivery(
    CloacinaClient* client, const QString& recipient, QObject* parent = nullptr);

//! An (unopened) producer for accumulator \a name, owned by \a parent.
CLOACINA_EXPORT AccumulatorProducer* accumulatorProducer(
    CloacinaClient* client, const QString& name, QObject* parent = nullptr);

//! An (unopened) command channel for reactor \a name, owned by \a parent.
CLOACINA_EXPORT ReactorChannel* reactorChannel(CloacinaClient* client, const QString& name, QObject* parent = nullptr);

} // namespace Cloacina

// WebSocket checks: tickets, the delivery protocol (welcome/hello, acks, version refusal) and
// the refusal of accumulator and reactor sockets for names the key cannot use. They subscribe
// to a recipient no run has (`exec_events:<random uuid>`) and ack only ids no row has.
#include "checks_p.h"
#include "expect_p.h"
#include "rawsocket_p.h"

#include <cloacinaconformance/context.h>

#include <cloacina/streams.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace Cloacina::Conformance::Detail {

namespace {

    constexpr int protocolVersion = 1;

    QString deliveryPath(Context& ctx)
    {
        return QStringLiteral("/v1/ws/delivery/")
            + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("exec_events:") + ctx.absentUuid()));
    }

    //! Mints a ticket through the REST call (recorded like any other exchange).
    QString mintTicket(Context& ctx)
    {
        const auto r = ctx.await(ctx.client().createWsTicket());
        return r.ok() ? r.value().ticket : QString();
    }

    //! Records a socket-level outcome so the report shows it in the HTTP/code columns.
    void recordSocket(Context& ctx, const char* operationId, int httpStatus, const QString& code)
    {
        Exchange e;
        e.operationId = QString::fromLatin1(operationId);
        e.httpStatus = httpStatus;
        e.code = code;
        ctx.record(e);
    }

    //! Opens a delivery socket with a fresh ticket and reads the welcome; empty when it worked,
    //! else what went wrong.
    QString openDelivery(Context& ctx, RawSocket& socket)
    {
        const QString ticket = mintTicket(ctx);
        if (ticket.isEmpty())
            return tr("no ticket could be minted");
        if (!socket.open(streamEndpoint(&ctx.client()), deliveryPath(ctx), ticket))
            return tr("the upgrade failed: %1").arg(socket.errorText());
        const QJsonObject welcome = socket.nextFrame();
        if (welcome.value(QLatin1String("type")).toString() != QLatin1String("welcome"))
            return tr("the first frame is not a welcome: %1").arg(QString::fromUtf8(QJsonDocument(welcome).toJson(QJsonDocument::Compact)));
        if (welcome.value(QLatin1String("protocol_version")).toInt() != protocolVersion)
            return tr("welcome speaks protocol version %1, expected %2")
                .arg(welcome.value(QLatin1String("protocol_version")).toInt())
                .arg(protocolVersion);
        return {};
    }

    QJsonObject hello(int version)
    {
        return { { QStringLiteral("type"), QStringLiteral("hello") }, { QStringLiteral("protocol_version"), version },
            { QStringLiteral("since_id"), QJsonValue::Null } };
    }

    //! Waits until \a stream reaches a final or open state; the error when it failed.
    template <typename Stream>
    std::optional<Error> waitForRefusal(Context& ctx, Stream& stream)
    {
        std::optional<Error> failure;
        QObject::connect(&stream, &Stream::failed, &stream, [&failure](const Error& e) { failure = e; });
        stream.open();
        ctx.waitUntil([&] { return failure.has_value() || stream.state() == Stream::State::Open; });
        return failure;
    }

    template <typename Stream>
    void expectRefused(Context& ctx, Stream& stream, const char* operationId)
    {
        const std::optional<Error> failure = waitForRefusal(ctx, stream);
        CONFORM_VERIFY(stream.state() != Stream::State::Open, tr("the socket opened for a name that does not exist"));
        CONFORM_VERIFY(failure.has_value(), tr("neither refused nor opened in time"));
        recordSocket(ctx, operationId, failure->httpStatus, failure->code);
        CONFORM_VERIFY(failure->httpStatus == 403,
            tr("expected HTTP 403 at the upgrade, got %1").arg(failure->toString()));
    }

} // namespace

void addStreamChecks(QList<Check>& out)
{
    out << makeCheck("create_ws_ticket", tr("mints a ticket with a lifetime"), Access::ReadOnly, Role::AnyKey,
        Scope::UserTenant, [](Context& ctx) {
            const auto r = ctx.await(ctx.client().createWsTicket());
            CONFORM_OK(r);
            CONFORM_VERIFY(!r.value().ticket.isEmpty(), tr("empty ticket"));
            CONFORM_VERIFY(r.value().expiresInSeconds > 0, tr("expires_in_seconds is not positive"));
        });
    out << makeCheck("delivery_ws", tr("a ticket opens one socket; reused or none is 401"),
        Access::ReadOnly, Role::AnyKey, Scope::UserTenant,
        [](Context& ctx) {
            const StreamEndpoint endpoint = streamEndpoint(&ctx.client());
            const QString ticket = mintTicket(ctx);
            CONFORM_VERIFY(!ticket.isEmpty(), tr("no ticket could be minted"));
            {
                RawSocket first(ctx);
                CONFORM_VERIFY(first.open(endpoint, deliveryPath(ctx), ticket),
                    tr("a fresh ticket did not open the socket: %1").arg(first.errorText()));
            }
            RawSocket again(ctx);
            CONFORM_VERIFY(!again.open(endpoint, deliveryPath(ctx), ticket), tr("a used ticket opened a second socket"));
            recordSocket(ctx, "delivery_ws", again.refusedStatus(), {});
            CONFORM_VERIFY(again.refusedStatus() == 401,
                tr("a reused ticket was refused with %1, expected HTTP 401").arg(again.errorText()));
            RawSocket none(ctx);
            CONFORM_VERIFY(!none.open(endpoint, deliveryPath(ctx), {}), tr("a socket opened without a ticket"));
            recordSocket(ctx, "delivery_ws", none.refusedStatus(), {});
            CONFORM_VERIFY(none.refusedStatus() == 401,
                tr("no ticket was refused with %1, expected HTTP 401").arg(none.errorText()));
        },
        { QStringLiteral("create_ws_ticket") });
    out << makeCheck("delivery_ws", tr("welcome, then hello: the SDK subscription goes live"), Access::ReadOnly,
        Role::AnyKey, Scope::UserTenant,
        [](Context& ctx) {
            DeliverySubscription subscription(
                streamEndpoint(&ctx.client()), QStringLiteral("exec_events:") + ctx.absentUuid());
            subscription.start();
            ctx.waitUntil([&] {
                return subscription.state() == DeliverySubscription::State::Live
                    || subscription.state() == DeliverySubscription::State::Failed;
            });
            const DeliverySubscription::State state = subscription.state();
            subscription.stop();
            if (state != DeliverySubscription::State::Live)
                recordSocket(ctx, "delivery_ws", subscription.error().httpStatus, subscription.error().code);
            CONFORM_VERIFY(state == DeliverySubscription::State::Live,
                tr("the subscription did not go live: %1").arg(subscription.error().toString()));
            recordSocket(ctx, "delivery_ws", 101, {});
        },
        { QStringLiteral("create_ws_ticket") });
    out << makeCheck("delivery_ws", tr("acks are idempotent: the same ack twice is accepted"),
        Access::ReadOnly, Role::AnyKey, Scope::UserTenant,
        [](Context& ctx) {
            RawSocket socket(ctx);
            const QString opened = openDelivery(ctx, socket);
            CONFORM_VERIFY(opened.isEmpty(), opened);
            socket.send(hello(protocolVersion));
            // Row ids start at 1: id 0 names no row, so these acks change nothing anywhere.
            const QJsonObject ack { { QStringLiteral("type"), QStringLiteral("ack") },
                { QStringLiteral("protocol_version"), protocolVersion }, { QStringLiteral("id"), 0 } };
            socket.send(ack);
            socket.send(ack);
            // The server reads frames in order: a pong after the acks means both were accepted.
            CONFORM_VERIFY(socket.ping(), tr("no pong after two identical acks (close code %1)").arg(socket.waitForClose()));
            CONFORM_VERIFY(socket.isOpen(), tr("the socket closed after two identical acks"));
            recordSocket(ctx, "delivery_ws", 101, {});
        },
        { QStringLiteral("create_ws_ticket") });
    out << makeCheck("delivery_ws", tr("a hello with an unknown protocol version: close 4426"),
        Access::ReadOnly, Role::AnyKey, Scope::UserTenant,
        [](Context& ctx) {
            RawSocket socket(ctx);
            const QString opened = openDelivery(ctx, socket);
            CONFORM_VERIFY(opened.isEmpty(), opened);
            socket.send(hello(protocolVersion + 1));
            const int code = socket.waitForClose();
            recordSocket(ctx, "delivery_ws", 0, code < 0 ? QString() : QStringLiteral("ws_close_%1").arg(code));
            CONFORM_VERIFY(code == 4426, code < 0 ? tr("the socket stayed open") : tr("closed with %1, expected 4426").arg(code));
        },
        { QStringLiteral("create_ws_ticket") });
    out << makeCheck("accumulator_ws", tr("unknown accumulator: 403 at the upgrade"),
        Access::ReadOnly, Role::AnyKey, Scope::UserTenant,
        [](Context& ctx) {
            AccumulatorProducer producer(streamEndpoint(&ctx.client()), ctx.absentName());
            expectRefused(ctx, producer, "accumulator_ws");
        },
        { QStringLiteral("create_ws_ticket") });
    out << makeCheck("reactor_ws", tr("unknown reactor: 403 at the upgrade"), Access::ReadOnly,
        Role::AnyKey, Scope::UserTenant,
        [](Context& ctx) {
            ReactorChannel channel(streamEndpoint(&ctx.client()), ctx.absentName());
            expectRefused(ctx, channel, "reactor_ws");
        },
        { QStringLiteral("create_ws_ticket") });
}

} // namespace Cloacina::Conformance::Detail

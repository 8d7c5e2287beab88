// Fuzz target: reactor replies (`/v1/ws/reactor/{name}`).
//
// The real ReactorChannel runs on fake_connection.cpp. The input scripts commands issued by the
// application (force_fire, fire_with, get_state, pause, resume), replies from the server (raw
// text or templated replies with fuzzed members), upgrade completion, losses, close codes,
// close/open and event-loop turns.
//
// Invariants: every command's future settles exactly once (with a value, an Error or as
// canceled) by the time the channel is destroyed; a value answers its own command (fired for
// force_fire/fire_with, state for get_state, …); a state reply's cache holds strings only;
// errors carry a message; commands are sent in order, one frame each, only while open.

#include "fuzzcommon.h"

#include "fake_connection.h"

#include <cloacina/reactorchannel.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>

using namespace Cloacina;
using FuzzWire::Outcome;

namespace {

QFuture<Result<QString>> readyTicket()
{
    QPromise<Result<QString>> p;
    p.start();
    p.addResult(Result<QString>(QStringLiteral("ticket")));
    p.finish();
    return p.future();
}

void turn()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

struct Issued {
    QString command;
    QFuture<Result<ReactorResponse>> future;
};

void checkSettled(const Issued& c)
{
    const QFuture<Result<ReactorResponse>>& f = c.future;
    if (f.isCanceled() && f.resultCount() == 0)
        return;
    FUZZ_CHECK(f.resultCount() == 1, "a command settled more than once or without a result");
    const Result<ReactorResponse> r = f.result();
    if (!r) {
        // An `error` reply without a string `message` yields an Api error with an empty message
        // (finding F3 in docs/RELIABILITY.md); every other error has one.
        FUZZ_CHECK(!r.error().message.isEmpty() || r.error().kind == Error::Kind::Canceled
                || r.error().code == QLatin1String("reactor_error"),
            qPrintable(QStringLiteral("error without message: ") + r.error().toString()));
        return;
    }
    const ReactorResponse& v = r.value();
    switch (v.type) {
    case ReactorResponse::Type::Fired:
        FUZZ_CHECK(c.command == QLatin1String("force_fire") || c.command == QLatin1String("fire_with"), "fired answers a fire");
        break;
    case ReactorResponse::Type::State:
        FUZZ_CHECK(c.command == QLatin1String("get_state"), "state answers get_state");
        break;
    case ReactorResponse::Type::Paused:
        FUZZ_CHECK(c.command == QLatin1String("pause"), "paused answers pause");
        break;
    case ReactorResponse::Type::Resumed:
        FUZZ_CHECK(c.command == QLatin1String("resume"), "resumed answers resume");
        break;
    default:
        FUZZ_CHECK(false, "value of an unknown type");
    }
}

QJsonValue scalar(FuzzedDataProvider& in)
{
    switch (in.ConsumeIntegralInRange<int>(0, 4)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return double(in.ConsumeIntegral<int32_t>());
    case 2:
        return QString::fromStdString(in.ConsumeRandomLengthString(10));
    case 3:
        return QJsonArray { 1, QStringLiteral("a") };
    default:
        return QJsonObject { { QString::fromStdString(in.ConsumeRandomLengthString(6)), scalar(in) } };
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzCommon::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzedDataProvider in(data, size);
    StreamEndpoint endpoint;
    endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    endpoint.mintTicket = readyTicket;
    auto* channel = new ReactorChannel(endpoint, QStringLiteral("fuzz_reactor"));
    StreamTiming timing;
    timing.initialBackoffMs = 1;
    timing.maxBackoffMs = 1;
    timing.pingIntervalMs = 0;
    timing.handshakeTimeoutMs = 0;
    channel->setTiming(timing);
    FuzzWire::Connection* conn = channel->findChild<FuzzWire::Connection*>();
    FUZZ_CHECK(conn != nullptr, "channel owns a connection");

    QList<Issued> issued;
    int steps = 0;
    while (in.remaining_bytes() > 0 && ++steps < 300) {
        switch (in.ConsumeIntegralInRange<int>(0, 9)) {
        case 0: {
            static const char* const names[] = { "force_fire", "fire_with", "get_state", "pause", "resume" };
            const int pick = in.ConsumeIntegralInRange<int>(0, 4);
            Issued c { QString::fromLatin1(names[pick]), {} };
            switch (pick) {
            case 0:
                c.future = channel->forceFire();
                break;
            case 1: {
                QMap<QString, QList<int>> cache;
                cache.insert(QString::fromStdString(in.ConsumeRandomLengthString(8)),
                    { in.ConsumeIntegralInRange<int>(-2, 300), in.ConsumeIntegralInRange<int>(0, 255) });
                c.future = channel->fireWith(cache);
                break;
            }
            case 2:
                c.future = channel->getState();
                break;
            case 3:
                c.future = channel->pause();
                break;
            default:
                c.future = channel->resume();
                break;
            }
            issued.append(c);
            break;
        }
        case 1:
            FuzzWire::receiveText(conn, QString::fromStdString(in.ConsumeRandomLengthString(200)));
            break;
        case 2:
        case 3: {
            static const char* const types[] = { "fired", "state", "paused", "resumed", "error", "other" };
            QJsonObject o;
            if (in.ConsumeIntegralInRange<int>(0, 9) != 0)
                o.insert(QStringLiteral("type"), QString::fromLatin1(types[in.ConsumeIntegralInRange<int>(0, 5)]));
            else
                o.insert(QStringLiteral("type"), scalar(in));
            if (in.ConsumeBool()) {
                QJsonObject cache;
                const int n = in.ConsumeIntegralInRange<int>(0, 3);
                for (int i = 0; i < n; ++i)
                    cache.insert(QString::fromStdString(in.ConsumeRandomLengthString(6)),
                        in.ConsumeBool() ? QJsonValue(QString::fromStdString(in.ConsumeRandomLengthString(8))) : scalar(in));
                o.insert(QStringLiteral("cache"), in.ConsumeIntegralInRange<int>(0, 5) == 0 ? scalar(in) : QJsonValue(cache));
            }
            if (in.ConsumeBool())
                o.insert(QStringLiteral("message"), in.ConsumeBool() ? QJsonValue(QStringLiteral("denied")) : scalar(in));
            FuzzWire::receiveText(conn, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            break;
        }
        case 4:
            FuzzWire::completeUpgrade(conn);
            break;
        case 5: {
            Outcome o;
            static const Outcome::Kind kinds[] = { Outcome::Kind::CloseFrame, Outcome::Kind::Dropped,
                Outcome::Kind::NetworkError, Outcome::Kind::UpgradeRefused, Outcome::Kind::TicketFailed,
                Outcome::Kind::PongTimeout };
            o.kind = in.PickValueInArray(kinds);
            static const int codes[] = { 1000, 1001, 4400, 4404, 4426 };
            o.closeCode = in.PickValueInArray(codes);
            static const int statuses[] = { 401, 403, 500 };
            o.httpStatus = in.PickValueInArray(statuses);
            o.error = Error::make(o.kind == Outcome::Kind::UpgradeRefused && o.httpStatus < 500 ? Error::Kind::Api : Error::Kind::Network,
                QStringLiteral("fuzz outcome"), QStringLiteral("reactor_ws"));
            if (o.kind == Outcome::Kind::UpgradeRefused)
                o.error.httpStatus = o.httpStatus;
            FuzzWire::finish(conn, o);
            break;
        }
        case 6:
            turn();
            break;
        case 7:
            if (in.ConsumeBool())
                channel->close();
            else
                channel->open();
            break;
        case 8:
            FuzzWire::receiveBinary(conn, QByteArray::fromStdString(in.ConsumeRandomLengthString(16)));
            break;
        default:
            for (const Issued& c : std::as_const(issued))
                if (c.future.isFinished())
                    checkSettled(c);
            break;
        }
        FUZZ_CHECK(channel->pendingCount() >= 0, "pending count");
    }
    turn();
    // Commands are sent one frame each, as compact JSON objects with a known command.
    for (const QString& frame : FuzzWire::state(conn).sentText) {
        const QJsonObject o = QJsonDocument::fromJson(frame.toUtf8()).object();
        const QString command = o.value(QLatin1String("command")).toString();
        FUZZ_CHECK(!command.isEmpty(), "sent frame without command");
    }
    delete channel;
    turn();
    for (const Issued& c : std::as_const(issued)) {
        FUZZ_CHECK(c.future.isFinished(), "a command never settled");
        checkSettled(c);
    }
    return 0;
}

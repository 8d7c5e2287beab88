// SPDX-License-Identifier: Apache-2.0
// accumulator-push: sends a few JSON messages to an accumulator and confirms that the server
// counted them.
//
//   export CLOACINA_API_KEY=...      # from the environment only: arguments show up in `ps`
//   accumulator-push --server https://cloacina.example.com [--count 5] orderbook
//
// What it shows: Cloacina::AccumulatorProducer. send() never blocks: it queues while the socket
// connects (a fresh one-time ticket per connection; the API key never goes on the socket) and
// writes one binary frame per message once it is open.
//
// The accumulator protocol has NO acknowledgement: the server answers nothing and silently drops
// messages its queue cannot take. So this program reports two things:
//  1. sentCount: how many frames the SDK wrote to the socket (the client side is done);
//  2. the server's own counter: events_total of GET /v1/health/accumulators (listAccumulators),
//     read before sending and polled afterwards until it grew by --count.
//
// Exit status: 0 every message was counted by the server, 2 usage error, 3 a request or the
// socket failed, 4 timed out.
#include <cloacina/cloacinaclient.h>
#include <cloacina/streams.h>
#include <cloacina/types/graphhealth.h>
#include <cloacina/whenready.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

namespace {

enum ExitCode { Ok = 0,
    UsageError = 2,
    RequestFailed = 3,
    TimedOut = 4 };

// The kind (Network, Timeout, Http, Api, ...), the HTTP status (0 when no answer arrived), the
// server's machine-readable code, its message and the request id (the key to the server's logs).
void printError(const char* what, const Cloacina::Error& error)
{
    std::fprintf(stderr, "%s: %s error, HTTP %d, code '%s': %s [request id: %s]\n", what,
        QMetaEnum::fromType<Cloacina::Error::Kind>().valueToKey(int(error.kind)), error.httpStatus,
        qPrintable(error.code), qPrintable(error.message),
        error.requestId.isEmpty() ? "none" : qPrintable(error.requestId));
}

// events_total of accumulator \a name in \a list; nullopt when it is missing or the server does
// not report a count.
std::optional<qint64> eventsTotal(const Cloacina::AccumulatorStatusList& list, const QString& name)
{
    for (const Cloacina::AccumulatorStatus& accumulator : list.items) {
        if (accumulator.name == name && accumulator.eventsTotal
            && !accumulator.eventsTotal->isNull())
            return accumulator.eventsTotal->value();
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Pushes messages to an accumulator. The API key is read from CLOACINA_API_KEY."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("Server URL (default: $CLOACINA_SERVER_URL)."), QStringLiteral("url"));
    const QCommandLineOption countOption(QStringLiteral("count"),
        QStringLiteral("Messages to send (default 5)."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QStringLiteral("Give up after this many seconds (default 30)."), QStringLiteral("s"),
        QStringLiteral("30"));
    parser.addOptions({ serverOption, countOption, timeoutOption });
    parser.addPositionalArgument(
        QStringLiteral("accumulator"), QStringLiteral("Accumulator name."));
    parser.process(app);

    const QUrl server(parser.isSet(serverOption) ? parser.value(serverOption)
                                                 : qEnvironmentVariable("CLOACINA_SERVER_URL"));
    const QString apiKey = qEnvironmentVariable("CLOACINA_API_KEY");
    if (apiKey.isEmpty()) {
        std::fprintf(
            stderr, "CLOACINA_API_KEY is not set (the key is only read from the environment)\n");
        return UsageError;
    }
    const int count = parser.value(countOption).toInt();
    const int timeoutSeconds = parser.value(timeoutOption).toInt();
    if (!server.isValid() || server.isRelative() || count < 1 || timeoutSeconds < 1
        || parser.positionalArguments().size() != 1) {
        std::fprintf(stderr,
            "usage: CLOACINA_API_KEY=... %s --server URL [--count N] ACCUMULATOR\n", argv[0]);
        return UsageError;
    }
    const QString name = parser.positionalArguments().constFirst();

    CloacinaClient client(server);
    client.setApiKey(apiKey);
    client.setTimeout(15000);

    QTimer::singleShot(timeoutSeconds * 1000, &app, [timeoutSeconds] {
        std::fprintf(stderr, "timed out after %d s\n", timeoutSeconds);
        QCoreApplication::exit(TimedOut);
    });

    // The producer is not opened yet; the first send() opens it. Parented to the client.
    Cloacina::AccumulatorProducer* producer = Cloacina::accumulatorProducer(&client, name, &client);
    QObject::connect(
        producer, &Cloacina::AccumulatorProducer::failed, &app, [](const Cloacina::Error& error) {
            // e.g. Api 403: the key may not use it; Api ws_close_4404: it takes no messages.
            printError("accumulator socket", error);
            QCoreApplication::exit(RequestFailed);
        });

    // Step 3: poll the server's counter until it has grown by `count` (every 200 ms). A
    // std::function so that the callback can schedule the next round by calling it again.
    std::function<void(qint64)> awaitCount = [&client, &awaitCount, name, count](qint64 before) {
        Cloacina::whenReady(client.listAccumulators(), &client,
            [&client, &awaitCount, name, count, before](
                const Cloacina::Result<Cloacina::AccumulatorStatusList>& result) {
                if (!result) {
                    printError("reading the accumulator's counter", result.error());
                    QCoreApplication::exit(RequestFailed);
                    return;
                }
                const qint64 now = eventsTotal(result.value(), name).value_or(before);
                if (now - before >= count) {
                    std::printf("server counted %lld new events (events_total %lld -> %lld)\n",
                        static_cast<long long>(now - before), static_cast<long long>(before),
                        static_cast<long long>(now));
                    QCoreApplication::exit(Ok);
                    return;
                }
                // Not there yet (the server handles frames asynchronously): ask again shortly.
                QTimer::singleShot(200, &client, [&awaitCount, before] { awaitCount(before); });
            });
    };

    // Step 2: send the messages; report when the SDK has written them all to the socket.
    auto sendAll = [producer, &awaitCount, count](std::optional<qint64> before) {
        // countersChanged also fires for the other counters: report once.
        auto reported = std::make_shared<bool>(false);
        QObject::connect(producer, &Cloacina::AccumulatorProducer::countersChanged, producer,
            [producer, &awaitCount, count, before, reported] {
                if (*reported || producer->sentCount() < count)
                    return;
                *reported = true;
                std::printf("%d messages written to the socket\n", count);
                if (!before) {
                    std::printf("the server reports no events_total: nothing more to confirm\n");
                    QCoreApplication::exit(Ok);
                    return;
                }
                awaitCount(*before);
            });
        for (int i = 0; i < count; ++i) {
            const QJsonObject message { { QStringLiteral("seq"), i },
                { QStringLiteral("bid"), 101.0 + i * 0.1 },
                { QStringLiteral("ask"), 101.2 + i * 0.1 },
                { QStringLiteral("at"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } };
            if (!producer->send(message)) // false only when Failed/Closed or the queue is full
                std::fprintf(stderr, "message %d was refused\n", i);
        }
    };

    // Step 1: read the accumulator's counter, so that step 3 knows what to wait for.
    Cloacina::whenReady(client.listAccumulators(), &client,
        [sendAll, name](const Cloacina::Result<Cloacina::AccumulatorStatusList>& result) {
            if (!result) {
                printError("listing accumulators", result.error());
                QCoreApplication::exit(RequestFailed);
                return;
            }
            sendAll(eventsTotal(result.value(), name));
        });

    return app.exec();
}

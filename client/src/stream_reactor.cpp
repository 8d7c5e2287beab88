#include <cloacina/reactorchannel.h>

#include "stream_channel_p.h"
#include "stream_errorsignals_p.h"
#include "stream_logging_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QQueue>
#include <QUrl>

#include <memory>

namespace Cloacina {

using namespace StreamDetail;

// Named (not anonymous) so that ReactorChannelPrivate may hold a Command in unity builds.
namespace ReactorDetail {
    const QString reactorOperation = QStringLiteral("reactor_ws");

    using Promise = std::shared_ptr<QPromise<Result<ReactorResponse>>>;

    struct Command {
        QString name; // force_fire, fire_with, get_state, pause, resume
        QByteArray frame;
        Promise promise;
    };

    void settle(const Promise& promise, Result<ReactorResponse> result)
    {
        if (!promise->future().isCanceled())
            promise->addResult(std::move(result));
        promise->finish();
    }

    ReactorChannel::State reactorState(Channel::Phase phase)
    {
        return static_cast<ReactorChannel::State>(static_cast<int>(phase));
    }
} // namespace ReactorDetail

using namespace ReactorDetail;

class ReactorChannelPrivate {
public:
    ReactorChannel* q = nullptr;
    QString name;
    Channel* channel = nullptr;
    QQueue<Command> unsent; // waiting for the socket
    QQueue<Command> inflight; // sent, awaiting their reply (FIFO)

    void flushUnsent()
    {
        while (!unsent.isEmpty() && channel->phase() == Channel::Phase::Open) {
            Command c = unsent.dequeue();
            if (!channel->connection()->sendText(QString::fromUtf8(c.frame))) {
                unsent.prepend(std::move(c));
                return;
            }
            inflight.enqueue(std::move(c));
        }
    }

    void failInflight(const Error& e)
    {
        while (!inflight.isEmpty())
            settle(inflight.dequeue().promise, e);
    }

    void failAll(const Error& e)
    {
        failInflight(e);
        while (!unsent.isEmpty())
            settle(unsent.dequeue().promise, e);
    }

    QFuture<Result<ReactorResponse>> submit(const QString& command, QJsonObject body = {})
    {
        Command c;
        c.name = command;
        c.promise = std::make_shared<QPromise<Result<ReactorResponse>>>();
        c.promise->start();
        QFuture<Result<ReactorResponse>> future = c.promise->future();
        const Channel::Phase phase = channel->phase();
        if (phase == Channel::Phase::Failed || phase == Channel::Phase::Closed) {
            Error e = channel->error();
            if (phase == Channel::Phase::Closed || e.message.isEmpty())
                e = Error::make(Error::Kind::Canceled, QStringLiteral("the reactor channel is closed"), reactorOperation);
            settle(c.promise, e);
            return future;
        }
        body.insert(QStringLiteral("command"), command);
        c.frame = QJsonDocument(body).toJson(QJsonDocument::Compact);
        unsent.enqueue(std::move(c));
        if (phase == Channel::Phase::Idle)
            channel->open();
        flushUnsent();
        return future;
    }

    void onText(const QString& text)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (inflight.isEmpty()) {
            qCWarning(lcStream).noquote() << "reactor" << name << "sent a reply without a pending command";
            return;
        }
        Command c = inflight.dequeue();
        if (!doc.isObject())
            return settle(c.promise,
                Error::make(Error::Kind::Decode, QStringLiteral("the reactor reply is not a JSON object"), reactorOperation));
        const QJsonObject o = doc.object();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("error")) {
            const QString message = o.value(QLatin1String("message")).toString().trimmed();
            Error e = Error::make(Error::Kind::Api,
                message.isEmpty() ? QStringLiteral("the reactor refused the command") : message,
                reactorOperation);
            e.code = QStringLiteral("reactor_error");
            return settle(c.promise, e);
        }
        ReactorResponse r;
        r.raw = o;
        QString expected;
        if (type == QLatin1String("fired")) {
            r.type = ReactorResponse::Type::Fired;
            expected = c.name == QLatin1String("force_fire") || c.name == QLatin1String("fire_with") ? type : QString();
        } else if (type == QLatin1String("state")) {
            r.type = ReactorResponse::Type::State;
            const QJsonValue cache = o.value(QLatin1String("cache"));
            if (!cache.isObject())
                return settle(c.promise,
                    Error::make(Error::Kind::Decode, QStringLiteral("state reply without a cache object"), reactorOperation));
            const QJsonObject entries = cache.toObject();
            for (auto it = entries.begin(); it != entries.end(); ++it) {
                if (!it.value().isString())
                    return settle(c.promise,
                        Error::make(Error::Kind::Decode,
                            QStringLiteral("state reply: cache.%1 is not a string").arg(it.key()), reactorOperation));
                r.cache.insert(it.key(), it.value().toString());
            }
            expected = c.name == QLatin1String("get_state") ? type : QString();
        } else if (type == QLatin1String("paused")) {
            r.type = ReactorResponse::Type::Paused;
            expected = c.name == QLatin1String("pause") ? type : QString();
        } else if (type == QLatin1String("resumed")) {
            r.type = ReactorResponse::Type::Resumed;
            expected = c.name == QLatin1String("resume") ? type : QString();
        }
        if (expected.isEmpty())
            return settle(c.promise,
                Error::make(Error::Kind::Decode,
                    QStringLiteral("reply '%1' does not answer command '%2'").arg(type, c.name), reactorOperation));
        settle(c.promise, r);
    }
};

ReactorChannel::ReactorChannel(StreamEndpoint endpoint, QString name, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<ReactorChannelPrivate>())
{
    d->q = this;
    d->name = std::move(name);
    d->channel = new Channel(std::move(endpoint),
        QStringLiteral("/v1/ws/reactor/") + QString::fromLatin1(QUrl::toPercentEncoding(d->name)), reactorOperation, this);
    connect(d->channel, &Channel::phaseChanged, this, [this](Channel::Phase phase) {
        if (phase == Channel::Phase::Open)
            d->flushUnsent();
        if (phase == Channel::Phase::Closed)
            d->failAll(Error::make(Error::Kind::Canceled, QStringLiteral("the reactor channel was closed"), reactorOperation));
        emit stateChanged(reactorState(phase));
    });
    connect(d->channel->connection(), &Connection::textReceived, this, [this](const QString& t) { d->onText(t); });
    connect(d->channel, &Channel::lost, this, [this](const Error& e) {
        d->failInflight(e); // the outcome of these commands is unknown
        StreamDetail::emitError(this, e, &ReactorChannel::errorOccurred);
    });
    connect(d->channel, &Channel::reconnecting, this, [this](int, const Error& e) {
        StreamDetail::emitError(this, e, &ReactorChannel::errorOccurred);
    });
    connect(d->channel, &Channel::failed, this, [this](const Error& e) {
        d->failAll(e);
        StreamDetail::emitError(this, e, &ReactorChannel::errorOccurred, true);
    });
}

ReactorChannel::~ReactorChannel()
{
    d->channel->disconnect(this);
    delete d->channel;
    d->failAll(Error::canceled(reactorOperation));
}

void ReactorChannel::setTiming(const StreamTiming& timing) { d->channel->setTiming(timing); }
void ReactorChannel::open() { d->channel->open(); }
void ReactorChannel::close() { d->channel->close(); }

QFuture<Result<ReactorResponse>> ReactorChannel::forceFire() { return d->submit(QStringLiteral("force_fire")); }

QFuture<Result<ReactorResponse>> ReactorChannel::fireWith(const QMap<QString, QList<int>>& cache)
{
    QJsonObject entries;
    for (auto it = cache.begin(); it != cache.end(); ++it) {
        QJsonArray bytes;
        for (int b : it.value()) {
            if (b < 0 || b > 255) {
                QPromise<Result<ReactorResponse>> promise;
                promise.start();
                promise.addResult(Error::make(Error::Kind::Decode,
                    QStringLiteral("fire_with: cache.%1 holds %2, not a byte").arg(it.key()).arg(b), reactorOperation));
                promise.finish();
                return promise.future();
            }
            bytes.append(b);
        }
        entries.insert(it.key(), bytes);
    }
    return d->submit(QStringLiteral("fire_with"), QJsonObject { { QStringLiteral("cache"), entries } });
}

QFuture<Result<ReactorResponse>> ReactorChannel::getState() { return d->submit(QStringLiteral("get_state")); }
QFuture<Result<ReactorResponse>> ReactorChannel::pause() { return d->submit(QStringLiteral("pause")); }
QFuture<Result<ReactorResponse>> ReactorChannel::resume() { return d->submit(QStringLiteral("resume")); }

ReactorChannel::State ReactorChannel::state() const { return reactorState(d->channel->phase()); }
Error ReactorChannel::lastError() const { return d->channel->error(); }
QString ReactorChannel::name() const { return d->name; }
int ReactorChannel::pendingCount() const { return int(d->unsent.size() + d->inflight.size()); }
qint64 ReactorChannel::connectionAttempts() const { return d->channel->attempts(); }

} // namespace Cloacina

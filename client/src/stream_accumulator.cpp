#include <cloacina/accumulatorproducer.h>

#include "stream_channel_p.h"
#include "stream_errorsignals_p.h"
#include "stream_logging_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQueue>
#include <QUrl>

namespace Cloacina {

using namespace StreamDetail;

namespace {
    QByteArray compactJson(const QJsonValue& value)
    {
        if (value.isObject())
            return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        if (value.isArray())
            return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        // Scalars: serialise inside an array and strip the brackets.
        const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        return wrapped.mid(1, wrapped.size() - 2);
    }

    AccumulatorProducer::State producerState(Channel::Phase phase)
    {
        return static_cast<AccumulatorProducer::State>(static_cast<int>(phase));
    }
} // namespace

class AccumulatorProducerPrivate {
public:
    QString name;
    Channel* channel = nullptr;
    QQueue<QByteArray> queue;
    int maxQueued = 10000;
    qint64 sent = 0;
    qint64 rejected = 0;
};

AccumulatorProducer::AccumulatorProducer(StreamEndpoint endpoint, QString name, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<AccumulatorProducerPrivate>())
{
    d->name = std::move(name);
    d->channel = new Channel(std::move(endpoint),
        QStringLiteral("/v1/ws/accumulator/") + QString::fromLatin1(QUrl::toPercentEncoding(d->name)),
        QStringLiteral("accumulator_ws"), this);
    connect(d->channel, &Channel::phaseChanged, this, [this](Channel::Phase phase) {
        if (phase == Channel::Phase::Open) {
            while (!d->queue.isEmpty() && d->channel->connection()->sendBinary(d->queue.head())) {
                d->queue.dequeue();
                ++d->sent;
            }
            emit countersChanged();
            emit stateChanged(producerState(phase));
            emit opened();
            return;
        }
        if (phase == Channel::Phase::Failed || phase == Channel::Phase::Closed)
            d->queue.clear();
        emit stateChanged(producerState(phase));
    });
    connect(d->channel, &Channel::lost, this, [this](const Error& e) {
        StreamDetail::emitError(this, e, &AccumulatorProducer::errorOccurred);
    });
    connect(d->channel, &Channel::reconnecting, this, [this](int, const Error& e) {
        StreamDetail::emitError(this, e, &AccumulatorProducer::errorOccurred);
    });
    connect(d->channel, &Channel::failed, this, [this](const Error& e) {
        StreamDetail::emitError(this, e, &AccumulatorProducer::errorOccurred, true);
    });
}

AccumulatorProducer::~AccumulatorProducer()
{
    d->channel->disconnect(this);
    delete d->channel;
}

void AccumulatorProducer::setTiming(const StreamTiming& timing) { d->channel->setTiming(timing); }
void AccumulatorProducer::setMaxQueued(int count) { d->maxQueued = qMax(0, count); }
int AccumulatorProducer::maxQueued() const { return d->maxQueued; }
void AccumulatorProducer::open() { d->channel->open(); }
void AccumulatorProducer::close() { d->channel->close(); }

bool AccumulatorProducer::send(const QJsonValue& event)
{
    const Channel::Phase phase = d->channel->phase();
    if (event.isUndefined() || phase == Channel::Phase::Failed || phase == Channel::Phase::Closed) {
        ++d->rejected;
        emit countersChanged();
        return false;
    }
    if (phase == Channel::Phase::Idle)
        d->channel->open();
    const QByteArray frame = compactJson(event);
    if (d->channel->phase() == Channel::Phase::Open && d->queue.isEmpty()
        && d->channel->connection()->sendBinary(frame)) {
        ++d->sent;
        emit countersChanged();
        return true;
    }
    if (d->queue.size() >= d->maxQueued) {
        ++d->rejected;
        emit countersChanged();
        return false;
    }
    d->queue.enqueue(frame);
    emit countersChanged();
    return true;
}

AccumulatorProducer::State AccumulatorProducer::state() const { return producerState(d->channel->phase()); }
Error AccumulatorProducer::lastError() const { return d->channel->error(); }
QString AccumulatorProducer::name() const { return d->name; }
qint64 AccumulatorProducer::sentCount() const { return d->sent; }
int AccumulatorProducer::queuedCount() const { return int(d->queue.size()); }
qint64 AccumulatorProducer::rejectedCount() const { return d->rejected; }
qint64 AccumulatorProducer::connectionAttempts() const { return d->channel->attempts(); }

} // namespace Cloacina

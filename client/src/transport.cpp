#include "transport_p.h"

#include "fastdecode_p.h"
#include "logging_p.h"

#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace Cloacina::Internal {

namespace {

    // What an announced Content-Length may make the transport allocate before the bytes arrive;
    // a larger body grows the buffer as it comes.
    constexpr qint64 maxReservedBody = qint64(16) << 20;

    // Makes room for \a more bytes plus the padding the fast decoder reads past the end, so the
    // body is parsed where it lies (no copy) and grows without a reallocation per chunk.
    void reserveBody(QByteArray& body, qint64 more)
    {
        const qint64 needed = body.size() + more + fastDecodePadding;
        if (body.capacity() < needed)
            body.reserve(qMax(needed, qMin<qint64>(2 * qint64(body.capacity()), needed + maxReservedBody)));
    }

} // namespace

struct Transport::Call {
    Request request; // body cleared once sent
    Done done;
    QPointer<QNetworkReply> reply;
    QFutureWatcher<void>* cancelWatcher = nullptr;
    QFuture<void> handle;
    QElapsedTimer clock;
    QByteArray body;
    QStringList tlsErrors;
    AbortReason abortReason = AbortReason::None;
    MappingContext mapping;
};

Transport::Transport(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
}

Transport::~Transport()
{
    abortAll(AbortReason::ClientDestroyed);
}

void Transport::send(Request request, QFuture<void> handle, Done done)
{
    Q_ASSERT_X(thread() == QThread::currentThread(), "Cloacina::Transport::send",
        "the client must be used from the thread it lives in");

    const quint64 id = m_nextId++;
    auto call = std::make_unique<Call>();
    call->clock.start();
    call->handle = handle;
    call->done = std::move(done);
    call->mapping.operationId = request.operationId;
    call->mapping.timeoutMs = settings.timeoutMs;
    call->mapping.maxResponseBytes = settings.maxResponseBytes;
    call->mapping.secret = settings.apiKey;

    Result<QNetworkRequest> built = buildNetworkRequest(request, settings);
    const QByteArray body = request.body;
    request.body.clear();
    call->request = std::move(request);
    m_calls.emplace(id, std::move(call));

    if (!built) {
        settle(id, built.error());
        return;
    }
    if (handle.isCanceled()) {
        m_calls.at(id)->abortReason = AbortReason::UserCanceled;
        settle(id, Error::canceled(m_calls.at(id)->request.operationId));
        return;
    }

    Call& c = *m_calls.at(id);
    const QByteArray& method = c.request.method;
    QNetworkReply* reply = nullptr;
    if (method == "GET")
        reply = m_nam->get(built.value());
    else if (method == "DELETE" && body.isEmpty())
        reply = m_nam->deleteResource(built.value());
    else if (method == "POST")
        reply = m_nam->post(built.value(), body);
    else if (method == "PUT")
        reply = m_nam->put(built.value(), body);
    else
        reply = m_nam->sendCustomRequest(built.value(), method, body);
    c.reply = reply;

    // The reply's own internal buffer is drained on every readyRead, so the size check below
    // bounds what is held in memory.
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { onReadyRead(id); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] { onMetaData(id); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    if (!body.isEmpty()) {
        connect(reply, &QNetworkReply::uploadProgress, this,
            [this, operationId = c.request.operationId](qint64 sent, qint64 total) {
                if (total > 0)
                    Q_EMIT uploadProgress(operationId, sent, total);
            });
    }
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError>& errors) {
        auto it = m_calls.find(id);
        if (it == m_calls.end())
            return;
        for (const QSslError& e : errors)
            it->second->tlsErrors.append(e.errorString());
    });
#endif

    c.cancelWatcher = new QFutureWatcher<void>(this);
    connect(c.cancelWatcher, &QFutureWatcherBase::canceled, this, [this, id] { onCanceled(id); });
    c.cancelWatcher->setFuture(handle);
}

void Transport::onMetaData(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end() || !it->second->reply)
        return;
    const QVariant length = it->second->reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 limit = it->second->mapping.maxResponseBytes;
    if (length.isValid() && limit > 0 && length.toLongLong() > limit) {
        abortCall(id, AbortReason::TooLarge);
        return;
    }
    if (length.isValid() && it->second->body.isEmpty())
        reserveBody(it->second->body, qBound<qint64>(0, length.toLongLong(), maxReservedBody));
}

void Transport::onReadyRead(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end() || !it->second->reply)
        return;
    Call& c = *it->second;
    const qint64 limit = c.mapping.maxResponseBytes;
    if (limit > 0 && c.body.size() + c.reply->bytesAvailable() > limit) {
        c.body.append(c.reply->read(Error::maxBodySample)); // keep a sample for diagnostics
        abortCall(id, AbortReason::TooLarge);
        return;
    }
    // Straight into the body buffer: readAll() would allocate a chunk to copy from.
    const qint64 available = c.reply->bytesAvailable();
    if (available <= 0)
        return;
    reserveBody(c.body, available);
    const qsizetype old = c.body.size();
    c.body.resize(old + available);
    const qint64 got = c.reply->read(c.body.data() + old, available);
    c.body.resize(old + qMax<qint64>(0, got));
}

void Transport::onCanceled(quint64 id)
{
    abortCall(id, AbortReason::UserCanceled);
}

void Transport::onFinished(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call& c = *it->second;
    QNetworkReply* reply = c.reply;
    if (!reply)
        return;
    if (reply->bytesAvailable() > 0)
        onReadyRead(id);
    // onReadyRead may have settled the call (size limit).
    it = m_calls.find(id);
    if (it == m_calls.end())
        return;

    ReplyOutcome outcome;
    outcome.networkError = reply->error();
    outcome.errorString = reply->errorString();
    outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    outcome.body = std::move(c.body);
    outcome.requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    outcome.contentType = reply->rawHeader("Content-Type");
    outcome.contentEncoding = reply->rawHeader("Content-Encoding");
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    outcome.contentLength = length.isValid() ? length.toLongLong() : -1;
    outcome.abortReason = c.abortReason;
    outcome.tlsErrors = c.tlsErrors;
    settle(id, mapReply(outcome, c.mapping));
}

void Transport::abortCall(quint64 id, AbortReason reason)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call& c = *it->second;
    c.abortReason = reason;
    ReplyOutcome outcome;
    if (c.reply) {
        outcome.httpStatus = c.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        outcome.requestId = QString::fromLatin1(c.reply->rawHeader("x-request-id"));
    }
    outcome.body = std::move(c.body);
    outcome.abortReason = reason;
    settle(id, mapReply(outcome, c.mapping));
}

void Transport::settle(quint64 id, Result<Response> result)
{
    auto node = m_calls.extract(id);
    if (node.empty())
        return;
    std::unique_ptr<Call> call = std::move(node.mapped());

    if (QNetworkReply* reply = call->reply.data()) {
        disconnect(reply, nullptr, this, nullptr);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    if (call->cancelWatcher) {
        disconnect(call->cancelWatcher, nullptr, this, nullptr);
        call->cancelWatcher->deleteLater();
    }

    if (lcCloacinaHttp().isDebugEnabled()) {
        const int status = result ? result.value().httpStatus : result.error().httpStatus;
        const QString requestId = result ? result.value().requestId : result.error().requestId;
        const QString outcome = result ? QStringLiteral("ok")
                                       : QString::fromLatin1(QMetaEnum::fromType<Error::Kind>().valueToKey(
                                           static_cast<int>(result.error().kind)));
        qCDebug(lcCloacinaHttp).noquote().nospace()
            << call->request.operationId << ' ' << call->request.method << ' ' << call->request.path
            << " status=" << status << " request-id=" << (requestId.isEmpty() ? QStringLiteral("-") : requestId)
            << " duration=" << call->clock.elapsed() << "ms outcome=" << outcome;
    }

    if (!result && result.error().kind == Error::Kind::Canceled
        && call->abortReason == AbortReason::ClientDestroyed) {
        // Destroying the client cancels the future itself (STYLE §2.4).
        call->handle.cancel();
    }

    // The observer emits client signals and `done` may run user continuations; either may
    // destroy the client, so nothing after this point touches `this`.
    Observer observer = m_observer;
    Done done = std::move(call->done);
    const bool observe = result || result.error().kind != Error::Kind::Canceled;
    if (observer && observe)
        observer(call->request, result);
    call.reset();
    if (done)
        done(std::move(result));
}

void Transport::abortAll(AbortReason reason)
{
    while (!m_calls.empty())
        abortCall(m_calls.begin()->first, reason);
}

} // namespace Cloacina::Internal

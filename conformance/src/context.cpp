#include <cloacinaconformance/context.h>

#include "recordingclient_p.h"

#include <QDateTime>
#include <QUuid>

namespace Cloacina::Conformance {

Context::Context(CloacinaClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_tenant(QStringLiteral("public"))
    , m_stamp(QString::number(QDateTime::currentMSecsSinceEpoch()))
    , m_absentName(QStringLiteral("conformance-absent-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    , m_absentUuid(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Context::~Context() = default;

std::unique_ptr<CloacinaClient> Context::newClient()
{
    auto other = std::make_unique<RecordingClient>(m_client->baseUrl(), [this](const Exchange& e) { record(e); });
    other->setTenant(m_tenant);
    other->setTimeout(m_client->timeout());
    other->setInsecureSkipTlsVerify(m_client->insecureSkipTlsVerify());
#if QT_CONFIG(ssl)
    other->setCaCertificates(m_client->caCertificates());
#endif
    return other;
}

void Context::setTenant(const QString& tenant)
{
    m_tenant = tenant;
    m_client->setTenant(tenant);
}

void Context::runBounded(QEventLoop& loop, int ms, const std::function<bool()>& done)
{
    if (done() || stopping())
        return;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(ms < 0 ? m_waitTimeoutMs : ms);
    const QMetaObject::Connection onStop = connect(this, &Context::stopped, &loop, &QEventLoop::quit);
    loop.exec();
    disconnect(onStop);
}

bool Context::waitUntil(const std::function<bool()>& done, int ms)
{
    QEventLoop loop;
    // Conditions on socket state have no single signal to wait for: look again every 10 ms.
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&loop, &done] {
        if (done())
            loop.quit();
    });
    poll.start(10);
    runBounded(loop, ms, done);
    return done();
}

void Context::fail(const QString& message)
{
    if (ended())
        return;
    if (stopRequested()) {
        // A check cut short by Ctrl+C did not fail: it did not finish.
        m_verdict = Verdict::Skipped;
        m_message = tr("interrupted");
        return;
    }
    m_verdict = Verdict::Failed;
    m_message = message;
    if (!m_exchanges.isEmpty())
        m_failedAt = m_exchanges.last();
}

void Context::skip(const QString& reason)
{
    if (ended())
        return;
    m_verdict = Verdict::Skipped;
    m_message = reason;
}

void Context::record(const Exchange& exchange)
{
    m_exchanges.append(exchange);
    if (!m_called.contains(exchange.operationId))
        m_called.append(exchange.operationId);
}

Outcome Context::run(const Check& check)
{
    m_verdict = Verdict::Passed;
    m_message.clear();
    m_exchanges.clear();
    m_failedAt.reset();
    QElapsedTimer clock;
    clock.start();
    check.run(*this);

    Outcome outcome;
    outcome.verdict = m_verdict;
    outcome.message = m_message;
    outcome.durationMs = clock.elapsed();
    // The exchange that decided: the failing one, else the first of the check's own operation
    // (a lifecycle's create), else the last one.
    std::optional<Exchange> shown = m_failedAt;
    for (auto it = m_exchanges.cbegin(); !shown && it != m_exchanges.cend(); ++it) {
        if (it->operationId == check.operationId)
            shown = *it;
    }
    if (!shown && m_verdict != Verdict::Failed && !m_exchanges.isEmpty())
        shown = m_exchanges.last();
    if (shown) {
        outcome.httpStatus = shown->httpStatus;
        outcome.serverCode = shown->code;
        outcome.requestId = shown->requestId;
    }
    return outcome;
}

void Context::requestStop()
{
    if (m_stopRequested)
        return;
    m_stopRequested = true;
    Q_EMIT stopped();
}

} // namespace Cloacina::Conformance

#include "stream_channel_p.h"
#include "stream_logging_p.h"
#include <QPointer>

namespace Cloacina::StreamDetail {

Channel::Channel(StreamEndpoint endpoint, QString encodedPath, QString operationId, QObject* parent)
    : QObject(parent)
    , m_conn(new Connection(std::move(endpoint), std::move(encodedPath), operationId, this))
    , m_operationId(std::move(operationId))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { m_conn->open(); });
    connect(m_conn, &Connection::opened, this, [this] {
        m_authRetries = 0;
        setPhase(Phase::Open);
    });
    connect(m_conn, &Connection::finished, this, &Channel::onFinished);
}

void Channel::setTiming(const StreamTiming& timing)
{
    m_timing = timing;
    m_conn->setTiming(timing);
    m_backoff.configure(timing.initialBackoffMs, timing.maxBackoffMs);
}

void Channel::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void Channel::open()
{
    if (m_phase == Phase::Connecting || m_phase == Phase::Open || m_phase == Phase::Reconnecting)
        return;
    m_backoff.configure(m_timing.initialBackoffMs, m_timing.maxBackoffMs);
    m_backoff.reset();
    m_authRetries = 0;
    m_error = Error();
    setPhase(Phase::Connecting);
    m_conn->open();
}

void Channel::close()
{
    m_retryTimer.stop();
    if (m_phase == Phase::Idle || m_phase == Phase::Closed || m_phase == Phase::Failed)
        return;
    setPhase(Phase::Closed);
    m_conn->close(1000);
}

void Channel::retry(const Error& error, bool immediate)
{
    m_error = error;
    const int delay = immediate ? 0 : m_backoff.next();
    qCInfo(lcStream).noquote() << m_operationId << m_conn->describe() << "reconnecting in" << delay
                               << "ms:" << error.toString();
    setPhase(Phase::Reconnecting);
    emit reconnecting(delay, error);
    m_retryTimer.start(delay);
}

void Channel::fail(const Error& error)
{
    m_retryTimer.stop();
    m_error = error;
    if (m_conn->isActive())
        m_conn->abandon();
    qCWarning(lcStream).noquote() << m_operationId << m_conn->describe() << "failed:" << error.toString();
    setPhase(Phase::Failed);
    emit failed(error);
}

void Channel::onFinished(const Outcome& outcome)
{
    if (m_phase == Phase::Closed || m_phase == Phase::Failed || m_phase == Phase::Idle)
        return;
    if (outcome.wasOpen) {
        if (outcome.openMs >= m_timing.stableAfterMs)
            m_backoff.reset();
        // A slot of lost() may delete the channel's owner, and with it this channel.
        const QPointer<Channel> alive(this);
        emit lost(outcome.error);
        if (!alive || m_phase == Phase::Closed || m_phase == Phase::Failed)
            return;
    }
    switch (outcome.kind) {
    case Outcome::Kind::CloseFrame:
        if (isUnrecoverableCloseCode(outcome.closeCode) || outcome.closeCode == 4404)
            return fail(outcome.error);
        return retry(outcome.error, false);
    case Outcome::Kind::UpgradeRefused:
        if (outcome.httpStatus == 401 && m_authRetries == 0) {
            ++m_authRetries;
            return retry(outcome.error, true);
        }
        return outcome.error.isTransient() ? retry(outcome.error, false) : fail(outcome.error);
    case Outcome::Kind::TicketFailed:
        return outcome.error.isTransient() ? retry(outcome.error, false) : fail(outcome.error);
    case Outcome::Kind::Dropped:
    case Outcome::Kind::NetworkError:
    case Outcome::Kind::PongTimeout:
    case Outcome::Kind::HandshakeTimeout:
        return retry(outcome.error, false);
    case Outcome::Kind::LocalClose:
        return;
    }
}

} // namespace Cloacina::StreamDetail

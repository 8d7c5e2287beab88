#pragma once

#include "stream_connection_p.h"

#include <QObject>
#include <QTimer>

namespace Cloacina::StreamDetail {

//! A Connection plus the reconnect policy shared by the accumulator and reactor sockets:
//! backoff on transient losses; one fresh ticket after a 401; Failed on 403, other non-transient
//! upgrade answers, a non-transient ticket error and close codes 4400, 4404 and 4426.
class Channel : public QObject {
    Q_OBJECT
public:
    enum class Phase { Idle,
        Connecting,
        Open,
        Reconnecting,
        Closed,
        Failed };

    Channel(StreamEndpoint endpoint, QString encodedPath, QString operationId, QObject* parent);
    void setTiming(const StreamTiming& timing);
    void open();
    void close();
    Phase phase() const { return m_phase; }
    Error error() const { return m_error; }
    Connection* connection() const { return m_conn; }
    qint64 attempts() const { return m_conn->attempts(); }

signals:
    void phaseChanged(Cloacina::StreamDetail::Channel::Phase phase);
    //! The open socket was lost (before any reconnect); \a error says why.
    void lost(const Cloacina::Error& error);
    void failed(const Cloacina::Error& error);
    void reconnecting(int delayMs, const Cloacina::Error& error);

private:
    void setPhase(Phase phase);
    void onFinished(const Outcome& outcome);
    void retry(const Error& error, bool immediate);
    void fail(const Error& error);

    Connection* m_conn;
    QString m_operationId;
    StreamTiming m_timing;
    Backoff m_backoff;
    QTimer m_retryTimer;
    Phase m_phase = Phase::Idle;
    Error m_error;
    int m_authRetries = 0;
};

} // namespace Cloacina::StreamDetail

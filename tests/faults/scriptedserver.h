#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

//! A tiny scripted HTTP/1.1 responder on 127.0.0.1 for transport tests: every request is
//! recorded and answered by a Reply chosen by a handler. Faults are part of the script:
//! delays, never answering, truncated bodies, over-long bodies, echoes.
class ScriptedServer : public QObject {
    Q_OBJECT
public:
    struct Recorded {
        QByteArray method;
        QByteArray target; //!< path + query as sent
        QMap<QByteArray, QByteArray> headers; //!< lower-case names
        QByteArray body;
    };

    struct Reply {
        int status = 200;
        QByteArray reason = "OK";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0; //!< wait before sending anything
        bool hang = false; //!< never answer
        qint64 declaredLength = -1; //!< Content-Length to announce; -1 = body size
        bool omitLength = false; //!< no Content-Length: body ends with the connection
        qint64 closeAfterBodyBytes = -1; //!< send only this many body bytes, then close
        qint64 streamBytes = 0; //!< append this many 'x' bytes, streamed in chunks
    };

    using Handler = std::function<Reply(const Recorded&)>;

    explicit ScriptedServer(QObject* parent = nullptr);
    ~ScriptedServer() override;
    bool start();
    //! Serves HTTPS with the PEM certificate and key files given.
    bool startTls(const QString& certificatePath, const QString& keyPath);
    QString url() const;
    quint16 port() const { return m_server->serverPort(); }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    //! Answers every request with \a reply.
    void setReply(const Reply& reply)
    {
        m_handler = [reply](const Recorded&) { return reply; };
    }

    QList<Recorded> requests;
    int answered = 0; //!< responses fully written
    int closedBeforeAnswer = 0; //!< connections the client closed before we answered

    static Reply json(int status, const QByteArray& body, const QByteArray& requestId = "req-test-1");

private:
    void onConnection();
    void onReadable(QTcpSocket* socket);
    void respond(QPointer<QTcpSocket> socket, const Reply& reply);

    QTcpServer* m_server = nullptr;
    bool m_tls = false;
    Handler m_handler;
    QMap<QTcpSocket*, QByteArray> m_buffers;
};

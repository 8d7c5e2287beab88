// SPDX-License-Identifier: Apache-2.0
// Serialises responses and injects the HTTP faults of FaultConfig.
#include "httpserver_p.h"
#include "logging_p.h"

#include <cloacinasim/simulator.h>

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace CloacinaSim {

namespace {

    //! Consumes one use of rule if it applies to path.
    bool take(HttpFaultRule& rule, const QString& path)
    {
        if (!rule.enabled || rule.remaining == 0)
            return false;
        if (!rule.pathPrefix.isEmpty() && !path.startsWith(rule.pathPrefix))
            return false;
        if (rule.remaining > 0 && --rule.remaining == 0)
            rule.enabled = false;
        return true;
    }

    void finish(QTcpSocket* socket, bool closeAfter, const std::function<void()>& done)
    {
        if (closeAfter) {
            socket->disconnectFromHost();
            return;
        }
        done();
    }

    void trickle(QPointer<QTcpSocket> socket, QByteArray data, int chunk, int intervalMs,
        bool closeAfter, std::function<void()> done)
    {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        socket->write(data.left(chunk));
        data.remove(0, chunk);
        if (data.isEmpty()) {
            finish(socket, closeAfter, done);
            return;
        }
        QTimer::singleShot(intervalMs, socket, [socket, data, chunk, intervalMs, closeAfter, done] {
            trickle(socket, data, chunk, intervalMs, closeAfter, done);
        });
    }

} // namespace

void writeResponse(QTcpSocket* socket, HttpResponse response, const QString& path,
    FaultConfig& faults, std::function<void()> done)
{
    if (!socket)
        return;
    const bool faultable = !path.startsWith(QLatin1String("/_sim/"));
    bool withRequestId = true;
    bool truncate = false;
    bool slow = false;
    int delay = 0;
    if (faultable) {
        if (take(faults.badGateway, path)) {
            // What a reverse proxy answers when the upstream is gone: HTML, no request id.
            response = {};
            response.status = 502;
            response.contentType = "text/html";
            response.body
                = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                  "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                  "</body>\r\n</html>\r\n";
            withRequestId = false;
        }
        if (take(faults.oversize, path) && response.isJson()
            && response.body.size() < faults.oversizeBytes) {
            // Trailing whitespace keeps the JSON valid and the shape unchanged.
            response.body.append(QByteArray(faults.oversizeBytes - response.body.size(), ' '));
        }
        if (take(faults.delay, path))
            delay = faults.delayMs;
        truncate = take(faults.truncate, path);
        slow = !truncate && take(faults.slowloris, path);
    }

    QPointer<QTcpSocket> guard(socket);
    const int chunk = qMax(1, faults.slowlorisChunkBytes);
    const int interval = qMax(1, faults.slowlorisIntervalMs);
    auto send = [guard, response, withRequestId, truncate, slow, chunk, interval, done]() {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        if (truncate) {
            // Promise more than we send, then hang up mid-body.
            const qint64 promised
                = qMax<qint64>(response.body.size() * 2, response.body.size() + 64);
            guard->write(serializeHead(response, promised, withRequestId));
            guard->write(response.body.left(response.body.size() / 2));
            guard->disconnectFromHost();
            return;
        }
        const QByteArray data
            = serializeHead(response, response.body.size(), withRequestId) + response.body;
        if (slow) {
            trickle(guard, data, chunk, interval, response.closeAfter, done);
            return;
        }
        guard->write(data);
        finish(guard, response.closeAfter, done);
    };
    if (delay > 0)
        QTimer::singleShot(delay, socket, send);
    else
        send();
}

} // namespace CloacinaSim

// SPDX-License-Identifier: Apache-2.0
#include "simprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <cstdio>

#include <sys/prctl.h>
#include <unistd.h>

namespace CloacinaBench {

SimProcess::SimProcess(const QStringList& arguments, const QString& program)
{
    const QString path = program.isEmpty() ? QStringLiteral(CLOACINA_BENCH_SIM_PATH) : program;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // An interrupted benchmark must not leave its simulator running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(path, QStringList { QStringLiteral("--api-key"), adminKey() } + arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(path, m_process.errorString());
        return;
    }
    // The first line is "cloacina-sim listening on http://127.0.0.1:PORT".
    QElapsedTimer clock;
    clock.start();
    while (!m_process.canReadLine() && clock.elapsed() < 10000)
        m_process.waitForReadyRead(100);
    const QByteArray line = m_process.readLine().trimmed();
    const int at = line.indexOf("http://");
    if (at < 0) {
        m_error = QStringLiteral("%1 did not print its URL (got \"%2\")").arg(path, QString::fromUtf8(line));
        return;
    }
    m_url = QUrl(QString::fromLatin1(line.mid(at)));
}

QCommandLineOption SimProcess::programOption()
{
    return QCommandLineOption(QStringLiteral("sim"), QStringLiteral("The cloacina-sim program to run."), QStringLiteral("path"));
}

bool SimProcess::check(const char* bench) const
{
    if (!ok())
        std::fprintf(stderr, "%s: %s\n", bench, qPrintable(m_error));
    return ok();
}

SimProcess::~SimProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QJsonObject SimProcess::call(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    const auto failure = [](const QString& why) { return QJsonObject { { QStringLiteral("error"), why } }; };
    if (!ok())
        return failure(m_error);
    // A blocking socket of its own: waitFor*() runs no event loop, so nothing of the
    // client under test moves while the benchmark talks to the simulator.
    QTcpSocket socket;
    socket.connectToHost(m_url.host(), quint16(m_url.port()));
    if (!socket.waitForConnected(10000))
        return failure(socket.errorString());
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray request = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: " + m_url.host().toUtf8()
        + "\r\nAuthorization: Bearer " + adminKey().toUtf8() + "\r\nConnection: close\r\n";
    if (!payload.isEmpty())
        request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(payload.size()) + "\r\n\r\n" + payload;
    socket.write(request);
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState || socket.bytesAvailable() > 0) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(600000))
            break;
        answer += socket.readAll();
    }
    const int split = answer.indexOf("\r\n\r\n");
    if (!answer.startsWith("HTTP/1.1 2") || split < 0)
        return failure(QString::fromUtf8(answer.left(300)));
    return QJsonDocument::fromJson(answer.mid(split + 4)).object();
}

QStringList SimProcess::createExecutions(int count, const QString& status)
{
    QStringList ids;
    const QJsonObject answer = call("POST", QStringLiteral("/_sim/executions"),
        QJsonObject { { QStringLiteral("count"), count }, { QStringLiteral("status"), status } });
    for (const QJsonValue& id : answer.value(QStringLiteral("ids")).toArray())
        ids << id.toString();
    return ids;
}

void SimProcess::burst(const QString& executionId, int count)
{
    // The control route takes any count; chunks keep each request's answer time modest.
    for (int done = 0; done < count; done += 100000)
        call("POST", QStringLiteral("/_sim/executions/%1/burst").arg(executionId),
            QJsonObject { { QStringLiteral("count"), qMin(100000, count - done) } });
}

bool SimProcess::waitPushesSent(qint64 pushes, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (stats().value(QStringLiteral("pushes_sent")).toInteger() >= pushes)
            return true;
        QThread::msleep(20); // a barrier, not a test: polling the simulator's counter is the point
    }
    return false;
}

double SimProcess::cpuSeconds() const
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    // Fields after the command name (which may hold spaces): utime and stime are 14 and 15.
    const QByteArray text = f.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(::sysconf(_SC_CLK_TCK));
}

} // namespace CloacinaBench

// SPDX-License-Identifier: Apache-2.0
// example-runner: runs one example against a fresh cloacina-sim (test tool, not an example).
//
//   example-runner --sim PATH [--sim-arg ARG]... [--seed-failed N] [--start-execution WORKFLOW]
//                  [--no-key] [--expect REGEX]... [--expect-exit N] [--timeout S]
//                  -- EXAMPLE [ARG]...
//
// 1. Starts PATH --port 0 --api-key <random> [ARG]... and reads the URL from its first line.
// 2. Seeds it through the admin control surface: N failed runs (POST /_sim/executions) and/or
//    one live run of WORKFLOW (POST /_sim/executions/start).
// 3. Runs EXAMPLE with CLOACINA_SERVER_URL and CLOACINA_API_KEY (unless --no-key) in its
//    environment; `{server}` and `{execution}` in its arguments are replaced.
// 4. Passes when the example exits with the expected status within S seconds and its output
//    (stdout + stderr) matches every REGEX.
// The simulator is stopped on every path (SIGTERM, then SIGKILL); both children get
// PR_SET_PDEATHSIG on Linux so that even a killed runner leaves no process behind.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <optional>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace {

struct Options {
    QString sim;
    QStringList simArgs;
    int seedFailed = 0;
    QString startWorkflow;
    bool withKey = true;
    QStringList expect;
    int expectExit = 0;
    int timeoutS = 60;
    QStringList command;
};

void say(const QString& text)
{
    std::fprintf(stderr, "[runner] %s\n", qPrintable(text));
    std::fflush(stderr);
}

std::optional<Options> parse(const QStringList& args)
{
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--")) {
            o.command = args.mid(i + 1);
            break;
        }
        if (a == QLatin1String("--no-key")) {
            o.withKey = false;
            continue;
        }
        if (i + 1 >= args.size()) {
            say(QStringLiteral("missing value for %1").arg(a));
            return std::nullopt;
        }
        const QString v = args.at(++i);
        if (a == QLatin1String("--sim"))
            o.sim = v;
        else if (a == QLatin1String("--sim-arg"))
            o.simArgs << v;
        else if (a == QLatin1String("--seed-failed"))
            o.seedFailed = v.toInt();
        else if (a == QLatin1String("--start-execution"))
            o.startWorkflow = v;
        else if (a == QLatin1String("--expect"))
            o.expect << v;
        else if (a == QLatin1String("--expect-exit"))
            o.expectExit = v.toInt();
        else if (a == QLatin1String("--timeout"))
            o.timeoutS = v.toInt();
        else {
            say(QStringLiteral("unknown option %1").arg(a));
            return std::nullopt;
        }
    }
    if (o.sim.isEmpty() || o.command.isEmpty() || o.timeoutS <= 0) {
        say(QStringLiteral("usage: example-runner --sim PATH [options] -- EXAMPLE [ARGS]"));
        return std::nullopt;
    }
    return o;
}

void dieWithParent(QProcess& process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#else
    Q_UNUSED(process);
#endif
}

void stop(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(2000);
    }
}

//! POSTs \a body to the simulator's control surface; the decoded answer, or nullopt.
std::optional<QJsonObject> post(QNetworkAccessManager& nam, const QUrl& base, const QString& key,
    const QString& path, const QJsonObject& body)
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setTransferTimeout(10000);
    QNetworkReply* reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QByteArray answer = reply->readAll();
    if (reply->error() != QNetworkReply::NoError) {
        say(QStringLiteral("POST %1 failed: %2 %3")
                .arg(path, reply->errorString(), QString::fromUtf8(answer)));
        return std::nullopt;
    }
    return QJsonDocument::fromJson(answer).object();
}

int run(const Options& o)
{
    QElapsedTimer clock;
    clock.start();

    // 1. A fresh simulator on a free port, with a key nobody could have hard-coded.
    const QString key = QStringLiteral("example-key-") + QUuid::createUuid().toString(QUuid::Id128);
    QProcess sim;
    dieWithParent(sim);
    sim.start(o.sim,
        QStringList {
            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"), key }
            + o.simArgs);
    if (!sim.waitForStarted(10000)) {
        say(QStringLiteral("cannot start %1: %2").arg(o.sim, sim.errorString()));
        return 1;
    }
    QByteArray line;
    while (!line.contains('\n') && sim.state() == QProcess::Running && clock.elapsed() < 15000) {
        sim.waitForReadyRead(500);
        line += sim.readAllStandardOutput();
    }
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("listening on (\\S+)")).match(QString::fromUtf8(line));
    if (!m.hasMatch()) {
        say(QStringLiteral("the simulator did not report its URL: %1 %2")
                .arg(QString::fromUtf8(line), QString::fromUtf8(sim.readAllStandardError())));
        stop(sim);
        return 1;
    }
    const QUrl server(m.captured(1));
    say(QStringLiteral("simulator at %1 (pid %2)").arg(server.toString()).arg(sim.processId()));

    // 2. Seed what the example needs.
    QNetworkAccessManager nam;
    QString execution;
    if (o.seedFailed > 0
        && !post(nam, server, key, QStringLiteral("/_sim/executions"),
            { { QStringLiteral("count"), o.seedFailed },
                { QStringLiteral("status"), QStringLiteral("Failed") } })) {
        stop(sim);
        return 1;
    }
    if (!o.startWorkflow.isEmpty()) {
        const auto answer = post(nam, server, key, QStringLiteral("/_sim/executions/start"),
            { { QStringLiteral("workflow"), o.startWorkflow } });
        execution = answer ? answer->value(QStringLiteral("execution_id")).toString() : QString();
        if (execution.isEmpty()) {
            stop(sim);
            return 1;
        }
        say(QStringLiteral("started execution %1 of %2").arg(execution, o.startWorkflow));
    }

    // 3. The example, with the settings in its environment.
    QStringList args = o.command.mid(1);
    for (QString& a : args) {
        a.replace(QLatin1String("{server}"), server.toString());
        a.replace(QLatin1String("{execution}"), execution);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLOACINA_SERVER_URL"), server.toString());
    if (o.withKey)
        env.insert(QStringLiteral("CLOACINA_API_KEY"), key);
    else
        env.remove(QStringLiteral("CLOACINA_API_KEY"));
    QProcess example;
    dieWithParent(example);
    example.setProcessEnvironment(env);
    example.setProcessChannelMode(QProcess::MergedChannels);
    say(QStringLiteral("running %1 %2").arg(o.command.first(), args.join(QLatin1Char(' '))));
    // Waited for in an event loop (not waitForFinished) so that the simulator's pipes keep
    // being drained meanwhile: a full stderr pipe would stall it.
    QEventLoop loop;
    QObject::connect(&example, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&example, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer::singleShot(
        qMax<qint64>(1000, o.timeoutS * 1000 - clock.elapsed()), &loop, &QEventLoop::quit);
    example.start(o.command.first(), args);
    loop.exec();
    const bool started = example.error() != QProcess::FailedToStart;
    const bool ended = started && example.state() == QProcess::NotRunning;
    if (started && !ended)
        stop(example);
    const QString output = QString::fromUtf8(example.readAll());
    std::fputs(qPrintable(output), stdout);
    std::fflush(stdout);

    // 4. Verdict; the simulator goes down first either way.
    stop(sim);
    int failures = 0;
    if (!started) {
        say(QStringLiteral("cannot start the example: %1").arg(example.errorString()));
        ++failures;
    } else if (!ended) {
        say(QStringLiteral("the example did not finish within %1 s").arg(o.timeoutS));
        ++failures;
    } else if (example.exitStatus() != QProcess::NormalExit) {
        say(QStringLiteral("the example crashed"));
        ++failures;
    } else if (example.exitCode() != o.expectExit) {
        say(QStringLiteral("exit status %1, expected %2")
                .arg(example.exitCode())
                .arg(o.expectExit));
        ++failures;
    }
    for (const QString& pattern : o.expect) {
        if (!QRegularExpression(pattern).match(output).hasMatch()) {
            say(QStringLiteral("output does not match \"%1\"").arg(pattern));
            ++failures;
        }
    }
    if (failures > 0) {
        say(QStringLiteral("simulator stderr (last 4 KiB):\n%1")
                .arg(QString::fromUtf8(sim.readAllStandardError().right(4096))));
        return 1;
    }
    say(QStringLiteral("passed in %1 ms").arg(clock.elapsed()));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const std::optional<Options> options = parse(app.arguments());
    return options ? run(*options) : 2;
}

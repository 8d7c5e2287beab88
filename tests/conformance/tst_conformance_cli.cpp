// The cloacina-conformance program against a cloacina-sim process started here: the table, the
// JSON and JUnit reports, the exit codes (0 passed, 1 a check failed, 2 could not run), the
// role-based skips, and the scratch tenant that --write always removes, also after a failing
// check and after SIGINT/SIGTERM.
#include <cloacina/cloacinaclient.h>
#include <cloacina/types.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>

#include "awaitresult.h"
#include "scriptedserver.h"

using namespace Cloacina;
using CloacinaTest::await;

namespace {

const QString adminKey = QStringLiteral("conformance-test-admin-key");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TstConformanceCli : public QObject {
    Q_OBJECT

    QProcess sim;
    QUrl simUrl;
    QTemporaryDir home;
    std::unique_ptr<CloacinaClient> admin;

    //! The program's environment: no profile file, no inherited server or key.
    QProcessEnvironment environment(const QString& key) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CLOACINA_SERVER_URL"));
        env.remove(QStringLiteral("CLOACINA_API_KEY"));
        env.insert(QStringLiteral("HOME"), home.path());
        if (!key.isEmpty())
            env.insert(QStringLiteral("CLOACINA_API_KEY"), key);
        return env;
    }

    void start(QProcess& program, const QStringList& args, const QString& key = adminKey)
    {
        program.setProcessEnvironment(environment(key));
        program.start(QStringLiteral(CONFORMANCE_PROGRAM), args);
    }

    //! Waits in the event loop (in-process servers keep answering) until \a program ends.
    static bool finish(QProcess& program, int ms)
    {
        if (QTest::qWaitFor([&program] { return program.state() == QProcess::NotRunning; }, ms))
            return true;
        program.kill();
        program.waitForFinished();
        return false;
    }

    Run run(const QStringList& args, const QString& key = adminKey)
    {
        QProcess program;
        start(program, args, key);
        Run r;
        if (!finish(program, 60000))
            return r;
        r.exitCode = program.exitStatus() == QProcess::NormalExit ? program.exitCode() : -1;
        r.out = QString::fromUtf8(program.readAllStandardOutput());
        r.err = QString::fromUtf8(program.readAllStandardError());
        return r;
    }

    QStringList serverArgs() const { return { QStringLiteral("--server"), simUrl.toString() }; }

    static QJsonObject readJson(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static QJsonObject row(const QJsonObject& report, const QString& operation)
    {
        for (const QJsonValue& v : report.value(QLatin1String("checks")).toArray()) {
            if (v.toObject().value(QLatin1String("operation")).toString() == operation)
                return v.toObject();
        }
        return {};
    }

    //! Tenants on the simulator whose name says a conformance run made them.
    QStringList leftoverTenants()
    {
        const auto tenants = await(admin->listTenants());
        if (!tenants.ok())
            return { tenants.error().toString() };
        QStringList left;
        for (const TenantSummary& t : tenants.value().items) {
            if (t.name.startsWith(QLatin1String("conformance_")))
                left << t.name;
        }
        return left;
    }

    void setFault(const QJsonObject& faults)
    {
        QVERIFY(await(admin->rawRequest("POST", QStringLiteral("/_sim/faults"), faults)).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(home.isValid());
        sim.start(QStringLiteral(SIM_PROGRAM), { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"), adminKey });
        QVERIFY(sim.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10000);
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("listening on (http://\\S+)"))
                                              .match(QString::fromUtf8(sim.readLine()));
        QVERIFY(m.hasMatch());
        simUrl = QUrl(m.captured(1));
        admin = std::make_unique<CloacinaClient>(simUrl);
        admin->setApiKey(adminKey);
    }

    void cleanupTestCase()
    {
        if (sim.state() != QProcess::NotRunning) {
            sim.terminate();
            if (!sim.waitForFinished(10000))
                sim.kill();
        }
    }

    void cleanup()
    {
        if (admin)
            QVERIFY(await(admin->rawRequest("DELETE", QStringLiteral("/_sim/faults"))).ok());
    }

    void readOnlyPassesWithTableAndReports()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("report.json"));
        const QString junit = dir.filePath(QStringLiteral("report.xml"));
        const Run r = run(serverArgs() << QStringLiteral("--json") << json << QStringLiteral("--junit") << junit);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("versions: server 0.10.0, SDK contract 0.10.0: in lockstep")));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("^OPERATION +CHECK +RESULT HTTP CODE +REQUEST ID +TIME$"),
            QRegularExpression::MultilineOption)));
        QVERIFY(r.out.contains(QRegularExpression(
            QStringLiteral("^get_instance +.* pass +404 instance_not_found +[0-9a-f-]{36} +\\d+ ms$"),
            QRegularExpression::MultilineOption)));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("^delivery_ws .* pass +- ws_close_4426 "),
            QRegularExpression::MultilineOption)));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\d+ passed, 0 failed, \\d+ skipped in"))));
        QVERIFY2(!(r.out + r.err).contains(adminKey), "the key was printed");

        const QJsonObject report = readJson(json);
        QCOMPARE(report.value(QLatin1String("summary")).toObject().value(QLatin1String("failed")).toInt(), 0);
        QVERIFY(report.value(QLatin1String("scratch_tenant")).isNull());
        QCOMPARE(report.value(QLatin1String("write")).toBool(), false);
        const QJsonObject version = row(report, QStringLiteral("version"));
        QCOMPARE(version.value(QLatin1String("result")).toString(), QStringLiteral("passed"));
        QCOMPARE(version.value(QLatin1String("http_status")).toInt(), 200);
        const QJsonObject write = row(report, QStringLiteral("create_tenant"));
        QCOMPARE(write.value(QLatin1String("result")).toString(), QStringLiteral("skipped"));
        QCOMPARE(write.value(QLatin1String("message")).toString(), QStringLiteral("changes data: run with --write"));
        const int checks = report.value(QLatin1String("checks")).toArray().size();
        QVERIFY(checks > 40);

        QFile xml(junit);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QXmlStreamReader reader(&xml);
        int testcases = 0;
        int skipped = 0;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (reader.name() == QLatin1String("testsuite")) {
                QCOMPARE(reader.attributes().value(QLatin1String("tests")).toInt(), checks);
                QCOMPARE(reader.attributes().value(QLatin1String("failures")).toInt(), 0);
            }
            testcases += reader.name() == QLatin1String("testcase");
            skipped += reader.name() == QLatin1String("skipped");
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(testcases, checks);
        QCOMPARE(skipped, report.value(QLatin1String("summary")).toObject().value(QLatin1String("skipped")).toInt());
    }

    void writeModeRemovesItsTenant()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("report.json"));
        const Run r = run(serverArgs() << QStringLiteral("--write") << QStringLiteral("--json") << json);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject report = readJson(json);
        const QString scratch = report.value(QLatin1String("scratch_tenant")).toString();
        QVERIFY(scratch.startsWith(QLatin1String("conformance_")));
        QVERIFY(r.out.contains(QStringLiteral("removed the scratch tenant %1").arg(scratch)));
        QCOMPARE(row(report, QStringLiteral("create_secret")).value(QLatin1String("result")).toString(), QStringLiteral("passed"));
        QCOMPARE(leftoverTenants(), QStringList());
    }

    void failingCheckExits1AndStillRemovesTheTenant()
    {
        setFault({ { QStringLiteral("bad_gateway"),
            QJsonObject { { QStringLiteral("count"), -1 }, { QStringLiteral("path_prefix"), QStringLiteral("/v1/health/graphs") } } } });
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("report.json"));
        const Run r = run(serverArgs() << QStringLiteral("--write") << QStringLiteral("--json") << json);
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("^list_graphs .* FAIL +502 "), QRegularExpression::MultilineOption)));
        const QJsonObject graphs = row(readJson(json), QStringLiteral("list_graphs"));
        QCOMPARE(graphs.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
        QCOMPARE(graphs.value(QLatin1String("http_status")).toInt(), 502);
        QVERIFY(!graphs.value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(leftoverTenants(), QStringList());
    }

    //! The first /v1/tenants request is the scratch tenant's creation: a proxy error there is a
    //! failure (an admin may create tenants), and the write checks say why they did not run.
    void refusedScratchTenantIsAFailure()
    {
        setFault({ { QStringLiteral("bad_gateway"),
            QJsonObject { { QStringLiteral("count"), 1 }, { QStringLiteral("path_prefix"), QStringLiteral("/v1/tenants") } } } });
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("report.json"));
        const Run r = run(serverArgs() << QStringLiteral("--write") << QStringLiteral("--json") << json);
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("^create_tenant +creates the scratch tenant +FAIL +502 "),
            QRegularExpression::MultilineOption)));
        const QJsonObject report = readJson(json);
        QCOMPARE(report.value(QLatin1String("summary")).toObject().value(QLatin1String("failed")).toInt(), 1);
        QVERIFY(row(report, QStringLiteral("create_secret")).value(QLatin1String("message")).toString().startsWith(QLatin1String("the scratch tenant could not be created")));
        QCOMPARE(leftoverTenants(), QStringList());
    }

    void interruptRemovesTheTenant_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }

    //! The signal arrives while a check waits for a (delayed) answer; the run ends with 2.
    void interruptRemovesTheTenant()
    {
        QFETCH(int, signalNumber);
        setFault({ { QStringLiteral("delay"),
            QJsonObject { { QStringLiteral("ms"), 20000 }, { QStringLiteral("count"), -1 },
                { QStringLiteral("path_prefix"), QStringLiteral("/v1/health/graphs") } } } });
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("report.json"));
        QProcess program;
        start(program, serverArgs() << QStringLiteral("--write") << QStringLiteral("--json") << json);
        QString out;
        // list_graphs is the first check on the delayed path: the one after the timeseries row.
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(program.readAllStandardOutput())).contains(QLatin1String("reactor_fire_timeseries")), 30000);
        QVERIFY(out.contains(QLatin1String("scratch tenant: conformance_")));
        QCOMPARE(leftoverTenants().size(), 1);
        ::kill(pid_t(program.processId()), signalNumber);
        QVERIFY(finish(program, 15000));
        out += QString::fromUtf8(program.readAllStandardOutput());
        const QString err = QString::fromUtf8(program.readAllStandardError());
        QCOMPARE(program.exitStatus(), QProcess::NormalExit);
        QVERIFY2(program.exitCode() == 2, qPrintable(out + err));
        QVERIFY(err.contains(QLatin1String("interrupted")));
        QVERIFY(out.contains(QLatin1String("removed the scratch tenant")));
        QVERIFY(out.contains(QLatin1String("(interrupted)")));
        const QJsonObject report = readJson(json);
        QVERIFY(report.value(QLatin1String("interrupted")).toBool());
        QCOMPARE(row(report, QStringLiteral("list_graphs")).value(QLatin1String("message")).toString(), QStringLiteral("interrupted"));
        QCOMPARE(leftoverTenants(), QStringList());
    }

    void readKeyRunsWhatItMayAndSkipsTheRest()
    {
        CreateKeyRequest request;
        request.name = QStringLiteral("conformance-read");
        request.role = KeyRole::Read;
        const auto key = await(admin->createKey(request));
        QVERIFY(key.ok());
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("report.json"));
        const Run r = run(serverArgs() << QStringLiteral("--write") << QStringLiteral("--json") << json, key.value().key);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("key: conformance-read (read, tenant public)")));
        const QJsonObject report = readJson(json);
        QCOMPARE(row(report, QStringLiteral("list_workflows")).value(QLatin1String("result")).toString(), QStringLiteral("passed"));
        const QJsonObject tenants = row(report, QStringLiteral("list_tenants"));
        QCOMPARE(tenants.value(QLatin1String("result")).toString(), QStringLiteral("skipped"));
        QCOMPARE(tenants.value(QLatin1String("message")).toString(),
            QStringLiteral("needs platform admin; this key has role read in public"));
        QVERIFY(row(report, QStringLiteral("create_account")).value(QLatin1String("message")).toString().contains(QLatin1String("platform-admin key")));
        QCOMPARE(row(report, QStringLiteral("inject_accumulator")).value(QLatin1String("result")).toString(), QStringLiteral("passed"));
        QCOMPARE(leftoverTenants(), QStringList());
    }

    void cannotRunExits2_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString refused = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        QTest::newRow("connection refused") << refused << adminKey << QStringLiteral("cannot reach");
        QTest::newRow("key refused") << QString() << QStringLiteral("not-a-key") << QStringLiteral("refused the key (401)");
        QTest::newRow("no key, no terminal") << QString() << QString() << QStringLiteral("no API key");
        QTest::newRow("not a URL") << QStringLiteral("ftp://example.com") << adminKey << QStringLiteral("must use http or https");
    }

    void cannotRunExits2()
    {
        QFETCH(QString, server);
        QFETCH(QString, key);
        QFETCH(QString, message);
        QProcess program;
        program.setStandardInputFile(QProcess::nullDevice()); // not a terminal: no prompt
        start(program, { QStringLiteral("--server"), server.isEmpty() ? simUrl.toString() : server }, key);
        QVERIFY(finish(program, 30000));
        const QString err = QString::fromUtf8(program.readAllStandardError());
        QCOMPARE(program.exitCode(), 2);
        QVERIFY2(err.contains(message), qPrintable(err));
        if (!key.isEmpty())
            QVERIFY(!err.contains(key));
    }

    //! A server of another minor version: said in the header and as the first check's failure.
    void versionMismatchIsSaidPlainly()
    {
        ScriptedServer old;
        QVERIFY(old.start());
        old.setHandler([](const ScriptedServer::Recorded& request) {
            ScriptedServer::Reply reply;
            reply.headers = { { "Content-Type", "application/json" }, { "x-request-id", "old-1" } };
            if (request.target == "/openapi.json") {
                reply.body = R"({"openapi":"3.1.0","info":{"title":"cloacina-server","version":"0.11.2"},"paths":{}})";
            } else if (request.target == "/v1/auth/whoami") {
                reply.body = R"({"name":"old","role":"read","is_admin":false,"tenant_id":"public"})";
            } else {
                reply.status = 404;
                reply.reason = "Not Found";
                reply.body = R"({"error":"no such route","code":"not_found"})";
            }
            return reply;
        });
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("report.json"));
        const Run r = run({ QStringLiteral("--server"), old.url(), QStringLiteral("--json"), json });
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("versions: server 0.11.2, SDK contract 0.10.0: THEY DIFFER")));
        const QJsonObject version = row(readJson(json), QStringLiteral("version"));
        QCOMPARE(version.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
        QVERIFY(version.value(QLatin1String("message")).toString().startsWith(QLatin1String("the server is 0.11.2 but this SDK speaks 0.10.0")));
    }

    //! No key anywhere and a terminal on stdin: the program asks, and the key is not echoed.
    //! util-linux `script` provides the terminal.
    void promptsForTheKeyWithoutEcho()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("needs util-linux script(1) for a pseudo-terminal");
        QProcess program;
        program.setProcessEnvironment(environment({}));
        const QString command = QStringLiteral("%1 --server %2").arg(QStringLiteral(CONFORMANCE_PROGRAM), simUrl.toString());
        program.start(script, { QStringLiteral("-qec"), command, QStringLiteral("/dev/null") });
        QString out;
        // Type only once echo is off, i.e. once the prompt is there.
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(program.readAllStandardOutput())).contains(QLatin1String("(not echoed): ")), 10000);
        program.write(adminKey.toUtf8() + '\n');
        QVERIFY(finish(program, 60000));
        out += QString::fromUtf8(program.readAllStandardOutput());
        QVERIFY2(program.exitCode() == 0, qPrintable(out));
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("\\d+ passed, 0 failed"))));
        QVERIFY2(!out.contains(adminKey), "the typed key was echoed or printed");
    }

    void dryRunContactsNothing()
    {
        const Run r = run({ QStringLiteral("--dry-run"), QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("nothing is sent to the server")));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("^create_tenant .* skip: changes data \\(--write\\)$"),
            QRegularExpression::MultilineOption)));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("^\\d+ of \\d+ checks would run\\.$"), QRegularExpression::MultilineOption)));
    }
};

QTEST_GUILESS_MAIN(TstConformanceCli)
#include "tst_conformance_cli.moc"

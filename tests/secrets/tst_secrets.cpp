// Secrets (label: secrets): the API key (and a login password) must appear in no log line, no
// URL or header other than `Authorization: Bearer`, no Error (message, code, body sample,
// request id, toString), no file written under $HOME (QSettings), and no stdout/stderr of
// cloacina-follow / cloacina-monitor — with every `cloacina.*` category at debug level, across
// REST calls (successes and failures), sessions, tickets + delivery socket, follower,
// accumulator, reactor, raw requests and profile loading.
#include "recordingproxy.h"
#include "streamtiming.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/profiles.h>
#include <cloacina/streams.h>
#include <cloacina/types.h>
#include <cloacina/whenready.h>
#include <cloacinasim/simulator.h>

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "awaitresult.h"
#include <optional>

using namespace Cloacina;

namespace {

// Distinctive enough that any occurrence is a leak, not a coincidence.
const QString apiKey = QStringLiteral("clk_SECRET_7f3a9c1e5b2d4680_LEAKCHECK");
const QString password = QStringLiteral("pw_SECRET_b81c_hunter2_LEAKCHECK");

QStringList captured;
QtMessageHandler previous = nullptr;
void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    captured.append(QString::fromLatin1(context.category ? context.category : "default") + QLatin1String(": ") + message);
}

using CloacinaTest::await;

using CloacinaTest::fastTiming;

QStringList secretsIn(const QString& text, const QStringList& secrets)
{
    QStringList hits;
    for (const QString& s : secrets)
        if (!s.isEmpty() && text.contains(s))
            hits << s;
    return hits;
}

} // namespace

class TstSecrets : public QObject {
    Q_OBJECT

    QTemporaryDir home;
    QList<Error> errors;
    QStringList secrets { apiKey, password };

    void note(const Error& e) { errors.append(e); }
    template <typename T>
    Result<T> call(QFuture<Result<T>> f, int ms = 15000)
    {
        Result<T> r = await(f, ms);
        if (!r)
            note(r.error());
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(home.isValid());
        // Everything the SDK (or QSettings) might write goes under a fresh $HOME.
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.config")).toUtf8());
        qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/.local/share")).toUtf8());
        qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/.cache")).toUtf8());
        QStandardPaths::setTestModeEnabled(false);
        qRegisterMetaType<Error>();
        QLoggingCategory::setFilterRules(QStringLiteral("cloacina.*=true"));
        previous = qInstallMessageHandler(capture);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    }

    void sdkFlows()
    {
        CloacinaSim::Options options;
        options.adminKey = apiKey;
        options.taskMinMs = 5;
        options.taskMaxMs = 20;
        CloacinaSim::Simulator sim(options);
        QVERIFY(sim.start());
        RecordingProxy proxy(sim.url().port());
        CloacinaClient client(proxy.url());
        client.setApiKey(apiKey);
        client.setTimeout(3000);

        // REST successes and failures.
        QVERIFY(call(client.listExecutions()).ok());
        QVERIFY(call(client.whoami()).ok());
        QVERIFY(!call(client.getWorkflow(QStringLiteral("missing"))).ok());
        QVERIFY(!call(client.rawRequest("GET", QStringLiteral("/v1/nowhere"), {}, QUrlQuery(QStringLiteral("q=1")))).ok());
        QVERIFY(call(client.rawRequest("GET", QStringLiteral("/v1/auth/whoami"))).ok());
        sim.faults().badGateway = { true, QStringLiteral("/v1/tenants"), 1 };
        QVERIFY(!call(client.listExecutions()).ok());
        sim.faults().truncate = { true, QStringLiteral("/v1/tenants"), 1 };
        QVERIFY(!call(client.listExecutions()).ok());
        sim.faults().delay = { true, QStringLiteral("/v1/tenants"), 1 };
        sim.faults().delayMs = 1500;
        client.setTimeout(300);
        QVERIFY(!call(client.listExecutions()).ok());
        client.setTimeout(3000);
        sim.resetFaults();
        note(client.lastError());

        // Sessions: an account, login, refresh, logout (the minted keys are secrets too).
        CreateAccountRequest account;
        account.username = QStringLiteral("leakcheck");
        account.password = password;
        account.role = QStringLiteral("admin");
        QVERIFY(call(client.createAccount(account)).ok());
        CloacinaClient session(proxy.url());
        const auto badLogin = call(session.login(QStringLiteral("leakcheck"), QStringLiteral("wrong_") + password, QStringLiteral("public")));
        QVERIFY(!badLogin.ok());
        const auto login = call(session.login(QStringLiteral("leakcheck"), password, QStringLiteral("public")));
        QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : login.error().toString()));
        secrets << login.value().key;
        QVERIFY(call(session.listExecutions()).ok());
        const auto refreshed = call(session.refreshSession());
        QVERIFY(refreshed.ok());
        secrets << refreshed.value().key;
        QVERIFY(call(session.logout()).ok());
        QVERIFY(!call(session.listExecutions()).ok()); // no key any more

        // Tickets + delivery socket, follower, accumulator, reactor.
        const QString exec = sim.startExecution(QStringLiteral("etl_daily"));
        DeliverySubscription* sub = subscribeDelivery(&client, QStringLiteral("exec_events:") + exec, this);
        sub->setTiming(fastTiming());
        int pushes = 0;
        connect(sub, &DeliverySubscription::pushesReceived, this, [&](const QList<DeliveryPush>& b) { pushes += int(b.size()); });
        connect(sub, &DeliverySubscription::errorChanged, this, [this](const Error& e) { note(e); });
        sub->start();
        ExecutionFollower* follower = followExecution(&client, exec, this);
        FollowerTiming ft;
        ft.pollIntervalMs = 200;
        ft.stream = fastTiming();
        follower->setTiming(ft);
        connect(follower, &ExecutionFollower::errorOccurred, this, [this](const Error& e) { note(e); });
        QSignalSpy finished(follower, &ExecutionFollower::finished);
        follower->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(pushes > 0, 10000);
        // The follower's own subscription to the same recipient knocks this one off now and
        // then (one subscriber per recipient): drive it to a 4426 failure, bounded.
        const QString recipient = QStringLiteral("exec_events:") + exec;
        sim.forceTakeover(recipient);
        const bool failed = QTest::qWaitFor([&] {
            if (sub->state() == DeliverySubscription::State::Live)
                sim.closeDeliverySockets(4426, recipient);
            return sub->state() == DeliverySubscription::State::Failed;
        },
            10000);
        QVERIFY2(failed, "the subscription did not fail on close 4426 within 10 s");
        QCOMPARE(sub->state(), DeliverySubscription::State::Failed);
        note(sub->error());

        AccumulatorProducer* acc = accumulatorProducer(&client, QStringLiteral("orderbook"), this);
        acc->setTiming(fastTiming());
        QVERIFY(acc->send(QJsonObject { { QStringLiteral("bid"), 1 } }));
        QTRY_COMPARE_WITH_TIMEOUT(acc->state(), AccumulatorProducer::State::Open, 5000);
        AccumulatorProducer* denied = accumulatorProducer(&client, QStringLiteral("not_registered"), this);
        denied->setTiming(fastTiming());
        denied->send(QJsonObject {});
        QTRY_COMPARE_WITH_TIMEOUT(denied->state(), AccumulatorProducer::State::Failed, 5000);
        note(denied->error());
        ReactorChannel* reactor = reactorChannel(&client, QStringLiteral("market_maker_reactor"), this);
        reactor->setTiming(fastTiming());
        QVERIFY(call(reactor->getState()).ok());
        QVERIFY(call(reactor->forceFire()).ok());

        // A stream whose ticket mint fails (bad key): the error must not carry the key either.
        CloacinaClient wrong(proxy.url());
        const QString wrongKey = QStringLiteral("clk_WRONG_SECRET_0d15ea5e_LEAKCHECK");
        secrets << wrongKey;
        wrong.setApiKey(wrongKey);
        DeliverySubscription* refused = subscribeDelivery(&wrong, QStringLiteral("exec_events:") + exec, this);
        refused->start();
        QTRY_COMPARE_WITH_TIMEOUT(refused->state(), DeliverySubscription::State::Failed, 5000);
        note(refused->error());
        note(wrong.lastError());

        delete sub;
        delete follower;
        delete acc;
        delete denied;
        delete reactor;
        delete refused;
        // Their closing frames have reached the simulator (and so passed the recording proxy).
        QTRY_COMPARE(sim.stats().activeDeliveryConnections, qint64(0));

        // What went over the wire: the keys only as `Authorization: Bearer` values; the password
        // only in the JSON bodies of create_account and local_login, never in a request line.
        for (const QString& s : std::as_const(secrets)) {
            if (s == password)
                continue;
            const QStringList misplaced = proxy.misplaced(s.toUtf8());
            QVERIFY2(misplaced.isEmpty(), qPrintable(misplaced.join(QLatin1Char('\n'))));
        }
        for (const QByteArray& stream : std::as_const(proxy.streams))
            for (const QByteArray& line : stream.split('\n'))
                if (line.startsWith("GET ") || line.startsWith("POST ") || line.startsWith("PUT ") || line.startsWith("DELETE "))
                    QVERIFY2(!line.contains(password.toUtf8()), line.constData());
        QVERIFY(proxy.streams.size() >= 5);
        bool sawUpgrade = false;
        for (const QByteArray& s : std::as_const(proxy.streams))
            sawUpgrade = sawUpgrade || (s.startsWith("GET /v1/ws/") && s.contains("?token="));
        QVERIFY2(sawUpgrade, "the WebSocket upgrades went through the proxy with a ticket");
    }

    void profiles()
    {
        const QString dir = home.path() + QStringLiteral("/.cloacina");
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/config.toml");
        auto writeConfig = [&](const QByteArray& text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        const QByteArray key = apiKey.toUtf8();
        // Valid file, literal key.
        writeConfig("default_profile = \"a\"\n[profiles.a]\nserver = \"http://127.0.0.1:9\"\napi_key = \"" + key + "\"\n");
        Profiles p = Profiles::load(path);
        QVERIFY(p.isValid());
        CloacinaClient client;
        ProfileError error;
        QVERIFY(client.applyProfile(*p.defaultProfile(), &error));
        QVERIFY(client.hasApiKey());
        const auto down = call(client.listExecutions(), 5000); // refused: port 9
        QVERIFY(!down.ok());
        // Broken files around the key: syntax errors, wrong types, bad URL, unknown profile.
        const QList<QByteArray> broken {
            "[profiles.a]\nserver = \"http://x\"\napi_key = \"" + key + "\n", // unterminated
            "[profiles.a]\nserver = \"http://x\"\napi_key = " + key + "\n", // bare value
            "[profiles.a]\nserver = \"http://x\"\napi_key = [\"" + key + "\"]\n", // wrong type
            "[profiles.a]\nserver = \"" + key + "\"\napi_key = \"" + key + "\"\n", // bad URL
            "[profiles.a]\nserver = \"ftp://x\"\napi_key = \"" + key + "\"\n",
            "[profiles.a]\nserver = \"http://x\"\napi_key = \"file:/nonexistent/" + key + "\"\n",
            "[profiles.a]\nserver = \"http://x\"\napi_key = \"env:" + key + "\"\n",
            "[profiles.a]\nserver = \"http://x\"\napi_key = \"" + key + "\"\napi_key = \"" + key + "\"\n", // duplicate
            "[profiles." + key + "]\nserver = \"http://x\"\n", // key used as a name: not a secret then
            "x = \"\\u" + key + "\"\n", // bad escape next to the key
        };
        int index = 0;
        for (const QByteArray& text : broken) {
            writeConfig(text);
            const Profiles q = Profiles::load(path);
            QStringList texts { q.error().toString() };
            ProfileError selectError;
            const auto selected = q.select(QStringLiteral("a"), &selectError);
            texts << selectError.toString();
            if (selected) {
                ProfileError resolveError;
                const auto resolved = selected->resolveApiKey(&resolveError);
                texts << resolveError.toString();
                CloacinaClient c;
                ProfileError applyError;
                c.applyProfile(*selected, &applyError);
                texts << applyError.toString();
            }
            // Cases 5 and 6 put the key where a file path or a variable name belongs: the
            // messages name neither when it is key-shaped. Case 8 uses the text as a profile
            // name, which is not a secret: it only has to parse without crashing.
            if (index == 8)
                texts.clear();
            const QString all = texts.join(QLatin1Char('\n'));
            QVERIFY2(secretsIn(all, { apiKey }).isEmpty(), qPrintable(QStringLiteral("case %1: %2").arg(index).arg(all)));
            ++index;
        }
    }

    void hostileEchoes()
    {
        // A server that reflects the key into every part of its answer.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QByteArray key = apiKey.toUtf8();
        int step = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* s = server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [&, s] {
                if (!s->readAll().contains("\r\n\r\n"))
                    return;
                QByteArray body;
                QByteArray head = "HTTP/1.1 500 Internal " + key + "\r\n";
                switch (step++ % 3) {
                case 0: // key straddling the 4 KiB body-sample boundary
                    body = QByteArray(Error::maxBodySample - key.size() / 2, '.') + key + "tail";
                    break;
                case 1: // key in x-request-id
                    head += "x-request-id: " + key + "\r\n";
                    body = "{\"error\":\"boom\",\"code\":\"" + key + "\"}";
                    break;
                default: // a 2xx that does not decode, echoing the key
                    head = "HTTP/1.1 200 OK\r\n";
                    body = "{\"items\":\"" + key + "\"}";
                    break;
                }
                s->write(head + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                    + "\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        });
        CloacinaClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        client.setApiKey(apiKey);
        const qsizetype logStart = captured.size();
        QList<Error> echoed;
        for (int i = 0; i < 3; ++i) {
            const auto r = await(client.listExecutions());
            QVERIFY(!r.ok());
            echoed << r.error();
        }
        // S1 (fixed): a key cut by the 4 KiB sample must not escape the scrubber.
        const QByteArray half = key.left(key.size() / 2);
        QVERIFY2(!echoed[0].bodySample.contains(half), echoed[0].bodySample.right(40).constData());
        // S2 (fixed): x-request-id and the server's code are scrubbed too.
        QVERIFY2(!echoed[1].requestId.contains(apiKey), qPrintable(echoed[1].requestId));
        QVERIFY2(!echoed[1].code.contains(apiKey), qPrintable(echoed[1].code));
        QVERIFY2(!echoed[1].toString().contains(apiKey), qPrintable(echoed[1].toString()));
        QVERIFY2(!echoed[1].message.contains(apiKey), qPrintable(echoed[1].message));
        QCOMPARE(echoed[2].kind, Error::Kind::Decode);
        QVERIFY2(!echoed[2].bodySample.contains(key), echoed[2].bodySample.constData());
        QVERIFY2(!echoed[2].message.contains(apiKey), qPrintable(echoed[2].message));
        QVERIFY2(!client.lastError().bodySample.contains(key), "lastError");
        // The cloacina.http debug line of the x-request-id answer must not carry the key (S2).
        const QStringList lines = captured.mid(logStart);
        captured = captured.mid(0, logStart); // keep them out of the global check below
        QString leaking;
        for (const QString& line : lines)
            if (line.contains(apiKey))
                leaking = line;
        QVERIFY2(leaking.isEmpty(), qPrintable(leaking));
    }

    void programs_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("cloacina-follow (env key)") << "follow-env";
        QTest::newRow("cloacina-follow (profile key)") << "follow-profile";
        QTest::newRow("cloacina-follow (rejected key)") << "follow-wrong";
        QTest::newRow("cloacina-monitor --server --screenshot") << "monitor";
        QTest::newRow("cloacina-monitor --demo --screenshot") << "monitor-demo";
    }

    void programs()
    {
        QFETCH(QString, program);
#if !defined(FOLLOW_BIN) || !defined(SIM_BIN)
        QSKIP("cloacina-follow / cloacina-sim not built");
#else
        QString monitorBin;
#ifdef MONITOR_BIN
        monitorBin = QStringLiteral(MONITOR_BIN);
#endif
        if (program.startsWith(QLatin1String("monitor")) && monitorBin.isEmpty())
            QSKIP("cloacina-monitor not built");

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("cloacina.*=true"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("CLOACINA_API_KEY"));
        env.remove(QStringLiteral("CLOACINA_SERVER_URL"));

        // A real cloacina-sim process with the distinctive key.
        QProcess sim;
        sim.setProcessEnvironment(env);
        sim.start(QStringLiteral(SIM_BIN), { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"), apiKey });
        QVERIFY(sim.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10000);
        const QString first = QString::fromUtf8(sim.readLine()).trimmed();
        const QString url = first.mid(first.indexOf(QLatin1String("http://")));
        QVERIFY2(url.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(first));

        QString exec;
        {
            CloacinaClient admin { QUrl(url) };
            admin.setApiKey(apiKey);
            const auto started = await(admin.rawRequest("POST", QStringLiteral("/_sim/executions/start"),
                QJsonObject { { QStringLiteral("workflow"), QStringLiteral("etl_daily") } }));
            QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
            exec = started.value().toObject().value(QLatin1String("execution_id")).toString();
        }
        QVERIFY(!exec.isEmpty());

        QProcess p;
        QStringList args;
        QString bin;
        const QString shot = home.path() + QStringLiteral("/shot.png");
        if (program.startsWith(QLatin1String("follow"))) {
            bin = QStringLiteral(FOLLOW_BIN);
            if (program == QLatin1String("follow-env")) {
                env.insert(QStringLiteral("CLOACINA_SERVER_URL"), url);
                env.insert(QStringLiteral("CLOACINA_API_KEY"), apiKey);
            } else if (program == QLatin1String("follow-wrong")) {
                env.insert(QStringLiteral("CLOACINA_SERVER_URL"), url);
                env.insert(QStringLiteral("CLOACINA_API_KEY"), QStringLiteral("clk_WRONG_SECRET_0d15ea5e_LEAKCHECK"));
            } else {
                QDir().mkpath(home.path() + QStringLiteral("/.cloacina"));
                QFile f(home.path() + QStringLiteral("/.cloacina/config.toml"));
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                f.write("default_profile = \"sim\"\n[profiles.sim]\nserver = \"" + url.toUtf8() + "\"\napi_key = \"" + apiKey.toUtf8() + "\"\n");
            }
            args << exec;
        } else {
            bin = monitorBin;
            if (program == QLatin1String("monitor")) {
                env.insert(QStringLiteral("CLOACINA_API_KEY"), apiKey);
                args << QStringLiteral("--server") << url;
            } else {
                args << QStringLiteral("--demo");
            }
            args << QStringLiteral("--screenshot") << shot << QStringLiteral("--screenshot-delay") << QStringLiteral("1500");
        }
        p.setProcessEnvironment(env);
        p.start(bin, args);
        QVERIFY(p.waitForStarted(5000));
        QVERIFY2(p.waitForFinished(60000), "the program did not finish in time");
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        sim.kill();
        sim.waitForFinished(5000);
        const QString simOut = QString::fromUtf8(sim.readAllStandardOutput() + sim.readAllStandardError());

        QStringList keys { apiKey, QStringLiteral("clk_WRONG_SECRET_0d15ea5e_LEAKCHECK") };
        if (program == QLatin1String("monitor-demo"))
            keys << QStringLiteral("sim-admin-key"); // the demo's in-process simulator key
        QVERIFY2(secretsIn(out, keys).isEmpty(), qPrintable(out.left(2000)));
        QVERIFY2(secretsIn(err, keys).isEmpty(), qPrintable(err.left(2000)));
        QVERIFY2(!simOut.contains(QLatin1String("token=")), qPrintable(simOut.left(2000)));
        if (program == QLatin1String("follow-env") || program == QLatin1String("follow-profile")) {
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QVERIFY2(p.exitCode() == 0 || p.exitCode() == 1, qPrintable(err.left(2000)));
            QVERIFY(out.contains(QLatin1String("event_type")));
        } else if (program == QLatin1String("follow-wrong")) {
            QCOMPARE(p.exitCode(), 2);
        } else {
            QVERIFY2(QFile::exists(shot), qPrintable(err.left(2000)));
        }
#endif
    }

    // Last: nothing in the whole run wrote a key into a file under $HOME (QSettings, caches,
    // logs), except the config.toml files this test wrote itself.
    void zz_noErrorsOrFilesCarryTheKey()
    {
        for (const Error& e : std::as_const(errors)) {
            for (const QString& text : { e.message, e.code, e.toString(), e.requestId, e.operationId })
                QVERIFY2(secretsIn(text, secrets).isEmpty(), qPrintable(text));
            for (const QString& s : std::as_const(secrets))
                QVERIFY2(!e.bodySample.contains(s.toUtf8()), e.bodySample.constData());
        }
        QVERIFY(errors.size() >= 10);
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("/.cloacina/config.toml")))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            for (const QString& s : std::as_const(secrets))
                QVERIFY2(!content.contains(s.toUtf8()), qPrintable(path));
        }
        // And no captured log line, of any category, mentions a secret.
        QVERIFY(captured.size() >= 20);
        for (const QString& line : std::as_const(captured))
            QVERIFY2(secretsIn(line, secrets).isEmpty(), qPrintable(line));
        bool sawHttpDebug = false;
        for (const QString& line : std::as_const(captured))
            sawHttpDebug = sawHttpDebug || line.startsWith(QLatin1String("cloacina.http"));
        QVERIFY2(sawHttpDebug, "debug logging was enabled, the http lines must be there");
    }
};

QTEST_GUILESS_MAIN(TstSecrets)
#include "tst_secrets.moc"

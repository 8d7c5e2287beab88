// cloacina-follow end to end: the cloacina-sim program on port 0, cloacina-follow via QProcess.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

class TstFollowCli : public QObject {
    Q_OBJECT

    QProcess m_sim;
    QUrl m_url;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_home;
    const QString m_key = QStringLiteral("cli-test-admin-key-5f3a");

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QJsonObject call(const QByteArray& method, const QString& path, const QJsonObject& body = {})
    {
        QNetworkRequest request(m_url.resolved(QUrl(path)));
        request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = m_nam.sendCustomRequest(request, method, QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    }

    void startFollow(QProcess& p, const QStringList& args, const QString& key = {}, const QUrl& server = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path()); // no profile file
        env.insert(QStringLiteral("CLOACINA_SERVER_URL"), server.isEmpty() ? m_url.toString() : server.toString());
        env.insert(QStringLiteral("CLOACINA_API_KEY"), key.isEmpty() ? m_key : key);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FOLLOW_BIN), args);
    }

    Run follow(const QStringList& args, const QString& key = {})
    {
        QProcess p;
        startFollow(p, args, key);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    //! Parses every stdout line; fails the test on a line that is not a complete event object.
    QList<QJsonObject> events(const Run& r)
    {
        QList<QJsonObject> list;
        for (const QByteArray& line : r.out.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (!doc.isObject()) {
                qWarning() << "not a JSON object:" << line;
                return {};
            }
            const QJsonObject o = doc.object();
            if (!o.value(QLatin1String("id")).isString() || !o.value(QLatin1String("event_type")).isString()
                || !o.value(QLatin1String("created_at")).isString() || !o.contains(QLatin1String("event_data"))) {
                qWarning() << "incomplete event line:" << line;
                return {};
            }
            list.append(o);
        }
        return list;
    }

    void checkNoKey(const Run& r)
    {
        QVERIFY(!r.out.contains(m_key.toUtf8()));
        QVERIFY(!r.err.contains(m_key.toUtf8()));
    }

    //! One simulated execution with \a status, created at once; its id.
    QString createExecution(const QString& status)
    {
        return call("POST", QStringLiteral("/_sim/executions"),
            { { QStringLiteral("count"), 1 }, { QStringLiteral("status"), status } })
            .value(QLatin1String("ids"))
            .toArray()
            .at(0)
            .toString();
    }

    int expectedExit(const QString& executionId)
    {
        const QString status = call("GET", QStringLiteral("/v1/tenants/public/executions/") + executionId)
                                   .value(QLatin1String("status"))
                                   .toString();
        return status == QLatin1String("Completed") ? 0 : 1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_sim.setProcessChannelMode(QProcess::SeparateChannels);
        m_sim.start(QStringLiteral(SIM_BIN),
            { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"), m_key,
                QStringLiteral("--task-ms"), QStringLiteral("30:120"), QStringLiteral("--failure-share"),
                QStringLiteral("0.5") });
        QVERIFY(m_sim.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_sim.canReadLine(), 10000);
        const QString line = QString::fromUtf8(m_sim.readLine()).trimmed();
        const int at = line.indexOf(QLatin1String("http://"));
        QVERIFY2(at >= 0, qPrintable(line));
        m_url = QUrl(line.mid(at));
        QVERIFY(m_url.port() > 0);
    }

    void cleanupTestCase()
    {
        m_sim.terminate();
        if (!m_sim.waitForFinished(5000))
            m_sim.kill();
    }

    void help()
    {
        const Run r = follow({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--server") && r.out.contains("--tenant") && r.out.contains("--profile"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no id") << QStringList();
        QTest::newRow("two ids") << QStringList { QUuid::createUuid().toString(QUuid::WithoutBraces),
            QUuid::createUuid().toString(QUuid::WithoutBraces) };
        QTest::newRow("not a uuid") << QStringList { QStringLiteral("run-42") };
        // QUuid::fromString() reads the UUID and ignores the rest: it must not pass.
        QTest::newRow("uuid followed by a path") << QStringList { QUuid::createUuid().toString(QUuid::WithoutBraces)
            + QStringLiteral("/../x") };
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate"), QStringLiteral("x") };
        QTest::newRow("missing profile") << QStringList { QStringLiteral("--profile"), QStringLiteral("nope"),
            QUuid::createUuid().toString(QUuid::WithoutBraces) };
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = follow(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        if (QByteArray(QTest::currentDataTag()).contains("uuid"))
            QVERIFY2(r.err.contains("is not an execution id"), r.err.constData()); // refused before any request
        for (const QString& arg : std::as_const(args))
            if (arg.size() > 8 && !arg.startsWith(QLatin1String("--")))
                QVERIFY2(!r.err.contains(arg.toUtf8()), r.err.constData()); // never echoed (could be a key)
        checkNoKey(r);
    }

    // Every spelling the server accepts follows the same run (the socket needs the canonical one).
    void idSpellingsFollowTheSameRun()
    {
        const QString id = createExecution(QStringLiteral("Completed"));
        QVERIFY(!id.isEmpty());
        const Run canonical = follow({ id });
        QCOMPARE(canonical.exitCode, 0);
        const QStringList spellings { id.toUpper(), QLatin1Char('{') + id.toUpper() + QLatin1Char('}'),
            QStringLiteral("urn:uuid:") + id, QString(id).remove(QLatin1Char('-')) };
        for (const QString& typed : spellings) {
            const Run r = follow({ typed });
            QVERIFY2(r.exitCode == 0, qPrintable(typed + QLatin1Char(' ') + QString::fromUtf8(r.err)));
            QCOMPARE(r.out, canonical.out);
        }
    }

    // A delivery-socket protocol error (close 4426) exits 2, as documented, although polling
    // could carry on.
    void socketProtocolErrorExitsTwo()
    {
        const QString id = createExecution(QStringLiteral("Running"));
        QVERIFY(!id.isEmpty());
        QProcess p;
        startFollow(p, { id });
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("source: live"), 20000);
        call("POST", QStringLiteral("/_sim/delivery/close"),
            { { QStringLiteral("code"), 4426 }, { QStringLiteral("recipient"), QStringLiteral("exec_events:") + id } });
        // It may have exited already while the event loop ran (waitForFinished() is then false).
        const bool exited = p.state() == QProcess::NotRunning || p.waitForFinished(20000);
        err += p.readAllStandardError();
        if (!exited)
            p.kill();
        QVERIFY2(exited, err.constData());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains("4426"), err.constData());
    }

    // A history above the response limit no longer ends in exit 2 when the socket delivered
    // every event, workflow_completed included.
    void historyTooLargeEndsWithTheRunStatus()
    {
        const QString id = call("POST", QStringLiteral("/_sim/executions/start"))
                               .value(QLatin1String("execution_id"))
                               .toString();
        QVERIFY(!id.isEmpty());
        const QString eventsPath = QStringLiteral("/v1/tenants/public/executions/%1/events").arg(id);
        call("POST", QStringLiteral("/_sim/faults"),
            { { QStringLiteral("oversize"),
                QJsonObject { { QStringLiteral("count"), -1 }, { QStringLiteral("path_prefix"), eventsPath },
                    { QStringLiteral("bytes"), 65 * 1024 * 1024 } } } }); // above the 64 MiB default
        const Run r = follow({ id });
        call("DELETE", QStringLiteral("/_sim/faults"));
        QVERIFY2(r.err.contains("response_too_large"), r.err.constData());
        QVERIFY2(r.exitCode == expectedExit(id), r.err.constData());
        const QJsonArray history = call("GET", eventsPath).value(QLatin1String("events")).toArray();
        QCOMPARE(events(r).size(), history.size()); // every event printed, by the socket
        checkNoKey(r);
    }

    // A peer that accepts TCP and never answers: the user hears about it long before the 30 s
    // request timeout.
    void silentServerIsReportedEarly()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket*> held; // accepted, never answered
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = silent.nextPendingConnection())
                held.append(s);
        });
        QProcess p;
        startFollow(p, { QUuid::createUuid().toString(QUuid::WithoutBraces) }, {},
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("no answer from"), 20000);
        QVERIFY2(!err.contains("error:"), err.constData()); // before the request timed out
        QVERIFY(err.contains("still waiting"));
        p.kill();
        p.waitForFinished();
        QVERIFY(!held.isEmpty());
    }

    void completedRunExitsZero()
    {
        const QString id = createExecution(QStringLiteral("Completed"));
        QVERIFY(!id.isEmpty());
        const Run r = follow({ id });
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> lines = events(r);
        QVERIFY(!lines.isEmpty());
        qint64 previous = -1;
        for (const QJsonObject& o : lines) {
            QVERIFY(o.contains(QLatin1String("sequence_num"))); // history rows: ordered
            QVERIFY(o.value(QLatin1String("sequence_num")).toInteger() > previous);
            previous = o.value(QLatin1String("sequence_num")).toInteger();
            QVERIFY(!o.value(QLatin1String("event_data")).isString() || o.value(QLatin1String("event_data")).toString() != QLatin1String("{}"));
        }
        QVERIFY(r.err.contains("finished: Completed"));
        checkNoKey(r);
    }

    void failedAndCancelledExitOne_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("failed") << QStringLiteral("Failed");
        QTest::newRow("cancelled") << QStringLiteral("Cancelled");
    }
    void failedAndCancelledExitOne()
    {
        QFETCH(QString, status);
        const QString id = createExecution(status);
        const Run r = follow({ QStringLiteral("--tenant"), QStringLiteral("public"), id });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(("finished: " + status).toUtf8()));
        if (status == QLatin1String("Failed")) {
            bool sawFailure = false;
            for (const QJsonObject& o : events(r))
                sawFailure = sawFailure || o.value(QLatin1String("event_type")).toString().endsWith(QLatin1String("_failed"));
            QVERIFY(sawFailure);
        }
        checkNoKey(r);
    }

    void liveRunsEndWithTheRightStatus_data()
    {
        QTest::addColumn<bool>("pushless");
        QTest::newRow("pushes") << false;
        QTest::newRow("push-less server") << true;
    }
    void liveRunsEndWithTheRightStatus()
    {
        QFETCH(bool, pushless);
        call("POST", QStringLiteral("/_sim/pushless"), { { QStringLiteral("enabled"), pushless } });
        for (int i = 0; i < 2; ++i) {
            const QString id = call("POST", QStringLiteral("/_sim/executions/start"))
                                   .value(QLatin1String("execution_id"))
                                   .toString();
            QVERIFY(!id.isEmpty());
            const Run r = follow({ id });
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
            QCOMPARE(r.exitCode, expectedExit(id));
            const QList<QJsonObject> lines = events(r);
            QVERIFY(!lines.isEmpty());
            QSet<QString> ids;
            for (const QJsonObject& o : lines)
                ids.insert(o.value(QLatin1String("id")).toString());
            QCOMPARE(ids.size(), lines.size()); // each event once
            // Every event of the history was printed.
            const QJsonArray history = call("GET", QStringLiteral("/v1/tenants/public/executions/%1/events").arg(id))
                                           .value(QLatin1String("events"))
                                           .toArray();
            QCOMPARE(lines.size(), history.size());
            const QString terminal = lines.last().value(QLatin1String("event_type")).toString();
            Q_UNUSED(terminal);
            checkNoKey(r);
        }
        call("POST", QStringLiteral("/_sim/pushless"), { { QStringLiteral("enabled"), false } });
    }

    void authAndNotFoundExitTwo()
    {
        const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Run r = follow({ unknown });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("execution_not_found") || r.err.contains("404"));
        QVERIFY(r.err.contains("request-id="));

        const QString wrongKey = QStringLiteral("wrong-key-should-never-print-7c1d");
        r = follow({ unknown }, wrongKey);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("401"));
        QVERIFY(!r.out.contains(wrongKey.toUtf8()) && !r.err.contains(wrongKey.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TstFollowCli)
#include "tst_followcli.moc"

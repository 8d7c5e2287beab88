// The C++ side of the QML module: PendingCall settlement and lifetime, Client helpers (login,
// profiles, invalid contexts), RunFollower's failure summary, and the QML monitor's options.
#include "options.h"

#include <pendingcall.h>
#include <qmlclient.h>
#include <qmlformat.h>
#include <runfollower.h>

#include <cloacina/types.h>
#include <cloacina/whenready.h>
#include <cloacinamodels/executionlistmodel.h>
#include <cloacinamodels/serversession.h>
#include <cloacinasim/simulator.h>

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "holdsfor.h"
#include <memory>

using Cloacina::Error;
using Cloacina::Qml::Client;
using Cloacina::Qml::PendingCall;

class TstQmlClient : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CloacinaSim::Simulator> m_sim;

    std::unique_ptr<Client> makeClient(const QString& key = {})
    {
        auto c = std::make_unique<Client>();
        c->setBaseUrl(m_sim->url());
        c->setTenant(QStringLiteral("public"));
        c->setApiKey(key.isNull() ? m_sim->adminKey() : key);
        return c;
    }

    //! Waits for \a call; returns the finished() arguments.
    static QList<QVariant> settle(PendingCall* call)
    {
        QSignalSpy spy(call, &PendingCall::finished);
        if (!spy.wait(10000))
            return {};
        return spy.takeFirst();
    }

private slots:
    void initTestCase()
    {
        CloacinaSim::Options options;
        options.seed = 5;
        options.taskMinMs = 30;
        options.taskMaxMs = 120;
        m_sim = std::make_unique<CloacinaSim::Simulator>(options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_sim.reset(); }

    void finishesAsynchronouslyOnceThenDeletesItself()
    {
        auto client = makeClient();
        QPointer<PendingCall> call = client->listTenants();
        QVERIFY(call);
        QCOMPARE(call->operationId(), QStringLiteral("list_tenants"));
        QVERIFY(call->isRunning());
        QCOMPARE(client->pendingCalls(), 1);
        QSignalSpy spy(call.data(), &PendingCall::finished);
        QCOMPARE(spy.count(), 0); // never synchronously
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.at(0).at(0).toBool());
        QCOMPARE(spy.at(0).at(1).metaType(), QMetaType::fromType<QStringList>());
        QCOMPARE(client->pendingCalls(), 0);
        QTRY_VERIFY(call.isNull());
        QCOMPARE(spy.count(), 1);
    }

    void failureCarriesCodeAndRequestId()
    {
        auto client = makeClient();
        const QList<QVariant> args = settle(client->getWorkflow(QStringLiteral("no_such_workflow")));
        QCOMPARE(args.size(), 3);
        QVERIFY(!args.at(0).toBool());
        const auto error = args.at(2).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Api);
        QCOMPARE(error.httpStatus, 404);
        QVERIFY(!error.code.isEmpty());
        QVERIFY(!error.requestId.isEmpty());
        QCOMPARE(error.operationId, QStringLiteral("get_workflow"));
        const QString text = Cloacina::Qml::Format().describeError(error);
        QVERIFY2(text.contains(error.code) && text.contains(error.requestId) && text.contains(QLatin1String("HTTP 404")),
            qPrintable(text));
    }

    void invalidContextSendsNothing()
    {
        auto client = makeClient();
        const qint64 before = m_sim->stats().httpRequests;
        PendingCall* call = client->executeWorkflow(QStringLiteral("etl_daily"), QStringLiteral("{nope"));
        QSignalSpy spy(call, &PendingCall::finished);
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(5000));
        const auto error = spy.at(0).at(2).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Decode);
        QCOMPARE(error.code, QStringLiteral("invalid_context"));
        QCOMPARE(error.operationId, QStringLiteral("execute_workflow"));
        QCOMPARE(m_sim->stats().httpRequests, before);
    }

    void executeSendsContext()
    {
        auto client = makeClient();
        const QList<QVariant> args = settle(client->executeWorkflow(QStringLiteral("etl_daily"), QStringLiteral("{\"k\": [1, 2]}")));
        QVERIFY2(args.value(0).toBool(), qPrintable(args.value(2).value<Error>().toString()));
        const QVariantMap value = args.at(1).toMap();
        QVERIFY(!value.value(QStringLiteral("execution_id")).toString().isEmpty());
        QCOMPARE(value.value(QStringLiteral("workflow_name")).toString(), QStringLiteral("etl_daily"));
    }

    void cancelSettlesCanceled()
    {
        auto client = makeClient();
        PendingCall* call = client->connectToServer();
        QSignalSpy spy(call, &PendingCall::finished);
        call->cancel();
        call->cancel(); // idempotent
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(2).value<Error>().kind, Error::Kind::Canceled);
    }

    void destroyingTheClientDestroysPendingCalls()
    {
        auto client = makeClient();
        QPointer<PendingCall> call = client->listWorkflows();
        QSignalSpy spy(call.data(), &PendingCall::finished);
        client.reset();
        QVERIFY(call.isNull());
        QVERIFY(CloacinaTest::holdsFor([&spy] { return spy.count() == 0; }, 50));
    }

    void connectSetsIdentity()
    {
        auto client = makeClient();
        QSignalSpy identity(client.get(), &Client::identityChanged);
        const QList<QVariant> args = settle(client->connectToServer());
        QVERIFY(args.value(0).toBool());
        const QVariantMap value = args.at(1).toMap();
        QVERIFY(!value.value(QStringLiteral("server_version")).toString().isEmpty());
        QCOMPARE(value.value(QStringLiteral("compatible")).toBool(), true);
        QVERIFY(client->isAdmin());
        QCOMPARE(client->connectionStateText(), QStringLiteral("connected"));
        QVERIFY(identity.count() >= 1);
        // A new key forgets who we were.
        client->setApiKey(QStringLiteral("other"));
        QVERIFY(client->identity().isEmpty());
        QVERIFY(client->apiKeyPlaceholder().isEmpty());
    }

    // Issue #13.3: Client holds the SDK facade instead of inheriting it; the models' `client`
    // properties take either, the connect flow is the shared ServerSession.
    void holdsTheSdkAndHandsItToModels()
    {
        auto client = makeClient();
        QVERIFY(!qobject_cast<CloacinaClient*>(client.get()));
        QVERIFY(client->sdk());
        QCOMPARE(client->property("sdk").value<QObject*>(), client->sdk());
        QCOMPARE(client->sdk()->baseUrl(), m_sim->url());
        QSignalSpy url(client.get(), &Client::baseUrlChanged);
        client->sdk()->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        QCOMPARE(url.count(), 1); // forwarded
        QCOMPARE(client->property("url").toUrl(), QUrl(QStringLiteral("http://127.0.0.1:1")));
        client->setBaseUrl(m_sim->url());

        Cloacina::ExecutionListModel list;
        QVERIFY(list.setProperty("client", QVariant::fromValue<QObject*>(client.get())));
        QCOMPARE(list.client(), client->sdk());
        Cloacina::Qml::RunFollower run;
        QVERIFY(run.setProperty("client", QVariant::fromValue<QObject*>(client.get())));
        QCOMPARE(run.client(), client->sdk());
        QVERIFY(run.setProperty("client", QVariant::fromValue<QObject*>(this))); // not a client
        QCOMPARE(run.client(), nullptr);

        QVERIFY(settle(client->connectToServer()).value(0).toBool());
        QCOMPARE(client->session()->state(), Cloacina::ServerSession::State::Connected);
        QCOMPARE(client->isAdmin(), client->session()->isAdmin());
        QCOMPARE(client->identity().value(QStringLiteral("role")).toString(), client->session()->role());
    }

    void connectCancelledAndSuperseded()
    {
        auto client = makeClient();
        PendingCall* first = client->connectToServer();
        QSignalSpy firstDone(first, &PendingCall::finished);
        PendingCall* second = client->connectToServer();
        QSignalSpy secondDone(second, &PendingCall::finished);
        QCOMPARE(firstDone.count(), 0); // never synchronously
        QVERIFY(firstDone.wait(5000));
        QCOMPARE(firstDone.at(0).at(2).value<Error>().kind, Error::Kind::Canceled);
        QVERIFY(secondDone.wait(10000));
        QVERIFY(secondDone.at(0).at(0).toBool());
        QCOMPARE(firstDone.count(), 1);

        PendingCall* third = client->connectToServer();
        QSignalSpy thirdDone(third, &PendingCall::finished);
        third->cancel();
        QCOMPARE(thirdDone.count(), 0);
        QVERIFY(thirdDone.wait(5000));
        QCOMPARE(thirdDone.at(0).at(2).value<Error>().kind, Error::Kind::Canceled);
        QTRY_COMPARE(client->pendingCalls(), 0);
    }

    void loginNeverHandsTheKeyToQml()
    {
        auto admin = makeClient();
        Cloacina::CreateAccountRequest account;
        account.username = QStringLiteral("qml-operator");
        account.password = QStringLiteral("pa55word!");
        account.role = QStringLiteral("read");
        bool created = false;
        Cloacina::whenReady(admin->sdk()->createAccount(account, QStringLiteral("public")), this,
            [&created](const Cloacina::Result<Cloacina::AccountInfo>& r) { created = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(created, 10000);

        auto client = makeClient(QStringLiteral(""));
        QVERIFY(!client->hasApiKey());
        const QList<QVariant> args = settle(client->login(account.username, account.password, QStringLiteral("public")));
        QVERIFY2(args.value(0).toBool(), qPrintable(args.value(2).value<Error>().toString()));
        const QVariantMap value = args.at(1).toMap();
        QVERIFY(!value.contains(QStringLiteral("key")));
        QCOMPARE(value.value(QStringLiteral("role")).toString(), QStringLiteral("read"));
        QVERIFY(client->hasApiKey());
        const QList<QVariant> who = settle(client->whoami());
        QVERIFY(who.value(0).toBool());

        const QList<QVariant> bad = settle(client->login(account.username, QStringLiteral("wrong")));
        QVERIFY(!bad.value(0).toBool());
        QCOMPARE(bad.at(2).value<Error>().httpStatus, 401);
    }

    void profiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("config.toml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("default_profile = \"sim\"\n\n[profiles.sim]\nserver = \"%1\"\napi_key = \"%2\"\n\n"
                                  "[profiles.broken]\nserver = \"http://127.0.0.1:1\"\napi_key = \"env:CLOACINA_QML_TEST_UNSET\"\n")
                       .arg(m_sim->url().toString(), m_sim->adminKey())
                       .toUtf8());
        file.close();

        Client client;
        QSignalSpy changed(&client, &Client::profilesChanged);
        client.setProfilesPath(path);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(client.profileNames(), (QStringList { QStringLiteral("broken"), QStringLiteral("sim") }));
        QCOMPARE(client.defaultProfile(), QStringLiteral("sim"));
        QVERIFY(client.profilesError().isEmpty());

        QVERIFY(client.applyProfile());
        QCOMPARE(client.profile(), QStringLiteral("sim"));
        QCOMPARE(client.baseUrl(), m_sim->url());
        QVERIFY(client.hasApiKey());
        QVERIFY(settle(client.connectToServer()).value(0).toBool());

        qunsetenv("CLOACINA_QML_TEST_UNSET");
        QVERIFY(!client.applyProfile(QStringLiteral("broken")));
        QVERIFY(!client.profileError().isEmpty());
        QVERIFY(!client.profileError().contains(m_sim->adminKey()));
        QCOMPARE(client.baseUrl(), m_sim->url()); // unchanged
        QVERIFY(!client.applyProfile(QStringLiteral("nope")));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[profiles.x\nserver = 3\n");
        file.close();
        client.reloadProfiles();
        QVERIFY(client.profileNames().isEmpty());
        QVERIFY(client.profilesError().contains(QLatin1String("config.toml")));

        client.setProfilesPath(dir.filePath(QStringLiteral("missing.toml")));
        QVERIFY(client.profileNames().isEmpty());
        QVERIFY(client.profilesError().isEmpty()); // a missing file is not an error
    }

    void runFollowerSummarisesTheFailure()
    {
        auto client = makeClient();
        const QString id = m_sim->createExecutions(1, QStringLiteral("Failed"), QStringLiteral("etl_daily")).constFirst();
        Cloacina::Qml::RunFollower run;
        run.setClientObject(client.get()); // the Client, as QML assigns it
        QSignalSpy finished(&run, &Cloacina::RunSession::finished);
        run.open(id, QStringLiteral("public"), QStringLiteral("etl_daily"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(run.status(), QStringLiteral("Failed"));
        QVERIFY(run.isTerminal());
        QTRY_VERIFY(!run.failingError().isEmpty());
        QVERIFY(!run.failingTask().isEmpty());
        QVERIFY(!run.failingTask().contains(QLatin1String("::")));

        const int all = run.filteredEvents()->rowCount();
        QVERIFY(all > 0);
        run.setFailuresOnly(true);
        QVERIFY(run.filteredEvents()->rowCount() > 0);
        QVERIFY(run.filteredEvents()->rowCount() < all);
        run.setFailuresOnly(false);
        run.setFilterText(QStringLiteral("no event says this"));
        QCOMPARE(run.filteredEvents()->rowCount(), 0);

        run.close();
        QVERIFY(run.failingError().isEmpty());
    }

    void options_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<int>("delay");
        const QString p = QStringLiteral("cloacina-monitor-qml");
        QTest::newRow("none") << QStringList { p } << true << false << QString() << "public" << 3000;
        QTest::newRow("demo") << QStringList { p, "--demo", "--screenshot", "x.png", "--screenshot-delay", "500" } << true << true << QString() << "public" << 500;
        QTest::newRow("server") << QStringList { p, "--server", "http://h:1", "--tenant", "acme" } << true << false << "http://h:1"
                                << "acme" << 3000;
        QTest::newRow("bad scheme") << QStringList { p, "--server", "ftp://h" } << false << false << "ftp://h"
                                    << "public" << 3000;
        QTest::newRow("demo+server") << QStringList { p, "--demo", "--server", "http://h:1" } << false << true << "http://h:1"
                                     << "public" << 3000;
        QTest::newRow("bad delay") << QStringList { p, "--screenshot-delay", "soon" } << false << false << QString() << "public" << 0;
    }

    void options()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, valid);
        QFETCH(bool, demo);
        QFETCH(QString, server);
        QFETCH(QString, tenant);
        QFETCH(int, delay);
        const auto o = Cloacina::QmlMonitor::parseOptions(args);
        QCOMPARE(o.error.isEmpty(), valid);
        QCOMPARE(o.demo, demo);
        QCOMPARE(o.server.toString(), server);
        QCOMPARE(o.tenant, tenant);
        if (valid)
            QCOMPARE(o.screenshotDelayMs, delay);
    }
};

QTEST_MAIN(TstQmlClient)
#include "tst_qmlclient.moc"

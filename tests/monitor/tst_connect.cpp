// The Connect dialog and the keychain, driven through the real MainWindow against the in-process
// simulator (offscreen).
//
// Registered twice (tests/monitor/CMakeLists.txt):
//   monitor_connect   — no keychain service reachable: keys stay in memory, the user is told so;
//   monitor_keychain  — inside a private D-Bus session with an unlocked gnome-keyring
//                       (with-keychain.sh, CLOACINA_TEST_KEYCHAIN=1): the key round-trips
//                       through the Secret Service and never reaches QSettings.
#include "connectdialog.h"
#include "mainwindow.h"
#include "monitorapp.h"
#include "secretstore.h"

#include <cloacina/cloacinaclient.h>
#include <cloacinamodels/executionlistmodel.h>
#include <cloacinasim/simulator.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Cloacina;
using namespace Cloacina::Monitor;

namespace {

bool keychainExpected() { return qEnvironmentVariableIntValue("CLOACINA_TEST_KEYCHAIN") == 1; }

QPushButton* connectButton(ConnectDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

template <typename Widget = QLineEdit>
Widget* field(QWidget& dialog, const char* name)
{
    return dialog.findChild<Widget*>(QLatin1String(name));
}

struct Entry {
    bool found = false;
    QString secret;
    QString error;
};

// One keychain read, waited for (SecretStore settles every call once, fast).
Entry readEntry(SecretStore& store, const QString& key)
{
    Entry entry;
    bool settled = false;
    store.read(key, [&](bool ok, const QString& secret, const QString& error) {
        entry = { ok, secret, error };
        settled = true;
    });
    if (!QTest::qWaitFor([&settled] { return settled; }, 5000))
        entry.error = QStringLiteral("the keychain read did not settle within 5 s");
    return entry;
}

QString settingsFileText()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestConnect : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    const QString m_key = QStringLiteral("clk_connect_test_0123456789abcdef");

    static QLineEdit* urlField(ConnectDialog& d) { return field(d, "url"); }
    static QLineEdit* tenantField(ConnectDialog& d) { return field(d, "tenant"); }
    static QLineEdit* keyField(ConnectDialog& d) { return field(d, "apiKey"); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // cloacinactl profiles are read from $HOME/.cloacina/config.toml.
        qputenv("HOME", m_home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("cloacina-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connect"));
        QSettings().clear();

        CloacinaSim::Options options;
        options.workload = false;
        options.strictTenantMatch = false;
        m_sim = std::make_unique<CloacinaSim::Simulator>(options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_sim->createExecutions(3, QStringLiteral("Failed"));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        m_sim.reset();
    }

    void fieldsStartEmptyAndTheKeyIsMasked()
    {
        SecretStore store;
        ConnectDialog dialog(&store);
        QVERIFY(urlField(dialog)->text().isEmpty());
        QCOMPARE(tenantField(dialog)->text(), QStringLiteral("public"));
        QCOMPARE(keyField(dialog)->echoMode(), QLineEdit::Password);
    }

    void connectNeedsAnHttpUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("empty") << "" << false;
        QTest::newRow("ftp") << "ftp://example.com" << false;
        QTest::newRow("http") << "http://127.0.0.1:8080" << true;
        QTest::newRow("https") << "https://cloacina.example.com" << true;
        QTest::newRow("bare host") << "cloacina.example.com:8080" << true;
    }

    void connectNeedsAnHttpUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, enabled);
        SecretStore store;
        ConnectDialog dialog(&store);
        urlField(dialog)->setText(url);
        QCOMPARE(connectButton(dialog)->isEnabled(), enabled);
    }

    void settingsComeFromTheFields()
    {
        SecretStore store;
        ConnectDialog dialog(&store);
        urlField(dialog)->setText(QStringLiteral(" http://127.0.0.1:9 "));
        tenantField(dialog)->setText(QStringLiteral("  "));
        keyField(dialog)->setText(QStringLiteral("  %1 ").arg(m_key));
        QCOMPARE(dialog.settings().url, QUrl(QStringLiteral("http://127.0.0.1:9")));
        QCOMPARE(dialog.settings().tenant, QStringLiteral("public")); // blank means the default tenant
        QCOMPARE(dialog.apiKey(), m_key);
        QVERIFY(dialog.rememberKey());
        QVERIFY(!dialog.useLogin());

        field<QTabWidget>(dialog, "auth")->setCurrentIndex(1);
        QVERIFY(dialog.useLogin());
        QVERIFY(!dialog.rememberKey()); // a minted session key is never stored
    }

    void profilesFillUrlAndKey()
    {
        QDir(m_home.path()).mkpath(QStringLiteral(".cloacina"));
        QFile config(m_home.filePath(QStringLiteral(".cloacina/config.toml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("default_profile = \"prod\"\n"
                     "[profiles.prod]\nserver = \"http://prod.example.com:8080\"\n"
                     "api_key = \"env:TST_CONNECT_PROD_KEY\"\n");
        config.close();
        qputenv("TST_CONNECT_PROD_KEY", m_key.toUtf8());

        SecretStore store;
        ConnectDialog dialog(&store);
        auto* profiles = field<QComboBox>(dialog, "profiles");
        QCOMPARE(profiles->count(), 2);
        QCOMPARE(profiles->itemData(1).toString(), QStringLiteral("prod"));
        QVERIFY(profiles->itemText(1).contains(QStringLiteral("default")));
        // The default profile is preselected and applied: nothing to pick for the usual case.
        QCOMPARE(profiles->currentIndex(), 1);
        QCOMPARE(urlField(dialog)->text(), QStringLiteral("http://prod.example.com:8080"));
        QCOMPARE(dialog.apiKey(), m_key);
        profiles->setCurrentIndex(0);
        emit profiles->activated(0);
        profiles->setCurrentIndex(1);
        emit profiles->activated(1);
        QCOMPARE(urlField(dialog)->text(), QStringLiteral("http://prod.example.com:8080"));
        QCOMPARE(dialog.apiKey(), m_key);
        QVERIFY(!dialog.rememberKey()); // the profile already holds the key
        QCOMPARE(dialog.settings().profile, QStringLiteral("prod"));

        // A broken file is shown in the dialog with its file, line and column.
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write("default_profile = \"prod\"\n[profiles.prod]\nserver = http://x\n");
        config.close();
        ConnectDialog broken(&store);
        auto* notice = broken.findChild<QLabel*>(QStringLiteral("notice"));
        QVERIFY(notice && !notice->isHidden());
        QVERIFY2(notice->text().contains(config.fileName() + QStringLiteral(":3:")), qPrintable(notice->text()));
        QFile::remove(config.fileName());
    }

    // Issue #16.5: a refused key keeps the dialog open with the reason; a good one closes it.
    void badKeyKeepsTheDialogOpen()
    {
        SecretStore store;
        ConnectDialog dialog(&store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        urlField(dialog)->setText(m_sim->url().toString());
        tenantField(dialog)->setText(QStringLiteral("public"));
        keyField(dialog)->setText(QStringLiteral("not-a-key"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.checkErrorLabel()->isVisible(), 10000);
        QVERIFY2(dialog.checkErrorLabel()->text().contains(QStringLiteral("401")), qPrintable(dialog.checkErrorLabel()->text()));
        QVERIFY(dialog.checkErrorLabel()->text().contains(QStringLiteral("refused")));
        QVERIFY(!dialog.checkErrorLabel()->text().contains(QStringLiteral("not-a-key")));
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(connectButton(dialog)->isEnabled());
        keyField(dialog)->setText(m_sim->adminKey());
        QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 10000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void profileOptionConnectsAndBeatsTheEnvironment()
    {
        // cloacina-monitor --profile ops: the profile's server and key, though CLOACINA_API_KEY
        // is exported (explicit beats implicit).
        QDir(m_home.path()).mkpath(QStringLiteral(".cloacina"));
        QFile config(m_home.filePath(QStringLiteral(".cloacina/config.toml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("[profiles.ops]\nserver = \"%1\"\napi_key = \"%2\"\n")
                         .arg(m_sim->url().toString(), m_sim->adminKey())
                         .toUtf8());
        config.close();
        qputenv("CLOACINA_API_KEY", "wrong-key-from-the-environment");
        MonitorOptions options;
        QString error;
        QVERIFY2(MonitorOptions::parse({ QStringLiteral("cloacina-monitor"), QStringLiteral("--profile"), QStringLiteral("ops") }, &options, &error),
            qPrintable(error));
        QCOMPARE(options.profile, QStringLiteral("ops"));
        MonitorApp app(options);
        QVERIFY(app.start());
        QTRY_COMPARE_WITH_TIMEOUT(app.window()->executions()->rowCount(), 3, 10000);
        qunsetenv("CLOACINA_API_KEY");
        QFile::remove(config.fileName());

        MonitorOptions missing;
        missing.profile = QStringLiteral("absent");
        MonitorApp failing(missing);
        QVERIFY(!failing.start());
        QSettings().clear();
    }

    void connectThroughTheDialog()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* connectAction = nullptr;
        for (QAction* a : window.findChildren<QAction*>())
            if (a->text() == MainWindow::tr("&Connect…"))
                connectAction = a;
        QVERIFY(connectAction);

        // The dialog is modal: fill it in once it is shown, as a user would.
        bool filled = false;
        QTimer::singleShot(0, &window, [&] {
            auto* dialog = qobject_cast<ConnectDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            urlField(*dialog)->setText(m_sim->url().toString());
            tenantField(*dialog)->setText(QStringLiteral("public"));
            keyField(*dialog)->setText(m_sim->adminKey());
            filled = true;
            QTest::mouseClick(connectButton(*dialog), Qt::LeftButton);
        });
        connectAction->trigger();
        QVERIFY(filled);
        QTRY_COMPARE_WITH_TIMEOUT(window.executions()->rowCount(), 3, 10000);

        // The connection is remembered, the key is not.
        const QList<ConnectionSettings> recent = ConnectDialog::recent();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.first().url, m_sim->url());
        QVERIFY(!settingsFileText().isEmpty());
        QVERIFY2(!settingsFileText().contains(m_sim->adminKey()), "the API key reached QSettings");

        const QString entry = SecretStore::keyFor(m_sim->url().toString(), QStringLiteral("public"));
        SecretStore store;
        // The window's own write may still be in flight: read until the entry appears (or, with
        // no keychain, until the read fails).
        Entry read;
        // Not asserted here: a read that never succeeds is reported below, with its error.
        (void)QTest::qWaitFor([&] {
            read = readEntry(store, entry);
            return read.found || !keychainExpected();
        },
            10000);

        if (keychainExpected()) {
            QVERIFY2(read.found, qPrintable(read.error));
            QCOMPARE(read.secret, m_sim->adminKey());
            QVERIFY(store.isAvailable());
            // A new dialog picking the recent connection gets the key back from the keychain.
            ConnectDialog dialog(&store);
            auto* recentBox = field<QComboBox>(dialog, "recent");
            QVERIFY(recentBox->count() >= 2);
            emit recentBox->activated(1);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.apiKey(), m_sim->adminKey(), 5000);
            store.remove(entry);
            QTRY_VERIFY_WITH_TIMEOUT(!readEntry(store, entry).found, 5000);
        } else {
            // No Secret Service: fast, typed failure, the user is told, and the app still runs.
            QVERIFY(!read.found);
            QVERIFY(!read.error.isEmpty());
            QVERIFY(!store.isAvailable());
            QVERIFY(!read.error.contains(m_sim->adminKey()));
            QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(MainWindow::tr("not stored")), 5000);
            QVERIFY(!window.statusBar()->currentMessage().contains(m_sim->adminKey()));
            ConnectDialog dialog(&store);
            QVERIFY2(field<QLabel>(dialog, "notice")->text().contains(QStringLiteral("memory only")),
                "the dialog does not say that keys are not remembered");
        }
    }
};

QTEST_MAIN(TestConnect)
#include "tst_connect.moc"

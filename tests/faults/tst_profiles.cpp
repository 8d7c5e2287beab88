// cloacinactl config.toml profiles and the TOML subset parser (label: faults).
#include <cloacina/cloacinaclient.h>
#include <cloacina/profiles.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Cloacina;

class TstProfiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cliWrittenFile()
    {
        // As `cloacinactl config profile set` writes it (toml::to_string_pretty), with the
        // CLI's other sections.
        QFile file(QFINDTESTDATA("data/cli-config.toml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const Profiles profiles = Profiles::parse(text, QStringLiteral("config.toml"));
        QVERIFY2(profiles.isValid(), qPrintable(profiles.error().toString()));
        QCOMPARE(profiles.names(), (QStringList { QStringLiteral("local"), QStringLiteral("prod"), QStringLiteral("team a") }));
        QCOMPARE(profiles.defaultProfileName(), QStringLiteral("prod"));
        QCOMPARE(profiles.defaultProfile()->server, QStringLiteral("https://cloacina.example.com"));
        QCOMPARE(profiles.profile(QStringLiteral("team a"))->server, QStringLiteral("https://a.example.com/prefix"));

        const Profile local = *profiles.profile(QStringLiteral("local"));
        QCOMPARE(*local.resolveApiKey(), QStringLiteral("clk_literal_key"));

        ProfileError error;
        const Profile prod = *profiles.select({}, &error);
        qunsetenv("CLOACINA_TEST_PROD_KEY");
        QVERIFY(!prod.resolveApiKey(&error));
        QCOMPARE(error.kind, ProfileError::Kind::ApiKey);
        qputenv("CLOACINA_TEST_PROD_KEY", "from-env");
        QCOMPARE(*prod.resolveApiKey(), QStringLiteral("from-env"));

        CloacinaClient client;
        QVERIFY(client.applyProfile(prod));
        QCOMPARE(client.baseUrl(), QUrl(QStringLiteral("https://cloacina.example.com")));
        QVERIFY(client.hasApiKey());

        QVERIFY(!client.applyProfile(*profiles.profile(QStringLiteral("team a")), &error));
        QCOMPARE(error.kind, ProfileError::Kind::ApiKey);
        QVERIFY(!profiles.select(QStringLiteral("nope"), &error));
        QCOMPARE(error.kind, ProfileError::Kind::NoSuchProfile);
    }

    void fileKeyAndLoad()
    {
        QTemporaryDir dir;
        QFile key(dir.filePath(QStringLiteral("key")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("\n   secret-from-file  \nsecond line\n");
        key.close();
        QFile config(dir.filePath(QStringLiteral("config.toml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("default_profile = \"f\"\n[profiles.f]\nserver = \"http://h:1\"\napi_key = \"file:%1\"\n")
                         .arg(key.fileName()).toUtf8());
        config.close();
        const Profiles profiles = Profiles::load(config.fileName());
        QVERIFY2(profiles.isValid(), qPrintable(profiles.error().toString()));
        QCOMPARE(*profiles.defaultProfile()->resolveApiKey(), QStringLiteral("secret-from-file"));

        const Profiles missing = Profiles::load(dir.filePath(QStringLiteral("absent.toml")));
        QCOMPARE(missing.error().kind, ProfileError::Kind::FileNotFound);
        QVERIFY(missing.names().isEmpty());
        QVERIFY(Profiles::defaultPath().endsWith(QStringLiteral("/.cloacina/config.toml")));
    }

    void keyringRefused()
    {
        Profile p { QStringLiteral("k"), QStringLiteral("http://h"), QStringLiteral("keyring:x") };
        ProfileError error;
        QVERIFY(!p.resolveApiKey(&error));
        QCOMPARE(error.kind, ProfileError::Kind::ApiKey);
    }

    void badServerUrl()
    {
        Profile p { QStringLiteral("p"), QStringLiteral("ftp://h"), QStringLiteral("k") };
        CloacinaClient client;
        ProfileError error;
        QVERIFY(!client.applyProfile(p, &error));
        QCOMPARE(error.kind, ProfileError::Kind::BadServerUrl);
        QVERIFY(!client.hasApiKey());
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("unterminated string") << QStringLiteral("a = 1\nb = \"oops\n") << 2;
        QTest::newRow("duplicate key") << QStringLiteral("a = 1\n\na = 2\n") << 3;
        QTest::newRow("duplicate table") << QStringLiteral("[x]\n[x]\n") << 2;
        QTest::newRow("array of tables") << QStringLiteral("\n\n[[x]]\n") << 3;
        QTest::newRow("date") << QStringLiteral("d = 1979-05-27\n") << 1;
        QTest::newRow("hex") << QStringLiteral("n = 0xff\n") << 1;
        QTest::newRow("missing value") << QStringLiteral("k =\n") << 1;
        QTest::newRow("trailing junk") << QStringLiteral("k = 1 2\n") << 1;
        QTest::newRow("bad escape") << QStringLiteral("k = \"\\q\"\n") << 1;
        QTest::newRow("unclosed array") << QStringLiteral("k = [1,\n2\n") << 3;
        QTest::newRow("key then value clash") << QStringLiteral("a = 1\n[a]\n") << 2;
        QTest::newRow("leading zero") << QStringLiteral("n = 012\n") << 1;
    }

    void syntaxErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        const Profiles profiles = Profiles::parse(text, QStringLiteral("c.toml"));
        QCOMPARE(profiles.error().kind, ProfileError::Kind::Syntax);
        QCOMPARE(profiles.error().line, line);
        QVERIFY(profiles.error().column > 0);
        QVERIFY(profiles.error().toString().startsWith(QStringLiteral("c.toml:%1:").arg(line)));
    }

    void schemaErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("server not string") << QStringLiteral("[profiles.a]\nserver = 3\napi_key = \"k\"\n");
        QTest::newRow("missing key") << QStringLiteral("[profiles.a]\nserver = \"http://h\"\n");
        QTest::newRow("default not string") << QStringLiteral("default_profile = true\n");
        QTest::newRow("profiles not table") << QStringLiteral("profiles = 1\n");
    }

    void schemaErrors()
    {
        QFETCH(QString, text);
        const Profiles profiles = Profiles::parse(text);
        QCOMPARE(profiles.error().kind, ProfileError::Kind::Schema);
        QVERIFY(profiles.names().isEmpty());
    }

    void tomlSubset()
    {
        const QString text = QStringLiteral(
            "# comment\n"
            "a.b.c = 'lit\\eral'   # trailing comment\n"
            "\"quoted key\" = \"tab\\there \\u00e9\"\n"
            "num = -1_000\n"
            "f = 3.5e2\n"
            "t = true\n"
            "inline = { x = 1, y = \"z\" }\n"
            "ml = \"\"\"\nline1\nline2\"\"\"\n"
            "[profiles.p]\n"
            "server = \"http://h\"\n"
            "api_key = \"\"\"k\"\"\"\n");
        const Profiles profiles = Profiles::parse(text);
        QVERIFY2(profiles.isValid(), qPrintable(profiles.error().toString()));
        QCOMPARE(profiles.profile(QStringLiteral("p"))->apiKeyReference, QStringLiteral("k"));
    }
};

QTEST_GUILESS_MAIN(TstProfiles)
#include "tst_profiles.moc"

// cloacinactl config.toml profiles and the TOML subset parser (label: faults).
#include <cloacina/cloacinaclient.h>
#include <cloacina/profiles.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Cloacina;

namespace {

// Two profiles, "d" the default. Keys are literals, except where a test overrides them.
QString writeConfig(const QTemporaryDir& dir, const QString& text)
{
    const QString path = dir.filePath(QStringLiteral("config.toml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(text.toUtf8());
    return path;
}

const QString twoProfiles = QStringLiteral(
    "default_profile = \"d\"\n"
    "[profiles.d]\nserver = \"http://default.example:1\"\napi_key = \"key-of-d\"\n"
    "[profiles.n]\nserver = \"http://named.example:2\"\napi_key = \"key-of-n\"\n");

} // namespace

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
                         .arg(key.fileName())
                         .toUtf8());
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
        QTest::newRow("missing value") << QStringLiteral("k =\n") << 1;
        QTest::newRow("trailing junk") << QStringLiteral("k = 1 2\n") << 1;
        QTest::newRow("bad escape") << QStringLiteral("k = \"\\q\"\n") << 1;
        QTest::newRow("unclosed array") << QStringLiteral("k = [1,\n2\n") << 2;
        QTest::newRow("key then value clash") << QStringLiteral("a = 1\n[a]\n") << 2;
        QTest::newRow("leading zero") << QStringLiteral("n = 012\n") << 1;
        QTest::newRow("table after array of tables") << QStringLiteral("[[x]]\n[x]\n") << 2;
        QTest::newRow("bad date") << QStringLiteral("a = 1\nd = 1979-13-45\n") << 2;
        // Non-ASCII outside strings: refused before toml++ 3.3 sees it (its whitespace table
        // reaches __builtin_unreachable for U+00A1…U+0499; fuzz_toml found it).
        QTest::newRow("non-ASCII in a key") << QStringLiteral("a = 1\nclé = 2\n") << 2;
        QTest::newRow("non-ASCII in a header") << QStringLiteral("[a\u0499]\n") << 1;
        QTest::newRow("non-ASCII after a value") << QStringLiteral("\n\na = 1 \u00e9\n") << 3;
        QTest::newRow("non-ASCII escape in a multi-line string") << QStringLiteral("a = \"\"\"x\\\u00e9\"\"\"\n") << 1;
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

    void fullToml()
    {
        // Valid TOML 1.0 that cloacinactl (serde + toml) writes or accepts and the old
        // hand-written subset parser refused: dates, hex/octal/binary, inf, arrays of tables.
        const QString text = QStringLiteral(
            "[daemon]\nlast_seen = 1979-05-27T07:32:00-08:00\nday = 1979-05-27\nat = 07:32:00\n"
            "local = 1979-05-27T07:32:00\nmask = 0xff\nmode = 0o755\nbits = 0b101\nlimit = inf\n"
            "[[watch.dirs]]\npath = \"/a\"\n[[watch.dirs]]\npath = \"/b\"\n"
            "[profiles.p]\nserver = \"http://h\"\napi_key = \"k\"\n");
        const Profiles profiles = Profiles::parse(text, QStringLiteral("c.toml"));
        QVERIFY2(profiles.isValid(), qPrintable(profiles.error().toString()));
        QCOMPARE(profiles.names(), QStringList { QStringLiteral("p") });

        // Non-ASCII where TOML allows it: strings (every kind) and comments.
        const QString unicode = QStringLiteral(
            "# Grüße, ҙ\n"
            "a = \"é # not a comment\"\nb = 'ҙ'\nc = \"\"\"\nü\"\"\"\"\nd = '''ö'''\n"
            "e = \"\"\"x \\\n   y\"\"\"\n\"ключ\" = 1\n"
            "[profiles.\"prod ü\"] # é\nserver = \"http://h\"\napi_key = \"k\"\n");
        const Profiles withUnicode = Profiles::parse(unicode, QStringLiteral("u.toml"));
        QVERIFY2(withUnicode.isValid(), qPrintable(withUnicode.error().toString()));
        QCOMPARE(withUnicode.names(), QStringList { QStringLiteral("prod ü") });
    }

    void deepNestingIsAnError()
    {
        // F2 of docs/RELIABILITY.md: 100 000 nested arrays or inline tables (100 KB) must give a
        // syntax error, not a stack overflow.
        const QString arrays = QStringLiteral("a = ") + QString(100000, QLatin1Char('['));
        QString tables = QStringLiteral("a = ");
        for (int i = 0; i < 100000; ++i)
            tables += QStringLiteral("{b=");
        for (const QString& text : { arrays, tables }) {
            const Profiles profiles = Profiles::parse(text, QStringLiteral("deep.toml"));
            QCOMPARE(profiles.error().kind, ProfileError::Kind::Syntax);
            QCOMPARE(profiles.error().line, 1);
        }
    }

    void fuzzFindingsAreSyntaxErrors_data()
    {
        // fuzz_toml findings in toml++ 3.3.0 (also in fuzz/regressions/fuzz_toml/): non-ASCII
        // where toml++ asks "is this whitespace?" reaches __builtin_unreachable.
        QTest::addColumn<QByteArray>("base64");
        QTest::newRow("in a header") << QByteArray("W2HSmdHVYyBkXQqIAAAAAA==");
        QTest::newRow("in a value scan") << QByteArray(
            "ZGFsID0gNwAAACJsdC//AAAAAAD//zoAAAAAAAD/1wD///8bGxsbGxsAAAAAAAAAAAAAAAAAAAAAAP/////3/////9CampplZWVlZWUAAAAAAAAAAABl"
            "ZWVlZWVlZWVlZWVlZWVlZWVlZWVlZWVlZWVlZWVlZWVlZWVlZWVlZWVlZWVlZWVlZWVlZWVlZQAAAAAAAP/XAP///xsbGxsbGxsbGxsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==");
        QTest::newRow("quote inside a bare value") << QByteArray("YSA9IDcuIsOpIgo="); // a = 7."é"
        QTest::newRow("date, space, time") << QByteArray("ZCA9IDE5NzktMDUtMjcgMDc6M8OpCg=="); // d = 1979-05-27 07:3é
    }

    void fuzzFindingsAreSyntaxErrors()
    {
        QFETCH(QByteArray, base64);
        const Profiles profiles = Profiles::parse(QString::fromUtf8(QByteArray::fromBase64(base64)), QStringLiteral("f.toml"));
        QCOMPARE(profiles.error().kind, ProfileError::Kind::Syntax);
        QVERIFY(profiles.error().line >= 1);
    }

    void keyShapedReferencesAreNotPrinted_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("shown"); // expected in the message; empty: nothing of it
        const QString key = QStringLiteral("clk_Zx81bQ-4fJk2LmN0pQrS7tUvWxYz12AbCdEfGhIjKl");
        QTest::newRow("env: a variable name") << QStringLiteral("env:CLOACINA_TEST_UNSET_VAR") << QStringLiteral("CLOACINA_TEST_UNSET_VAR");
        QTest::newRow("env: a pasted key") << QStringLiteral("env:") + key << QString();
        QTest::newRow("env: a key without prefix") << QStringLiteral("env:Zx81bQ4fJk2LmN0pQrS7tUvWxYz") << QString();
        QTest::newRow("file: a path") << QStringLiteral("file:/nonexistent/cloacina/key") << QStringLiteral("/nonexistent/cloacina/key");
        QTest::newRow("file: a pasted key") << QStringLiteral("file:") + key << QString();
        QTest::newRow("file: a key with a slash") << QStringLiteral("file:/Zx81bQ4fJk2LmN0pQ/rS7tUvWxYz12AbCdEf") << QString();
    }

    void keyShapedReferencesAreNotPrinted()
    {
        QFETCH(QString, reference);
        QFETCH(QString, shown);
        qunsetenv("CLOACINA_TEST_UNSET_VAR");
        const Profile p { QStringLiteral("p"), QStringLiteral("http://h"), reference };
        ProfileError error;
        QVERIFY(!p.resolveApiKey(&error));
        QCOMPARE(error.kind, ProfileError::Kind::ApiKey);
        const QString value = reference.mid(reference.indexOf(QLatin1Char(':')) + 1);
        if (shown.isEmpty()) {
            QVERIFY2(!error.toString().contains(value), qPrintable(error.toString()));
            QVERIFY2(!error.toString().contains(value.left(12)), qPrintable(error.toString()));
        } else {
            QVERIFY2(error.toString().contains(shown), qPrintable(error.toString()));
        }
    }

    void precedence_data()
    {
        QTest::addColumn<QString>("serverFlag");
        QTest::addColumn<QString>("profileFlag");
        QTest::addColumn<QString>("envServer");
        QTest::addColumn<QString>("envKey");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("profile");
        const QString envUrl = QStringLiteral("http://env.example:3");
        const QString flagUrl = QStringLiteral("http://flag.example:4");
        QTest::newRow("named profile beats the environment") << QString() << QStringLiteral("n") << envUrl << QStringLiteral("env-key")
                                                             << QStringLiteral("http://named.example:2") << QStringLiteral("key-of-n") << QStringLiteral("n");
        QTest::newRow("flag beats named profile") << flagUrl << QStringLiteral("n") << envUrl << QStringLiteral("env-key")
                                                  << flagUrl << QStringLiteral("key-of-n") << QStringLiteral("n");
        QTest::newRow("environment beats default profile") << QString() << QString() << envUrl << QStringLiteral("env-key")
                                                           << envUrl << QStringLiteral("env-key") << QString();
        QTest::newRow("default profile fills the gaps") << QString() << QString() << QString() << QString()
                                                        << QStringLiteral("http://default.example:1") << QStringLiteral("key-of-d") << QStringLiteral("d");
        QTest::newRow("flag + default profile's key") << flagUrl << QString() << QString() << QString()
                                                      << flagUrl << QStringLiteral("key-of-d") << QStringLiteral("d");
        QTest::newRow("env server + default profile's key") << QString() << QString() << envUrl << QString()
                                                            << envUrl << QStringLiteral("key-of-d") << QStringLiteral("d");
    }

    void precedence()
    {
        QFETCH(QString, serverFlag);
        QFETCH(QString, profileFlag);
        QFETCH(QString, envServer);
        QFETCH(QString, envKey);
        QTemporaryDir dir;
        ConnectionSources sources { serverFlag, profileFlag, envServer, envKey, writeConfig(dir, twoProfiles) };
        ProfileError error;
        const std::optional<ResolvedConnection> c = resolveConnection(sources, &error);
        QVERIFY2(c, qPrintable(error.toString()));
        QTEST(c->server.toString(), "server");
        QTEST(c->apiKey, "key");
        QTEST(c->profileName, "profile");
        QVERIFY(c->configWarning.isEmpty());
    }

    void brokenConfigIsReportedWithPosition()
    {
        QTemporaryDir dir;
        const QString path = writeConfig(dir, QStringLiteral("default_profile = \"d\"\n[profiles.d]\nserver = http://x\n"));
        ProfileError error;
        // Needed (nothing else configured), with or without --profile: an error at 3:10.
        for (const QString& named : { QString(), QStringLiteral("d") }) {
            ConnectionSources sources { {}, named, {}, {}, path };
            QVERIFY(!resolveConnection(sources, &error));
            QCOMPARE(error.kind, ProfileError::Kind::Syntax);
            QVERIFY2(error.toString().startsWith(path + QStringLiteral(":3:")), qPrintable(error.toString()));
        }
        // Not needed (the environment has both): connects, and says the file was ignored.
        ConnectionSources sources { {}, {}, QStringLiteral("http://env:1"), QStringLiteral("k"), path };
        const std::optional<ResolvedConnection> c = resolveConnection(sources, &error);
        QVERIFY2(c, qPrintable(error.toString()));
        QVERIFY2(c->configWarning.startsWith(path + QStringLiteral(":3:")), qPrintable(c->configWarning));
    }

    void resolveErrors()
    {
        QTemporaryDir dir;
        const QString path = writeConfig(dir, twoProfiles);
        ProfileError error;
        QVERIFY(!resolveConnection({ {}, QStringLiteral("nope"), QStringLiteral("http://e:1"), QStringLiteral("k"), path }, &error));
        QCOMPARE(error.kind, ProfileError::Kind::NoSuchProfile);
        const QString absent = dir.filePath(QStringLiteral("absent.toml"));
        QVERIFY(!resolveConnection({ {}, {}, {}, QStringLiteral("k"), absent }, &error));
        QCOMPARE(error.kind, ProfileError::Kind::NotConfigured);
        QVERIFY(!resolveConnection({ {}, {}, QStringLiteral("http://e:1"), {}, absent }, &error));
        QCOMPARE(error.kind, ProfileError::Kind::NotConfigured);
        QVERIFY(!resolveConnection({ QStringLiteral("ftp://x"), {}, {}, QStringLiteral("k"), absent }, &error));
        QCOMPARE(error.kind, ProfileError::Kind::BadServerUrl);
        QVERIFY(error.message.contains(QStringLiteral("--server")));
        // An unset default_profile naming nothing, with the environment complete: fine.
        QVERIFY(resolveConnection({ {}, {}, QStringLiteral("http://e:1"), QStringLiteral("k"), absent }, &error));
    }

    void clientFromProfileInOneCall()
    {
        QTemporaryDir dir;
        const QString path = writeConfig(dir, twoProfiles);
        QObject parent;
        CloacinaClient* client = clientFromProfile(QStringLiteral("n"), &parent, nullptr, path);
        QVERIFY(client);
        QCOMPARE(client->parent(), &parent);
        QCOMPARE(client->baseUrl(), QUrl(QStringLiteral("http://named.example:2")));
        QVERIFY(client->hasApiKey());
        CloacinaClient* byDefault = clientFromProfile({}, &parent, nullptr, path);
        QVERIFY(byDefault);
        QCOMPARE(byDefault->baseUrl(), QUrl(QStringLiteral("http://default.example:1")));
        ProfileError error;
        QVERIFY(!clientFromProfile(QStringLiteral("nope"), &parent, &error, path));
        QCOMPARE(error.kind, ProfileError::Kind::NoSuchProfile);
    }

#ifdef FOLLOW_BIN
    // cloacina-follow end to end: with --profile, an exported CLOACINA_SERVER_URL/API_KEY no
    // longer wins. The profile points at a listener here; the environment at a closed port.
    void followProfileBeatsEnvironment()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".cloacina")));
        QFile config(home.filePath(QStringLiteral(".cloacina/config.toml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("[profiles.n]\nserver = \"http://127.0.0.1:%1\"\napi_key = \"key-of-n\"\n")
                         .arg(listener.serverPort())
                         .toUtf8());
        config.close();
        QProcess follow;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("CLOACINA_SERVER_URL"), QStringLiteral("http://127.0.0.1:1"));
        env.insert(QStringLiteral("CLOACINA_API_KEY"), QStringLiteral("key-from-env"));
        follow.setProcessEnvironment(env);
        follow.start(QStringLiteral(FOLLOW_BIN), { QStringLiteral("--profile"), QStringLiteral("n"), QStringLiteral("--poll-only"), QStringLiteral("0b8f6f3e-8f4a-4c55-9a3c-1d2e3f405162") });
        QVERIFY(follow.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(listener.hasPendingConnections(), 20000);
        QTcpSocket* socket = listener.nextPendingConnection();
        QByteArray request;
        QTRY_VERIFY_WITH_TIMEOUT((request += socket->readAll()).contains("\r\n\r\n"), 20000);
        QVERIFY2(request.contains("Bearer key-of-n"), request.constData());
        follow.kill();
        follow.waitForFinished();
    }

    void followReportsBrokenConfigPosition()
    {
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".cloacina")));
        QFile config(home.filePath(QStringLiteral(".cloacina/config.toml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("default_profile = \"d\"\n[profiles.d]\nserver = http://x\n");
        config.close();
        QProcess follow;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.remove(QStringLiteral("CLOACINA_SERVER_URL"));
        env.remove(QStringLiteral("CLOACINA_API_KEY"));
        follow.setProcessEnvironment(env);
        follow.start(QStringLiteral(FOLLOW_BIN), { QStringLiteral("0b8f6f3e-8f4a-4c55-9a3c-1d2e3f405162") });
        QVERIFY(follow.waitForFinished(20000));
        QCOMPARE(follow.exitCode(), 2);
        const QString err = QString::fromUtf8(follow.readAllStandardError());
        QVERIFY2(err.contains(config.fileName() + QStringLiteral(":3:")), qPrintable(err));
    }
#endif
};

QTEST_GUILESS_MAIN(TstProfiles)
#include "tst_profiles.moc"

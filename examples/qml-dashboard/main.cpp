// SPDX-License-Identifier: Apache-2.0
// qml-dashboard: a minimal Qt Quick dashboard over the QML module `Cloacina` (main.qml): the
// failed runs of a tenant, and the live event list of the selected run.
//
//   export CLOACINA_API_KEY=...      # from the environment only: arguments show up in `ps`
//   qml-dashboard --server https://cloacina.example.com [--tenant acme]
//
// The C++ side only creates the `Client` (so that the key stays out of QML) and loads main.qml.
// It needs nothing but Qt Quick and the installed QML module `Cloacina` (found on the QML import
// path: Qt's own folder for a /usr install, else QML_IMPORT_PATH=<prefix>/<libdir>/qt6/qml):
// the `Client` is created from QML by type name and configured through its properties.
//
// --smoke (for tests): quit with status 0 as soon as the failed-runs list has a row and the
// selected run's event list has an event; 3 when the list reports an error; 4 after
// --smoke-timeout seconds. Run it headless with QT_QPA_PLATFORM=offscreen.
// Exit status otherwise: 0 window closed, 1 main.qml did not load, 2 usage error.
#include <cloacina/error.h>

#include <QAbstractItemModel>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QTimer>

#include <cstdio>

namespace {

enum ExitCode { Ok = 0,
    LoadFailed = 1,
    UsageError = 2,
    RequestFailed = 3,
    TimedOut = 4 };

// Quits once the dashboard shows data (see --smoke above).
void startSmokeTest(QObject* root, int timeoutSeconds)
{
    auto* failedRuns
        = qobject_cast<QAbstractItemModel*>(root->property("failedRuns").value<QObject*>());
    auto* runEvents
        = qobject_cast<QAbstractItemModel*>(root->property("runEvents").value<QObject*>());
    if (!failedRuns || !runEvents) {
        std::fprintf(stderr, "smoke test: main.qml does not expose failedRuns/runEvents\n");
        QCoreApplication::exit(LoadFailed);
        return;
    }
    // A simple check every 100 ms: both models are filled asynchronously, in any order. The
    // models are read through their QML properties (`hasError`, `lastError`).
    auto* check = new QTimer(root);
    QObject::connect(check, &QTimer::timeout, root, [failedRuns, runEvents] {
        if (failedRuns->property("hasError").toBool()) {
            const auto error = failedRuns->property("lastError").value<Cloacina::Error>();
            std::fprintf(stderr,
                "smoke test: listing failed runs: HTTP %d, code '%s': %s [request id: %s]\n",
                error.httpStatus, qPrintable(error.code), qPrintable(error.message),
                error.requestId.isEmpty() ? "none" : qPrintable(error.requestId));
            QCoreApplication::exit(RequestFailed);
        } else if (failedRuns->rowCount() > 0 && runEvents->rowCount() > 0) {
            std::printf("smoke test passed: %d failed runs, %d events in the selected run\n",
                failedRuns->rowCount(), runEvents->rowCount());
            QCoreApplication::exit(Ok);
        }
    });
    check->start(100);
    QTimer::singleShot(timeoutSeconds * 1000, root, [timeoutSeconds, failedRuns, runEvents] {
        std::fprintf(stderr, "smoke test: no data after %d s (%d runs, %d events)\n",
            timeoutSeconds, failedRuns->rowCount(), runEvents->rowCount());
        QCoreApplication::exit(TimedOut);
    });
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Failed runs and live events in Qt Quick. The API key is read from CLOACINA_API_KEY."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("Server URL (default: $CLOACINA_SERVER_URL)."), QStringLiteral("url"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"),
        QStringLiteral("Tenant (default: public)."), QStringLiteral("tenant"),
        QStringLiteral("public"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"), QStringLiteral("Quit once data is shown (tests)."));
    const QCommandLineOption smokeTimeoutOption(QStringLiteral("smoke-timeout"),
        QStringLiteral("Seconds --smoke waits (default 30)."), QStringLiteral("s"),
        QStringLiteral("30"));
    parser.addOptions({ serverOption, tenantOption, smokeOption, smokeTimeoutOption });
    parser.process(app);

    const QUrl server(parser.isSet(serverOption) ? parser.value(serverOption)
                                                 : qEnvironmentVariable("CLOACINA_SERVER_URL"));
    const QString apiKey = qEnvironmentVariable("CLOACINA_API_KEY");
    if (apiKey.isEmpty()) {
        std::fprintf(
            stderr, "CLOACINA_API_KEY is not set (the key is only read from the environment)\n");
        return UsageError;
    }
    const int smokeTimeout = parser.value(smokeTimeoutOption).toInt();
    if (!server.isValid() || server.isRelative() || smokeTimeout < 1) {
        std::fprintf(stderr, "usage: CLOACINA_API_KEY=... %s --server URL [--tenant T]\n", argv[0]);
        return UsageError;
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // needed on Qt 6.4, built in from 6.5
    // The `Client` of `import Cloacina`, made by type name. A child of the engine: the engine
    // deletes its windows first and its children last, so QML never sees a dead client.
    QQmlComponent clientType(&engine);
    clientType.setData("import Cloacina\nClient {}\n", QUrl());
    QObject* client = clientType.create();
    if (!client) {
        std::fprintf(stderr, "cannot create a Cloacina Client: %s\n", qPrintable(clientType.errorString()));
        return LoadFailed;
    }
    client->setParent(&engine);
    client->setProperty("url", server);
    client->setProperty("tenant", parser.value(tenantOption));
    client->setProperty("apiKey", apiKey); // write-only: QML reads "" back
    client->setProperty("timeout", 15000);

    engine.setInitialProperties({ { QStringLiteral("client"), QVariant::fromValue(client) } });
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Dashboard/main.qml")));
    if (engine.rootObjects().isEmpty())
        return LoadFailed; // the QML errors have been printed

    if (parser.isSet(smokeOption))
        startSmokeTest(engine.rootObjects().constFirst(), smokeTimeout);

    return app.exec();
}

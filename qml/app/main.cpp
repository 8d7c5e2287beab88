// cloacina-monitor-qml: the Qt Quick monitor. Views live in the QML module Cloacina.Monitor;
// this file parses the command line, starts the --demo simulator and takes screenshots.
#include "headlesshelp.h"
#include "monitortranslators.h"
#include "options.h"

#include <qmlclient.h>

#include <cloacina/profiles.h>
#include <cloacinasim/simulator.h>

#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    Cloacina::Monitor::useOffscreenPlatformForHelp(argc, argv);
    QGuiApplication app(argc, argv);
    // Before the options are parsed and QML is loaded, so qsTr()/tr() see it.
    Cloacina::Monitor::installMonitorTranslators();
    QGuiApplication::setApplicationName(QStringLiteral("cloacina-monitor-qml"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Cloacina Monitor"));
    QGuiApplication::setOrganizationName(QStringLiteral("cloacina-qt"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CLOACINA_QML_MONITOR_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    const Cloacina::QmlMonitor::Options options = Cloacina::QmlMonitor::parseOptions(app.arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "cloacina-monitor-qml: %s\n", qPrintable(options.error));
        return 2;
    }

    // Destroyed in reverse order: the engine first, then the client, then the simulator.
    std::unique_ptr<CloacinaSim::Simulator> simulator;
    Cloacina::Qml::Client client;
    bool autoConnect = false;

    if (options.demo) {
        simulator = std::make_unique<CloacinaSim::Simulator>(CloacinaSim::Simulator::demoOptions());
        QString error;
        if (!simulator->startDemo(&error)) {
            std::fprintf(stderr, "cloacina-monitor-qml: cannot start the demo simulator: %s\n", qPrintable(error));
            return 1;
        }
        client.setBaseUrl(simulator->url());
        client.setTenant(QStringLiteral("public"));
        client.setApiKey(simulator->adminKey());
        autoConnect = true;
    } else if (options.server.isValid() || !options.profile.isEmpty()) {
        // Explicit beats implicit, as in cloacinactl: --server, --profile, environment, default.
        Cloacina::ConnectionSources sources = Cloacina::ConnectionSources::fromEnvironment();
        sources.serverFlag = options.server.toString();
        sources.profileFlag = options.profile;
        Cloacina::ProfileError error;
        const auto connection = Cloacina::resolveConnection(sources, &error);
        if (!connection) {
            std::fprintf(stderr, "cloacina-monitor-qml: %s\n", qPrintable(error.toString()));
            return 2;
        }
        if (!connection->configWarning.isEmpty())
            std::fprintf(stderr, "cloacina-monitor-qml: ignoring the config file: %s\n", qPrintable(connection->configWarning));
        client.setBaseUrl(connection->server);
        client.setTenant(options.tenant);
        client.setApiKey(connection->apiKey);
        autoConnect = true;
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({
        { QStringLiteral("client"), QVariant::fromValue(static_cast<QObject*>(&client)) },
        { QStringLiteral("autoConnect"), autoConnect },
        { QStringLiteral("demo"), options.demo },
        { QStringLiteral("openFirst"), options.openFirst },
        { QStringLiteral("initialStatus"), options.status },
        { QStringLiteral("initialPage"), options.page },
        { QStringLiteral("width"), options.width },
        { QStringLiteral("height"), options.height },
    });
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Cloacina/Monitor/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (!options.screenshot.isEmpty()) {
        const QString file = options.screenshot;
        QTimer::singleShot(options.screenshotDelayMs, &app, [&engine, file] {
            auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
            const QImage image = window ? window->grabWindow() : QImage();
            const bool saved = !image.isNull() && image.save(file);
            if (!saved)
                std::fprintf(stderr, "cloacina-monitor-qml: cannot save the screenshot to %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}

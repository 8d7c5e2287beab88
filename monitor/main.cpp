// cloacina-monitor: failed runs at a glance and the live events of the selected run.
#include "monitorapp.h"

#include "headlesshelp.h"
#include "monitortranslators.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    Cloacina::Monitor::useOffscreenPlatformForHelp(argc, argv);
    QApplication app(argc, argv);
    // Before any translated text is built (the option descriptions below included).
    Cloacina::Monitor::installMonitorTranslators();
    QApplication::setOrganizationName(QStringLiteral("cloacina"));
    QApplication::setApplicationName(QStringLiteral("cloacina-monitor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cloacina Monitor"));
    QApplication::setApplicationVersion(QStringLiteral(CLOACINA_MONITOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("cloacina-monitor"));

    Cloacina::Monitor::MonitorOptions options;
    QString error;
    if (!Cloacina::Monitor::MonitorOptions::parse(QApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "cloacina-monitor: %s\n", qPrintable(error));
        return 2;
    }
    Cloacina::Monitor::MonitorApp monitor(options);
    if (!monitor.start())
        return 1;
    return QApplication::exec();
}

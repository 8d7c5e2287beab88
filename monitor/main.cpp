// cloacina-monitor: failed runs at a glance and the live events of the selected run.
#include "monitorapp.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Before any translated text is built (the option descriptions below included). The catalogue
    // is embedded by translations/CMakeLists.txt; Qt's own one comes from the Qt installation.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("cloacina-monitor"), QStringLiteral("_"),
            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
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

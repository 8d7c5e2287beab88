#pragma once
// Installs the translations of both monitors for the system language: Qt's own catalogue from
// the Qt installation and ours, embedded under :/i18n by translations/CMakeLists.txt. Call it
// right after the application object exists, before any translated text is built.
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Cloacina::Monitor {

inline void installMonitorTranslators()
{
    QCoreApplication* app = QCoreApplication::instance();
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* translator = new QTranslator(app);
    if (translator->load(QLocale::system(), QStringLiteral("cloacina-monitor"), QStringLiteral("_"),
            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace Cloacina::Monitor

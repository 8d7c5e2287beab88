#pragma once
// Installs the translations of both monitors for the system language: Qt's own catalogue from
// the Qt installation and ours, embedded under :/i18n by translations/CMakeLists.txt. Call it
// right after the application object exists, before any translated text is built.
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Cloacina::Monitor {

//! Loads the monitors' catalogue for \a locale into \a translator. A language without a
//! catalogue (French, the C locale …) gets the English one: the source strings are English
//! already, but their plurals ("%n run(s)") only read "1 run" / "18 runs" through it.
//! Returns false only when no catalogue is embedded at all.
inline bool loadMonitorCatalogue(QTranslator* translator, const QLocale& locale)
{
    const QString name = QStringLiteral("cloacina-monitor");
    const QString prefix = QStringLiteral("_");
    const QString dir = QStringLiteral(":/i18n");
    return translator->load(locale, name, prefix, dir)
        || translator->load(QLocale(QLocale::English, QLocale::UnitedStates), name, prefix, dir);
}

inline void installMonitorTranslators()
{
    QCoreApplication* app = QCoreApplication::instance();
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* translator = new QTranslator(app);
    if (loadMonitorCatalogue(translator, QLocale::system()))
        QCoreApplication::installTranslator(translator);
}

} // namespace Cloacina::Monitor

// The German catalogue, end to end: complete, and the Widgets monitor speaks German when the
// system language is German (ctest sets LANG=de_DE.UTF-8 for this test), through the same
// installMonitorTranslators() call both monitors make in main().
#include "mainwindow.h"
#include "monitortranslators.h"

#include <cloacina/cloacinaclient.h>

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>

using namespace Cloacina::Monitor;

class TstTranslation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void germanCatalogueIsComplete()
    {
        QFile ts(QStringLiteral(CLOACINA_DE_TS));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        const qsizetype messages = text.count(QStringLiteral("<message"));
        QVERIFY2(messages > 300, qPrintable(QString::number(messages)));
        QCOMPARE(text.count(QStringLiteral("type=\"unfinished\"")), 0);
        QCOMPARE(text.count(QStringLiteral("<translation></translation>")), 0);
        QCOMPARE(text.count(QStringLiteral("<numerusform></numerusform>")), 0);
    }

    void theMonitorSpeaksGerman()
    {
        QCOMPARE(QLocale::system().language(), QLocale::German); // from LANG, set by ctest
        installMonitorTranslators();
        MainWindow window;
        QStringList menus;
        for (QAction* a : window.menuBar()->actions())
            menus.append(a->text());
        QCOMPARE(menus, (QStringList { QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Lauf"), QStringLiteral("&Hilfe") }));
        QCOMPARE(MainWindow::tr("Not connected"), QStringLiteral("Nicht verbunden"));
        QCOMPARE(MainWindow::tr("%n new failed run(s): %1", nullptr, 2), QStringLiteral("%n neue fehlgeschlagene Läufe: %1").replace(QStringLiteral("%n"), QStringLiteral("2")));
    }
};

QTEST_MAIN(TstTranslation)
#include "tst_translation.moc"

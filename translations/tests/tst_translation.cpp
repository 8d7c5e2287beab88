// The German catalogue, end to end: complete, and the Widgets monitor speaks German when the
// system language is German (ctest sets LANG=de_DE.UTF-8 for this test), through the same
// installMonitorTranslators() call both monitors make in main().
#include "mainwindow.h"
#include "monitortranslators.h"

#include <cloacina/cloacinaclient.h>
#include <cloacinamodels/eventtypes.h>
#include <cloacinamodels/runeventmodel.h>

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Cloacina::Monitor;

class TstTranslation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(QLocale::system().language(), QLocale::German); // from LANG, set by ctest
        installMonitorTranslators();
    }

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
        MainWindow window;
        QStringList menus;
        for (QAction* a : window.menuBar()->actions())
            menus.append(a->text());
        QCOMPARE(menus, (QStringList { QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Lauf"), QStringLiteral("&Hilfe") }));
        QCOMPARE(MainWindow::tr("Not connected"), QStringLiteral("Nicht verbunden"));
        QCOMPARE(MainWindow::tr("%n new failed run(s): %1", nullptr, 2), QStringLiteral("%n neue fehlgeschlagene Läufe: %1").replace(QStringLiteral("%n"), QStringLiteral("2")));
    }

    // German titles and event labels are longer than the English widths: none is cut off.
    void germanTitlesAndEventLabelsFit()
    {
        MainWindow window;
        for (const char* name : { "failedRunsTable", "eventTable", "taskTable" }) {
            const auto* table = window.findChild<QTableView*>(QLatin1String(name));
            QVERIFY2(table, name);
            for (int c = 0; c < table->model()->columnCount(); ++c) {
                const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
                QVERIFY2(table->columnWidth(c) >= table->horizontalHeader()->sectionSizeHint(c), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), title)));
            }
        }
        const auto* events = window.findChild<QTableView*>(QStringLiteral("eventTable"));
        QFont bold = events->font();
        bold.setBold(true);
        // The widest German label, bold as a failure: "Aufgabe fehlgeschlagen" ("Task failed").
        const QString failed = Cloacina::EventTypes::label(QStringLiteral("task_failed"));
        QCOMPARE(failed, QStringLiteral("Aufgabe fehlgeschlagen"));
        QVERIFY(events->columnWidth(Cloacina::RunEventModel::EventColumn) > QFontMetrics(bold).horizontalAdvance(failed) + 20);
    }

    void germanPluralsHaveBothForms()
    {
        QTranslator german;
        QVERIFY(loadMonitorCatalogue(&german, QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(german.translate("Cloacina::Monitor::FailedRunsView", "%n run(s)", nullptr, 1), QStringLiteral("%n Lauf"));
        QCOMPARE(german.translate("Cloacina::Monitor::FailedRunsView", "%n run(s)", nullptr, 18), QStringLiteral("%n Läufe"));
        QCOMPARE(german.translate("Cloacina::Monitor::RunView", ", %n task(s)", nullptr, 1), QStringLiteral(", %n Aufgabe"));
        QCOMPARE(german.translate("Cloacina::Monitor::RunView", ", %n task(s)", nullptr, 3), QStringLiteral(", %n Aufgaben"));
    }

    // The source-language file holds the English singular and plural of every "%n" message.
    void englishPluralsAreFilledIn()
    {
        QFile ts(QStringLiteral(CLOACINA_EN_TS));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        QVERIFY(text.count(QStringLiteral("numerus=\"yes\"")) >= 6);
        QCOMPARE(text.count(QStringLiteral("<numerusform></numerusform>")), 0);
        QTranslator english;
        QVERIFY(loadMonitorCatalogue(&english, QLocale(QLocale::English, QLocale::UnitedKingdom)));
        QCOMPARE(english.translate("Cloacina::Monitor::FailedRunsView", "%n run(s)", nullptr, 1), QStringLiteral("%n run"));
        QCOMPARE(english.translate("Cloacina::Monitor::FailedRunsView", "%n run(s)", nullptr, 18), QStringLiteral("%n runs"));
        QCOMPARE(english.translate("Cloacina::Monitor::RunView", "%n event(s)", nullptr, 1), QStringLiteral("%n event"));
        QCOMPARE(english.translate("Cloacina::Monitor::RunView", ", %n task(s)", nullptr, 2), QStringLiteral(", %n tasks"));
        QCOMPARE(english.translate("Cloacina::Monitor::MainWindow", "%n new failed run(s): %1", nullptr, 1), QStringLiteral("%n new failed run: %1"));
    }

    // A language without a catalogue reads English, plurals included, not "18 run(s)".
    void otherLanguagesFallBackToEnglish_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France);
        QTest::newRow("C") << QLocale::c();
    }
    void otherLanguagesFallBackToEnglish()
    {
        QFETCH(QLocale, locale);
        QTranslator translator;
        QVERIFY(loadMonitorCatalogue(&translator, locale));
        QCOMPARE(translator.language(), QStringLiteral("en_US"));
        QCOMPARE(translator.translate("Cloacina::Monitor::FailedRunsView", "%n run(s)", nullptr, 18), QStringLiteral("%n runs"));
    }
};

QTEST_MAIN(TstTranslation)
#include "tst_translation.moc"

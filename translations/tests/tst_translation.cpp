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

    static QString readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(QLocale::system().language(), QLocale::German); // from LANG, set by ctest
        installMonitorTranslators();
    }

    void germanCatalogueIsComplete()
    {
        const QString text = readFile(QStringLiteral(CLOACINA_DE_TS));
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

    // The plural forms as the catalogues give them, German and English ("%n" is replaced later).
    void pluralForms_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const QLocale de(QLocale::German, QLocale::Germany);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const QByteArray runs = "Cloacina::Monitor::FailedRunsView";
        const QByteArray run = "Cloacina::Monitor::RunView";
        QTest::newRow("de 1 run") << de << runs << QByteArray("%n run(s)") << 1 << QStringLiteral("%n Lauf");
        QTest::newRow("de 18 runs") << de << runs << QByteArray("%n run(s)") << 18 << QStringLiteral("%n Läufe");
        QTest::newRow("de 1 task") << de << run << QByteArray(", %n task(s)") << 1 << QStringLiteral(", %n Aufgabe");
        QTest::newRow("de 3 tasks") << de << run << QByteArray(", %n task(s)") << 3 << QStringLiteral(", %n Aufgaben");
        QTest::newRow("en 1 run") << en << runs << QByteArray("%n run(s)") << 1 << QStringLiteral("%n run");
        QTest::newRow("en 18 runs") << en << runs << QByteArray("%n run(s)") << 18 << QStringLiteral("%n runs");
        QTest::newRow("en 1 event") << en << run << QByteArray("%n event(s)") << 1 << QStringLiteral("%n event");
        QTest::newRow("en 2 tasks") << en << run << QByteArray(", %n task(s)") << 2 << QStringLiteral(", %n tasks");
        QTest::newRow("en 1 new failure") << en << QByteArray("Cloacina::Monitor::MainWindow")
                                          << QByteArray("%n new failed run(s): %1") << 1 << QStringLiteral("%n new failed run: %1");
    }
    void pluralForms()
    {
        QFETCH(QLocale, locale);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(loadMonitorCatalogue(&translator, locale));
        QCOMPARE(translator.translate(context.constData(), source.constData(), nullptr, n), expected);
    }

    // The source-language file holds the English singular and plural of every "%n" message.
    void englishPluralsAreFilledIn()
    {
        const QString text = readFile(QStringLiteral(CLOACINA_EN_TS));
        QVERIFY(text.count(QStringLiteral("numerus=\"yes\"")) >= 6);
        QCOMPARE(text.count(QStringLiteral("<numerusform></numerusform>")), 0);
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

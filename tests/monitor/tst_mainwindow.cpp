// Drives the real MainWindow against the in-process simulator (offscreen).
#include "elidinglabel.h"
#include "failedrunsview.h"
#include "mainwindow.h"
#include "runview.h"
#include "theme.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/types.h>
#include <cloacina/whenready.h>
#include <cloacinamodels/executionlistmodel.h>
#include <cloacinamodels/runmodels.h>
#include <cloacinasim/simulator.h>

#include "holdsfor.h"
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Cloacina;
using namespace Cloacina::Monitor;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<MainWindow> m_window;

    ConnectionSettings settings() const
    {
        ConnectionSettings s;
        s.url = m_sim->url();
        s.tenant = QStringLiteral("public");
        return s;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        QSettings().remove(QStringLiteral("theme")); // every window starts with the system's
    }

    void init()
    {
        CloacinaSim::Options options;
        options.workload = false;
        options.taskMinMs = 40;
        options.taskMaxMs = 120;
        options.strictTenantMatch = false;
        m_sim = std::make_unique<CloacinaSim::Simulator>(options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_sim->createExecutions(6, QStringLiteral("Failed"));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The console starts on the Overview; these tests are about the runs screen.
        QVERIFY(m_window->showScreen(QStringLiteral("runs")));
        m_window->connectTo(settings(), m_sim->adminKey());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->executions()->rowCount(), 6, 10000);
    }

    void cleanup()
    {
        m_window.reset();
        m_sim.reset();
    }

    void connectsAndOpensAFailedRun()
    {
        QVERIFY(m_window->windowTitle().contains(m_sim->url().toDisplayString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionLabel()->text().contains(QStringLiteral("Connected")), 5000);
        QTableView* table = m_window->failedRunsView()->table();
        table->setFocus();
        table->setCurrentIndex(m_window->executions()->index(2, 0));
        QTest::keyClick(table, Qt::Key_Return);
        const QString id = m_window->executions()->record(2).id;
        QCOMPARE(m_window->runSession()->executionId(), id);
        RunSession* session = m_window->runSession();
        QTRY_VERIFY_WITH_TIMEOUT(session->eventModel()->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(session->taskModel()->rowCount() > 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(session->status(), QStringLiteral("Failed"), 10000);
        QTRY_VERIFY(!m_window->runView()->errorText()->toPlainText().isEmpty());
        QVERIFY(session->eventModel()->failureCount() > 0);
        QVERIFY(m_window->runView()->statusLabel()->text().contains(QStringLiteral("Failed")));
        QVERIFY(m_window->runView()->sourceLabel()->isVisible());
        // failing task and first error line were enriched in the list
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->executions()->index(2, 0).data(ExecutionListModel::FailingTaskRole).toString().isEmpty(), 10000);
        // J opens the next failure, K goes back
        QTest::keyClick(table, Qt::Key_J);
        QCOMPARE(m_window->runSession()->executionId(), m_window->executions()->record(3).id);
        QTest::keyClick(table, Qt::Key_K);
        QCOMPARE(m_window->runSession()->executionId(), id);
        // failures-only filter
        m_window->runView()->failuresOnlyBox()->setChecked(true);
        QCOMPARE(m_window->runView()->eventTable()->model()->rowCount(), session->eventModel()->failureCount());
        m_window->runView()->failuresOnlyBox()->setChecked(false);
        QCOMPARE(m_window->runView()->eventTable()->model()->rowCount(), session->eventModel()->rowCount());
        // the task graph loads
        QTRY_VERIFY_WITH_TIMEOUT(!session->taskGraph().isEmpty(), 10000);
    }

    // Issue #16.1: with a run open, a very long workflow name and huge counters, the window
    // still fits a 1280×800 screen and the run's buttons stay on it.
    void fitsSmallScreenWithLongData()
    {
        const QString longName = QStringLiteral("quarterly_revenue_reconciliation_with_currency_normalisation_and_audit_trail_export");
        const QStringList ids = m_sim->createExecutions(1, QStringLiteral("Failed"), longName);
        QVERIFY(!ids.isEmpty());
        m_window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->executions()->rowOfId(ids.first()) >= 0, 10000);
        m_window->openRow(m_window->executions()->rowOfId(ids.first()));
        RunSession* session = m_window->runSession();
        QTRY_COMPARE_WITH_TIMEOUT(session->status(), QStringLiteral("Failed"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(session->eventModel()->rowCount() > 0, 10000);
        // Huge counters: 150 000 more events in the log.
        QList<RunEvent> burst;
        for (int i = 0; i < 150000; ++i) {
            RunEvent r;
            r.id = QStringLiteral("burst-%1").arg(i);
            r.eventType = QStringLiteral("task_failed");
            r.createdAt = QDateTime::currentDateTimeUtc();
            r.sequenceNum = 1000000 + i;
            burst.append(r);
        }
        session->eventModel()->appendEvents(burst, session->eventModel()->generation());
        session->eventModel()->flush();
        QCoreApplication::processEvents();
        m_window->statusBar()->showMessage(QStringLiteral("A very long status message ").repeated(10));
        const QSize hint = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        if (qEnvironmentVariableIsSet("CLOACINA_DEBUG_SIZES")) {
            for (QWidget* w : m_window->findChildren<QWidget*>()) {
                if (w->isVisible() && w->minimumSizeHint().width() > 300)
                    qInfo() << w->metaObject()->className() << w->objectName() << w->minimumSizeHint() << w->minimumSize();
            }
        }
        QVERIFY2(hint.width() <= 1280 && hint.height() <= 800,
            qPrintable(QStringLiteral("minimum size %1×%2").arg(hint.width()).arg(hint.height())));
        m_window->resize(1280, 800);
        QTRY_COMPARE(m_window->width(), 1280);
        QCoreApplication::processEvents();
        auto* rerun = m_window->runView()->findChild<QPushButton*>(QStringLiteral("rerunButton"));
        QVERIFY(rerun);
        const QRect inWindow(rerun->mapTo(m_window.get(), QPoint(0, 0)), rerun->size());
        QVERIFY2(m_window->rect().contains(inWindow),
            qPrintable(QStringLiteral("Re-run at x=%1..%2").arg(inWindow.left()).arg(inWindow.right())));
        QVERIFY(m_window->connectionLabel()->mapTo(m_window.get(), QPoint(0, 0)).x() >= 0);
    }

    void watchesEventsArriveLive()
    {
        const QString id = m_sim->startExecution();
        QVERIFY(!id.isEmpty());
        RunSession* session = m_window->runSession();
        session->open(id, QStringLiteral("public"), QString());
        QSignalSpy finished(session, &RunSession::finished);
        QTRY_VERIFY_WITH_TIMEOUT(session->eventModel()->rowCount() > 0, 10000);
        const int early = session->eventModel()->rowCount();
        QVERIFY(finished.wait(30000));
        QVERIFY(session->eventModel()->rowCount() > early);
        QVERIFY(EventTypes::isTerminalStatus(session->status()));
        QCOMPARE(session->source(), RunSession::Source::Ended);
        QCOMPARE(m_window->runView()->sourceLabel()->text().contains(QStringLiteral("ended")), true);
    }

    void survivesConnectionLossAndReturn()
    {
        QTableView* table = m_window->failedRunsView()->table();
        m_window->openRow(1);
        const QString selectedId = m_window->executions()->record(1).id;
        QTRY_VERIFY_WITH_TIMEOUT(m_window->runSession()->eventModel()->rowCount() > 0, 10000);
        const int events = m_window->runSession()->eventModel()->rowCount();

        m_sim->faults().badGateway.enabled = true; // every REST answer is a proxy's 502
        m_window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionLabel()->text().contains(QStringLiteral("lost")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->failedRunsView()->errorLabel()->isVisible(), 10000);
        QCOMPARE(m_window->executions()->rowCount(), 6); // the user's place is kept
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(m_window->runSession()->eventModel()->rowCount(), events);

        m_sim->resetFaults();
        m_sim->createExecutions(1, QStringLiteral("Failed"));
        m_window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionLabel()->text().contains(QStringLiteral("Connected")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->executions()->rowCount(), 7, 10000);
        QVERIFY(!m_window->failedRunsView()->errorLabel()->isVisible());
        // the selection followed its run (now one row lower)
        QCOMPARE(m_window->executions()->record(table->currentIndex().row()).id, selectedId);
        QCOMPARE(m_window->runSession()->executionId(), selectedId);
    }

    // Issue #16.2: the status bar names the outage's real cause (not an earlier 404, never "()").
    void statusBarGivesTheOutageReason()
    {
        // An earlier lookup fails for a reason that has nothing to do with the connection.
        m_window->runSession()->open(m_window->executions()->record(0).id, QStringLiteral("public"), QStringLiteral("no_such_workflow"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runSession()->graphError().message.isEmpty(), 10000);
        // What the label says each time the client reports an error (connected after the window).
        QStringList seen;
        connect(m_window->client(), &CloacinaClient::lastErrorChanged, this, [&seen, this] {
            if (m_window->connectionLabel()->text().contains(QStringLiteral("lost")))
                seen << m_window->connectionLabel()->text();
        });
        m_sim->faults().badGateway.enabled = true;
        m_window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), 10000);
        for (const QString& text : std::as_const(seen)) {
            QVERIFY2(text.contains(QStringLiteral("502")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("not found")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("()")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("retrying")) && text.contains(QStringLiteral("kept")), qPrintable(text));
        }
    }

    // Issue #16.2: the run's error banner goes away when the connection comes back.
    void runErrorClearsWhenTheCauseDoes()
    {
        m_sim->faults().badGateway.enabled = true;
        m_window->runSession()->setPollInterval(300);
        m_window->openRow(0);
        QLabel* banner = m_window->runView()->errorBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(banner->text().contains(QStringLiteral("502")));
        m_sim->resetFaults();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->runSession()->eventModel()->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
        QVERIFY(!m_window->runSession()->hasError());
    }

    // Issue #16.2: after switching servers nothing of the old one stays: run, version, errors.
    void switchingServersForgetsTheOldOne()
    {
        m_window->openRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->versionLabel()->text().isEmpty(), 10000);
        QVERIFY(!m_window->runSession()->executionId().isEmpty());
        CloacinaSim::Options options;
        options.workload = false;
        CloacinaSim::Simulator other(options);
        QString error;
        QVERIFY2(other.start(&error), qPrintable(error));
        ConnectionSettings s;
        s.url = other.url();
        s.tenant = QStringLiteral("public");
        m_window->connectTo(s, other.adminKey());
        QCOMPARE(m_window->runSession()->executionId(), QString());
        QCOMPARE(m_window->versionLabel()->text(), QString());
        QVERIFY(!m_window->runView()->errorBanner()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionLabel()->text().contains(other.url().authority()), 10000);
        m_window->connectTo(settings(), m_sim->adminKey()); // before `other` goes away
    }

    // Issue #16.3: the run counter says what it counts (loaded rows, and whether there are more).
    void runCountSaysWhatItCounts()
    {
        ExecutionListModel model;
        model.setPageSize(4);
        FailedRunsView view(&model); // never shown: nothing scrolls, nothing fetches more
        model.setClient(m_window->client());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        auto* count = view.findChild<ElidingLabel*>(QStringLiteral("runCountLabel"));
        QVERIFY(count);
        QVERIFY(model.hasMore());
        QVERIFY2(count->text().contains(QStringLiteral("4 loaded, more on the server")), qPrintable(count->text()));
        model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 6, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!model.hasMore(), 10000);
        QVERIFY2(count->text().startsWith(QStringLiteral("6 run")) && !count->text().contains(QStringLiteral("more")), qPrintable(count->text()));
    }

    // Issue #16, also expected: search by run id and by error text; a complete id opens the run.
    void searchByIdAndErrorText()
    {
        FailedRunsView* view = m_window->failedRunsView();
        ExecutionListModel* model = m_window->executions();
        const QString id = model->record(3).id;
        QTest::keyClicks(view->searchField(), id.left(8));
        QCOMPARE(view->visibleRowCount(), 1);
        QVERIFY(!view->table()->isRowHidden(3));
        view->searchField()->clear();
        QCOMPARE(view->visibleRowCount(), 6);
        QTRY_VERIFY_WITH_TIMEOUT(!model->record(2).errorText.isEmpty(), 10000);
        const QString error = model->record(2).errorText;
        QTest::keyClicks(view->searchField(), error.mid(error.size() / 3, 12).toUpper());
        QVERIFY(!view->table()->isRowHidden(2));
        QVERIFY(view->visibleRowCount() >= 1);
        // A run that is not listed (completed) is opened by its full id.
        view->searchField()->clear();
        const QString completed = m_sim->createExecutions(1, QStringLiteral("Completed")).first();
        QTest::keyClicks(view->searchField(), completed);
        QCOMPARE(view->visibleRowCount(), 0);
        QTest::keyClick(view->searchField(), Qt::Key_Return);
        QCOMPARE(m_window->runSession()->executionId(), completed);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->runSession()->status(), QStringLiteral("Completed"), 10000);
    }

    // Issue #16, also expected: an empty list says why it is empty.
    void emptyListSaysWhy()
    {
        FailedRunsView* view = m_window->failedRunsView();
        QVERIFY(!view->emptyLabel()->isVisible());
        m_window->executions()->setWorkflowFilter(QStringLiteral("no_such_workflow"));
        QTRY_VERIFY_WITH_TIMEOUT(view->emptyLabel()->isVisible() && !m_window->executions()->isLoading(), 10000);
        const QString text = view->emptyLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("No failed runs")) && text.contains(QStringLiteral("no_such_workflow")), qPrintable(text));
        m_window->executions()->setWorkflowFilter({});
        QTRY_VERIFY_WITH_TIMEOUT(!view->emptyLabel()->isVisible(), 10000);
        QTest::keyClicks(view->searchField(), QStringLiteral("zzzz-nothing"));
        QVERIFY(view->emptyLabel()->isVisible());
        QVERIFY(view->emptyLabel()->text().contains(QStringLiteral("zzzz-nothing")));
    }

    // Issue #16, also expected: a dark palette on request, and back to the system's.
    void darkThemeToggle()
    {
        QVERIFY(!Theme::isDark()); // offscreen's palette is light
        auto* dark = m_window->findChild<QAction*>(QStringLiteral("theme%1").arg(int(Theme::Mode::Dark)));
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(Theme::isDark());
        QCOMPARE(Theme::storedMode(), Theme::Mode::Dark);
        QTRY_VERIFY(m_window->runView()->eventTable()->palette().color(QPalette::Base).lightness() < 80);
        m_window->findChild<QAction*>(QStringLiteral("theme%1").arg(int(Theme::Mode::System)))->trigger();
        QVERIFY(!Theme::isDark());
        QCOMPARE(Theme::storedMode(), Theme::Mode::System);
    }

    void rerunWithConfirmation()
    {
        m_window->openRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runSession()->status().isEmpty(), 10000);
        int asked = 0;
        m_window->setConfirmHook([&asked](const QString&, QJsonValue* context) {
            ++asked;
            *context = QJsonObject { { QStringLiteral("retry"), true } };
            return true;
        });
        QSignalSpy started(m_window.get(), &MainWindow::rerunStarted);
        m_window->rerun();
        QVERIFY(started.wait(10000));
        QCOMPARE(asked, 1);
        QVERIFY(m_window->lastConfirmationText().contains(QStringLiteral("not replayed")));
        const QString newId = started.at(0).at(0).toString();
        QVERIFY(!newId.isEmpty());
        QVERIFY(!m_sim->executionStatus(newId).isEmpty());
        // Issue #16.5: the new run is opened.
        QCOMPARE(m_window->runSession()->executionId(), newId);
        // declining does nothing
        m_window->setConfirmHook([](const QString&, QJsonValue*) { return false; });
        m_window->rerun();
        QVERIFY(CloacinaTest::holdsFor([&started] { return started.count() == 1; }, 100));
    }

    void rerunRefusedWith403()
    {
        // Mint a read-only key with the admin key, then reconnect with it.
        CloacinaClient admin(m_sim->url());
        admin.setApiKey(m_sim->adminKey());
        CreateKeyRequest request;
        request.name = QStringLiteral("reader");
        request.role = KeyRole::Read;
        QString readKey;
        bool done = false;
        whenReady(admin.createTenantKey(request, QStringLiteral("public")), this, [&](const Result<KeyCreatedResponse>& r) {
            done = true;
            if (r)
                readKey = r.value().key;
            else
                qWarning() << r.error().toString();
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!readKey.isEmpty());
        m_window->connectTo(settings(), readKey);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->executions()->rowCount(), 6, 10000);
        m_window->openRow(0);
        // Issue #16.5: a read-only key gets no Re-run button, and is told why.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runView()->rerunButton()->isEnabled(), 10000);
        QVERIFY(m_window->runView()->rerunButton()->toolTip().contains(QStringLiteral("read")));
        m_window->setConfirmHook([](const QString&, QJsonValue*) { return true; });
        QSignalSpy failed(m_window.get(), &MainWindow::rerunFailed);
        m_window->rerun();
        QVERIFY(failed.wait(10000));
        const Error e = failed.at(0).at(0).value<Error>();
        QCOMPARE(e.httpStatus, 403);
        QLabel* banner = m_window->runView()->findChild<QLabel*>(QStringLiteral("actionBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("403")));
        QVERIFY(banner->text().contains(QStringLiteral("role")));
        if (!e.requestId.isEmpty())
            QVERIFY(banner->text().contains(e.requestId));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

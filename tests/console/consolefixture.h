#pragma once

// What the console's widget suites share: a simulator (seeded, no background workload unless
// asked) and a shown MainWindow connected to it with the admin key.
#include "mainwindow.h"

#include <cloacinamodels/serversession.h>
#include <cloacinasim/simulator.h>

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

struct ConsoleFixture {
    std::unique_ptr<CloacinaSim::Simulator> sim;
    std::unique_ptr<Cloacina::Monitor::MainWindow> window;

    //! Starts the simulator with \a options (workload off by default) and a connected window.
    //! Returns false (after a failed QVERIFY) when something did not come up.
    bool start(CloacinaSim::Options options = defaultOptions(), const QString& key = QString())
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        sim = std::make_unique<CloacinaSim::Simulator>(options);
        QString error;
        if (!sim->start(&error)) {
            qWarning("simulator: %s", qPrintable(error));
            return false;
        }
        window = std::make_unique<Cloacina::Monitor::MainWindow>();
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        Cloacina::Monitor::ConnectionSettings settings;
        settings.url = sim->url();
        settings.tenant = QStringLiteral("public");
        window->connectTo(settings, key.isEmpty() ? sim->adminKey() : key);
        return QTest::qWaitFor([this] { return window->serverSession()->hasIdentity(); }, 10000);
    }

    static CloacinaSim::Options defaultOptions()
    {
        CloacinaSim::Options options;
        options.workload = false;
        options.taskMinMs = 40;
        options.taskMaxMs = 120;
        options.strictTenantMatch = false;
        return options;
    }

    void stop()
    {
        window.reset();
        sim.reset();
    }
};

// QuickTest runner for tests/qml/tst_*.qml. One simulator serves every test file; its URL and
// admin key are the context properties `simUrl` and `simKey`, its controls `sim`.
#include "simcontrol.h"

#include <cloacinasim/simulator.h>

#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQuickTest>

#include <memory>

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        CloacinaSim::Options options;
        options.seed = 11;
        options.taskMinMs = 40;
        options.taskMaxMs = 160;
        options.failureShare = 0.5;
        m_sim = std::make_unique<CloacinaSim::Simulator>(options);
        QString error;
        if (!m_sim->start(&error))
            qFatal("simulator: %s", qPrintable(error));
        m_sim->createExecutions(3, QStringLiteral("Completed"));
        m_sim->createExecutions(6, QStringLiteral("Failed"));
        m_control = std::make_unique<SimControl>(m_sim.get());
    }

    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->rootContext()->setContextProperty(QStringLiteral("simUrl"), m_sim->url().toString());
        engine->rootContext()->setContextProperty(QStringLiteral("simKey"), m_sim->adminKey());
        engine->rootContext()->setContextProperty(QStringLiteral("sim"), m_control.get());
    }

    void cleanupTestCase()
    {
        m_control.reset();
        m_sim.reset();
    }

private:
    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<SimControl> m_control;
};

QUICK_TEST_MAIN_WITH_SETUP(qml_views, Setup)

#include "tst_qml_views.moc"

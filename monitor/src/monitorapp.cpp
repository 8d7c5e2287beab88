#include "monitorapp.h"

#include "failedrunsview.h"
#include "logging_p.h"
#include "mainwindow.h"
#include "runview.h"
#include "theme.h"
#ifdef CLOACINA_MONITOR_HAS_SIM
#include "demoserver.h"
#endif

#include <cloacina/profiles.h>
#include <cloacinamodels/executionlistmodel.h>
#include <cloacinamodels/serversession.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace Cloacina::Monitor {

bool MonitorOptions::parse(const QStringList& arguments, MonitorOptions* out, QString* error)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("main", "Failed runs and live events of a cloacina-server."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("main", "Start an in-process simulator and connect to it."));
    const QCommandLineOption server(QStringLiteral("server"), QCoreApplication::translate("main", "Connect to <url> (key from --profile, CLOACINA_API_KEY or the default profile)."), QStringLiteral("url"));
    const QCommandLineOption profile(QStringLiteral("profile"), QCoreApplication::translate("main", "Connect with this cloacinactl profile (~/.cloacina/config.toml)."), QStringLiteral("name"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), QCoreApplication::translate("main", "Tenant (default public)."), QStringLiteral("tenant"), QStringLiteral("public"));
    const QCommandLineOption shot(QStringLiteral("screenshot"), QCoreApplication::translate("main", "Save the main window to <file> (PNG) and exit."), QStringLiteral("file"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"), QCoreApplication::translate("main", "Wait <ms> before the screenshot (default 3000)."), QStringLiteral("ms"), QStringLiteral("3000"));
    const QCommandLineOption first(QStringLiteral("open-first-failure"), QCoreApplication::translate("main", "Open the newest failed run once the list loads."));
    const QCommandLineOption tab(QStringLiteral("tab"), QCoreApplication::translate("main", "Run view tab: events, tasks, timeline or graph."), QStringLiteral("name"));
    const QCommandLineOption screen(QStringLiteral("screen"), QCoreApplication::translate("main", "Console screen to show first: overview, runs, workflows, triggers, graphs, fleet or admin."), QStringLiteral("name"));
    const QCommandLineOption status(QStringLiteral("status"), QCoreApplication::translate("main", "List filter: Failed (default), any, or a status."), QStringLiteral("status"));
    const QCommandLineOption failuresOnly(QStringLiteral("failures-only"), QCoreApplication::translate("main", "Show only failure events."));
    const QCommandLineOption size(QStringLiteral("size"), QCoreApplication::translate("main", "Window size <w>x<h> (e.g. 1280x800)."), QStringLiteral("WxH"));
    const QCommandLineOption theme(QStringLiteral("theme"), QCoreApplication::translate("main", "Colours: system (default), light or dark."), QStringLiteral("theme"));
    p.addOptions({ demo, server, profile, tenant, shot, delay, first, tab, screen, status, failuresOnly, size, theme });
    p.process(arguments);
    MonitorOptions o;
    o.demo = p.isSet(demo);
    if (p.isSet(server)) {
        o.server = QUrl::fromUserInput(p.value(server));
        if (!o.server.isValid() || (o.server.scheme() != QLatin1String("http") && o.server.scheme() != QLatin1String("https"))) {
            *error = QCoreApplication::translate("main", "--server needs an http(s) URL");
            return false;
        }
    }
    o.tenant = p.value(tenant);
    o.profile = p.value(profile);
    o.screenshot = p.value(shot);
    bool ok = true;
    o.screenshotDelayMs = p.value(delay).toInt(&ok);
    if (!ok || o.screenshotDelayMs < 0) {
        *error = QCoreApplication::translate("main", "--screenshot-delay needs a number of milliseconds");
        return false;
    }
    o.openFirstFailure = p.isSet(first);
    o.tab = p.value(tab);
    o.screen = p.value(screen);
    o.statusFilter = p.value(status);
    o.failuresOnly = p.isSet(failuresOnly);
    if (p.isSet(size)) {
        const QStringList wh = p.value(size).split(QLatin1Char('x'));
        const int w = wh.size() == 2 ? wh.at(0).toInt() : 0;
        const int h = wh.size() == 2 ? wh.at(1).toInt() : 0;
        if (w < 200 || h < 200) {
            *error = QCoreApplication::translate("main", "--size expects <width>x<height>, e.g. 1280x800");
            return false;
        }
        o.size = QSize(w, h);
    }
    o.theme = p.value(theme).toLower();
    if (!o.theme.isEmpty() && o.theme != QLatin1String("system") && o.theme != QLatin1String("light") && o.theme != QLatin1String("dark")) {
        *error = QCoreApplication::translate("main", "--theme expects system, light or dark");
        return false;
    }
    *out = o;
    return true;
}

MonitorApp::MonitorApp(MonitorOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

MonitorApp::~MonitorApp()
{
    delete m_window;
}

bool MonitorApp::start()
{
    m_window = new MainWindow;
    if (!m_options.statusFilter.isEmpty()) {
        QComboBox* combo = m_window->failedRunsView()->statusCombo();
        const QString s = m_options.statusFilter;
        const int i = s.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0 ? 1 : combo->findText(s, Qt::MatchFixedString);
        if (i >= 0)
            combo->setCurrentIndex(i);
    }
    if (m_options.failuresOnly)
        m_window->runView()->failuresOnlyBox()->setChecked(true);
    if (!m_options.tab.isEmpty()) {
        static const QStringList tabs = { QStringLiteral("events"), QStringLiteral("tasks"), QStringLiteral("timeline"), QStringLiteral("graph") };
        const int i = int(tabs.indexOf(m_options.tab.toLower()));
        if (i >= 0)
            m_window->runView()->tabs()->setCurrentIndex(i);
    }
    if (!m_options.theme.isEmpty()) {
        m_window->theme()->setMode(m_options.theme == QLatin1String("dark") ? Theme::Mode::Dark
                : m_options.theme == QLatin1String("light")                 ? Theme::Mode::Light
                                                                            : Theme::Mode::System,
            false);
    }
    if (!m_options.screen.isEmpty()) {
        m_window->showScreen(m_options.screen.toLower());
        // An admin-only screen becomes available once whoami answered.
        connect(
            m_window->serverSession(), &ServerSession::identityChanged, m_window,
            [w = m_window, screen = m_options.screen.toLower()] { w->showScreen(screen); }, Qt::SingleShotConnection);
    }
    if (m_options.size.isValid())
        m_window->resize(m_options.size);
    m_window->show();

    if (m_options.demo) {
#ifdef CLOACINA_MONITOR_HAS_SIM
        m_demo = new DemoServer(this);
        QString error;
        if (!m_demo->start(&error)) {
            const QString text = QCoreApplication::translate("main", "cannot start the demo simulator: %1");
            std::fprintf(stderr, "cloacina-monitor: %s\n", qPrintable(text.arg(error)));
            return false;
        }
        qCInfo(lcMonitor).noquote() << "demo simulator on" << m_demo->url().toString();
        ConnectionSettings s;
        s.url = m_demo->url();
        s.tenant = QStringLiteral("public");
        s.profile = QStringLiteral("demo");
        m_window->connectTo(s, m_demo->adminKey());
#else
        const QString text = QCoreApplication::translate("main", "built without the simulator; --demo is unavailable");
        std::fprintf(stderr, "cloacina-monitor: %s\n", qPrintable(text));
        return false;
#endif
    } else if (m_options.server.isValid() || !m_options.profile.isEmpty()) {
        // Explicit beats implicit, as in cloacinactl: --server, --profile, environment, default.
        ConnectionSources sources = ConnectionSources::fromEnvironment();
        sources.serverFlag = m_options.server.toString();
        sources.profileFlag = m_options.profile;
        ProfileError error;
        const std::optional<ResolvedConnection> c = resolveConnection(sources, &error);
        if (!c) {
            std::fprintf(stderr, "cloacina-monitor: %s\n", qPrintable(error.toString()));
            return false;
        }
        if (!c->configWarning.isEmpty())
            qCWarning(lcMonitor).noquote() << "ignoring the config file:" << c->configWarning;
        ConnectionSettings s;
        s.url = c->server;
        s.tenant = m_options.tenant;
        s.profile = c->profileName;
        m_window->connectTo(s, c->apiKey);
    } else if (m_options.screenshot.isEmpty()) {
        QMetaObject::invokeMethod(
            m_window, [this] {
                // The Connect dialog on start when nothing was given on the command line.
                const auto actions = m_window->findChildren<QAction*>();
                for (QAction* a : actions) {
                    if (a->shortcut() == QKeySequence(QObject::tr("Ctrl+O"))) {
                        a->trigger();
                        break;
                    }
                }
            },
            Qt::QueuedConnection);
    }

    if (m_options.openFirstFailure) {
        connect(m_window->executions(), &ExecutionListModel::countChanged, this, &MonitorApp::openFirstFailureOnce);
    }
    if (!m_options.screenshot.isEmpty())
        scheduleScreenshot();
    return true;
}

void MonitorApp::openFirstFailureOnce()
{
    if (m_openedFirst)
        return;
    ExecutionListModel* model = m_window->executions();
    const int row = model->nextFailure(-1, 1);
    if (row < 0)
        return;
    m_openedFirst = true;
    QTimer::singleShot(0, m_window, [this, row] { m_window->openRow(row); });
}

void MonitorApp::scheduleScreenshot()
{
    QTimer::singleShot(m_options.screenshotDelayMs, this, [this] {
        const QPixmap pixmap = m_window->grab();
        const bool ok = pixmap.save(m_options.screenshot, "PNG");
        if (!ok)
            std::fprintf(stderr, "cloacina-monitor: %s\n",
                qPrintable(QCoreApplication::translate("main", "cannot write %1").arg(m_options.screenshot)));
        else
            std::printf("cloacina-monitor: saved %s (%dx%d)\n", qPrintable(m_options.screenshot), pixmap.width(), pixmap.height());
        std::fflush(stdout);
        QCoreApplication::exit(ok ? 0 : 1);
    });
}

} // namespace Cloacina::Monitor

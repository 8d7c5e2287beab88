#pragma once

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QStringList>
#include <QUrl>

namespace Cloacina::Monitor {

class MainWindow;
class DemoServer;

//! Command line of cloacina-monitor.
struct MonitorOptions {
    bool demo = false; //!< --demo: in-process simulator
    QUrl server; //!< --server URL
    QString tenant = QStringLiteral("public"); //!< --tenant T
    QString profile; //!< --profile NAME (cloacinactl config); beats CLOACINA_API_KEY
    QString screenshot; //!< --screenshot FILE: grab the window and exit
    int screenshotDelayMs = 3000; //!< --screenshot-delay ms
    bool openFirstFailure = false; //!< --open-first-failure
    QString tab; //!< --tab events|tasks|timeline|graph
    QString screen; //!< --screen overview|runs|workflows|… (the console screen to show)
    QString statusFilter; //!< --status Failed|any|<status>
    bool failuresOnly = false; //!< --failures-only
    QSize size; //!< --size WxH: window size (screenshots); invalid: the saved or default size
    QString theme; //!< --theme system|light|dark (this start only)

    //! Parses \a arguments (argv, including the program). Returns false with \a error on bad
    //! input; --help / --version are handled by QCommandLineParser and exit.
    static bool parse(const QStringList& arguments, MonitorOptions* out, QString* error);
};

//! Wires options to a MainWindow: demo server, direct connection or the Connect dialog, and
//! the screenshot mode.
class MonitorApp : public QObject {
    Q_OBJECT
public:
    explicit MonitorApp(MonitorOptions options, QObject* parent = nullptr);
    ~MonitorApp() override;
    //! Shows the window and connects. Returns false (with a message printed) on failure.
    bool start();
    MainWindow* window() const { return m_window; }

private:
    void scheduleScreenshot();
    void openFirstFailureOnce();

    MonitorOptions m_options;
    MainWindow* m_window = nullptr;
    DemoServer* m_demo = nullptr;
    bool m_openedFirst = false;
};

} // namespace Cloacina::Monitor

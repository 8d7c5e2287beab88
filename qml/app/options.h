#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Cloacina::QmlMonitor {

//! Command line of cloacina-monitor-qml.
struct Options {
    bool demo = false; //!< --demo: in-process simulator with a workload
    QUrl server; //!< --server URL
    QString tenant = QStringLiteral("public"); //!< --tenant T
    QString profile; //!< --profile NAME (cloacinactl config)
    QString screenshot; //!< --screenshot FILE
    int screenshotDelayMs = 3000; //!< --screenshot-delay ms
    bool openFirst = false; //!< --open-first: open the first listed run once loaded
    QString status = QStringLiteral("Failed"); //!< --status S ("" or "any": every status)
    QString page = QStringLiteral("overview"); //!< --page P: "overview" or "runs"
    int width = 1280; //!< --size WxH
    int height = 800;
    QString error; //!< set when the command line is unusable
};

//! Parses \a arguments (argv, program name first). Prints help/version and exits via
//! QCommandLineParser for -h / -v.
Options parseOptions(const QStringList& arguments);

} // namespace Cloacina::QmlMonitor

#include "options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Cloacina::QmlMonitor {

Options parseOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Qt Quick monitor for cloacina-server: failed runs, live run events, re-runs.\n"
        "Server and API key: --server, then --profile, then CLOACINA_SERVER_URL and CLOACINA_API_KEY, then\nthe default profile of ~/.cloacina/config.toml."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start an in-process simulator with a workload and connect to it."));
    const QCommandLineOption server(QStringLiteral("server"),
        QCoreApplication::translate("main", "Server URL to connect to at start (key from --profile, CLOACINA_API_KEY or the default profile)."), QStringLiteral("url"));
    const QCommandLineOption tenant(QStringLiteral("tenant"),
        QCoreApplication::translate("main", "Tenant (default: public)."), QStringLiteral("tenant"),
        QStringLiteral("public"));
    const QCommandLineOption profile(QStringLiteral("profile"),
        QCoreApplication::translate("main", "Use this cloacinactl profile (~/.cloacina/config.toml)."),
        QStringLiteral("name"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to <file> and exit."),
        QStringLiteral("file"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"),
        QCoreApplication::translate("main", "Wait <ms> before taking the screenshot (default 3000)."),
        QStringLiteral("ms"), QStringLiteral("3000"));
    const QCommandLineOption openFirst(QStringLiteral("open-first"),
        QCoreApplication::translate("main", "Open the first listed run once the list has loaded."));
    const QCommandLineOption status(QStringLiteral("status"),
        QCoreApplication::translate("main", "Initial status filter (default Failed; 'any' for all)."),
        QStringLiteral("status"), QStringLiteral("Failed"));
    const QCommandLineOption size(QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size (default 1280x800)."), QStringLiteral("WxH"),
        QStringLiteral("1280x800"));
    const QCommandLineOption page(QStringLiteral("page"),
        QCoreApplication::translate("main", "Page shown once connected: overview (default), runs or graphs."), QStringLiteral("page"),
        QStringLiteral("overview"));
    parser.addOptions({ demo, server, tenant, profile, screenshot, delay, openFirst, status, size, page });
    parser.process(arguments);

    Options o;
    o.demo = parser.isSet(demo);
    o.tenant = parser.value(tenant);
    o.profile = parser.value(profile);
    o.screenshot = parser.value(screenshot);
    o.openFirst = parser.isSet(openFirst);
    o.page = parser.value(page);
    if (o.page != QLatin1String("overview") && o.page != QLatin1String("runs") && o.page != QLatin1String("graphs"))
        o.error = QCoreApplication::translate("main", "--page wants overview, runs or graphs");
    o.status = parser.value(status);
    if (o.status.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
        o.status.clear();
    bool ok = false;
    o.screenshotDelayMs = parser.value(delay).toInt(&ok);
    if (!ok || o.screenshotDelayMs < 0)
        o.error = QCoreApplication::translate("main", "--screenshot-delay wants milliseconds");
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0) {
        o.width = wh[0].toInt();
        o.height = wh[1].toInt();
    } else {
        o.error = QCoreApplication::translate("main", "--size wants WIDTHxHEIGHT");
    }
    if (parser.isSet(server)) {
        o.server = QUrl::fromUserInput(parser.value(server));
        if (!o.server.isValid() || (o.server.scheme() != QLatin1String("http") && o.server.scheme() != QLatin1String("https")))
            o.error = QCoreApplication::translate("main", "--server wants an http(s) URL");
    }
    if (o.demo && parser.isSet(server))
        o.error = QCoreApplication::translate("main", "--demo and --server exclude each other");
    return o;
}

} // namespace Cloacina::QmlMonitor

// cloacina-conformance: runs the contract checks against a user's own server and prints a table
// (operation, check, result, HTTP status, server code, request id, time); --json/--junit write
// reports for CI. Read-only unless --write, which works in a tenant it creates and removes.
// Exit status: 0 every check passed (or was skipped), 1 some check failed, 2 could not run.
#include "keyprompt.h"
#include "signalwatcher.h"

#include <cloacinaconformance/report.h>
#include <cloacinaconformance/session.h>

#include <cloacina/cloacinaclient.h>
#include <cloacina/profiles.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSaveFile>

#include <cstdio>

using namespace Cloacina;
using namespace Cloacina::Conformance;

namespace {

enum Exit { AllPassed = 0,
    SomeFailed = 1,
    CouldNotRun = 2 };

void out(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void status(const QString& text)
{
    std::fprintf(stderr, "cloacina-conformance: %s\n", qPrintable(text));
    std::fflush(stderr);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("cloacina-conformance", text);
}

struct Options {
    QString server;
    QString tenant;
    QString profile;
    QString caFile;
    QString jsonFile;
    QString junitFile;
    bool write = false;
    bool dryRun = false;
};

//! The server URL and key in cloacinactl's order, explicit beats implicit (see
//! Cloacina::resolveConnection): --server, --profile, the environment, the default profile.
//! A server found without any key leaves the key to a prompt.
bool configure(CloacinaClient& client, const Options& options, QString* why)
{
    ConnectionSources sources = ConnectionSources::fromEnvironment();
    sources.serverFlag = options.server;
    sources.profileFlag = options.profile;
    ProfileError error;
    const std::optional<ResolvedConnection> connection = resolveConnection(sources, &error);
    if (connection) {
        if (!connection->configWarning.isEmpty())
            status(tr("warning: ignoring the config file: %1").arg(connection->configWarning));
        client.setBaseUrl(connection->server);
        client.setApiKey(connection->apiKey);
    } else {
        const QString server = sources.serverFlag.isEmpty() ? sources.envServer : sources.serverFlag;
        if (error.kind != ProfileError::Kind::NotConfigured || server.isEmpty()) {
            *why = error.toString();
            return false;
        }
        client.setBaseUrl(QUrl(server));
    }
    const QUrl base = client.baseUrl();
    if (!base.isValid() || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https"))) {
        *why = tr("no usable server URL: pass --server, set CLOACINA_SERVER_URL or use --profile");
        return false;
    }
#if QT_CONFIG(ssl)
    if (!options.caFile.isEmpty() && !client.addCaCertificatesFromFile(options.caFile)) {
        *why = tr("no certificate could be read from %1").arg(options.caFile);
        return false;
    }
#endif
    if (!client.hasApiKey()) {
        const std::optional<QString> typed
            = promptForKey(tr("API key for %1 (not echoed): ").arg(base.toDisplayString()));
        if (!typed || typed->isEmpty()) {
            *why = tr("no API key: set CLOACINA_API_KEY, use --profile, or run in a terminal to be asked");
            return false;
        }
        client.setApiKey(*typed);
    }
    return true;
}

//! --dry-run: what would run, decided without contacting the server.
int dryRun(const Options& options)
{
    out(tr("cloacina-conformance --dry-run: %1 mode; nothing is sent to the server.")
            .arg(options.write ? tr("write") : tr("read-only")));
    out(tr("Checks the key's role does not allow are skipped at run time (see whoami)."));
    out(QString());
    QList<Check> checks { Session::versionCheck() };
    checks += catalogue();
    int willRun = 0;
    for (const Check& check : checks) {
        QString plan = tr("run");
        if (check.scope == Scope::Shared)
            plan = tr("skip: works outside a tenant of its own (contract test suite only)");
        else if (check.access == Access::Write && !options.write)
            plan = tr("skip: changes data (--write)");
        else
            ++willRun;
        out(QStringLiteral("%1 %2 %3 %4 %5")
                .arg(check.operationId.leftJustified(25), check.name.leftJustified(80), nameOf(check.access).leftJustified(9),
                    nameOf(check.role).leftJustified(14), plan));
    }
    out(QString());
    out(tr("%1 of %2 checks would run%3.")
            .arg(willRun)
            .arg(checks.size())
            .arg(options.write ? tr(", write checks in a scratch tenant created and removed by the run") : QString()));
    return AllPassed;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        status(tr("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

QString describeRole(const Identity& id)
{
    QString text = id.role;
    if (id.platformAdmin)
        text += tr(", platform admin");
    text += id.tenant.isEmpty() ? tr(", no tenant") : tr(", tenant %1").arg(id.tenant);
    return text;
}

//! The checks, the table, the cleanup and the reports.
int run(Session& session, const Options& options, Report& report)
{
    CloacinaClient& client = session.client();
    report.info.server = client.baseUrl().toDisplayString(QUrl::RemoveUserInfo);
    report.info.write = options.write;
    report.info.contractVersion = CloacinaClient::contractVersion();
    session.setWriteEnabled(options.write);
    session.setTenant(options.tenant);

    const Session::StartResult started = session.start();
    if (session.context().stopRequested()) {
        status(tr("interrupted before any check ran"));
        return CouldNotRun;
    }
    switch (started) {
    case Session::StartResult::Ready:
        break;
    case Session::StartResult::Unreachable:
        status(tr("cannot reach %1: %2").arg(report.info.server, session.startError().toString()));
        return CouldNotRun;
    case Session::StartResult::Unauthorized:
        status(tr("the server refused the key (401): %1").arg(session.startError().toString()));
        return CouldNotRun;
    case Session::StartResult::Failed:
        status(tr("whoami failed: %1").arg(session.startError().toString()));
        return CouldNotRun;
    }
    const Identity id = session.identity();
    report.info.serverVersion = session.serverVersion();
    report.info.keyName = id.name;
    report.info.keyRole = describeRole(id);
    report.info.tenant = session.context().tenant();

    out(tr("%1 against %2").arg(report.info.tool, report.info.server));
    const QString serverVersion = report.info.serverVersion.isEmpty() ? tr("unknown") : report.info.serverVersion;
    out(CloacinaClient::versionsCompatible(report.info.serverVersion, report.info.contractVersion)
            ? tr("versions: server %1, SDK contract %2: in lockstep").arg(serverVersion, report.info.contractVersion)
            : tr("versions: server %1, SDK contract %2: THEY DIFFER (see the version check)")
                  .arg(serverVersion, report.info.contractVersion));
    out(tr("key: %1 (%2)").arg(id.name, report.info.keyRole));
    out(tr("tenant: %1; mode: %2").arg(report.info.tenant, options.write ? tr("write") : tr("read-only")));
    const auto emitRow = [&report](const Check& check, const Outcome& outcome) {
        report.add(check, outcome);
        const ReportRow& row = report.rows().constLast();
        out(Report::tableLine(row));
        const QString detail = Report::detailLine(row);
        if (!detail.isEmpty())
            out(detail);
    };
    if (options.write) {
        QString why;
        if (session.createScratchTenant(&why)) {
            report.info.scratchTenant = session.scratchTenant();
            out(tr("scratch tenant: %1 (removed at the end, also on Ctrl+C)").arg(report.info.scratchTenant));
        } else {
            out(tr("scratch tenant: none; write checks that need one are skipped: %1").arg(why));
        }
    }
    out(QString());
    out(Report::tableHeader());
    emitRow(Session::versionCheck(), session.versionOutcome());
    // A platform admin may create tenants: the server refusing is a failure, not a skip.
    if (session.scratchTenantOutcome().verdict == Verdict::Failed) {
        Check scratch;
        scratch.operationId = QStringLiteral("create_tenant");
        scratch.name = tr("creates the scratch tenant");
        scratch.access = Access::Write;
        scratch.role = Role::PlatformAdmin;
        emitRow(scratch, session.scratchTenantOutcome());
    }
    for (const Check& check : catalogue())
        emitRow(check, session.runCheck(check));

    report.info.interrupted = session.context().stopRequested();
    bool cleaned = true;
    const QStringList created = session.context().tenantsToRemove();
    if (!created.isEmpty()) {
        QString why;
        cleaned = session.cleanup(&why);
        if (cleaned)
            out(tr("removed the scratch tenant %1").arg(created.join(QStringLiteral(", "))));
        else
            status(why);
    }
    out(QString());
    out(report.summaryLine() + (report.info.interrupted ? tr(" (interrupted)") : QString()));
    if (report.info.interrupted)
        return CouldNotRun;
    return report.count(Verdict::Failed) > 0 || !cleaned ? SomeFailed : AllPassed;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cloacina-conformance"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOACINA_CONFORMANCE_VERSION));
    // The stream checks provoke refusals on purpose; the table reports them, the SDK's
    // warnings about them would only be noise. QT_LOGGING_RULES still wins when set.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("cloacina.stream.warning=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Checks that a cloacina server and this SDK agree: the version lockstep, every REST operation the key\n"
        "may use, and the WebSocket streams. Read-only unless --write, which works in a tenant it creates\n"
        "and always removes. The API key comes from CLOACINA_API_KEY, the profile or a prompt; it is\n"
        "never printed.\n\n"
        "Exit status: 0 all checks passed (skips allowed), 1 some check failed, 2 could not run."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
        tr("Server base URL (default: $CLOACINA_SERVER_URL, else the profile's)."), QStringLiteral("url"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"),
        tr("Tenant the read checks look at (default: the key's tenant, else public)."), QStringLiteral("tenant"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        tr("cloacinactl profile in ~/.cloacina/config.toml (default: the file's default_profile)."),
        QStringLiteral("name"));
    const QCommandLineOption writeOption(QStringLiteral("write"),
        tr("Also run the checks that create, change and delete, in a scratch tenant (needs a platform-admin key)."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("List what would run; contact nothing."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Write a JSON report to FILE."), QStringLiteral("file"));
    const QCommandLineOption junitOption(QStringLiteral("junit"), tr("Write a JUnit XML report to FILE."), QStringLiteral("file"));
    const QCommandLineOption caOption(QStringLiteral("ca-file"),
        tr("Trust the PEM certificates in FILE for https (besides the system's)."), QStringLiteral("file"));
    parser.addOptions({ serverOption, tenantOption, profileOption, writeOption, dryRunOption, jsonOption, junitOption, caOption });

    if (!parser.parse(QCoreApplication::arguments())) {
        status(parser.errorText());
        return CouldNotRun;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return AllPassed;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("cloacina-conformance %s (contract %s)\n", CLOACINA_CONFORMANCE_VERSION,
            qPrintable(CloacinaClient::contractVersion()));
        return AllPassed;
    }
    if (!parser.positionalArguments().isEmpty()) {
        status(tr("unexpected argument '%1' (see --help)").arg(parser.positionalArguments().constFirst()));
        return CouldNotRun;
    }
    Options options;
    options.server = parser.value(serverOption);
    options.tenant = parser.value(tenantOption);
    options.profile = parser.value(profileOption);
    options.caFile = parser.value(caOption);
    options.jsonFile = parser.value(jsonOption);
    options.junitFile = parser.value(junitOption);
    options.write = parser.isSet(writeOption);
    options.dryRun = parser.isSet(dryRunOption);
    if (options.dryRun)
        return dryRun(options);

    Session session { QUrl() };
    QString why;
    if (!configure(session.client(), options, &why)) {
        status(why);
        return CouldNotRun;
    }
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::signalled, &session, [&session](int) {
        if (session.context().stopRequested()) {
            status(tr("still cleaning up; the tenants this run created are removed before it exits"));
            return;
        }
        status(tr("interrupted: stopping the running check and cleaning up"));
        session.requestStop();
    });

    Report report;
    report.info.tool = QStringLiteral("cloacina-conformance %1").arg(QStringLiteral(CLOACINA_CONFORMANCE_VERSION));
    int exitCode = run(session, options, report);
    if (report.rows().isEmpty())
        return exitCode; // nothing ran: no report to write
    if (!options.jsonFile.isEmpty() && !writeFile(options.jsonFile, report.toJson()))
        exitCode = CouldNotRun;
    if (!options.junitFile.isEmpty() && !writeFile(options.junitFile, report.toJUnit()))
        exitCode = CouldNotRun;
    return exitCode;
}

// The embedding example of docs/CLIENT.md, compiled and run as a test (label: lifetime).
// Without CLOACINA_SERVER_URL / CLOACINA_API_KEY it talks to an in-process simulator.
#include <cloacina/cloacinaclient.h>
#include <cloacina/pager.h>
#include <cloacina/profiles.h>
#include <cloacina/whenready.h>

#include <cloacinasim/simulator.h>

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

// --- begin docs/CLIENT.md example ---
//! Lists the failed runs of the client's tenant, then quits the application.
class FailedRunsReport : public QObject {
public:
    explicit FailedRunsReport(CloacinaClient* client, QObject* parent = nullptr)
        : QObject(parent)
        , m_client(client)
    {
    }

    void run()
    {
        Cloacina::ListExecutionsQuery query;
        query.status = QStringLiteral("Failed");
        query.limit = 50;
        // `this` is the context: if the report is destroyed first, the lambda never runs.
        Cloacina::whenReady(m_client->listExecutions(query), this,
            [this](const Cloacina::Result<Cloacina::ExecutionSummaryList>& page) {
                if (!page) {
                    const Cloacina::Error& e = page.error();
                    std::fprintf(stderr, "failed: %s\n", qPrintable(e.toString()));
                    QCoreApplication::exit(e.isTransient() ? 75 : 1);
                    return;
                }
                for (const Cloacina::ExecutionSummary& run : page.value().items)
                    std::printf("%s %s %s\n", qPrintable(run.id), qPrintable(run.workflowName),
                        qPrintable(run.startedAt));
                QCoreApplication::exit(0);
            });
    }

private:
    CloacinaClient* m_client;
};

int runReport(const QUrl& server, const QString& apiKey)
{
    CloacinaClient client(server);
    client.setApiKey(apiKey); // or: client.applyProfile(*Cloacina::Profiles::load().defaultProfile())
    client.setTimeout(10000);
    FailedRunsReport report(&client);
    QTimer::singleShot(0, &report, &FailedRunsReport::run);
    return QCoreApplication::exec();
}
// --- end docs/CLIENT.md example ---

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString url = qEnvironmentVariable("CLOACINA_SERVER_URL");
    const QString key = qEnvironmentVariable("CLOACINA_API_KEY");
    if (!url.isEmpty() && !key.isEmpty())
        return runReport(QUrl(url), key);

    CloacinaSim::Simulator sim;
    QString why;
    if (!sim.start(&why)) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(why));
        return 1;
    }
    sim.createExecutions(3, QStringLiteral("Failed"));
    return runReport(sim.url(), sim.adminKey());
}

// REST benchmark: the SDK against cloacina-sim (a separate process) on loopback.
// Prints calls/s and latency percentiles for a small GET (sequential and 16 in flight), the
// client CPU per row of a 100,000-row walk in pages of 1,000 (ExecutionPager, default settings),
// and the decode throughput of a large executions page held in memory. Asserts nothing.
//
//   cloacina-bench-rest [--calls N] [--rows N] [--sim PATH] [--walk-only]

#include "measure.h"
#include "simprocess.h"

#include "dispatcher_p.h" // decodeResponse(): the decode figure without the transport

#include <cloacina/cloacinaclient.h>
#include <cloacina/pager.h>
#include <cloacina/whenready.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

// The walk's CPU split into user and system time, and the thread wake-ups it took: the figures
// that say whether the cost is decoding (user) or the way bytes reach the client (system).
struct Usage {
    qint64 userUs = 0;
    qint64 systemUs = 0;
    qint64 switches = 0; // voluntary context switches (a thread went to sleep waiting for bytes)
    qint64 pageFaults = 0; // minor faults: fresh memory touched for the first time
    static Usage now()
    {
        rusage r {};
        ::getrusage(RUSAGE_SELF, &r);
        return { qint64(r.ru_utime.tv_sec) * 1000000 + r.ru_utime.tv_usec,
            qint64(r.ru_stime.tv_sec) * 1000000 + r.ru_stime.tv_usec, r.ru_nvcsw, r.ru_minflt };
    }
};

// The "of which" line under a walk: its CPU split per row and its wake-ups and faults per page.
void printUsage(const Usage& before, const Usage& after, qint64 rows, int pages)
{
    const double perRow = 1.0 / double(qMax<qint64>(1, rows));
    const double perPage = 1.0 / double(qMax(1, pages));
    std::printf("%-34s %9.2f us user/row, %.2f us system/row; per page: %.1f voluntary context switches, %.1f page faults\n",
        "  of which", double(after.userUs - before.userUs) * perRow, double(after.systemUs - before.systemUs) * perRow,
        double(after.switches - before.switches) * perPage, double(after.pageFaults - before.pageFaults) * perPage);
}

struct Latencies {
    std::vector<double> ms;
    double percentile(double p)
    {
        if (ms.empty())
            return 0;
        std::sort(ms.begin(), ms.end());
        const size_t i = std::min(ms.size() - 1, static_cast<size_t>(p * double(ms.size())));
        return ms[i];
    }
};

// Issues `total` getExecution calls keeping `inFlight` outstanding; returns per-call latencies.
Latencies smallGets(CloacinaClient& client, const QString& id, int total, int inFlight,
    double* seconds, int* failures)
{
    Latencies lat;
    lat.ms.reserve(size_t(total));
    QEventLoop loop;
    QObject context;
    int started = 0;
    int done = 0;
    QElapsedTimer wall;
    wall.start();
    std::function<void()> launch = [&] {
        if (started >= total)
            return;
        ++started;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        Cloacina::whenReady(client.getExecution(id), &context,
            [&, timer](const Cloacina::Result<Cloacina::ExecutionDetail>& r) {
                lat.ms.push_back(double(timer->nsecsElapsed()) / 1e6);
                if (!r)
                    ++*failures;
                if (++done == total)
                    loop.quit();
                else
                    launch();
            });
    };
    for (int i = 0; i < inFlight; ++i)
        launch();
    loop.exec();
    *seconds = double(wall.nsecsElapsed()) / 1e9;
    return lat;
}

void printLatencies(const char* label, Latencies lat, double seconds, int failures)
{
    const double calls = double(lat.ms.size());
    std::printf("%-34s %9.0f calls/s   p50 %7.3f ms   p99 %7.3f ms   failures %d\n", label,
        calls / seconds, lat.percentile(0.50), lat.percentile(0.99), failures);
}

// A list_executions page as the server sends it: `rows` rows of realistic size.
QByteArray executionsPage(int rows)
{
    QJsonArray items;
    for (int i = 0; i < rows; ++i) {
        items.append(QJsonObject {
            { QStringLiteral("id"), QStringLiteral("0b6f2d8e-3c1a-4f5e-9a7b-%1").arg(i, 12, 10, QLatin1Char('0')) },
            { QStringLiteral("workflow_name"), QStringLiteral("etl_daily") },
            { QStringLiteral("status"), QStringLiteral("Failed") },
            { QStringLiteral("started_at"), QStringLiteral("2026-11-28T10:15:30.123456Z") },
            { QStringLiteral("completed_at"), QStringLiteral("2026-11-28T10:16:02.654321Z") },
            { QStringLiteral("trigger_origin"), QJsonValue(QJsonValue::Null) },
        });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("tenant_id"), QStringLiteral("public") },
                             { QStringLiteral("items"), items }, { QStringLiteral("total"), rows } })
        .toJson(QJsonDocument::Compact);
}

void decodeThroughput(int rows)
{
    Cloacina::Response response;
    response.httpStatus = 200;
    response.body = executionsPage(rows);
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    int iterations = 0;
    while (timer.elapsed() < 2000) {
        auto decoded = Cloacina::decodeResponse<Cloacina::ExecutionSummaryList>(response, QStringLiteral("list_executions"));
        if (!decoded || decoded.value().items.size() != rows) {
            std::printf("decode failed\n");
            return;
        }
        bytes += response.body.size();
        ++iterations;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%-34s %9.1f MB/s      %7.0f rows/s (page of %d rows, %lld bytes)\n",
        "decode list_executions page", double(bytes) / 1e6 / seconds,
        double(iterations) * rows / seconds, rows, static_cast<long long>(response.body.size()));
}

bool pagedWalk(CloacinaClient& client, int rows, int pageSize)
{
    Cloacina::ExecutionPager pager(&client);
    pager.setPageSize(pageSize);
    QEventLoop loop;
    qint64 seen = 0;
    QObject::connect(&pager, &Cloacina::ExecutionPager::rowsReady,
        [&](const QList<Cloacina::ExecutionSummary>& batch) { seen += batch.size(); });
    bool ok = false;
    QObject::connect(&pager, &Cloacina::PagerBase::finished, [&](const Cloacina::Result<void>& r) {
        ok = r.ok();
        loop.quit();
    });
    CloacinaBench::Stopwatch watch;
    const Usage before = Usage::now();
    watch.start();
    pager.start();
    loop.exec();
    const qint64 cpuUs = watch.cpuUs();
    const Usage after = Usage::now();
    const double seconds = watch.wallSeconds();
    std::printf("%-34s %9.2f us CPU/row  client CPU %.3f s for %lld of %d rows; wall %.2f s (%0.f rows/s), %d pages of %d%s\n",
        "iterate executions (ExecutionPager)", double(cpuUs) / double(qMax<qint64>(1, seen)), double(cpuUs) / 1e6,
        static_cast<long long>(seen), rows, seconds, double(seen) / seconds, pager.pagesFetched(), pageSize,
        ok ? "" : "  (walk failed)");
    printUsage(before, after, seen, pager.pagesFetched());
    return ok && seen == rows;
}

// The same pages fetched with a bare QNetworkAccessManager (same headers, body read, nothing
// decoded): the floor the transport sets under the SDK's walk.
void bareWalk(const QUrl& base, const QByteArray& apiKey, int rows, int pageSize)
{
    QNetworkAccessManager manager;
    QEventLoop loop;
    qint64 bytes = 0;
    int pages = 0;
    std::function<void(int)> fetch = [&](int offset) {
        QUrl url = base.resolved(QUrl(QStringLiteral("/v1/tenants/public/executions")));
        url.setQuery(QStringLiteral("limit=%1&offset=%2").arg(pageSize).arg(offset));
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Authorization", "Bearer " + apiKey);
        QNetworkReply* reply = manager.get(request);
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, offset] {
            bytes += reply->readAll().size();
            reply->deleteLater();
            ++pages;
            if (offset + pageSize >= rows)
                loop.quit();
            else
                fetch(offset + pageSize);
        });
    };
    CloacinaBench::Stopwatch watch;
    const Usage before = Usage::now();
    watch.start();
    fetch(0);
    loop.exec();
    const qint64 cpuUs = watch.cpuUs();
    const Usage after = Usage::now();
    std::printf("%-34s %9.2f us CPU/row  client CPU %.3f s for %d rows, %d pages, %.1f MB\n",
        "bare QNetworkAccessManager pages", double(cpuUs) / double(rows), double(cpuUs) / 1e6, rows, pages,
        double(bytes) / 1e6);
    printUsage(before, after, rows, pages);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("cloacina-qt REST benchmark against cloacina-sim"));
    parser.addHelpOption();
    QCommandLineOption callsOption(QStringLiteral("calls"), QStringLiteral("Calls per latency run (default 5000)."), QStringLiteral("n"), QStringLiteral("5000"));
    QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Executions to walk (default 100000)."), QStringLiteral("n"), QStringLiteral("100000"));
    QCommandLineOption simOption = CloacinaBench::SimProcess::programOption();
    QCommandLineOption walkOnlyOption(QStringLiteral("walk-only"), QStringLiteral("Only the paged walk (to profile it, e.g. under callgrind)."));
    parser.addOptions({ callsOption, rowsOption, simOption, walkOnlyOption });
    parser.process(app);
    const int calls = qMax(10, parser.value(callsOption).toInt());
    const int rows = qMax(10, parser.value(rowsOption).toInt());
    const bool walkOnly = parser.isSet(walkOnlyOption);

    CloacinaBench::SimProcess sim({}, parser.value(simOption));
    if (!sim.check("cloacina-bench-rest"))
        return 1;
    const QString executionId = sim.createExecutions(1, QStringLiteral("Completed")).value(0);
    CloacinaClient client(sim.url());
    client.setApiKey(sim.adminKey());

    std::printf("cloacina-bench-rest: Qt %s, simulator pid %lld on %s, load %s\n", qVersion(),
        static_cast<long long>(sim.pid()), qPrintable(sim.url().toString()), CloacinaBench::loadAverage().constData());
    double seconds = 0;
    int failures = 0;
    if (walkOnly) {
        sim.createExecutions(rows - 1, QStringLiteral("Failed"));
        const bool ok = pagedWalk(client, rows, 1000);
        bareWalk(sim.url(), sim.adminKey().toUtf8(), rows, 1000);
        return ok ? 0 : 1;
    }
    smallGets(client, executionId, 200, 1, &seconds, &failures); // warm-up
    for (const int inFlight : { 1, 16 }) {
        failures = 0;
        const Latencies lat = smallGets(client, executionId, calls, inFlight, &seconds, &failures);
        printLatencies(inFlight == 1 ? "small GET, sequential" : "small GET, 16 in flight", lat,
            seconds, failures);
    }

    sim.createExecutions(rows - 1, QStringLiteral("Failed"));
    const bool walked = pagedWalk(client, rows, 1000);
    bareWalk(sim.url(), sim.adminKey().toUtf8(), rows, 1000);
    decodeThroughput(1000);
    std::printf("client peak RSS %lld KiB; simulator CPU %.1f s\n", static_cast<long long>(CloacinaBench::peakRssKib()),
        sim.cpuSeconds());
    return walked ? 0 : 1;
}

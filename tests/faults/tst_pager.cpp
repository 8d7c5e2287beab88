// Pagination under shifting lists (label: faults).
#include "scriptedserver.h"

#include <cloacina/cloacinaclient.h>
#include <cloacina/pager.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Cloacina;

//! A newest-first execution list served with limit/offset, mutable between pages.
class ListServer : public QObject {
public:
    ScriptedServer server;
    QStringList rows; //!< newest first
    int next = 0;
    std::function<void(int pageIndex)> beforePage;
    int pages = 0;
    int failAtPage = -1; //!< answer this page (and later ones) with a 500

    ListServer()
    {
        server.setHandler([this](const ScriptedServer::Recorded& r) {
            if (beforePage)
                beforePage(pages);
            if (failAtPage >= 0 && pages >= failAtPage)
                return ScriptedServer::json(500, R"({"error":"boom","code":"internal"})");
            ++pages;
            const QUrlQuery q(QUrl(QString::fromUtf8(r.target)).query());
            const int limit = q.queryItemValue(QStringLiteral("limit")).toInt();
            const int offset = q.queryItemValue(QStringLiteral("offset")).toInt();
            if (limit < 1 || limit > 1000 || offset < 0)
                return ScriptedServer::json(400, R"({"error":"bad","code":"invalid_pagination"})");
            QJsonArray items;
            for (int i = offset; i < rows.size() && items.size() < limit; ++i) {
                items.append(QJsonObject { { QStringLiteral("id"), rows[i] },
                    { QStringLiteral("workflow_name"), QStringLiteral("wf") },
                    { QStringLiteral("status"), QStringLiteral("Completed") },
                    { QStringLiteral("started_at"), QStringLiteral("2026-01-01T00:00:00Z") } });
            }
            const QJsonObject page { { QStringLiteral("items"), items },
                { QStringLiteral("tenant_id"), QStringLiteral("public") },
                { QStringLiteral("total"), items.size() } };
            return ScriptedServer::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
        });
    }
    void fill(int n)
    {
        for (int i = 0; i < n; ++i)
            rows.append(QStringLiteral("r%1").arg(next++, 5, 10, QLatin1Char('0')));
        std::reverse(rows.begin(), rows.end()); // newest (highest) first
    }
    void addAtHead(int n)
    {
        for (int i = 0; i < n; ++i)
            rows.prepend(QStringLiteral("r%1").arg(next++, 5, 10, QLatin1Char('0')));
    }
};

class TstPager : public QObject {
    Q_OBJECT

    struct Walk {
        QStringList ids;
        int batches = 0;
        QList<qint64> progress;
        std::optional<Result<void>> result;
    };

    static Walk run(ExecutionPager& pager)
    {
        Walk walk;
        QObject::connect(&pager, &ExecutionPager::rowsReady, &pager, [&walk](const QList<ExecutionSummary>& rows) {
            ++walk.batches;
            for (const auto& r : rows)
                walk.ids.append(r.id);
        });
        QObject::connect(&pager, &PagerBase::progress, &pager, [&walk](qint64 n) { walk.progress.append(n); });
        QObject::connect(&pager, &PagerBase::finished, &pager, [&walk](const Result<void>& r) { walk.result = r; });
        pager.start();
        (void)QTest::qWaitFor([&] { return walk.result.has_value(); }, 20000);
        return walk;
    }

    static bool unique(const QStringList& ids)
    {
        return QSet<QString>(ids.begin(), ids.end()).size() == ids.size();
    }

private Q_SLOTS:
    void stableList()
    {
        ListServer list;
        QVERIFY(list.server.start());
        list.fill(95);
        const QStringList expected = list.rows;
        CloacinaClient client(QUrl(list.server.url()));
        ExecutionPager pager(&client);
        pager.setPageSize(10);
        const Walk walk = run(pager);
        QVERIFY(walk.result && walk.result->ok());
        QCOMPARE(walk.ids, expected);
        QCOMPARE(walk.progress.last(), 95);
        QCOMPARE(pager.rowsSoFar(), 95);
    }

    void rowsArrivingAtHeadAreNotDuplicated()
    {
        ListServer list;
        QVERIFY(list.server.start());
        list.fill(120);
        const QStringList original = list.rows;
        list.beforePage = [&list](int page) {
            if (page > 0)
                list.addAtHead(page % 3 == 0 ? 25 : 3); // sometimes more than a page
        };
        CloacinaClient client(QUrl(list.server.url()));
        ExecutionPager pager(&client);
        pager.setPageSize(20);
        const Walk walk = run(pager);
        QVERIFY(walk.result && walk.result->ok());
        QVERIFY2(unique(walk.ids), "a row was yielded twice");
        for (const QString& id : original)
            QVERIFY2(walk.ids.contains(id), qPrintable(id + QStringLiteral(" was skipped")));
    }

    void rowsDeletedAheadAreNotSkipped()
    {
        ListServer list;
        QVERIFY(list.server.start());
        list.fill(100);
        QStringList deleted;
        list.beforePage = [&list, &deleted](int page) {
            if (page == 2 || page == 4) {
                // Delete rows the walk has already passed: later rows move back.
                for (int i = 0; i < 5; ++i)
                    deleted.append(list.rows.takeAt(1));
            }
        };
        const QStringList original = list.rows;
        CloacinaClient client(QUrl(list.server.url()));
        ExecutionPager pager(&client);
        pager.setPageSize(10);
        const Walk walk = run(pager);
        QVERIFY(walk.result && walk.result->ok());
        QVERIFY(unique(walk.ids));
        for (const QString& id : original) {
            if (!deleted.contains(id))
                QVERIFY2(walk.ids.contains(id), qPrintable(id + QStringLiteral(" was skipped")));
        }
    }

    void maxRowsAndCancel()
    {
        ListServer list;
        QVERIFY(list.server.start());
        list.fill(500);
        CloacinaClient client(QUrl(list.server.url()));
        ExecutionPager pager(&client);
        pager.setPageSize(50);
        pager.setMaxRows(120);
        const Walk walk = run(pager);
        QVERIFY(walk.result && walk.result->ok());
        QCOMPARE(walk.ids.size(), 120);
        QCOMPARE(walk.ids, list.rows.mid(0, 120));
    }

    void errorStopsTheWalk() // and reports the error
    {
        ListServer list;
        QVERIFY(list.server.start());
        list.fill(50);
        CloacinaClient client(QUrl(list.server.url()));
        ExecutionPager pager(&client);
        pager.setPageSize(1); // clamped to 2
        QCOMPARE(pager.pageSize(), 2);
        list.failAtPage = 3;
        const Walk walk = run(pager);
        QVERIFY(walk.result);
        QVERIFY2(!walk.result->ok(), "the walk must fail");
        QCOMPARE(walk.result->error().code, QStringLiteral("internal"));
        QVERIFY(!pager.isRunning());
    }
};

QTEST_GUILESS_MAIN(TstPager)
#include "tst_pager.moc"

// Unit-level pieces of the stream code: backoff, dedup window, event/task decoding, value types.
#include "stream_backoff_p.h"
#include "stream_dedup_p.h"

#include <cloacina/deliverysubscription.h>
#include <cloacina/executionevent.h>
#include <cloacina/streamendpoint.h>

#include <QtTest>

using namespace Cloacina;

class TstStreamUnits : public QObject {
    Q_OBJECT
private slots:
    void backoffIsCappedAndJittered()
    {
        StreamDetail::Backoff b(100, 30000);
        int previousCeiling = 0;
        for (int i = 0; i < 20; ++i) {
            const qint64 ceiling = qMin<qint64>(30000, qint64(100) << qMin(i, 20));
            const int d = b.next();
            QVERIFY2(d >= ceiling / 2 && d <= ceiling, qPrintable(QStringLiteral("%1: %2").arg(i).arg(d)));
            previousCeiling = int(ceiling);
        }
        QCOMPARE(previousCeiling, 30000);
        b.reset();
        QVERIFY(b.next() <= 100);
        // Jitter: 50 draws at the cap are not all equal.
        StreamDetail::Backoff c(1000, 1000);
        QSet<int> values;
        for (int i = 0; i < 50; ++i)
            values.insert(c.next());
        QVERIFY(values.size() > 5);
    }

    void dedupWindowIsBounded()
    {
        StreamDetail::DedupWindow w(100);
        for (qint64 id = 1; id <= 100000; ++id) {
            QVERIFY(w.insert(id));
            QVERIFY(w.size() <= 100);
        }
        QCOMPARE(w.size(), 100);
        QCOMPARE(w.highest(), qint64(100000));
        QVERIFY(w.contains(100000) && w.contains(99901) && !w.contains(100001));
        QCOMPARE(w.floor(), qint64(99900));
        QVERIFY(!w.insert(99950)); // recent duplicate recognised
        QVERIFY(!w.insert(5)); // below the floor: an old replay, not new
        QVERIFY(w.insert(100005)); // gaps above the floor are fine
        QVERIFY(w.insert(100003)); // and late arrivals within the window too
        w.setCapacity(16);
        QCOMPARE(w.size(), 16);
        QVERIFY(w.contains(100005) && w.floor() >= 99986);
        w.setCapacity(1); // clamped to the minimum
        QCOMPARE(w.capacity(), 16);
    }

    void durableKinds()
    {
        DeliveryPush p;
        p.kind = QStringLiteral("execution_event");
        QVERIFY(p.isDurable());
        p.kind = QStringLiteral("ops_metrics:global");
        QVERIFY(!p.isDurable());
        p.kind = QStringLiteral("something_new");
        QVERIFY(p.isDurable());
    }

    void historyRowDecoding()
    {
        const QJsonObject row = QJsonDocument::fromJson("{\"id\":\"e1\",\"event_type\":\"task_failed\","
            "\"event_data\":\"{\\\"error\\\":\\\"boom\\\"}\",\"task_name\":\"public::pkg::wf::extract\","
            "\"created_at\":\"2025-01-02T03:04:05.123Z\",\"sequence_num\":42}").object();
        Json::Context ctx;
        RunEvent e;
        QVERIFY2(RunEvent::fromHistoryRow(row, QStringLiteral("x1"), e, ctx), qPrintable(ctx.errorString()));
        QCOMPARE(e.id, QStringLiteral("e1"));
        QCOMPARE(e.executionId, QStringLiteral("x1"));
        QCOMPARE(e.eventData.toObject().value(QLatin1String("error")).toString(), QStringLiteral("boom"));
        QCOMPARE(e.rawEventData, QStringLiteral("{\"error\":\"boom\"}"));
        QCOMPARE(e.shortTaskName(), QStringLiteral("extract"));
        QCOMPARE(e.sequenceNum.value_or(-1), qint64(42));
        QCOMPARE(e.sequenceNumVariant().toLongLong(), 42);
        QVERIFY(e.createdAt.isValid());
        QCOMPARE(e.createdAt.time().msec(), 123);
        QCOMPARE(e.origin, RunEvent::Origin::History);
        const QJsonObject out = e.toJson();
        QCOMPARE(out.value(QLatin1String("task_name")).toString(), QStringLiteral("public::pkg::wf::extract"));
        QCOMPARE(out.value(QLatin1String("sequence_num")).toInteger(), 42);
        QCOMPARE(e.toJson(true).value(QLatin1String("task_name")).toString(), QStringLiteral("extract"));

        QJsonObject missing = row;
        missing.remove(QStringLiteral("sequence_num"));
        Json::Context ctx2;
        QVERIFY(!RunEvent::fromHistoryRow(missing, {}, e, ctx2));
        QVERIFY(ctx2.errorString().contains(QLatin1String("sequence_num")));
    }

    void pushPayloadDecoding()
    {
        const QJsonObject payload = QJsonDocument::fromJson("{\"id\":\"e2\",\"workflow_execution_id\":\"x1\","
            "\"task_execution_id\":null,\"event_type\":\"brand_new_type\",\"event_data\":null,"
            "\"created_at\":\"2025-01-02T03:04:05Z\"}").object();
        Json::Context ctx;
        RunEvent e;
        QVERIFY2(RunEvent::fromPushPayload(payload, e, ctx), qPrintable(ctx.errorString()));
        QCOMPARE(e.origin, RunEvent::Origin::Push);
        QVERIFY(!e.sequenceNum);
        QVERIFY(!e.sequenceNumVariant().isValid());
        QVERIFY(e.eventData.isNull());
        QVERIFY(e.rawEventData.isNull());
        QVERIFY(!e.isKnownType()); // kept, just flagged
        const QJsonObject out = e.toJson();
        QVERIFY(!out.contains(QLatin1String("sequence_num")));
        QVERIFY(!out.contains(QLatin1String("task_name")));
        QVERIFY(out.value(QLatin1String("event_data")).isNull());
    }

    void eventDataSecondParse()
    {
        QCOMPARE(RunEvent::parseEventData(QStringLiteral("42")), QJsonValue(42));
        QCOMPARE(RunEvent::parseEventData(QStringLiteral("\"s\"")), QJsonValue(QStringLiteral("s")));
        QCOMPARE(RunEvent::parseEventData(QStringLiteral("not json")), QJsonValue(QStringLiteral("not json")));
        QVERIFY(RunEvent::parseEventData(QJsonValue(QJsonValue::Null)).isNull());
        QCOMPARE(RunEvent::parseEventData(QStringLiteral("[1,2]")).toArray().size(), 2);
    }

    void taskRowDecoding()
    {
        const QJsonObject row = QJsonDocument::fromJson("{\"id\":\"t1\",\"task_name\":\"a::b::c\",\"status\":\"Failed\","
            "\"attempt\":2,\"max_attempts\":3,\"created_at\":\"2025-01-02T03:04:05Z\",\"updated_at\":\"2025-01-02T03:04:06Z\","
            "\"started_at\":null,\"completed_at\":\"2025-01-02T03:04:06Z\",\"last_error\":\"boom\",\"sub_status\":null}").object();
        Json::Context ctx;
        RunTask t;
        QVERIFY2(RunTask::fromJson(row, t, ctx), qPrintable(ctx.errorString()));
        QCOMPARE(t.shortTaskName(), QStringLiteral("c"));
        QCOMPARE(t.attempt, 2);
        QVERIFY(!t.startedAt.isValid());
        QVERIFY(t.completedAt.isValid());
        QCOMPARE(t.lastError, QStringLiteral("boom"));
    }

    void terminalStatuses()
    {
        QVERIFY(isTerminalExecutionStatus(QStringLiteral("Completed")));
        QVERIFY(isTerminalExecutionStatus(QStringLiteral("Failed")));
        QVERIFY(isTerminalExecutionStatus(QStringLiteral("Cancelled")));
        QVERIFY(!isTerminalExecutionStatus(QStringLiteral("Running")));
        QVERIFY(!isTerminalExecutionStatus(QStringLiteral("Paused")));
    }

    void endpointUrls()
    {
        StreamEndpoint e;
        e.baseUrl = QUrl(QStringLiteral("https://example.com:8443/prefix/"));
        QCOMPARE(e.webSocketUrl(QStringLiteral("/v1/ws/delivery/exec_events%3Aabc")).toString(QUrl::FullyEncoded),
            QStringLiteral("wss://example.com:8443/prefix/v1/ws/delivery/exec_events%3Aabc"));
        QVERIFY(!e.isValid()); // no ticket source
        e.mintTicket = [] { return QFuture<Result<QString>>(); };
        QVERIFY(e.isValid());
        e.baseUrl = QUrl(QStringLiteral("ftp://x"));
        QVERIFY(!e.isValid());
    }
};

QTEST_GUILESS_MAIN(TstStreamUnits)
#include "tst_streamunits.moc"

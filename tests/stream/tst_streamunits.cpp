// Unit-level pieces of the stream code: backoff, dedup window, event/task decoding, value types.
#include "cleanhash_p.h"
#include "recentstrings_p.h"
#include "stream_backoff_p.h"
#include "stream_dedup_p.h"
#include "stream_deliveredevents_p.h"
#include "stream_eventids_p.h"
#include "stream_internedstrings_p.h"
#include "stream_rowidset_p.h"
#include "stream_uuidtable_p.h"

#include <cloacina/deliverysubscription.h>
#include <cloacina/executionevent.h>
#include <cloacina/executionid.h>
#include <cloacina/streamendpoint.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <limits>
#include <set>

using namespace Cloacina;

class TstStreamUnits : public QObject {
    Q_OBJECT
private slots:
    void backoffIsCappedAndJittered()
    {
        // The ceilings written out: 100 ms doubling per attempt, capped at 30 s from the tenth
        // attempt on (and still capped after many more, where a shift would overflow).
        const QList<int> ceilings { 100, 200, 400, 800, 1600, 3200, 6400, 12800, 25600, 30000, 30000, 30000 };
        StreamDetail::Backoff b(100, 30000);
        for (int i = 0; i < ceilings.size(); ++i) {
            const int d = b.next();
            QVERIFY2(d >= ceilings[i] / 2 && d <= ceilings[i], qPrintable(QStringLiteral("attempt %1: %2 ms").arg(i).arg(d)));
            QCOMPARE(b.attempt(), i + 1);
        }
        for (int i = 0; i < 100; ++i)
            b.next();
        const int late = b.next();
        QVERIFY2(late >= 15000 && late <= 30000, qPrintable(QString::number(late)));
        b.reset();
        QCOMPARE(b.attempt(), 0);
        const int first = b.next();
        QVERIFY2(first >= 50 && first <= 100, qPrintable(QString::number(first)));
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

    // The window's flat id table against std::set: random inserts and removals in a small
    // table (long probe runs, wrap-around at its end), negative and extreme ids included, so
    // that a backward shift that strands a member is caught by a later lookup.
    void rowIdSetMatchesAReferenceSet()
    {
        StreamDetail::RowIdSet set;
        set.reset(16);
        std::set<qint64> reference;
        QRandomGenerator random(20261203);
        const QList<qint64> extremes { std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), 0, -1 };
        for (int step = 0; step < 200000; ++step) {
            const int pick = int(random.bounded(70));
            const qint64 id = pick < 64 ? qint64(pick) * 1024 : extremes.at(pick % extremes.size());
            if (reference.count(id)) {
                set.remove(id);
                reference.erase(id);
            } else if (reference.size() < 16) {
                set.insert(id);
                reference.insert(id);
            }
            QCOMPARE(set.size(), int(reference.size()));
            for (qint64 probe : { id, qint64(random.bounded(64)) * 1024, extremes.at(step % extremes.size()) })
                QCOMPARE(set.contains(probe), reference.count(probe) == 1);
        }
        for (qint64 id : reference)
            QVERIFY(set.contains(id));
    }

    // The 9,000-push shape of issue #15: one bogus huge id early in the stream.
    void dedupFloorIgnoresOneBogusHugeId()
    {
        StreamDetail::DedupWindow w(8192);
        const qint64 bogus = qint64(1) << 62;
        QVERIFY(w.insert(1));
        QVERIFY(w.insert(bogus));
        int accepted = 2;
        for (qint64 id = 2; id <= 8999; ++id)
            accepted += w.insert(id);
        QCOMPARE(accepted, 9000);
        QVERIFY(w.floor() < 809); // the floor stayed with the genuine ids (the last 8192 of 2..8999)
        QVERIFY(w.contains(bogus)); // still seen: a redelivery is a duplicate
        QVERIFY(!w.insert(bogus));
        QCOMPARE(w.outlierCount(), 1);
        QVERIFY(w.insert(9000));
        // Once the genuine ids pass it, the floor covers what it must: old replays stay out.
        QVERIFY(!w.insert(3));
    }

    void dedupFloorBoundsOutliers()
    {
        StreamDetail::DedupWindow w(16);
        const qint64 bogusBase = Q_INT64_C(1000000000000);
        // Genuine ascending ids with a bogus huge one every 20: each evicted bogus id is an
        // outlier above the floor; fewer than `capacity` of them never hold genuine ids back.
        QList<qint64> all;
        for (qint64 id = 1; id <= 200; ++id) {
            QVERIFY(w.insert(id));
            all.append(id);
            if (id % 20 == 0) {
                QVERIFY(w.insert(bogusBase + id));
                all.append(bogusBase + id);
            }
        }
        QVERIFY(w.floor() < 200); // with the genuine ids, not the bogus ones
        // More outliers than the capacity: memory stays bounded (the smallest becomes the
        // floor) and every id inserted so far still counts as seen.
        for (qint64 id = 201; id <= 300; ++id) {
            if (w.insert(id))
                all.append(id);
            QVERIFY(w.insert(bogusBase + id));
            all.append(bogusBase + id);
            QVERIFY(w.outlierCount() <= 16);
        }
        for (qint64 id : std::as_const(all))
            QVERIFY2(w.contains(id), qPrintable(QString::number(id)));
        w.setCapacity(32);
        for (qint64 id : std::as_const(all))
            QVERIFY(w.contains(id));
    }

    // Ids and sequence numbers are read as 64-bit integers, never through a double.
    void integersAreExact()
    {
        const QByteArray text = R"({"a":9007199254740993,"b":9223372036854775807,"c":-9223372036854775808,"d":1e3,"e":1.5,"g":18446744073709551615})";
        const QJsonObject o = QJsonDocument::fromJson(text).object();
        Json::Context ctx;
        qint64 v = 0;
        QVERIFY(Json::read(o.value(QLatin1String("a")), v, ctx));
        QCOMPARE(v, Q_INT64_C(9007199254740993));
        QVERIFY(Json::read(o.value(QLatin1String("b")), v, ctx));
        QCOMPARE(v, std::numeric_limits<qint64>::max());
        QVERIFY(Json::read(o.value(QLatin1String("c")), v, ctx));
        QCOMPARE(v, std::numeric_limits<qint64>::min());
        QVERIFY(Json::read(o.value(QLatin1String("d")), v, ctx));
        QCOMPARE(v, qint64(1000));
        for (const char* key : { "e", "g" }) { // a fraction; beyond qint64
            Json::Context refused;
            QVERIFY2(!Json::read(o.value(QLatin1String(key)), v, refused), key);
            QVERIFY(!refused.errorString().isEmpty());
        }
        // Written back exactly, too (acks carry ids).
        const QJsonObject out { { QStringLiteral("id"), Json::write(Q_INT64_C(9007199254740993)) } };
        QVERIFY(QJsonDocument(out).toJson(QJsonDocument::Compact).contains("9007199254740993"));
        // A pushed payload's sequence_num as well.
        RunEvent e;
        Json::Context pushCtx;
        QVERIFY(RunEvent::fromPushPayload(QJsonDocument::fromJson(R"({"id":"e","workflow_execution_id":"x","event_type":"task_started","created_at":"2026-01-01T00:00:00Z","sequence_num":9007199254740993})").object(), e, pushCtx));
        QCOMPARE(e.sequenceNum.value_or(0), Q_INT64_C(9007199254740993));
    }

    // A lowered maxBatchSize applies to pushes already waiting for the flush (fuzz finding:
    // the next flush used to emit them all at once).
    void loweredMaxBatchSizeAppliesToPendingPushes()
    {
        DeliverySubscription sub(StreamEndpoint {}, QStringLiteral("r"));
        QObject* conn = nullptr;
        for (QObject* child : sub.children())
            if (QByteArray(child->metaObject()->className()).endsWith("Connection"))
                conn = child;
        QVERIFY(conn);
        auto receive = [conn](const QJsonObject& frame) {
            QVERIFY(QMetaObject::invokeMethod(conn, "textReceived", Qt::DirectConnection,
                Q_ARG(QString, QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)))));
        };
        QList<int> sizes;
        QList<qint64> ids;
        connect(&sub, &DeliverySubscription::pushesReceived, this, [&](const QList<DeliveryPush>& b) {
            sizes.append(int(b.size()));
            for (const DeliveryPush& p : b)
                ids.append(p.id);
        });
        receive(QJsonObject { { QStringLiteral("type"), QStringLiteral("welcome") }, { QStringLiteral("protocol_version"), 1 },
            { QStringLiteral("max_known_id"), 0 } });
        QCOMPARE(sub.state(), DeliverySubscription::State::Live);
        for (qint64 id = 1; id <= 10; ++id)
            receive(QJsonObject { { QStringLiteral("type"), QStringLiteral("push") }, { QStringLiteral("protocol_version"), 1 },
                { QStringLiteral("id"), id }, { QStringLiteral("kind"), QStringLiteral("execution_event") },
                { QStringLiteral("recipient"), QStringLiteral("r") }, { QStringLiteral("tenant_id"), QJsonValue() },
                { QStringLiteral("payload_b64"), QStringLiteral("e30=") } });
        sub.setMaxBatchSize(3);
        QTRY_COMPARE(ids.size(), 10);
        QCOMPARE(sizes, (QList<int> { 3, 3, 3, 1 }));
        QCOMPARE(ids, (QList<qint64> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }));
    }

    void executionIdNormalisation_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected"); // empty: refused
        const QString canonical = QStringLiteral("0b3c6f1e-5a2d-4c1b-9e8f-7a6b5c4d3e2f");
        QTest::newRow("canonical") << canonical << canonical;
        QTest::newRow("upper case") << canonical.toUpper() << canonical;
        QTest::newRow("braces") << QStringLiteral("{0B3C6F1E-5A2D-4C1B-9E8F-7A6B5C4D3E2F}") << canonical;
        QTest::newRow("urn") << QStringLiteral("urn:uuid:0b3c6f1e-5a2d-4c1b-9e8f-7a6b5c4d3e2f") << canonical;
        QTest::newRow("URN") << QStringLiteral("URN:UUID:0B3C6F1E-5A2D-4C1B-9E8F-7A6B5C4D3E2F") << canonical;
        QTest::newRow("32 hex") << QStringLiteral("0b3c6f1e5a2d4c1b9e8f7a6b5c4d3e2f") << canonical;
        QTest::newRow("white space") << QStringLiteral("  0b3c6f1e-5a2d-4c1b-9e8f-7a6b5c4d3e2f\n") << canonical;
        QTest::newRow("path after the uuid") << QStringLiteral("0b3c6f1e-5a2d-4c1b-9e8f-7a6b5c4d3e2f/../x") << QString();
        QTest::newRow("trailing text") << canonical + QStringLiteral("x") << QString();
        QTest::newRow("braces around urn") << QStringLiteral("{urn:uuid:0b3c6f1e-5a2d-4c1b-9e8f-7a6b5c4d3e2f}") << QString();
        QTest::newRow("one brace") << QStringLiteral("{0b3c6f1e-5a2d-4c1b-9e8f-7a6b5c4d3e2f") << QString();
        QTest::newRow("hyphen misplaced") << QStringLiteral("0b3c6f1e5-a2d-4c1b-9e8f-7a6b5c4d3e2f") << QString();
        QTest::newRow("not hex") << QStringLiteral("0b3c6f1e-5a2d-4c1b-9e8f-7a6b5c4d3e2g") << QString();
        QTest::newRow("31 hex") << QStringLiteral("0b3c6f1e5a2d4c1b9e8f7a6b5c4d3e2") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("name") << QStringLiteral("run-42") << QString();
        QTest::newRow("full-width digits") << QStringLiteral("０b3c6f1e-5a2d-4c1b-9e8f-7a6b5c4d3e2f") << QString();
    }
    void executionIdNormalisation()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const std::optional<QString> id = normalizeExecutionId(typed);
        QCOMPARE(id.value_or(QString()), expected);
        QCOMPARE(id.has_value(), !expected.isEmpty());
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
                                                        "\"created_at\":\"2025-01-02T03:04:05.123Z\",\"sequence_num\":42}")
                                    .object();
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
                                                            "\"created_at\":\"2025-01-02T03:04:05Z\"}")
                                        .object();
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
                                                        "\"started_at\":null,\"completed_at\":\"2025-01-02T03:04:06Z\",\"last_error\":\"boom\",\"sub_status\":null}")
                                    .object();
        Json::Context ctx;
        RunTask t;
        QVERIFY2(RunTask::fromJson(row, t, ctx), qPrintable(ctx.errorString()));
        QCOMPARE(t.shortTaskName(), QStringLiteral("c"));
        QCOMPARE(t.attempt, 2);
        QVERIFY(!t.startedAt.isValid());
        QVERIFY(t.completedAt.isValid());
        QCOMPARE(t.lastError, QStringLiteral("boom"));
    }

    // The hand-written UUID reader of EventKey::of() keys exactly what QUuid::fromString reads
    // (36 characters), and the nil UUID and everything else stay text.
    void eventKeysReadUuidsAsQtDoes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("lower") << QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f50");
        QTest::newRow("upper") << QStringLiteral("6A5F0C2E-1B2D-4C3E-8F9A-0B1C2D3E4F50");
        QTest::newRow("mixed") << QStringLiteral("6a5F0c2E-1b2D-4c3E-8f9A-0b1C2d3E4f50");
        QTest::newRow("all f") << QStringLiteral("ffffffff-ffff-ffff-ffff-ffffffffffff");
        QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000");
        QTest::newRow("dash moved") << QStringLiteral("6a5f0c2e1-b2d-4c3e-8f9a-0b1c2d3e4f50");
        QTest::newRow("no dashes, 36") << QStringLiteral("6a5f0c2e1b2d4c3e8f9a0b1c2d3e4f501234");
        QTest::newRow("g") << QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f5g");
        QTest::newRow("space") << QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f5 ");
        QTest::newRow("braced 36") << QStringLiteral("{a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f5}");
        QTest::newRow("non-ASCII") << QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f5\u00e9");
        QTest::newRow("fullwidth digit") << QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f5\uff10");
        QTest::newRow("braced 38") << QStringLiteral("{6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f50}");
        QTest::newRow("35") << QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f5");
        QTest::newRow("text") << QStringLiteral("e1");
        QTest::newRow("empty") << QString();
    }

    void eventKeysReadUuidsAsQtDoes()
    {
        QFETCH(QString, id);
        const QUuid expected = id.size() == 36 ? QUuid::fromString(id) : QUuid();
        const StreamDetail::EventKey key = StreamDetail::EventKey::of(id);
        QCOMPARE(key.uuid, expected);
        QCOMPARE(key.text, expected.isNull() ? id : QString());
    }

    void eventKeysOfRandomUuids()
    {
        QRandomGenerator rng(14);
        for (int i = 0; i < 2000; ++i) {
            QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            for (QChar& c : id) {
                if (rng.bounded(2))
                    c = c.toUpper();
            }
            QCOMPARE(StreamDetail::EventKey::of(id).uuid, QUuid::fromString(id));
        }
    }

    // One entry per delivered event; the task execution id of a push is kept only while the
    // event awaits its sequence_num.
    void deliveredEventsAreRecordedOnce()
    {
        using StreamDetail::EventKey;
        const EventKey a = EventKey::of(QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f50"));
        const EventKey b = EventKey::of(QStringLiteral("not-a-uuid"));
        const EventKey c = EventKey::of(QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f51"));
        StreamDetail::DeliveredEvents delivered;
        QVERIFY(delivered.insert(a, true, QStringLiteral("t1")));
        QVERIFY(!delivered.insert(EventKey::of(QStringLiteral("6A5F0C2E-1B2D-4C3E-8F9A-0B1C2D3E4F50")), false, {}));
        QVERIFY(delivered.insert(b, false, QStringLiteral("t2")));
        QVERIFY(!delivered.insert(b, true, QStringLiteral("t2")));
        QVERIFY(delivered.insert(c, true, QString()));
        QCOMPARE(delivered.size(), 3);
        QVERIFY(delivered.contains(a) && delivered.contains(b) && delivered.contains(c));
        QVERIFY(!delivered.contains(EventKey::of(QStringLiteral("e9"))));

        const StreamDetail::DeliveredEvents copy = delivered; // continueFrom() hands it over
        QCOMPARE(delivered.takeAwaiting(a), std::optional<QString>(QStringLiteral("t1")));
        QCOMPARE(delivered.takeAwaiting(a), std::nullopt); // completed once
        QCOMPARE(delivered.takeAwaiting(b), std::nullopt); // never awaited
        QCOMPARE(delivered.takeAwaiting(c), std::optional<QString>(QString()));
        QVERIFY(delivered.contains(a));
        QCOMPARE(delivered.size(), 3);

        StreamDetail::DeliveredEvents other = copy;
        QCOMPARE(other.takeAwaiting(a), std::optional<QString>(QStringLiteral("t1"))); // the copy kept it
        other.forgetAwaiting();
        QCOMPARE(other.takeAwaiting(c), std::nullopt);
        QVERIFY(other.contains(c));
        QVERIFY(other.insert(EventKey::of(QStringLiteral("e9")), true, QStringLiteral("t3")));
        QCOMPARE(other.takeAwaiting(EventKey::of(QStringLiteral("e9"))), std::optional<QString>(QStringLiteral("t3")));
    }

    // The follower's flat id table: every id once, through growth, found again, copied whole.
    void uuidTableKeepsEveryIdOnce()
    {
        StreamDetail::UuidTable<quint32> table;
        QList<QUuid> ids;
        for (int i = 0; i < 5000; ++i)
            ids.append(QUuid::createUuid());
        for (int i = 0; i < ids.size(); ++i) {
            quint32* v = table.insertNew(ids.at(i));
            QVERIFY(v);
            QCOMPARE(*v, 0u); // a new value starts default
            *v = quint32(i);
            QVERIFY(!table.insertNew(ids.at(i / 2))); // an earlier id is in already
            // Also while a doubling moves slots over: every id is found, with its value.
            QCOMPARE(*table.find(ids.at(i / 3)), quint32(i / 3));
            QCOMPARE(*table.find(ids.at(i)), quint32(i));
        }
        QCOMPARE(table.size(), 5000);
        const StreamDetail::UuidTable<quint32> copy = table;
        for (int i = 0; i < ids.size(); ++i) {
            QVERIFY(table.contains(ids.at(i)));
            QCOMPARE(*table.find(ids.at(i)), quint32(i)); // values survived every growth
        }
        QVERIFY(!table.contains(QUuid::createUuid()));
        QVERIFY(!table.contains(QUuid()));
        qint64 sum = 0;
        table.forEachValue([&sum](quint32& v) {
            sum += v;
            v = 7;
        });
        QCOMPARE(sum, qint64(4999) * 5000 / 2);
        QCOMPARE(*table.find(ids.first()), 7u);
        QCOMPARE(*copy.find(ids.first()), 0u); // the copy is its own
        QCOMPARE(copy.size(), 5000);
        // A copy taken mid-move finds everything too, and forEachValue visits each id once.
        StreamDetail::UuidTable<quint32> growing;
        for (int i = 0; i < 97; ++i) // 96 fills three quarters of 128: the 97th doubles
            *growing.insertNew(ids.at(i)) = 1;
        const StreamDetail::UuidTable<quint32> midway = growing;
        int visited = 0;
        growing.forEachValue([&visited](quint32& v) { visited += int(v); });
        QCOMPARE(visited, 97);
        for (int i = 0; i < 97; ++i)
            QVERIFY(midway.contains(ids.at(i)) && growing.contains(ids.at(i)));
    }

    // Interned strings: the right text every time, while new strings move the table's nodes.
    void internedStringsStayRight()
    {
        StreamDetail::InternedStrings<int> strings(40);
        int described = 0;
        const auto describe = [&described](const QString& text) {
            ++described;
            return int(text.size());
        };
        const QByteArrayList recurring { "task_completed", "task_marked_ready", "workflow_started", "t", "" };
        for (int i = 0; i < 200; ++i) {
            const QByteArray fresh = "type_" + QByteArray::number(i); // 35 fit, the rest do not
            const auto& entry = strings.get(std::string_view(fresh.constData(), size_t(fresh.size())), describe);
            QCOMPARE(entry.text, QString::fromLatin1(fresh));
            QCOMPARE(entry.extra, int(fresh.size()));
            for (const QByteArray& r : recurring) {
                const auto& e = strings.get(std::string_view(r.constData(), size_t(r.size())), describe);
                QCOMPARE(e.text, QString::fromLatin1(r));
                QCOMPARE(e.extra, int(r.size()));
            }
        }
        QCOMPARE(strings.size(), 40);
        QCOMPARE(described, 5 + 200); // each kept string described once; the rest on every call
        // Long text is never kept, however few entries there are.
        StreamDetail::InternedStrings<int> few(40);
        const QByteArray longText(StreamDetail::InternedStrings<int>::maxLength + 1, 'x');
        for (int i = 0; i < 3; ++i)
            QCOMPARE(few.get(std::string_view(longText.constData(), size_t(longText.size())), describe).text.size(),
                longText.size());
        QCOMPARE(few.size(), 0);
    }

    // RecentStrings finds a key by its data (the same shared string), never a stale entry.
    void recentStringsFindSharedKeysOnly()
    {
        StreamDetail::RecentStrings<int, 2> recent;
        const QString a = QStringLiteral("task-a");
        const QString b = QStringLiteral("task-b");
        const QString c = QStringLiteral("task-c");
        QVERIFY(!recent.find(a));
        recent.put(a, 1);
        recent.put(b, 2);
        const QString sharedA = a;
        QCOMPARE(*recent.find(sharedA), 1);
        QVERIFY(!recent.find(QString(a.constData(), a.size()))); // equal text, other data
        QVERIFY(!recent.find(a.left(3))); // a prefix of the same data is not the key
        recent.put(c, 3); // forgets the oldest (a)
        QVERIFY(!recent.find(a));
        QCOMPARE(*recent.find(b), 2);
        QCOMPARE(*recent.find(c), 3);
        recent.clear();
        QVERIFY(!recent.find(b) && !recent.find(c));
        QVERIFY(!recent.find(QString()));
    }

    // cleanHash() is Qt's hash (same values, so the same tables), only without the aftermath.
    void cleanHashIsQtsHash()
    {
        const size_t seeds[] = { 0, 1, 0x9e3779b97f4a7c15ull };
        for (size_t seed : seeds) {
            for (int n = 0; n < 80; ++n) {
                const QString text = QString(n, QLatin1Char('a')) + QString::number(n);
                QCOMPARE(Internal::cleanHash(QStringView(text), seed), qHash(text, seed));
                const QByteArray bytes = text.toUtf8();
                QCOMPARE(Internal::cleanHash(QByteArrayView(bytes), seed), qHash(bytes, seed));
            }
        }
        QHash<Internal::CleanKey<QString>, int> table;
        table.insert({ QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f50") }, 1);
        table.insert({ QStringLiteral("t") }, 2);
        QCOMPARE(table.value({ QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f50") }), 1);
        QCOMPARE(table.value({ QStringLiteral("t") }), 2);
        QVERIFY(!table.contains({ QStringLiteral("u") }));
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

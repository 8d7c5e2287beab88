#include <cloacinamodels/eventtypes.h>
#include <cloacinamodels/runeventmodel.h>

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Cloacina;

namespace {
RunEvent makeEvent(int n, const QString& type = QStringLiteral("task_completed"), qint64 seq = -1)
{
    RunEvent r;
    r.id = QStringLiteral("ev-%1").arg(n);
    r.eventType = type;
    r.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000 + n, Qt::UTC);
    if (seq >= 0)
        r.sequenceNum = seq;
    r.origin = RunEvent::Origin::Push;
    if (type == QLatin1String("task_failed"))
        r.rawEventData = QStringLiteral("{\"error\":\"boom %1\\nsecond line\"}").arg(n);
    return r;
}

QList<RunEvent> events(int from, int count)
{
    QList<RunEvent> list;
    for (int i = from; i < from + count; ++i)
        list.append(makeEvent(i, i % 10 == 9 ? QStringLiteral("task_failed") : QStringLiteral("task_completed")));
    return list;
}
} // namespace

class TestRunEventModel : public QObject {
    Q_OBJECT
private slots:
    void testerPasses()
    {
        RunEventModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setExecution(QStringLiteral("run-1"));
        model.appendEvents(events(0, 120));
        model.flush();
        QCOMPARE(model.rowCount(), 120);
        model.setMaxEvents(100);
        model.appendEvents(events(120, 30));
        model.flush();
        QCOMPARE(model.rowCount(), 100);
        RunEventFilterModel filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setFailuresOnly(true);
        QCOMPARE(filter.rowCount(), 10);
        model.appendEvents(events(150, 10));
        model.flush();
        QCOMPARE(filter.rowCount(), 10); // one failure in, one trimmed out
        model.setExecution(QStringLiteral("run-2"));
        QCOMPARE(filter.rowCount(), 0);
    }

    void oneInsertPerFlush()
    {
        RunEventModel model;
        model.setExecution(QStringLiteral("run"));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        for (int batch = 0; batch < 40; ++batch)
            model.appendEvents(events(batch * 25, 25));
        QCOMPARE(inserted.count(), 0); // buffered
        QTRY_COMPARE(inserted.count(), 1); // the timer flushed once
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 999);
        model.appendEvents(events(1000, 5));
        model.appendEvents(events(1005, 5));
        QTRY_COMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(), 1010);
        QCOMPARE(reset.count(), 0);
    }

    // The follower is the one merge point: the model takes its updates (sequence number, task
    // name) and drops an event it already holds instead of merging it a second time.
    void updatesFillRowsAndDuplicatesAreDropped()
    {
        RunEventModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setExecution(QStringLiteral("run"));
        model.appendEvents(events(0, 10)); // pushes: no sequence, no task names
        model.flush();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QList<RunEvent> rest;
        for (int i : { 2, 3, 4, 7, 8 }) {
            RunEvent r = makeEvent(i);
            r.sequenceNum = 100 + i;
            r.taskName = QStringLiteral("public::pkg::wf::task_%1").arg(i);
            rest.append(r);
        }
        rest.append(makeEvent(3)); // nothing new
        QVERIFY(model.updateEvents(rest, model.generation()));
        model.flush();
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(changed.count(), 2); // rows 2..4 and 7..8
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 4);
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 7);
        QCOMPARE(changed.at(1).at(1).value<QModelIndex>().row(), 8);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(RunEventModel::SequenceNumRole));
        QVERIFY(roles.contains(RunEventModel::TaskNameRole));
        const QModelIndex idx = model.index(3, 0);
        QCOMPARE(idx.data(RunEventModel::SequenceNumRole).toLongLong(), 103);
        QCOMPARE(idx.data(RunEventModel::TaskNameRole).toString(), QStringLiteral("task_3"));
        QCOMPARE(idx.data(RunEventModel::TaskFullNameRole).toString(), QStringLiteral("public::pkg::wf::task_3"));
        QCOMPARE(idx.data(RunEventModel::SourceRole).toString(), QStringLiteral("live")); // first seen as a push

        // An event appended twice (a faulty feeder) shows once and changes nothing.
        changed.clear();
        RunEvent again = makeEvent(5);
        again.sequenceNum = 555;
        model.appendEvents({ again });
        model.flush();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model.index(5, 0).data(RunEventModel::SequenceNumRole).toLongLong(), -1); // not merged
        // a duplicate inside one batch is inserted once
        model.appendEvents({ makeEvent(50), makeEvent(50), makeEvent(51) });
        model.flush();
        QCOMPARE(model.rowCount(), 12);
    }

    // Every origin of RunEvent has its Source column text.
    void originNames()
    {
        RunEventModel model;
        model.setExecution(QStringLiteral("run"));
        RunEvent history = makeEvent(1, QStringLiteral("task_completed"), 1);
        history.origin = RunEvent::Origin::History;
        RunEvent poll = makeEvent(2, QStringLiteral("task_completed"), 2);
        poll.origin = RunEvent::Origin::Poll;
        model.appendEvents({ history, poll, makeEvent(3) });
        model.flush();
        QCOMPARE(model.index(0, RunEventModel::SourceColumn).data().toString(), QStringLiteral("history"));
        QCOMPARE(model.index(1, RunEventModel::SourceColumn).data().toString(), QStringLiteral("poll"));
        QCOMPARE(model.index(2, RunEventModel::SourceColumn).data().toString(), QStringLiteral("live"));
        QCOMPARE(model.index(1, RunEventModel::SequenceColumn).data().toLongLong(), 2);
        QVERIFY(!model.index(2, RunEventModel::SequenceColumn).data().isValid());
        QCOMPARE(model.index(2, 0).data(RunEventModel::SequenceNumRole).toLongLong(), -1);
    }

    void staleGenerationDropped()
    {
        RunEventModel model;
        model.setExecution(QStringLiteral("old"));
        const quint64 oldGen = model.generation();
        model.appendEvents(events(0, 5), oldGen);
        model.setExecution(QStringLiteral("new")); // pending batch of the old run is discarded too
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(!model.appendEvents(events(5, 5), oldGen));
        model.flush();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(inserted.count(), 0);
        QVERIFY(model.appendEvents(events(10, 3), model.generation()));
        model.flush();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(RunEventModel::IdRole).toString(), QStringLiteral("ev-10"));
    }

    void capTrimsOldestInOneRemoval()
    {
        RunEventModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setExecution(QStringLiteral("run"));
        model.setMaxEvents(1000);
        model.appendEvents(events(0, 900));
        model.flush();
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendEvents(events(900, 300));
        model.flush();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), 199);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.trimmedCount(), 200);
        QCOMPARE(model.index(0, 0).data(RunEventModel::IdRole).toString(), QStringLiteral("ev-200"));
        QCOMPARE(model.rowOfId(QStringLiteral("ev-200")), 0);
        QCOMPARE(model.rowOfId(QStringLiteral("ev-1199")), 999);
        QCOMPARE(model.rowOfId(QStringLiteral("ev-5")), -1);
        // updating a row after trimming targets the right row
        RunEvent fill = makeEvent(500);
        fill.sequenceNum = 4242;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateEvents({ fill }, model.generation());
        model.flush();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 300);
        QCOMPARE(model.index(300, 0).data(RunEventModel::SequenceNumRole).toLongLong(), 4242);
        // a batch larger than the cap keeps its newest part
        model.appendEvents(events(5000, 2500));
        model.flush();
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.index(0, 0).data(RunEventModel::IdRole).toString(), QStringLiteral("ev-6500"));
        QCOMPARE(model.rowOfId(QStringLiteral("ev-7499")), 999);
    }

    // The end-of-run sync of a run larger than the cap updates every event (pushes learn their
    // sequence_num): updates for trimmed ids must not come back as rows (issue #15: "200000
    // event(s) (362002 oldest trimmed)").
    void updatesNeverReinsertTrimmedEvents()
    {
        RunEventModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setExecution(QStringLiteral("run"));
        model.setMaxEvents(100);
        model.appendEvents(events(0, 250));
        model.flush();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.trimmedCount(), 150);
        QList<RunEvent> sync = events(0, 250);
        for (int i = 0; i < sync.size(); ++i)
            sync[i].sequenceNum = 1000 + i;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.updateEvents(sync, model.generation()));
        model.flush();
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.trimmedCount(), 150);
        QCOMPARE(changed.count(), 1); // one contiguous range
        QCOMPARE(model.index(0, 0).data(RunEventModel::SequenceNumRole).toLongLong(), 1150);
        QCOMPARE(model.index(99, 0).data(RunEventModel::SequenceNumRole).toLongLong(), 1249);
        QCOMPARE(model.rowOfId(QStringLiteral("ev-3")), -1);
        // Stale generations and unknown ids are dropped too.
        QVERIFY(!model.updateEvents(sync, model.generation() + 1));
        model.updateEvents({ makeEvent(999999, QStringLiteral("task_completed"), 7) }, model.generation());
        model.flush();
        QCOMPARE(model.rowCount(), 100);
    }

    // An update queued with (after) the events it concerns applies once they are in, even when
    // a huge backlog takes several flushes.
    void updatesWaitForQueuedEvents()
    {
        RunEventModel model;
        model.setExecution(QStringLiteral("run"));
        model.setMaxEvents(0);
        model.appendEvents(events(0, 60000)); // above one flush's bound (50000)
        RunEvent late = makeEvent(59999);
        late.sequenceNum = 77;
        model.updateEvents({ late }, model.generation());
        QTRY_COMPARE(model.rowCount(), 60000);
        QTRY_COMPARE(model.index(59999, 0).data(RunEventModel::SequenceNumRole).toLongLong(), 77);
    }

    void rolesAndLabels()
    {
        RunEventModel model;
        model.setExecution(QStringLiteral("run"));
        RunEvent unknown = makeEvent(1, QStringLiteral("task_teleported"));
        RunEvent retry = makeEvent(2, QStringLiteral("task_retry_scheduled"));
        retry.rawEventData = QStringLiteral("{\"attempt\":2,\"retry_at\":\"2024-01-01T00:00:00Z\"}");
        RunEvent failed = makeEvent(3, QStringLiteral("task_failed"));
        RunEvent legacy = makeEvent(4, QStringLiteral("pipeline_failed"));
        legacy.rawEventData = QStringLiteral("{\"reason\":\"cancelled by operator\"}");
        model.appendEvents({ unknown, retry, failed, legacy });
        model.flush();
        QCOMPARE(model.index(0, 0).data(RunEventModel::LabelRole).toString(), QStringLiteral("task_teleported"));
        QCOMPARE(model.index(0, 0).data(RunEventModel::CategoryRole).toString(), QStringLiteral("unknown"));
        QCOMPARE(model.index(0, 0).data(RunEventModel::KnownTypeRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(RunEventModel::LabelRole).toString(), QStringLiteral("Retry scheduled"));
        QCOMPARE(model.index(1, 0).data(RunEventModel::CategoryRole).toString(), QStringLiteral("retry"));
        QVERIFY(model.index(1, RunEventModel::DetailsColumn).data().toString().startsWith(QStringLiteral("attempt 2")));
        QCOMPARE(model.index(2, 0).data(RunEventModel::ErrorTextRole).toString(), QStringLiteral("boom 3\nsecond line"));
        QCOMPARE(model.index(2, RunEventModel::DetailsColumn).data().toString(), QStringLiteral("boom 3"));
        QVERIFY(model.index(2, 0).data(RunEventModel::EventDataRole).toString().contains(QStringLiteral("\"error\"")));
        QCOMPARE(model.index(3, 0).data(RunEventModel::LabelRole).toString(), QStringLiteral("Workflow failed"));
        QCOMPARE(model.index(3, 0).data(RunEventModel::ErrorTextRole).toString(), QStringLiteral("cancelled by operator"));
        QCOMPARE(model.failureCount(), 2);
        QCOMPARE(model.lastFailureRow(), 3);
        QVERIFY(model.roleNames().values().contains("label"));
        for (const QString& type : EventTypes::knownTypes()) {
            QVERIFY2(EventTypes::label(type) != type, qPrintable(type));
            QVERIFY2(EventTypes::category(type) != EventTypes::Category::Unknown, qPrintable(type));
        }
    }

    // Rows are stored compactly (issue #14); what comes back out is the event that went in:
    // UUID and other ids, names, event data as text, time, sequence, origin.
    void compactRowsGiveTheEventBack()
    {
        RunEventModel model;
        model.setExecution(QStringLiteral("run"));
        RunEvent e = makeEvent(1, QStringLiteral("task_failed"));
        e.id = QStringLiteral("6a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f50");
        e.taskName = QStringLiteral("t::pkg::wf::extract");
        e.taskExecutionId = QStringLiteral("7a5f0c2e-1b2d-4c3e-8f9a-0b1c2d3e4f50");
        e.rawEventData = QStringLiteral("{\"error\":\"größer € \\u00e9\"}");
        e.sequenceNum = 42;
        e.origin = RunEvent::Origin::Poll;
        RunEvent upper = makeEvent(2);
        upper.id = QStringLiteral("6A5F0C2E-1B2D-4C3E-8F9A-0B1C2D3E4F51"); // kept as typed
        RunEvent noData = makeEvent(3);
        model.appendEvents({ e, upper, noData });
        model.flush();
        const RunEvent back = model.event(0);
        QCOMPARE(back.id, e.id);
        QCOMPARE(back.executionId, QStringLiteral("run"));
        QCOMPARE(back.taskName, e.taskName);
        QCOMPARE(back.taskExecutionId, e.taskExecutionId);
        QCOMPARE(back.eventType, e.eventType);
        QCOMPARE(back.rawEventData, e.rawEventData);
        QCOMPARE(back.eventData.toObject().value(QLatin1String("error")).toString(), QStringLiteral("größer € é"));
        QCOMPARE(back.createdAt, e.createdAt);
        QCOMPARE(back.createdAtText, e.createdAt.toString(Qt::ISODateWithMs));
        QCOMPARE(back.sequenceNum, e.sequenceNum);
        QCOMPARE(back.origin, RunEvent::Origin::Poll);
        QCOMPARE(model.index(0, 0).data(RunEventModel::IdRole).toString(), e.id);
        QCOMPARE(model.index(1, 0).data(RunEventModel::IdRole).toString(), upper.id);
        QCOMPARE(model.rowOfId(upper.id), 1);
        QCOMPARE(model.rowOfId(e.id), 0);
        QVERIFY(model.event(2).rawEventData.isNull());
        QVERIFY(model.event(2).eventData.isNull());
        QVERIFY(!model.event(2).sequenceNum);
        QCOMPARE(model.index(2, RunEventModel::SequenceColumn).data(), QVariant());
        QCOMPARE(model.index(2, 0).data(RunEventModel::SequenceNumRole).toLongLong(), qint64(-1));
    }

    // The failure panel asks for the last failure row after every flush: it follows trims.
    void lastFailureRowFollowsTheCap()
    {
        RunEventModel model;
        model.setExecution(QStringLiteral("run"));
        model.setMaxEvents(50);
        model.appendEvents(events(0, 40)); // failures at 9, 19, 29, 39
        model.flush();
        QCOMPARE(model.lastFailureRow(), 39);
        QCOMPARE(model.failureCount(), 4);
        QList<RunEvent> plain;
        for (int i = 40; i < 85; ++i)
            plain.append(makeEvent(i));
        model.appendEvents(plain); // 35 trimmed: 39 is row 4 now, 9, 19 and 29 are gone
        model.flush();
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.lastFailureRow(), 4);
        QCOMPARE(model.failureCount(), 1);
        model.appendEvents({ makeEvent(85), makeEvent(86), makeEvent(87), makeEvent(88), makeEvent(89) });
        model.flush();
        QCOMPARE(model.lastFailureRow(), -1);
        QCOMPARE(model.failureCount(), 0);
    }

    // A large backlog is inserted over several event-loop turns, at most maxPerFlush rows each,
    // and updates wait until every queued event is in.
    void aBacklogIsInsertedInBoundedSteps()
    {
        RunEventModel model;
        model.setExecution(QStringLiteral("run"));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const int total = RunEventModel::maxPerFlush * 3 + 10;
        model.appendEvents(events(0, total));
        RunEvent late = makeEvent(total - 1);
        late.sequenceNum = 7;
        model.updateEvents({ late }, model.generation());
        QTRY_COMPARE(model.rowCount(), total);
        QCOMPARE(inserted.count(), 4);
        for (const QList<QVariant>& args : std::as_const(inserted))
            QVERIFY(args.at(2).toInt() - args.at(1).toInt() + 1 <= RunEventModel::maxPerFlush);
        QTRY_COMPARE(model.index(total - 1, 0).data(RunEventModel::SequenceNumRole).toLongLong(), qint64(7));
    }
};

QTEST_GUILESS_MAIN(TestRunEventModel)
#include "tst_runeventmodel.moc"

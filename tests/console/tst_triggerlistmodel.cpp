// TriggerListModel, TriggerInspector and the trigger event form over a fake backend: rows and
// keyed refreshes, errors that keep rows, typed form values and their problems, the actions;
// one pass against the simulator.
#include <cloacinamodels/console/triggereventform.h>
#include <cloacinamodels/console/triggerinspector.h>
#include <cloacinamodels/console/triggerlistmodel.h>

#include <cloacinasim/simulator.h>

#include "settledfuture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Cloacina;
using CloacinaTest::settled;

namespace {

struct FakeServer {
    QList<TriggerScheduleSummary> listed;
    std::optional<Error> listError;
    std::optional<Error> fireError;
    QList<InputSlot> inputSlots;
    QList<WorkflowInstanceSummary> instances;
    QStringList actions;
    std::optional<QJsonValue> lastEvent;
};

TriggerScheduleSummary schedule(const QString& id, const QString& workflow, const QString& trigger, bool paused = false)
{
    TriggerScheduleSummary s;
    s.id = id;
    s.workflowName = workflow;
    s.enabled = true;
    s.paused = paused;
    if (trigger.isEmpty()) {
        s.scheduleType = QStringLiteral("cron");
        s.cronExpression = Nullable<QString>(QStringLiteral("0 2 * * *"));
        s.nextRunAt = Nullable<QString>(QStringLiteral("2030-01-01T02:00:00Z"));
    } else {
        s.scheduleType = QStringLiteral("trigger");
        s.triggerName = Nullable<QString>(trigger);
        s.pollIntervalMs = Nullable<qint64>(5000);
    }
    return s;
}

InputSlot inputSlot(const QString& name, const QString& type, bool required)
{
    InputSlot s;
    s.name = name;
    s.required = required;
    s.schema = QJsonObject { { QStringLiteral("type"), type } };
    return s;
}

TriggerBackend fakeBackend(const std::shared_ptr<FakeServer>& server)
{
    TriggerBackend b;
    b.defaultTenant = [] { return QStringLiteral("public"); };
    b.listTriggers = [server](const QString&) -> QFuture<Result<QList<TriggerScheduleSummary>>> {
        if (server->listError)
            return settled<QList<TriggerScheduleSummary>>(*server->listError);
        return settled<QList<TriggerScheduleSummary>>(server->listed);
    };
    b.getTrigger = [](const QString& name, const QString& tenant) -> QFuture<Result<TriggerDetailResponse>> {
        TriggerDetailResponse d;
        d.tenantId = tenant;
        d.schedule.triggerName = Nullable<QString>(name);
        TriggerExecution e;
        e.id = QStringLiteral("run-1");
        e.startedAt = QStringLiteral("2026-01-01T00:00:00Z");
        d.recentExecutions = { e };
        return settled<TriggerDetailResponse>(d);
    };
    b.getInterface = [server](const QString& name, const QString&) -> QFuture<Result<DeclaredSurface>> {
        DeclaredSurface s;
        s.kind = QStringLiteral("trigger");
        s.name = name;
        s.slots_ = server->inputSlots;
        return settled<DeclaredSurface>(s);
    };
    b.setPaused = [server](const QString& name, bool pause, const QString&) -> QFuture<Result<TriggerPauseResponse>> {
        server->actions << (pause ? QStringLiteral("pause ") : QStringLiteral("resume ")) + name;
        TriggerPauseResponse r;
        r.paused = pause;
        return settled<TriggerPauseResponse>(r);
    };
    b.fire = [server](const QString& name, const std::optional<QJsonValue>& event, const QString&) -> QFuture<Result<FireTriggerResponse>> {
        server->actions << QStringLiteral("fire ") + name;
        server->lastEvent = event;
        if (server->fireError)
            return settled<FireTriggerResponse>(*server->fireError);
        FireTriggerResponse r;
        FiredExecution e;
        e.executionId = QStringLiteral("run-2");
        r.executions = { e };
        r.fired = 1;
        return settled<FireTriggerResponse>(r);
    };
    b.listInstances = [server](const QString&, const QString&) -> QFuture<Result<QList<WorkflowInstanceSummary>>> {
        return settled<QList<WorkflowInstanceSummary>>(server->instances);
    };
    b.createInstance = [server](const QString& workflow, const CreateInstanceRequest& request, const QString&) -> QFuture<Result<WorkflowInstanceSummary>> {
        server->actions << QStringLiteral("create %1 %2").arg(workflow, request.instanceName);
        WorkflowInstanceSummary s;
        s.instanceName = request.instanceName;
        s.workflowName = workflow;
        server->instances << s;
        return settled<WorkflowInstanceSummary>(s);
    };
    b.deleteInstance = [server](const QString& workflow, const QString& instance, const QString&) -> QFuture<Result<DeleteInstanceResponse>> {
        server->actions << QStringLiteral("delete %1 %2").arg(workflow, instance);
        server->instances.removeIf([&](const WorkflowInstanceSummary& s) { return s.instanceName == instance; });
        DeleteInstanceResponse r;
        r.deleted = true;
        return settled<DeleteInstanceResponse>(r);
    };
    return b;
}

} // namespace

class TestTriggerListModel : public QObject {
    Q_OBJECT
    CloacinaClient m_client { QUrl(QStringLiteral("http://127.0.0.1:9")) }; // never asked

private Q_SLOTS:
    void rowsShowKindScheduleAndFires()
    {
        auto server = std::make_shared<FakeServer>();
        server->listed = { schedule(QStringLiteral("s1"), QStringLiteral("etl_daily"), QString()),
            schedule(QStringLiteral("s2"), QStringLiteral("report_builder"), QStringLiteral("s3_file_arrived"), true) };
        TriggerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClientObject(&m_client);
        model.setBackend(fakeBackend(server));
        QTRY_COMPARE(model.rowCount(), 2);
        const TriggerRow cron = model.row(model.rowOfName(QStringLiteral("etl_daily")));
        QCOMPARE(cron.kind, QStringLiteral("cron"));
        QCOMPARE(cron.scheduleText(), QStringLiteral("0 2 * * *"));
        QVERIFY(cron.nextRunAt.isValid());
        QVERIFY(!cron.lastRunAt.isValid());
        QCOMPARE(model.data(model.index(0, TriggerListModel::LastColumn)).toString(), QStringLiteral("never"));
        const int poll = model.rowOfName(QStringLiteral("s3_file_arrived"));
        QCOMPARE(model.row(poll).workflowName, QStringLiteral("report_builder"));
        QVERIFY(model.row(poll).scheduleText().startsWith(QStringLiteral("every ")));
        QCOMPARE(model.data(model.index(poll, TriggerListModel::PausedColumn)).toString(), QStringLiteral("paused"));
        QVERIFY(model.roleNames().values().contains("nextRunAt"));

        // A refresh merges by id: one changed row, nothing inserted or removed.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy refreshed(&model, &RefreshableListModel::refreshed);
        server->listed[0].paused = true;
        model.refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 1);

        Error e = Error::make(Error::Kind::Api, QStringLiteral("boom"));
        e.code = QStringLiteral("internal_error");
        server->listError = e;
        model.refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(model.lastError().code, QStringLiteral("internal_error"));
        QCOMPARE(model.rowCount(), 2); // rows stay
    }

    void theFormTypesAndChecksValues()
    {
        const QList<InputSlot> form = { inputSlot(QStringLiteral("region"), QStringLiteral("string"), true),
            inputSlot(QStringLiteral("count"), QStringLiteral("integer"), false),
            inputSlot(QStringLiteral("ratio"), QStringLiteral("number"), false),
            inputSlot(QStringLiteral("dry"), QStringLiteral("boolean"), false),
            inputSlot(QStringLiteral("extra"), QStringLiteral("object"), false) };
        QCOMPARE(slotKind(form.at(0).schema), SlotKind::String);
        QCOMPARE(slotKind(form.at(1).schema), SlotKind::Integer);
        QCOMPARE(slotKind(form.at(2).schema), SlotKind::Number);
        QCOMPARE(slotKind(form.at(3).schema), SlotKind::Boolean);
        QCOMPARE(slotKind(form.at(4).schema), SlotKind::Json);

        TriggerEventCheck ok = buildTriggerEvent(form,
            { { QStringLiteral("region"), QStringLiteral("eu") }, { QStringLiteral("count"), QStringLiteral("3") },
                { QStringLiteral("ratio"), QStringLiteral("0.5") }, { QStringLiteral("dry"), true },
                { QStringLiteral("extra"), QStringLiteral("{\"a\": [1]}") } });
        QVERIFY(ok.isValid());
        QCOMPARE(ok.event.value(QStringLiteral("count")).toInteger(), 3);
        QCOMPARE(ok.event.value(QStringLiteral("ratio")).toDouble(), 0.5);
        QCOMPARE(ok.event.value(QStringLiteral("dry")).toBool(), true);
        QCOMPARE(ok.event.value(QStringLiteral("extra")).toObject().value(QStringLiteral("a")).toArray().size(), 1);

        TriggerEventCheck bad = buildTriggerEvent(form,
            { { QStringLiteral("count"), QStringLiteral("3.5") }, { QStringLiteral("ratio"), QStringLiteral("x") },
                { QStringLiteral("extra"), QStringLiteral("{oops") } });
        QVERIFY(!bad.isValid());
        QCOMPARE(bad.problems.keys(), QStringList({ QStringLiteral("count"), QStringLiteral("extra"), QStringLiteral("ratio"), QStringLiteral("region") }));
        QVERIFY(!bad.event.contains(QStringLiteral("count")));

        TriggerEventCheck empty = buildTriggerEvent({ form.at(1) }, {});
        QVERIFY(empty.isValid()); // optional slots left empty are left out
        QVERIFY(empty.event.isEmpty());
    }

    void theFormReadsSlotsAsEveryConsoleFormDoes()
    {
        // One typing for every slot form (slotvalue.h): the same types, the same sentences.
        InputSlot nullable = inputSlot(QStringLiteral("retries"), QString(), false);
        nullable.schema = QJsonObject { { QStringLiteral("type"), QJsonArray { QStringLiteral("integer"), QStringLiteral("null") } } };
        InputSlot untyped = inputSlot(QStringLiteral("payload"), QString(), false);
        untyped.schema = QJsonObject();
        const QList<InputSlot> form = { nullable, untyped, inputSlot(QStringLiteral("ratio"), QStringLiteral("number"), false),
            inputSlot(QStringLiteral("extra"), QStringLiteral("object"), false) };
        QCOMPARE(slotKind(nullable.schema), SlotKind::Integer);
        QCOMPARE(slotKind(untyped.schema), SlotKind::Json);

        const TriggerEventCheck ok = buildTriggerEvent(form,
            { { QStringLiteral("retries"), QStringLiteral(" 2 ") }, { QStringLiteral("payload"), QStringLiteral("[1, \"a\"]") } });
        QVERIFY(ok.isValid());
        QCOMPARE(ok.event.value(QStringLiteral("retries")), QJsonValue(qint64(2)));
        QCOMPARE(ok.event.value(QStringLiteral("payload")).toArray().size(), 2);

        const TriggerEventCheck bad = buildTriggerEvent(form,
            { { QStringLiteral("retries"), QStringLiteral("2.5") }, { QStringLiteral("ratio"), QStringLiteral("inf") },
                { QStringLiteral("extra"), QStringLiteral("[1]") } });
        QCOMPARE(bad.problems.value(QStringLiteral("retries")), QStringLiteral("Expected a whole number, got \"2.5\"."));
        QCOMPARE(bad.problems.value(QStringLiteral("ratio")), QStringLiteral("Expected a number, got \"inf\"."));
        QCOMPARE(bad.problems.value(QStringLiteral("extra")), QStringLiteral("Expected a JSON object ({…})."));
    }

    void theInspectorShowsAndActs()
    {
        auto server = std::make_shared<FakeServer>();
        server->inputSlots = { inputSlot(QStringLiteral("region"), QStringLiteral("string"), false) };
        TriggerInspector inspector;
        inspector.setBackend(fakeBackend(server));
        inspector.inspect(QStringLiteral("s3_file_arrived"), QStringLiteral("report_builder"));
        QTRY_VERIFY(inspector.hasDetail());
        QTRY_VERIFY(inspector.hasInterface());
        QCOMPARE(inspector.interfaceSlots().size(), 1);
        QCOMPARE(inspector.detail().recentExecutions.size(), 1);

        QSignalSpy finished(&inspector, &TriggerInspector::actionFinished);
        QSignalSpy fired(&inspector, &TriggerInspector::fired);
        inspector.fire(QJsonValue(QJsonObject { { QStringLiteral("region"), QStringLiteral("eu") } }));
        QVERIFY(finished.wait());
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired.at(0).at(0).toStringList(), QStringList { QStringLiteral("run-2") });
        QCOMPARE(server->lastEvent->toObject().value(QStringLiteral("region")).toString(), QStringLiteral("eu"));

        Error e = Error::make(Error::Kind::Api, QStringLiteral("invalid trigger event: missing required param 'region'"));
        e.code = QStringLiteral("trigger_event_invalid");
        e.httpStatus = 400;
        server->fireError = e;
        inspector.fire(std::nullopt);
        QVERIFY(finished.wait());
        QCOMPARE(finished.last().at(1).value<Error>().code, QStringLiteral("trigger_event_invalid"));
        QVERIFY(inspector.hasDetail()); // a failed fire keeps what is shown

        CreateInstanceRequest request;
        request.instanceName = QStringLiteral("eu-hourly");
        inspector.createInstance(request);
        QVERIFY(finished.wait());
        QTRY_COMPARE(inspector.instances().size(), 1);
        inspector.deleteInstance(QStringLiteral("eu-hourly"));
        QVERIFY(finished.wait());
        QTRY_COMPARE(inspector.instances().size(), 0);
        inspector.setPaused(true);
        QVERIFY(finished.wait());
        QCOMPARE(server->actions.last(), QStringLiteral("pause s3_file_arrived"));
    }

    void againstTheSimulator()
    {
        CloacinaSim::Simulator sim;
        QVERIFY(sim.start());
        CloacinaClient client(sim.url());
        client.setApiKey(sim.adminKey());
        TriggerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClientObject(&client);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfName(QStringLiteral("s3_file_arrived")) >= 0, 10000);
        QCOMPARE(model.row(model.rowOfName(QStringLiteral("s3_file_arrived"))).kind, QStringLiteral("trigger"));
        TriggerInspector inspector;
        inspector.setBackend(triggerBackend(&client));
        inspector.inspect(QStringLiteral("s3_file_arrived"), QStringLiteral("report_builder"));
        QTRY_VERIFY_WITH_TIMEOUT(inspector.hasInterface(), 10000);
        QCOMPARE(inspector.interfaceSlots().value(0).name, QStringLiteral("region"));
        QTRY_VERIFY_WITH_TIMEOUT(!inspector.instances().isEmpty(), 10000);
    }
};

QTEST_MAIN(TestTriggerListModel)
#include "tst_triggerlistmodel.moc"

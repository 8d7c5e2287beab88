// SPDX-License-Identifier: Apache-2.0
// The workload: runs on a timer, fails a share of runs with realistic errors and
// retries, skips downstream tasks, and repeats for the same seed.
#include "simtestsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace SimTest;

namespace {

CloacinaSim::Options fastOptions(quint32 seed, double failureShare)
{
    CloacinaSim::Options o;
    o.seed = seed;
    o.failureShare = failureShare;
    o.taskMinMs = 2;
    o.taskMaxMs = 8;
    o.workloadIntervalMs = 40;
    return o;
}

//! Runs n executions one after another and returns "status:event,event,…" per run.
QStringList runSequentially(CloacinaSim::Simulator& sim, int n)
{
    Http http(sim.url(), sim.adminKey());
    QStringList out;
    for (int i = 0; i < n; ++i) {
        QSignalSpy finished(&sim, &CloacinaSim::Simulator::executionFinished);
        const QString id = sim.startExecution(QStringLiteral("etl_daily"));
        if (!finished.wait(10000))
            return {};
        QStringList types;
        for (const auto& e :
            http.get(QStringLiteral("/v1/tenants/public/executions/%1/events").arg(id))
                .json()
                .value(QStringLiteral("events"))
                .toArray())
            types << e.toObject().value(QStringLiteral("event_type")).toString();
        out << sim.executionStatus(id) + QLatin1Char(':') + types.join(QLatin1Char(','));
    }
    return out;
}

} // namespace

class TstSimWorkload : public QObject {
    Q_OBJECT
private slots:
    void timerStartsRunsThatFinish()
    {
        auto sim = startSimulator(fastOptions(7, 0.5));
        Http http(sim->url(), sim->adminKey());
        QCOMPARE(
            http.post(QStringLiteral("/_sim/workload"), { { QStringLiteral("enabled"), true } })
                .json()
                .value(QStringLiteral("enabled"))
                .toBool(),
            true);
        QTRY_VERIFY_WITH_TIMEOUT(
            http.get(QStringLiteral("/v1/tenants/public/executions?status=Completed"))
                        .json()
                        .value(QStringLiteral("total"))
                        .toInt()
                    >= 2
                && http.get(QStringLiteral("/v1/tenants/public/executions?status=Failed"))
                        .json()
                        .value(QStringLiteral("total"))
                        .toInt()
                    >= 2,
            15000);
        sim->setWorkloadEnabled(false);
        QVERIFY(!sim->isWorkloadEnabled());
    }

    void demoHistoryIsSpreadOverThePast()
    {
        // The monitors' --demo: the workload is running, yet the backfilled history keeps its
        // past — distinct start times, hours back, runs that took time.
        CloacinaSim::Options options = CloacinaSim::Simulator::demoOptions();
        options.workloadIntervalMs = 20; // live runs appear at once
        CloacinaSim::Simulator sim(options);
        QString error;
        QVERIFY2(sim.startDemo(&error), qPrintable(error));
        QVERIFY(sim.isWorkloadEnabled());
        Http http(sim.url(), sim.adminKey());
        const QJsonArray failed = http.get(QStringLiteral("/v1/tenants/public/executions?status=Failed&limit=100"))
                                      .json()
                                      .value(QStringLiteral("items"))
                                      .toArray();
        QVERIFY(failed.size() >= 18);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSet<QString> starts;
        qint64 oldest = 0;
        for (const QJsonValue& v : failed) {
            const QJsonObject run = v.toObject();
            const QDateTime started = QDateTime::fromString(run.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
            const QDateTime ended = QDateTime::fromString(run.value(QStringLiteral("completed_at")).toString(), Qt::ISODateWithMs);
            QVERIFY(started.isValid() && ended.isValid());
            QVERIFY2(started.msecsTo(ended) > 0, qPrintable(run.value(QStringLiteral("id")).toString()));
            starts.insert(run.value(QStringLiteral("started_at")).toString());
            oldest = qMax(oldest, started.msecsTo(now));
        }
        QCOMPARE(starts.size(), int(failed.size()));
        QVERIFY2(oldest > 10 * 60 * 1000, "the history is not in the past");
    }

    void failuresLookReal()
    {
        auto sim = startSimulator(fastOptions(3, 1.0));
        Http http(sim->url(), sim->adminKey());
        QSignalSpy finished(sim.get(), &CloacinaSim::Simulator::executionFinished);
        const QString id = sim->startExecution(QStringLiteral("etl_daily"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(sim->executionStatus(id), QStringLiteral("Failed"));
        QStringList types;
        QString error;
        QString reason;
        QList<int> retryAttempts;
        for (const auto& v :
            http.get(QStringLiteral("/v1/tenants/public/executions/%1/events").arg(id))
                .json()
                .value(QStringLiteral("events"))
                .toArray()) {
            const QJsonObject e = v.toObject();
            types << e.value(QStringLiteral("event_type")).toString();
            const QJsonObject data
                = QJsonDocument::fromJson(e.value(QStringLiteral("event_data")).toString().toUtf8())
                      .object();
            if (types.last() == QLatin1String("task_failed"))
                error = data.value(QStringLiteral("error")).toString();
            if (types.last() == QLatin1String("workflow_failed"))
                reason = data.value(QStringLiteral("reason")).toString();
            if (types.last() == QLatin1String("task_skipped")) // the scheduler's trigger-rule skip
                QCOMPARE(data.value(QStringLiteral("reason")).toString(), QStringLiteral("Trigger rules not satisfied"));
            if (types.last() == QLatin1String("task_retry_scheduled")) {
                QVERIFY(data.contains(QStringLiteral("retry_at")));
                retryAttempts << data.value(QStringLiteral("attempt")).toInt();
            }
        }
        QCOMPARE(types.first(), QStringLiteral("task_marked_ready"));
        QVERIFY(!types.contains(QStringLiteral("workflow_started")));
        QVERIFY(types.count(QStringLiteral("task_retry_scheduled"))
            >= 2); // the culprit had three attempts
        // schedule_retry records the attempt it schedules: 2 and 3, never the failed one.
        QVERIFY(retryAttempts.contains(2) && retryAttempts.contains(3) && !retryAttempts.contains(1));
        // The engine's wrapping of a task function's error (executor + task error prefixes).
        QVERIFY2(error.startsWith(QLatin1String("Task execution error: Task execution failed: ")), qPrintable(error));
        // The scheduler's summary: counts, not the error.
        QVERIFY2(QRegularExpression(QStringLiteral("^1 task\\(s\\) failed, \\d+ completed, \\d+ skipped$"))
                     .match(reason)
                     .hasMatch(),
            qPrintable(reason));
        QCOMPARE(types.last(), QStringLiteral("workflow_failed"));
        const QJsonArray tasks
            = http.get(QStringLiteral("/v1/tenants/public/executions/%1/tasks").arg(id))
                  .json()
                  .value(QStringLiteral("tasks"))
                  .toArray();
        int failedTasks = 0;
        for (const auto& t : tasks) {
            const QJsonObject task = t.toObject();
            if (task.value(QStringLiteral("status")) == QLatin1String("Failed")) {
                ++failedTasks;
                QCOMPARE(task.value(QStringLiteral("attempt")).toInt(), 3);
                QCOMPARE(task.value(QStringLiteral("last_error")).toString(), error);
                QVERIFY(task.value(QStringLiteral("error_details")).isNull()); // mark_failed leaves it
            }
            if (task.value(QStringLiteral("status")) == QLatin1String("Completed")) // retries write no last_error
                QVERIFY(task.value(QStringLiteral("last_error")).isNull());
            if (task.value(QStringLiteral("status")) == QLatin1String("Skipped")) // mark_skipped's reason
                QCOMPARE(task.value(QStringLiteral("error_details")).toString(), QStringLiteral("Trigger rules not satisfied"));
        }
        QCOMPARE(failedTasks, 1);
        // The culprit's dependants were skipped, unless it was the last task.
        QVERIFY(types.contains(QStringLiteral("task_skipped"))
            || types.count(QStringLiteral("task_completed")) == 4);
    }

    void sameSeedSameRuns()
    {
        auto a = startSimulator(fastOptions(42, 0.5));
        auto b = startSimulator(fastOptions(42, 0.5));
        const QStringList runsA = runSequentially(*a, 5);
        const QStringList runsB = runSequentially(*b, 5);
        QCOMPARE(runsA.size(), 5);
        QCOMPARE(runsA, runsB);
    }

private:
};

QTEST_GUILESS_MAIN(TstSimWorkload)
#include "tst_sim_workload.moc"

// SPDX-License-Identifier: Apache-2.0
// Uploads of real fidius source packages: what the registry refuses, the build states a
// package walks through, and what a built package looks like (workflow, graph, runs).
#include "simtestsupport.h"

#include <cloacinapackage.h>

#include <QProcess>
#include <QTest>

using namespace SimTest;
using CloacinaTest::packPackage;
using CloacinaTest::rustPackage;

namespace {

QByteArray bzip2(const QByteArray& data)
{
    QProcess p;
    p.start(QStringLiteral("bzip2"), { QStringLiteral("-c") });
    p.write(data);
    p.closeWriteChannel();
    p.waitForFinished(10000);
    return p.readAllStandardOutput();
}

//! A bzip2-compressed tar of files (and symlinks: path → target) made with tar(1),
//! bypassing the packer's checks.
QByteArray tarBz2(const QMap<QString, QByteArray>& files, const QMap<QString, QString>& links = {})
{
    QTemporaryDir dir;
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        QDir().mkpath(QFileInfo(dir.filePath(it.key())).absolutePath());
        if (!QFile::link(it.value(), dir.filePath(it.key())))
            return {};
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = dir.filePath(it.key());
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(it.value());
    }
    QProcess tar;
    tar.start(QStringLiteral("tar"), { QStringLiteral("-cjf"), QStringLiteral("-"), QStringLiteral("-C"), dir.path(), QStringLiteral(".") });
    tar.waitForFinished(10000);
    return tar.readAllStandardOutput();
}

} // namespace

class TstSimPackages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        CloacinaSim::Options o;
        o.buildStepMs = 400;
        m_sim = startSimulator(o);
        m_http = std::make_unique<Http>(m_sim->url(), m_sim->adminKey());
        m_http->createTenant(QStringLiteral("acme"));
    }

    void garbageIsRefusedLikeTheRegistry_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("not bzip2") << QByteArray("not a real package")
                                   << "Package validation failed: Package data is not a valid "
                                      ".cloacina bzip2 source archive";
        QTest::newRow("bzip2, not a tar") << bzip2(QByteArray(2000, 'x'))
                                          << "Package validation failed: Failed to unpack source archive:";
        QTest::newRow("no package.toml") << tarBz2({ { "p-1.0.0/src/lib.rs", "fn main() {}\n" },
            { "p-1.0.0/package.toml.bak", "[package]\n" } })
                                         << "archive does not contain a package.toml";
        QTest::newRow("no version") << tarBz2({ { "p/package.toml", "[package]\nname = \"p\"\n\n[metadata]\nlanguage = \"rust\"\n" } })
                                    << "Package validation failed: Failed to load package.toml: invalid "
                                       "package.toml: missing field `version`";
        QTest::newRow("symlink") << tarBz2({ { "p/package.toml", "[package]\nname = \"p\"\nversion = \"1\"\n" } },
            { { "p/src/lib.rs", "/etc/passwd" } })
                                 << "is a symlink — rejected";
        QMap<QString, QByteArray> noLayout;
        noLayout.insert(QStringLiteral("package.toml"), "[package]\nname = \"p\"\nversion = \"1.0.0\"\n");
        QTest::newRow("language unknown") << packPackage(noLayout) << "cannot infer [metadata].language";
    }

    void garbageIsRefusedLikeTheRegistry()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, message);
        QVERIFY(!file.isEmpty());
        const Reply r = upload(file);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("upload_failed"));
        QVERIFY2(r.json().value(QStringLiteral("error")).toString().contains(message), r.body.constData());
    }

    void packageWalksPendingBuildingSuccess()
    {
        const QByteArray archive = packPackage(
            rustPackage("acme-billing", "0.3.0", "billing_run", { "fetch", "charge:fetch", "mail:charge" }));
        const Reply r = upload(archive);
        QCOMPARE(r.status, 201);
        const QString id = r.json().value(QStringLiteral("package_id")).toString();
        QCOMPARE(status(id), QStringLiteral("pending"));
        // Not built yet: not listed, not found by package name, cannot run.
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/acme/workflows")).json().value(QStringLiteral("total")).toInt(), 0);
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/acme/workflows/acme-billing")).status, 404);
        QCOMPARE(m_http->post(QStringLiteral("/v1/tenants/acme/workflows/billing_run/execute"), {}).code(),
            QStringLiteral("workflow_not_found"));
        // Source is there whatever the build state.
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/acme/workflows/%1/source").arg(id)).status, 200);

        QStringList seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen << status(id)).last() == QLatin1String("success"), 10000);
        QVERIFY2(seen.contains(QStringLiteral("building")), qPrintable(seen.join(u',')));

        const QJsonObject detail = m_http->get(QStringLiteral("/v1/tenants/acme/workflows/acme-billing")).json();
        QCOMPARE(detail.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(detail.value(QStringLiteral("workflow_name")).toString(), QStringLiteral("billing_run"));
        QCOMPARE(detail.value(QStringLiteral("build_error")), QJsonValue(QJsonValue::Null));
        const QJsonArray graph = detail.value(QStringLiteral("task_graph")).toArray();
        QCOMPARE(graph.size(), 3);
        QCOMPARE(graph.at(1).toObject().value(QStringLiteral("dependencies")).toArray(), QJsonArray { "fetch" });
        // By workflow name it is not found: get_workflow takes the package name.
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/acme/workflows/billing_run")).status, 404);

        // It runs under its workflow name; task names are tenant::package::workflow::task.
        const Reply run = m_http->post(QStringLiteral("/v1/tenants/acme/workflows/billing_run/execute"), {});
        QCOMPARE(run.status, 202);
        const QString exec = run.json().value(QStringLiteral("execution_id")).toString();
        const QJsonArray tasks = m_http->get(QStringLiteral("/v1/tenants/acme/executions/%1/tasks").arg(exec))
                                     .json()
                                     .value(QStringLiteral("tasks"))
                                     .toArray();
        QVERIFY(!tasks.isEmpty());
        QCOMPARE(tasks.first().toObject().value(QStringLiteral("task_name")).toString(),
            QStringLiteral("acme::acme-billing::billing_run::fetch"));
    }

    void pythonPackageDeclaresItsWorkflowInTheManifest()
    {
        const QMap<QString, QByteArray> files {
            { QStringLiteral("package.toml"),
                "[package]\nname = \"sync-file\"\nversion = \"0.1.0\"\n\n[metadata]\nworkflow_name = \"sync_file\"\n" },
            { QStringLiteral("workflow/sync_file/tasks.py"),
                "import cloaca\n\n@cloaca.task(id=\"fetch\")\ndef fetch(ctx):\n    return ctx\n\n"
                "@cloaca.task(id=\"store\", dependencies=[\"fetch\"])\ndef store(ctx):\n    return ctx\n" },
        };
        const QString id = upload(packPackage(files)).json().value(QStringLiteral("package_id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("success"), 10000);
        const QJsonObject detail = m_http->get(QStringLiteral("/v1/tenants/acme/workflows/sync-file")).json();
        QCOMPARE(detail.value(QStringLiteral("workflow_name")).toString(), QStringLiteral("sync_file"));
        QCOMPARE(detail.value(QStringLiteral("tasks")).toArray(), (QJsonArray { "fetch", "store" }));
        const QJsonArray sources = m_http->get(QStringLiteral("/v1/tenants/acme/workflows/sync-file/source"))
                                       .json()
                                       .value(QStringLiteral("files"))
                                       .toArray();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(1).toObject().value(QStringLiteral("language")).toString(), QStringLiteral("python"));
    }

    void packageWithoutWorkflowFailsToBuild()
    {
        const Reply r = upload(packPackage(rustPackage("loose-tasks", "1.0.0", QString(), { "a" }, false)));
        QCOMPARE(r.status, 201);
        const QString id = r.json().value(QStringLiteral("package_id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("failed"), 10000);
        const QJsonObject detail = m_http->get(QStringLiteral("/v1/tenants/acme/workflows/%1").arg(id)).json();
        QVERIFY(detail.value(QStringLiteral("build_error")).toString().startsWith(QLatin1String("cargo build failed:\n")));
        // Without a workflow_name in the manifest the row carries the package name.
        QCOMPARE(detail.value(QStringLiteral("workflow_name")).toString(), QStringLiteral("loose-tasks"));
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/acme/workflows/loose-tasks")).status, 404);
    }

    void reuploadIsIdempotentOrSupersedes()
    {
        const QByteArray v1 = packPackage(rustPackage("acme-ledger", "1.0.0", "ledger", { "a" }));
        const QString first = upload(v1).json().value(QStringLiteral("package_id")).toString();
        QCOMPARE(upload(v1).json().value(QStringLiteral("package_id")).toString(), first);
        QTRY_COMPARE_WITH_TIMEOUT(status(first), QStringLiteral("success"), 10000);
        // Other bytes under the same package name replace the active row.
        const QString second = upload(packPackage(rustPackage("acme-ledger", "1.1.0", "ledger", { "a", "b:a" })))
                                   .json()
                                   .value(QStringLiteral("package_id"))
                                   .toString();
        QVERIFY(second != first);
        QCOMPARE(m_http->get(QStringLiteral("/v1/tenants/acme/workflows/%1").arg(first)).code(),
            QStringLiteral("workflow_not_found"));
        QTRY_COMPARE_WITH_TIMEOUT(status(second), QStringLiteral("success"), 10000);
        // The same bytes as the superseded row reuse its build: success at once.
        const QString third = upload(v1).json().value(QStringLiteral("package_id")).toString();
        QCOMPARE(status(third), QStringLiteral("success"));
    }

    void compilerStatusFollowsThePublicBuildQueue()
    {
        const auto compiler = [this] { return m_http->get(QStringLiteral("/v1/compiler/status")).json(); };
        QCOMPARE(compiler().value(QStringLiteral("status")).toString(), QStringLiteral("idle"));
        QVERIFY(compiler().value(QStringLiteral("seconds_since_heartbeat")).isNull());
        const QString before = compiler().value(QStringLiteral("last_success_at")).toString();
        const QString id = upload(packPackage(rustPackage("public-pkg", "1.0.0", "public_flow", { "a" })),
            QStringLiteral("public"))
                               .json()
                               .value(QStringLiteral("package_id"))
                               .toString();
        QCOMPARE(compiler().value(QStringLiteral("status")).toString(), QStringLiteral("backlogged"));
        QCOMPARE(compiler().value(QStringLiteral("pending")).toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(status(id, QStringLiteral("public")), QStringLiteral("success"), 10000);
        QCOMPARE(compiler().value(QStringLiteral("status")).toString(), QStringLiteral("idle"));
        QVERIFY(compiler().value(QStringLiteral("last_success_at")).toString() > before);
        // Other tenants' builds are not in the admin database's queue.
        upload(packPackage(rustPackage("acme-only", "1.0.0", "acme_flow", { "a" })));
        QCOMPARE(compiler().value(QStringLiteral("pending")).toInt(), 0);
    }

private:
    Reply upload(const QByteArray& file, const QString& tenant = QStringLiteral("acme"))
    {
        const QByteArray body = "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.cloacina\"\r\n"
                                "Content-Type: application/octet-stream\r\n\r\n"
            + file + "\r\n--B--\r\n";
        return m_http->request("POST", QStringLiteral("/v1/tenants/%1/workflows").arg(tenant), body,
            "multipart/form-data; boundary=B");
    }

    QString status(const QString& id, const QString& tenant = QStringLiteral("acme"))
    {
        return m_http->get(QStringLiteral("/v1/tenants/%1/workflows/%2").arg(tenant, id))
            .json()
            .value(QStringLiteral("build_status"))
            .toString();
    }

    std::unique_ptr<CloacinaSim::Simulator> m_sim;
    std::unique_ptr<Http> m_http;
};

QTEST_MAIN(TstSimPackages)
#include "tst_sim_packages.moc"

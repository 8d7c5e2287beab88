#pragma once
// Builds real fidius source packages (.cloacina: bzip2-compressed tar with package.toml) for
// tests, with the project's packer scripts/pack-cloacina.sh, so tests exercise the packer too.
// A target using it defines CLOACINA_PACKER as the script's absolute path.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace CloacinaTest {

//! Packs \a files (path relative to the package root → contents); empty on failure (with a warning).
inline QByteArray packPackage(const QMap<QString, QByteArray>& files)
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("pkg"));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = root + QLatin1Char('/') + it.key();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
            return {};
    }
    QDir().mkpath(root);
    const QString out = dir.filePath(QStringLiteral("out.cloacina"));
    QProcess packer;
    packer.start(QStringLiteral("bash"), { QStringLiteral(CLOACINA_PACKER), root, out });
    if (!packer.waitForFinished(30000) || packer.exitCode() != 0) {
        qWarning("pack-cloacina.sh failed: %s", packer.readAllStandardError().constData());
        return {};
    }
    QFile archive(out);
    return archive.open(QIODevice::ReadOnly) ? archive.readAll() : QByteArray();
}

//! A Rust package: package.toml (workflow_name only when \a manifestWorkflow is set),
//! Cargo.toml and src/lib.rs declaring \a workflow with \a tasks ("id" or "id:dep1,dep2").
inline QMap<QString, QByteArray> rustPackage(const QString& name, const QString& version,
    const QString& workflow, const QStringList& tasks, bool manifestWorkflow = true)
{
    QByteArray manifest = "[package]\nname = \"" + name.toUtf8() + "\"\nversion = \"" + version.toUtf8()
        + "\"\n\n[metadata]\ndescription = \"test package\"\n";
    if (manifestWorkflow)
        manifest += "workflow_name = \"" + workflow.toUtf8() + "\"\n";
    QByteArray lib;
    if (!workflow.isEmpty())
        lib += "#[workflow(name = \"" + workflow.toUtf8() + "\")]\npub mod wf {\n";
    for (const QString& t : tasks) {
        const QString id = t.section(QLatin1Char(':'), 0, 0);
        const QStringList deps = t.section(QLatin1Char(':'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QByteArray list;
        for (const QString& d : deps)
            list += (list.isEmpty() ? "\"" : ", \"") + d.toUtf8() + "\"";
        lib += "    #[task(id = \"" + id.toUtf8() + "\", dependencies = [" + list + "])]\n    pub async fn "
            + id.toUtf8() + "() {}\n";
    }
    if (!workflow.isEmpty())
        lib += "}\n";
    return { { QStringLiteral("package.toml"), manifest },
        { QStringLiteral("Cargo.toml"), "[package]\nname = \"" + name.toUtf8() + "\"\n" },
        { QStringLiteral("src/lib.rs"), lib } };
}

} // namespace CloacinaTest

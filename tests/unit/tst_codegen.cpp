// Lockstep check: a fresh run of cloacina-codegen over the contract must reproduce the committed
// client/generated/ byte for byte (no missing, extra or changed file).

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCodegen : public QObject {
    Q_OBJECT

private slots:
    void generatedCodeIsUpToDate();
    void outputIsDeterministic();
    void staleGeneratedFilesAreRemoved();
    void relativeOutputFolderKeepsEveryFile();

private:
    static QString contractPath(QString* why);
    //! Runs the generator into \a out; \a workingDir (when set) is its working directory, for a
    //! relative \a out.
    static bool run(const QString& out, QString* log, const QStringList& extra = {}, const QString& workingDir = {});
    static QMap<QString, QByteArray> tree(const QString& root);
};

QString TestCodegen::contractPath(QString* why)
{
    const QString dir = qEnvironmentVariable("CLOACINA_CONTRACT_DIR");
    const QString path = QDir(dir).filePath(QStringLiteral("openapi.json"));
    if (dir.isEmpty() || !QFile::exists(path)) {
        *why = QStringLiteral("no contract (set CLOACINA_CONTRACT_DIR to the folder holding openapi.json); "
                              "cannot check client/generated against it");
        return QString();
    }
    return path;
}

bool TestCodegen::run(const QString& out, QString* log, const QStringList& extra, const QString& workingDir)
{
    QString why;
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CLOACINA_CODEGEN),
        QStringList { QStringLiteral("--contract"), contractPath(&why), QStringLiteral("--out"), out } + extra);
    if (!process.waitForFinished(60000)) {
        *log = QStringLiteral("cloacina-codegen did not finish: %1").arg(process.errorString());
        return false;
    }
    *log = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QMap<QString, QByteArray> TestCodegen::tree(const QString& root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(root).relativeFilePath(path), file.readAll());
    }
    return files;
}

void TestCodegen::generatedCodeIsUpToDate()
{
    QString why;
    if (contractPath(&why).isEmpty())
        QSKIP(qPrintable(why));
    QTemporaryDir out;
    QVERIFY(out.isValid());
    QString log;
    QVERIFY2(run(out.path(), &log), qPrintable(log));

    const QMap<QString, QByteArray> fresh = tree(out.path());
    const QMap<QString, QByteArray> committed = tree(QStringLiteral(CLOACINA_GENERATED_DIR));
    QVERIFY2(!fresh.isEmpty(), "the generator wrote nothing");
    QStringList problems;
    for (auto it = fresh.begin(); it != fresh.end(); ++it) {
        if (!committed.contains(it.key()))
            problems.append(QStringLiteral("missing in client/generated: %1").arg(it.key()));
        else if (committed.value(it.key()) != it.value())
            problems.append(QStringLiteral("differs from a fresh run: client/generated/%1").arg(it.key()));
    }
    for (auto it = committed.begin(); it != committed.end(); ++it) {
        if (!fresh.contains(it.key()))
            problems.append(QStringLiteral("not produced by the generator: client/generated/%1").arg(it.key()));
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(problems.join(QLatin1Char('\n'))
            + QStringLiteral("\nRegenerate: cloacina-codegen --contract <openapi.json> --out client/generated")));
}

void TestCodegen::outputIsDeterministic()
{
    QString why;
    if (contractPath(&why).isEmpty())
        QSKIP(qPrintable(why));
    QTemporaryDir first;
    QTemporaryDir second;
    QString log;
    QVERIFY2(run(first.path(), &log), qPrintable(log));
    QVERIFY2(run(second.path(), &log), qPrintable(log));
    QCOMPARE(tree(first.path()), tree(second.path()));
    // A second run into the same folder changes nothing.
    QVERIFY2(run(first.path(), &log), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral(", 0 changed")), qPrintable(log));
}

// A file an earlier run generated but the generator no longer emits (a renamed or dropped header)
// is removed, so regenerating never leaves a stale header to be installed; files without the
// banner are not the generator's and stay.
void TestCodegen::staleGeneratedFilesAreRemoved()
{
    QString why;
    if (contractPath(&why).isEmpty())
        QSKIP(qPrintable(why));
    QTemporaryDir out;
    QString log;
    QVERIFY2(run(out.path(), &log), qPrintable(log));
    const QString stale = QDir(out.path()).filePath(QStringLiteral("cloacina/types/dropped.h"));
    const QString foreign = QDir(out.path()).filePath(QStringLiteral("cloacina/README.txt"));
    for (const QString& path : { stale, foreign }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(path == stale ? "// GENERATED by cloacina-codegen from openapi.json (server 0.9.0)\n" : "notes\n");
    }

    QVERIFY2(!run(out.path(), &log, { QStringLiteral("--check") }), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("no longer generated: ")), qPrintable(log));
    QVERIFY(QFile::exists(stale));

    QVERIFY2(run(out.path(), &log), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral(", 1 changed")), qPrintable(log));
    QVERIFY(!QFile::exists(stale));
    QVERIFY(QFile::exists(foreign));
}

// `--out client/generated` (relative, as docs/CODEGEN.md shows) must find its own files as
// current, not as stale: a second run changes and removes nothing.
void TestCodegen::relativeOutputFolderKeepsEveryFile()
{
    QString why;
    if (contractPath(&why).isEmpty())
        QSKIP(qPrintable(why));
    QTemporaryDir root;
    QString log;
    const QString out = QStringLiteral("client/generated");
    QVERIFY2(run(out, &log, {}, root.path()), qPrintable(log));
    const QMap<QString, QByteArray> first = tree(QDir(root.path()).filePath(out));
    QVERIFY(!first.isEmpty());
    QVERIFY2(run(out, &log, {}, root.path()), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral(", 0 changed")), qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("removed")), qPrintable(log));
    QCOMPARE(tree(QDir(root.path()).filePath(out)), first);
}

QTEST_GUILESS_MAIN(TestCodegen)
#include "tst_codegen.moc"

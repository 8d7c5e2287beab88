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

private:
    static QString contractPath(QString* why);
    static bool run(const QString& out, QString* log);
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

bool TestCodegen::run(const QString& out, QString* log)
{
    QString why;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CLOACINA_CODEGEN),
        { QStringLiteral("--contract"), contractPath(&why), QStringLiteral("--out"), out });
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

QTEST_GUILESS_MAIN(TestCodegen)
#include "tst_codegen.moc"

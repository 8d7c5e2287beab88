// cloacina-codegen: generates client/generated/ from the server's openapi.json.
//
//   cloacina-codegen --contract <openapi.json> --out <client/generated> [--check]
//
// Output is deterministic (stable order, no timestamps). Files whose content is unchanged are not
// rewritten; generated files the generator no longer emits (they start with its banner) are
// removed. With --check nothing is written; the exit status is 1 when a file would change.

#include "emitbase.h"
#include "emitter.h"
#include "model.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Codegen::GenError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw Codegen::GenError(QStringLiteral("%1: not a JSON object (%2)").arg(path, error.errorString()));
    return document.object();
}

// Files under \a out that an earlier run generated (first line is the banner) but \a files lacks.
QStringList staleFiles(const QDir& out, const QMap<QString, QString>& files)
{
    // Absolute on both sides: QDir::relativeFilePath() leaves a relative path as it is.
    const QDir root(out.absolutePath());
    QStringList stale;
    QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!files.contains(root.relativeFilePath(path)) && file.open(QIODevice::ReadOnly)
            && file.readLine().startsWith(Codegen::bannerPrefix))
            stale.append(path);
    }
    stale.sort();
    return stale;
}

void print(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cloacina-codegen"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generates the cloacina-qt DTOs and operations from openapi.json."));
    parser.addHelpOption();
    const QCommandLineOption contractOption(QStringLiteral("contract"), QStringLiteral("The server's openapi.json."),
        QStringLiteral("file"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output folder (client/generated)."),
        QStringLiteral("dir"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
        QStringLiteral("Write nothing; exit with 1 if any file would change."));
    parser.addOptions({ contractOption, outOption, checkOption });
    parser.process(app);
    if (!parser.isSet(contractOption) || !parser.isSet(outOption)) {
        print(stderr, QStringLiteral("cloacina-codegen: --contract and --out are required"));
        return 2;
    }

    try {
        const Codegen::TypeMap typeMap = Codegen::TypeMap::load(readJson(QStringLiteral(":/codegen/typemap.json")));
        const QJsonObject notes = readJson(QStringLiteral(":/codegen/notes.json"));
        const Codegen::Model model
            = Codegen::Model::load(readJson(parser.value(contractOption)), typeMap, notes);
        const QMap<QString, QString> files = Codegen::Emitter(model).files();

        const QDir out(parser.value(outOption));
        int changed = 0;
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QString path = out.filePath(it.key());
            const QByteArray content = it.value().toUtf8();
            QFile existing(path);
            if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content)
                continue;
            existing.close();
            ++changed;
            if (parser.isSet(checkOption)) {
                print(stderr, QStringLiteral("out of date: %1").arg(path));
                continue;
            }
            if (!QDir().mkpath(QFileInfo(path).absolutePath()))
                throw Codegen::GenError(QStringLiteral("cannot create the folder of %1").arg(path));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
                throw Codegen::GenError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
            print(stdout, QStringLiteral("wrote %1").arg(path));
        }
        for (const QString& path : staleFiles(out, files)) {
            ++changed;
            if (parser.isSet(checkOption)) {
                print(stderr, QStringLiteral("no longer generated: %1").arg(path));
                continue;
            }
            if (!QFile::remove(path))
                throw Codegen::GenError(QStringLiteral("cannot remove %1").arg(path));
            print(stdout, QStringLiteral("removed %1").arg(path));
        }
        print(stdout, QStringLiteral("%1 schemas, %2 operations, %3 files, %4 changed").arg(model.schemas.size()).arg(model.operations.size()).arg(files.size()).arg(changed));
        return parser.isSet(checkOption) && changed > 0 ? 1 : 0;
    } catch (const Codegen::GenError& error) {
        print(stderr, QStringLiteral("cloacina-codegen: error: %1").arg(QString::fromStdString(error.what())));
        return 1;
    }
}

// SPDX-License-Identifier: Apache-2.0
// Reading fidius source packages (bzip2-compressed tar + package.toml) with libarchive.
#include "sourcepackage_p.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QStringDecoder>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace CloacinaSim {

namespace {

    // fidius's default unpack limits.
    constexpr qint64 maxDecompressed = 500LL * 1024 * 1024;
    constexpr qint64 maxRatio = 10;
    constexpr int maxEntries = 10000;
    // The registry shows source files up to this size.
    constexpr qint64 maxSourceFile = 1024 * 1024;

    QString validationFailed(const QString& reason)
    {
        return QStringLiteral("Package validation failed: %1").arg(reason);
    }
    QString unpackFailed(const QString& reason)
    {
        return validationFailed(QStringLiteral("Failed to unpack source archive: %1").arg(reason));
    }
    QString manifestFailed(const QString& reason)
    {
        return validationFailed(QStringLiteral("Failed to load package.toml: %1").arg(reason));
    }

    struct ArchiveDeleter {
        void operator()(archive* a) const { archive_read_free(a); }
    };

    struct Entry {
        QString path; //!< as stored, without a leading "./"
        bool isDir = false;
        QByteArray data;
    };

    //! Unpacks every entry into memory with fidius's safety checks; empty error on success.
    QString unpack(const QByteArray& data, QVector<Entry>* entries)
    {
        std::unique_ptr<archive, ArchiveDeleter> a(archive_read_new());
        archive_read_support_filter_bzip2(a.get());
        archive_read_support_format_tar(a.get());
        if (archive_read_open_memory(a.get(), data.constData(), size_t(data.size())) != ARCHIVE_OK)
            return unpackFailed(QStringLiteral("archive error: failed to read archive: %1")
                                    .arg(QString::fromUtf8(archive_error_string(a.get()))));
        qint64 total = 0;
        archive_entry* e = nullptr;
        for (;;) {
            const int r = archive_read_next_header(a.get(), &e);
            if (r == ARCHIVE_EOF)
                break;
            if (r != ARCHIVE_OK)
                return unpackFailed(QStringLiteral("archive error: failed to read archive entry: %1")
                                        .arg(QString::fromUtf8(archive_error_string(a.get()))));
            if (entries->size() >= maxEntries)
                return unpackFailed(QStringLiteral("archive has more than %1 entries").arg(maxEntries));
            QString path = QString::fromUtf8(archive_entry_pathname(e));
            if (archive_entry_symlink(e))
                return unpackFailed(QStringLiteral("archive entry '%1' is a symlink — rejected").arg(path));
            if (archive_entry_hardlink(e))
                return unpackFailed(QStringLiteral("archive entry '%1' is a hardlink — rejected").arg(path));
            if (path.startsWith(QLatin1Char('/')))
                return unpackFailed(
                    QStringLiteral("archive entry '%1' is an absolute path — rejected").arg(path));
            if (path.split(QLatin1Char('/')).contains(QStringLiteral("..")))
                return unpackFailed(
                    QStringLiteral("archive entry '%1' contains '..' component — rejected").arg(path));
            const qint64 size = qMax<qint64>(0, archive_entry_size(e));
            total += size;
            const qint64 cap = qMin(maxDecompressed, qint64(data.size()) * maxRatio);
            if (total > cap)
                return unpackFailed(QStringLiteral("archive decompressed size %1 exceeds limit of %2 bytes")
                                        .arg(total)
                                        .arg(cap));
            while (path.startsWith(QLatin1String("./")))
                path.remove(0, 2);
            Entry entry { path, archive_entry_filetype(e) == AE_IFDIR, {} };
            if (!entry.isDir) {
                entry.data.resize(size);
                const la_ssize_t n = archive_read_data(a.get(), entry.data.data(), size_t(entry.data.size()));
                if (n < 0)
                    return unpackFailed(QStringLiteral("archive error: failed to extract entry '%1': %2")
                                            .arg(path, QString::fromUtf8(archive_error_string(a.get()))));
                entry.data.truncate(n);
            }
            entries->append(entry);
        }
        return {};
    }

    //! The `[table] key = "string"` values of a package.toml (other value kinds are checked
    //! for shape and skipped: the simulator needs strings only).
    std::optional<QMap<QString, QString>> readManifest(const QString& text, QString* error)
    {
        static const QRegularExpression header(QStringLiteral(R"re(^\[\s*([A-Za-z0-9_.-]+)\s*\]$)re"));
        static const QRegularExpression keyValue(QStringLiteral(R"re(^([A-Za-z0-9_-]+)\s*=\s*(.+)$)re"));
        static const QRegularExpression basic(QStringLiteral(R"re(^"((?:[^"\\]|\\.)*)"$)re"));
        static const QRegularExpression literal(QStringLiteral(R"re(^'([^']*)'$)re"));
        QMap<QString, QString> values;
        QString table;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i).trimmed();
            if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
                continue;
            if (const auto m = header.match(line); m.hasMatch()) {
                table = m.captured(1);
                continue;
            }
            const auto kv = keyValue.match(line);
            if (!kv.hasMatch()) {
                *error = QStringLiteral("invalid package.toml: TOML parse error at line %1: expected "
                                        "a table header or `key = value`")
                             .arg(i + 1);
                return std::nullopt;
            }
            QString value = kv.captured(2).trimmed();
            // A trailing comment after a quoted value.
            if (const int hash = value.lastIndexOf(QLatin1String(" #")); hash > 0
                && (value.left(hash).trimmed().endsWith(QLatin1Char('"'))
                    || value.left(hash).trimmed().endsWith(QLatin1Char('\''))))
                value = value.left(hash).trimmed();
            const QString key = table.isEmpty() ? kv.captured(1) : table + QLatin1Char('.') + kv.captured(1);
            if (values.contains(key)) {
                *error = QStringLiteral("invalid package.toml: TOML parse error at line %1: duplicate key `%2`")
                             .arg(i + 1)
                             .arg(kv.captured(1));
                return std::nullopt;
            }
            if (const auto b = basic.match(value); b.hasMatch()) {
                QString s = b.captured(1);
                s.replace(QLatin1String("\\\""), QLatin1String("\"")).replace(QLatin1String("\\\\"), QLatin1String("\\"));
                values.insert(key, s);
            } else if (const auto l = literal.match(value); l.hasMatch()) {
                values.insert(key, l.captured(1));
            } else if (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) {
                *error = QStringLiteral("invalid package.toml: TOML parse error at line %1: unterminated string")
                             .arg(i + 1);
                return std::nullopt;
            } else {
                values.insert(key, QString()); // numbers, booleans, arrays, inline tables
                // An array or inline table may span lines: skip to its closing bracket.
                int depth = int(value.count(QLatin1Char('['))) - int(value.count(QLatin1Char(']')))
                    + int(value.count(QLatin1Char('{'))) - int(value.count(QLatin1Char('}')));
                while (depth > 0 && ++i < lines.size()) {
                    const QString& more = lines.at(i);
                    depth += int(more.count(QLatin1Char('['))) - int(more.count(QLatin1Char(']')))
                        + int(more.count(QLatin1Char('{'))) - int(more.count(QLatin1Char('}')));
                }
            }
        }
        return values;
    }

} // namespace

std::optional<SourcePackage> readSourcePackage(const QByteArray& data, QString* error)
{
    if (data.size() < 2 || data.at(0) != 'B' || data.at(1) != 'Z') {
        *error = validationFailed(QStringLiteral(
            "Package data is not a valid .cloacina bzip2 source archive. Raw library "
            "registration is not supported."));
        return std::nullopt;
    }
    QVector<Entry> entries;
    if (QString e = unpack(data, &entries); !e.isEmpty()) {
        *error = e;
        return std::nullopt;
    }
    // The package directory: the first top-level directory holding package.toml.
    QString root;
    for (const Entry& e : std::as_const(entries)) {
        const QStringList parts = e.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (!e.isDir && parts.size() == 2 && parts.at(1) == QLatin1String("package.toml")) {
            root = parts.at(0) + QLatin1Char('/');
            break;
        }
    }
    if (root.isEmpty()) {
        *error = unpackFailed(QStringLiteral("invalid archive: archive does not contain a package.toml"));
        return std::nullopt;
    }
    SourcePackage pkg;
    QMap<QString, QString> filesByPath;
    bool hasCargo = false;
    bool hasLib = false;
    bool hasWorkflowDir = false;
    QString manifestText;
    for (const Entry& e : std::as_const(entries)) {
        if (!e.path.startsWith(root))
            continue;
        QString rel = e.path.mid(root.size());
        if (rel.endsWith(QLatin1Char('/')))
            rel.chop(1);
        if (rel.isEmpty())
            continue;
        hasWorkflowDir = hasWorkflowDir || rel == QLatin1String("workflow") || rel.startsWith(QLatin1String("workflow/"));
        if (e.isDir)
            continue;
        hasCargo = hasCargo || rel == QLatin1String("Cargo.toml");
        hasLib = hasLib || rel == QLatin1String("src/lib.rs");
        if (e.data.size() > maxSourceFile)
            continue;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8(e.data);
        if (utf8.hasError())
            continue; // binary files are not shown as source
        filesByPath.insert(rel, text);
        if (rel == QLatin1String("package.toml"))
            manifestText = text;
    }
    QString manifestError;
    const auto manifest = readManifest(manifestText, &manifestError);
    if (!manifest) {
        *error = manifestFailed(manifestError);
        return std::nullopt;
    }
    for (const char* field : { "name", "version" }) {
        if (!manifest->contains(QStringLiteral("package.") + QLatin1String(field))) {
            *error = manifestFailed(
                QStringLiteral("invalid package.toml: missing field `%1` in `package`").arg(QLatin1String(field)));
            return std::nullopt;
        }
    }
    pkg.name = manifest->value(QStringLiteral("package.name"));
    pkg.version = manifest->value(QStringLiteral("package.version"));
    pkg.workflowName = manifest->value(QStringLiteral("metadata.workflow_name"));
    pkg.description = manifest->value(QStringLiteral("metadata.description"));
    pkg.language = manifest->value(QStringLiteral("metadata.language"));
    if (pkg.language.isEmpty()) {
        const bool rust = hasCargo && hasLib;
        if (rust == hasWorkflowDir) {
            *error = manifestFailed(rust
                    ? QStringLiteral("cannot infer [metadata].language: the layout is both a Rust crate "
                                     "and a Python workflow/ package; declare the language")
                    : QStringLiteral("cannot infer [metadata].language: neither Cargo.toml + src/lib.rs "
                                     "(Rust) nor a workflow/ directory (Python); declare the language"));
            return std::nullopt;
        }
        pkg.language = rust ? QStringLiteral("rust") : QStringLiteral("python");
    }
    for (auto it = filesByPath.cbegin(); it != filesByPath.cend(); ++it)
        pkg.files.append(SourceFile { it.key(), it.value() });
    return pkg;
}

} // namespace CloacinaSim

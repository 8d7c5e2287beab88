// SPDX-License-Identifier: Apache-2.0
// The simulated compiler: reads the workflow and its task graph from a package's sources.
#include "sourcepackage_p.h"

#include <QRegularExpression>

namespace CloacinaSim {

namespace {

    //! The quoted strings of a `[...]` list such as `dependencies = ["a", "b"]`.
    QStringList quotedList(const QString& text)
    {
        static const QRegularExpression item(QStringLiteral(R"re(["']([^"']+)["'])re"));
        QStringList out;
        for (auto it = item.globalMatch(text); it.hasNext();)
            out << it.next().captured(1);
        return out;
    }

    //! Every task that an attribute/decorator opening with `opener` declares in `text`.
    void collectTasks(const QString& text, const QRegularExpression& opener, QVector<TaskNode>* tasks)
    {
        static const QRegularExpression id(QStringLiteral(R"re(\bid\s*=\s*["']([^"']+)["'])re"));
        static const QRegularExpression deps(QStringLiteral(R"re(\bdependencies\s*=\s*\[([^\]]*)\])re"));
        for (auto it = opener.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            // The argument list runs to the matching ')'.
            int depth = 1;
            int end = m.capturedEnd();
            while (end < text.size() && depth > 0) {
                depth += text.at(end) == QLatin1Char('(') ? 1 : text.at(end) == QLatin1Char(')') ? -1
                                                                                                 : 0;
                ++end;
            }
            const QString args = text.mid(m.capturedEnd(), end - m.capturedEnd());
            const auto idMatch = id.match(args);
            if (!idMatch.hasMatch())
                continue;
            TaskNode node;
            node.id = idMatch.captured(1);
            if (const auto d = deps.match(args); d.hasMatch())
                node.dependencies = quotedList(d.captured(1));
            tasks->append(node);
        }
    }

    BuildOutcome failed(const SourcePackage& package, const QString& message)
    {
        BuildOutcome out;
        out.error = package.language == QLatin1String("rust")
            ? QStringLiteral("cargo build failed:\nerror: %1\nerror: could not compile `%2` (lib) due to 1 "
                             "previous error\n")
                  .arg(message, package.name)
            : message;
        return out;
    }

} // namespace

BuildOutcome buildSourcePackage(const SourcePackage& package)
{
    static const QRegularExpression rustWorkflow(
        QStringLiteral(R"re(#\[\s*workflow\s*\([^)]*\bname\s*=\s*"([^"]+)")re"));
    static const QRegularExpression rustTask(QStringLiteral(R"re(#\[\s*task\s*\()re"));
    static const QRegularExpression pythonTask(QStringLiteral(R"re(@\s*cloaca\s*\.\s*task\s*\()re"));
    const bool rust = package.language == QLatin1String("rust");

    BuildOutcome out;
    out.workflowName = rust ? QString() : package.workflowName;
    for (const SourceFile& f : package.files) {
        if (rust && f.path.startsWith(QLatin1String("src/")) && f.path.endsWith(QLatin1String(".rs"))) {
            if (const auto m = rustWorkflow.match(f.contents); m.hasMatch() && out.workflowName.isEmpty())
                out.workflowName = m.captured(1);
            collectTasks(f.contents, rustTask, &out.tasks);
        } else if (!rust && f.path.startsWith(QLatin1String("workflow/")) && f.path.endsWith(QLatin1String(".py"))) {
            collectTasks(f.contents, pythonTask, &out.tasks);
        }
    }
    if (out.workflowName.isEmpty())
        return failed(package,
            rust ? QStringLiteral("no `#[workflow(name = \"…\")]` module found in src/: the package declares no workflow")
                 : QStringLiteral("package declares no workflow: [metadata].workflow_name is missing"));
    if (out.tasks.isEmpty())
        return failed(package, QStringLiteral("workflow `%1` declares no task").arg(out.workflowName));
    QStringList ids;
    for (const TaskNode& t : std::as_const(out.tasks))
        ids << t.id;
    for (const TaskNode& t : std::as_const(out.tasks)) {
        for (const QString& d : t.dependencies) {
            if (!ids.contains(d))
                return failed(package,
                    QStringLiteral("task `%1` depends on `%2`, which the workflow does not declare").arg(t.id, d));
        }
    }
    out.ok = true;
    return out;
}

} // namespace CloacinaSim

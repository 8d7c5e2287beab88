#include "workflowdetailpane.h"

#include "colors.h"
#include "errorbanner.h"
#include "recentrunsstrip.h"
#include "taskgraphwidget.h"

#include <cloacinamodels/console/workflowinspector.h>

#include <QComboBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

namespace {
    QPlainTextEdit* readOnlyMonospace(const QString& objectName, QWidget* parent)
    {
        auto* edit = new QPlainTextEdit(parent);
        edit->setObjectName(objectName);
        edit->setReadOnly(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        return edit;
    }

    QString buildText(const QString& status)
    {
        if (status == QLatin1String("success"))
            return WorkflowDetailPane::tr("built");
        if (status == QLatin1String("pending"))
            return WorkflowDetailPane::tr("queued for the compiler");
        if (status == QLatin1String("building"))
            return WorkflowDetailPane::tr("building…");
        if (status == QLatin1String("failed"))
            return WorkflowDetailPane::tr("build failed");
        return status;
    }
} // namespace

WorkflowDetailPane::WorkflowDetailPane(WorkflowInspector* inspector, QWidget* parent)
    : QWidget(parent)
    , m_inspector(inspector)
{
    setObjectName(QStringLiteral("workflowDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("workflowTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_build = new QLabel(this);
    m_build->setObjectName(QStringLiteral("buildStatus"));
    m_build->setWordWrap(true);
    layout->addWidget(m_build);
    m_detailError = createErrorBanner(QStringLiteral("detailError"), this);
    layout->addWidget(m_detailError);
    m_buildError = readOnlyMonospace(QStringLiteral("buildError"), this);
    m_buildError->setMaximumHeight(120);
    m_buildError->setVisible(false);
    layout->addWidget(m_buildError);
    auto* runsLabel = new QLabel(tr("Recent runs (newest right; click one to open it):"), this);
    runsLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(runsLabel);
    m_strip = new RecentRunsStrip(this);
    layout->addWidget(m_strip);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workflowTabs"));
    auto* graphTab = new QSplitter(Qt::Vertical, m_tabs);
    graphTab->setChildrenCollapsible(false);
    auto* scroll = new QScrollArea(graphTab);
    m_graph = new TaskGraphWidget(scroll);
    scroll->setWidget(m_graph);
    scroll->setWidgetResizable(true);
    m_docs = new QTextBrowser(graphTab);
    m_docs->setObjectName(QStringLiteral("taskDocs"));
    m_docs->setOpenLinks(false);
    graphTab->addWidget(scroll);
    graphTab->addWidget(m_docs);
    // The graph gets the larger share: it scales down to fit, while the docs scroll.
    graphTab->setStretchFactor(0, 2);
    graphTab->setStretchFactor(1, 1);
    m_tabs->addTab(graphTab, tr("Task graph"));
    auto* sourceTab = new QWidget(m_tabs);
    auto* sourceLayout = new QVBoxLayout(sourceTab);
    sourceLayout->setContentsMargins(0, 4, 0, 0);
    m_files = new QComboBox(sourceTab);
    m_files->setObjectName(QStringLiteral("sourceFiles"));
    m_files->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_files->setMinimumContentsLength(20);
    sourceLayout->addWidget(m_files);
    m_source = readOnlyMonospace(QStringLiteral("sourceView"), sourceTab);
    sourceLayout->addWidget(m_source, 1);
    m_tabs->addTab(sourceTab, tr("Source"));
    layout->addWidget(m_tabs, 1);

    connect(m_files, &QComboBox::currentIndexChanged, this, &WorkflowDetailPane::showSourceFile);
    connect(inspector, &WorkflowInspector::detailChanged, this, &WorkflowDetailPane::showDetail);
    connect(inspector, &WorkflowInspector::sourceChanged, this, &WorkflowDetailPane::showSource);
    showDetail();
    showSource();
}

void WorkflowDetailPane::setRecentRuns(const QList<RecentRun>& runs)
{
    m_strip->setRuns(runs);
}

void WorkflowDetailPane::showDetail()
{
    const WorkflowInspector* w = m_inspector;
    const bool shown = !w->packageId().isEmpty();
    m_tabs->setEnabled(shown && w->hasDetail());
    if (!shown) {
        m_title->setText(tr("Select a workflow to see its build, task graph and source."));
        m_build->clear();
        m_buildError->setVisible(false);
        m_detailError->setVisible(false);
        m_graph->setGraph({});
        m_docs->clear();
        m_strip->setRuns({});
        return;
    }
    m_detailError->setVisible(w->detailError().isError());
    if (w->detailError().isError())
        m_detailError->setText(tr("Could not load the package: %1").arg(describeError(w->detailError())));
    if (!w->hasDetail()) {
        m_title->setText(tr("Loading…"));
        return;
    }
    const WorkflowDetail& d = w->detail();
    m_title->setText(tr("%1 — package %2 %3").arg(d.workflowName, d.packageName, d.version));
    QString build = tr("Build: %1").arg(buildText(d.buildStatus));
    if (w->isPaused())
        build += tr(" · paused: new runs are not started");
    m_build->setText(build);
    QPalette pal = palette();
    if (d.buildStatus == QLatin1String("failed"))
        pal.setColor(QPalette::WindowText, statusColor(QStringLiteral("Failed")));
    m_build->setPalette(pal);
    m_buildError->setPlainText(w->buildError());
    m_buildError->setVisible(!w->buildError().isEmpty());

    const QList<TaskGraphNode> graph = w->taskGraph();
    m_graph->setGraph(graph);
    m_graph->setMessage(graph.isEmpty() ? (d.buildStatus == QLatin1String("success")
                                ? tr("This workflow declares no tasks.")
                                : tr("The task graph is known once the build succeeds."))
                                        : QString());
    QString docs;
    for (const WorkflowTaskDoc& t : w->taskDocs()) {
        docs += QStringLiteral("<p><b>%1</b>").arg(t.id.toHtmlEscaped());
        if (!t.description.isEmpty())
            docs += QStringLiteral(" — ") + t.description.toHtmlEscaped();
        if (!t.what.isEmpty() && t.what != t.description)
            docs += QStringLiteral("<br>") + tr("What: %1").arg(t.what.toHtmlEscaped());
        if (!t.why.isEmpty())
            docs += QStringLiteral("<br>") + tr("Why: %1").arg(t.why.toHtmlEscaped());
        docs += QStringLiteral("</p>");
    }
    m_docs->setHtml(docs);
}

void WorkflowDetailPane::showSource()
{
    const QString current = m_files->currentText();
    const QSignalBlocker block(m_files);
    m_files->clear();
    for (const WorkflowSourceFile& f : m_inspector->sourceFiles())
        m_files->addItem(f.path);
    // Keep the file the operator was reading; else the library source, else the first file.
    int index = m_files->findText(current);
    if (index < 0)
        index = m_files->findText(QStringLiteral("src/lib.rs"));
    m_files->setCurrentIndex(qMax(0, index));
    showSourceFile(m_files->currentIndex());
}

void WorkflowDetailPane::showSourceFile(int index)
{
    const QList<WorkflowSourceFile>& files = m_inspector->sourceFiles();
    if (index >= 0 && index < files.size()) {
        if (m_source->toPlainText() != files.at(index).contents) // a reload keeps the scroll
            m_source->setPlainText(files.at(index).contents);
        return;
    }
    if (m_inspector->sourceError().isError())
        m_source->setPlainText(tr("Could not load the source: %1").arg(m_inspector->sourceError().message));
    else
        m_source->setPlainText(m_inspector->packageId().isEmpty() ? QString() : tr("The package holds no source."));
}

} // namespace Cloacina::Monitor

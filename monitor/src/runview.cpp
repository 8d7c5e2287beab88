#include "runview.h"

#include "colors.h"
#include "columnwidths.h"
#include "delegates.h"
#include "elidinglabel.h"
#include "errorbanner.h"
#include "ganttwidget.h"
#include "taskgraphwidget.h"

#include <cloacinamodels/failingtask.h>
#include <cloacinamodels/format.h>
#include <cloacinamodels/runmodels.h>
#include <cloacinamodels/taskfiltermodel.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

namespace {
    QString pillStyle(const QColor& c)
    {
        return QStringLiteral("QLabel { background: %1; color: white; border-radius: 9px; padding: 2px 10px; font-weight: bold; }")
            .arg(c.name());
    }

    void setupTable(QTableView* t)
    {
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setAlternatingRowColors(true);
        t->setWordWrap(false);
        t->verticalHeader()->setVisible(false);
        // Uniform row heights: the view never measures rows, whatever the row count.
        t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
        t->horizontalHeader()->setHighlightSections(false);
        t->horizontalHeader()->setStretchLastSection(true);
    }

} // namespace

RunView::RunView(RunSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new RunEventFilterModel(this))
    , m_failure(new FailingTask(session->taskModel(), session->eventModel(), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);

    // Header
    auto* header = new QHBoxLayout;
    // Name and counters shrink (eliding) so that the header never widens the window.
    m_title = new ElidingLabel(this);
    m_title->setObjectName(QStringLiteral("runTitle"));
    m_shortId = new QLabel(this);
    m_shortId->setObjectName(QStringLiteral("runShortId"));
    m_shortId->setStyleSheet(QStringLiteral("color: gray;"));
    m_shortId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    tf.setBold(true);
    m_title->setFont(tf);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("runSource"));
    m_counts = new ElidingLabel(this);
    m_counts->setObjectName(QStringLiteral("runCounts"));
    m_copyId = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy id"), this);
    m_copyId->setToolTip(tr("Copy the execution id (Ctrl+Shift+C)"));
    m_rerun = new QPushButton(QIcon(QStringLiteral(":/icons/rerun.svg")), tr("Re-run…"), this);
    m_rerun->setObjectName(QStringLiteral("rerunButton"));
    m_reconnect = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Reconnect"), this);
    m_reconnect->setToolTip(tr("Follow this run again (history, live socket and polling)"));
    // Two rows, so that the buttons stay on a narrow pane: identity, then counters + actions.
    header->addWidget(m_title, 1);
    header->addWidget(m_shortId);
    header->addWidget(m_status);
    header->addWidget(m_source);
    layout->addLayout(header);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_counts, 1);
    actions->addWidget(m_copyId);
    actions->addWidget(m_reconnect);
    actions->addWidget(m_rerun);
    layout->addLayout(actions);

    m_banner = createErrorBanner(QStringLiteral("runErrorBanner"), this);
    layout->addWidget(m_banner);
    m_actionBanner = createErrorBanner(QStringLiteral("actionBanner"), this);
    layout->addWidget(m_actionBanner);

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("runSplitter"));
    m_tabs = new QTabWidget(m_split);
    m_tabs->setDocumentMode(true);

    // Events tab
    auto* eventsPage = new QWidget(m_tabs);
    auto* ev = new QVBoxLayout(eventsPage);
    ev->setContentsMargins(0, 4, 0, 0);
    auto* evBar = new QHBoxLayout;
    m_failuresOnly = new QCheckBox(tr("Failures only"), eventsPage);
    m_failuresOnly->setObjectName(QStringLiteral("failuresOnly"));
    m_search = new QLineEdit(eventsPage);
    m_search->setPlaceholderText(tr("Filter events…"));
    m_search->setClearButtonEnabled(true);
    m_follow = new QCheckBox(tr("Follow new events"), eventsPage);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Scroll to new events while the view is at the bottom"));
    evBar->addWidget(m_failuresOnly);
    evBar->addWidget(m_search, 1);
    evBar->addWidget(m_follow);
    ev->addLayout(evBar);
    m_filterNotice = new QLabel(eventsPage);
    m_filterNotice->setObjectName(QStringLiteral("eventFilterNotice"));
    m_filterNotice->setStyleSheet(QStringLiteral("QLabel { background: #fff8e1; color: #5d4037; border: 1px solid #ffe082; border-radius: 3px; padding: 2px 6px; }"));
    m_filterNotice->setTextFormat(Qt::RichText);
    m_filterNotice->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_filterNotice->setVisible(false);
    connect(m_filterNotice, &QLabel::linkActivated, this, [this] {
        m_search->clear();
        m_failuresOnly->setChecked(false);
    });
    ev->addWidget(m_filterNotice);
    m_eventSplit = new QSplitter(Qt::Vertical, eventsPage);
    m_events = new QTableView(m_eventSplit);
    m_events->setObjectName(QStringLiteral("eventTable"));
    setupTable(m_events);
    m_events->setModel(session->eventModel());
    m_events->setItemDelegateForColumn(RunEventModel::EventColumn, new EventTypeDelegate(RunEventModel::EventTypeRole, m_events));
    const int cw = fontMetrics().averageCharWidth();
    m_events->setColumnWidth(RunEventModel::TimeColumn, m_events->fontMetrics().horizontalAdvance(QStringLiteral("23:59:59.999")) + 14);
    m_events->setColumnWidth(RunEventModel::EventColumn, qMax(cw * 22, EventTypeDelegate::labelColumnWidth(m_events->font())));
    m_events->setColumnWidth(RunEventModel::TaskColumn, cw * 18);
    m_events->setColumnWidth(RunEventModel::DetailsColumn, cw * 46);
    m_events->setColumnWidth(RunEventModel::SequenceColumn, cw * 8);
    m_events->setColumnWidth(RunEventModel::SourceColumn, cw * 9);
    m_events->horizontalHeader()->setStretchLastSection(false);
    m_events->horizontalHeader()->setSectionResizeMode(RunEventModel::DetailsColumn, QHeaderView::Stretch);
    widenColumnsToTitles(m_events);
    m_eventDetails = new QPlainTextEdit(m_eventSplit);
    m_eventDetails->setObjectName(QStringLiteral("eventDetails"));
    m_eventDetails->setReadOnly(true);
    m_eventDetails->setPlaceholderText(tr("Select an event to see its data"));
    m_eventDetails->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_eventSplit->addWidget(m_events);
    m_eventSplit->addWidget(m_eventDetails);
    m_eventSplit->setStretchFactor(0, 4);
    m_eventSplit->setStretchFactor(1, 1);
    ev->addWidget(m_eventSplit, 1);
    m_tabs->addTab(eventsPage, tr("&Events"));

    m_tabs->addTab(buildTasksPage(), tr("&Tasks"));
    m_tabs->addTab(buildTimelinePage(), tr("T&imeline"));

    // Graph tab
    auto* graphScroll = new QScrollArea(m_tabs);
    graphScroll->setWidgetResizable(true);
    m_graph = new TaskGraphWidget(graphScroll);
    m_graph->setObjectName(QStringLiteral("taskGraph"));
    m_graph->setTaskModel(session->taskModel());
    graphScroll->setWidget(m_graph);
    m_tabs->addTab(graphScroll, tr("&Graph"));

    // Failure pane
    auto* failure = new QWidget(m_split);
    auto* fl = new QVBoxLayout(failure);
    fl->setContentsMargins(0, 4, 0, 4);
    auto* fh = new QHBoxLayout;
    m_failureTitle = new QLabel(failure);
    m_failureTitle->setObjectName(QStringLiteral("failureTitle"));
    // A long task name must not widen the window: the label takes what the row leaves.
    m_failureTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_failureTitle->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    m_copyError = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy error"), failure);
    fh->addWidget(m_failureTitle, 1);
    fh->addWidget(m_copyError);
    fl->addLayout(fh);
    m_errorText = new QPlainTextEdit(failure);
    m_errorText->setObjectName(QStringLiteral("failureText"));
    m_errorText->setReadOnly(true);
    m_errorText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_errorText->setPlaceholderText(tr("No failed task in this run"));
    fl->addWidget(m_errorText, 1);
    m_split->addWidget(m_tabs);
    m_split->addWidget(failure);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    layout->addWidget(m_split, 1);

    // Behaviour
    connect(m_copyId, &QPushButton::clicked, this, &RunView::copyIdRequested);
    connect(m_rerun, &QPushButton::clicked, this, &RunView::rerunRequested);
    connect(m_reconnect, &QPushButton::clicked, this, &RunView::reconnectRequested);
    connect(m_copyError, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_failure->copyText());
    });
    connect(m_failuresOnly, &QCheckBox::toggled, this, &RunView::setFailuresOnly);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        setFailuresOnly(m_failuresOnly->isChecked());
    });
    connect(m_events->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunView::showEventDetails);

    // Auto-scroll only when pinned to the bottom.
    QScrollBar* bar = m_events->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int v) { m_pinned = v >= bar->maximum() - 2; });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_pinned && m_follow->isChecked())
            bar->setValue(max);
    });

    connect(session, &RunSession::executionChanged, this, [this] {
        // A text filter belongs to the run it was typed for; failures-only is a mode and stays
        // (the notice says so).
        m_search->clear();
        m_taskSearch->clear();
        m_pinned = true;
        clearActionError();
        m_eventDetails->clear();
        updateHeader();
        updateFailure();
        // The view was reset together with the model; re-bind if the proxy is in use.
        setFailuresOnly(m_failuresOnly->isChecked());
    });
    connect(session, &RunSession::statusChanged, this, &RunView::updateHeader);
    connect(session, &RunSession::sourceChanged, this, &RunView::updateHeader);
    connect(session, &RunSession::lastErrorChanged, this, &RunView::updateBanner);
    connect(session, &RunSession::taskGraphChanged, this, &RunView::updateGraph);
    connect(session->eventModel(), &RunEventModel::countChanged, this, &RunView::updateHeader);
    connect(session->eventModel(), &RunEventModel::countChanged, this, &RunView::updateFilterNotice);
    connect(session->taskModel(), &TaskListModel::countChanged, this, &RunView::updateHeader);
    connect(m_failure, &FailingTask::changed, this, &RunView::updateFailure);
    updateHeader();
    updateFailure();
}

RunView::~RunView()
{
    // ~QWidget hides the children of a top-level view, and the hiding event table still resizes
    // its scroll bar: the scroll bar's signals must not reach this half-destroyed object.
    m_events->verticalScrollBar()->disconnect(this);
}

QWidget* RunView::buildTasksPage()
{
    auto* page = new QWidget(m_tabs);
    auto* l = new QVBoxLayout(page);
    l->setContentsMargins(0, 4, 0, 0);
    auto* bar = new QHBoxLayout;
    m_taskSearch = new QLineEdit(page);
    m_taskSearch->setObjectName(QStringLiteral("taskSearch"));
    m_taskSearch->setPlaceholderText(tr("Filter tasks by name, status or error…"));
    m_taskSearch->setClearButtonEnabled(true);
    m_taskProblems = new QCheckBox(tr("Problems only"), page);
    m_taskProblems->setObjectName(QStringLiteral("taskProblemsOnly"));
    m_taskProblems->setToolTip(tr("Only failed and retrying tasks"));
    bar->addWidget(m_taskSearch, 1);
    bar->addWidget(m_taskProblems);
    l->addLayout(bar);

    m_taskFilter = new TaskFilterModel(this);
    m_taskFilter->setSourceModel(m_session->taskModel());
    m_tasks = new QTableView(page);
    m_tasks->setObjectName(QStringLiteral("taskTable"));
    setupTable(m_tasks);
    m_tasks->setModel(m_taskFilter);
    // Click a header to sort; until then rows keep their (stable) order.
    m_tasks->horizontalHeader()->setSortIndicatorClearable(true);
    m_tasks->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_tasks->setSortingEnabled(true);
    m_tasks->setItemDelegateForColumn(TaskListModel::StatusColumn, new StatusPillDelegate(m_tasks));
    const int cw = fontMetrics().averageCharWidth();
    m_tasks->setColumnWidth(TaskListModel::NameColumn, cw * 22);
    m_tasks->setColumnWidth(TaskListModel::StatusColumn, cw * 14);
    const int timeWidth = m_tasks->fontMetrics().horizontalAdvance(QStringLiteral("23:59:59.999")) + 14;
    m_tasks->setColumnWidth(TaskListModel::StartedColumn, timeWidth);
    m_tasks->setColumnWidth(TaskListModel::CompletedColumn, timeWidth);
    m_tasks->setColumnWidth(TaskListModel::AttemptsColumn, m_tasks->fontMetrics().horizontalAdvance(tr("Attempts")) + 16);
    m_tasks->setColumnWidth(TaskListModel::DurationColumn, m_tasks->fontMetrics().horizontalAdvance(QStringLiteral("59 min 59 s")) + 16);
    widenColumnsToTitles(m_tasks);
    l->addWidget(m_tasks, 1);
    connect(m_taskSearch, &QLineEdit::textChanged, m_taskFilter, &TaskFilterModel::setText);
    connect(m_taskProblems, &QCheckBox::toggled, m_taskFilter, &TaskFilterModel::setProblemsOnly);
    return page;
}

QWidget* RunView::buildTimelinePage()
{
    auto* page = new QWidget(m_tabs);
    auto* l = new QVBoxLayout(page);
    l->setContentsMargins(0, 4, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* zoomOut = new QPushButton(tr("Zoom −"), page);
    zoomOut->setObjectName(QStringLiteral("zoomOut"));
    auto* zoomIn = new QPushButton(tr("Zoom +"), page);
    zoomIn->setObjectName(QStringLiteral("zoomIn"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    auto* fit = new QPushButton(tr("Fit"), page);
    fit->setObjectName(QStringLiteral("zoomFit"));
    auto* group = new QCheckBox(tr("Group by status"), page);
    group->setObjectName(QStringLiteral("groupByStatus"));
    group->setToolTip(tr("Failed and retrying tasks first, then running, waiting, completed, skipped"));
    auto* jump = new QPushButton(tr("Jump to failed task"), page);
    jump->setObjectName(QStringLiteral("jumpToFailure"));
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addWidget(group);
    bar->addStretch(1);
    bar->addWidget(jump);
    l->addLayout(bar);

    m_ganttScroll = new QScrollArea(page);
    m_ganttScroll->setObjectName(QStringLiteral("timelineScroll"));
    m_ganttScroll->setWidgetResizable(true);
    m_gantt = new GanttWidget(m_ganttScroll);
    m_gantt->setObjectName(QStringLiteral("gantt"));
    m_gantt->setModel(m_session->taskModel());
    m_ganttScroll->setWidget(m_gantt);
    l->addWidget(m_ganttScroll, 1);
    connect(zoomIn, &QPushButton::clicked, m_gantt, &GanttWidget::zoomIn);
    connect(zoomOut, &QPushButton::clicked, m_gantt, &GanttWidget::zoomOut);
    connect(fit, &QPushButton::clicked, m_gantt, [this] { m_gantt->setZoom(1.0); });
    connect(group, &QCheckBox::toggled, m_gantt, &GanttWidget::setGrouped);
    connect(jump, &QPushButton::clicked, m_gantt, &GanttWidget::jumpToFailure);
    connect(m_gantt, &GanttWidget::ensureVisibleRequested, this, [this](const QRect& r) {
        m_ganttScroll->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + 20, r.height() / 2 + 20);
    });
    auto updateJump = [this, jump] { jump->setEnabled(m_session->taskModel()->failingRow() >= 0); };
    connect(m_session->taskModel(), &TaskListModel::countChanged, jump, updateJump);
    updateJump();
    return page;
}

void RunView::updateFilterNotice()
{
    const int total = m_session->eventModel()->rowCount();
    const bool filtering = m_events->model() == m_filter;
    if (!filtering) {
        m_filterNotice->setVisible(false);
        return;
    }
    QStringList what;
    if (m_failuresOnly->isChecked())
        what << tr("failures only");
    if (!m_search->text().isEmpty())
        what << tr("text “%1”").arg(m_search->text().toHtmlEscaped());
    m_filterNotice->setText(tr("Showing %1 of %2 events — filter active: %3. <a href=\"clear\">Show all</a>")
                                .arg(m_filter->rowCount())
                                .arg(total)
                                .arg(what.join(QStringLiteral(", "))));
    m_filterNotice->setVisible(true);
}

void RunView::setFailuresOnly(bool on)
{
    // The proxy is attached only while filtering: 1M-row logs stay on the plain model.
    const bool filtering = on || !m_search->text().isEmpty();
    m_filter->setFailuresOnly(on);
    if (filtering && m_events->model() != m_filter) {
        m_filter->setSourceModel(m_session->eventModel());
        m_events->setModel(m_filter);
        connect(m_events->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunView::showEventDetails);
    } else if (!filtering && m_events->model() != m_session->eventModel()) {
        m_events->setModel(m_session->eventModel());
        m_filter->setSourceModel(nullptr);
        connect(m_events->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunView::showEventDetails);
    }
    updateFilterNotice();
}

void RunView::updateHeader()
{
    const RunSession* s = m_session;
    if (s->executionId().isEmpty()) {
        m_title->setText(tr("No run selected"));
        m_shortId->clear();
        m_status->setVisible(false);
        m_source->setVisible(false);
        m_counts->clear();
        m_copyId->setEnabled(false);
        m_rerun->setEnabled(false);
        m_reconnect->setEnabled(false);
        return;
    }
    const QString name = s->workflowName().isEmpty() ? tr("Run") : s->workflowName();
    m_title->setText(name);
    m_title->setToolTipText(s->executionId());
    m_shortId->setText(s->executionId().left(8));
    m_shortId->setToolTip(s->executionId());
    const QString status = s->status().isEmpty() ? tr("loading…") : s->status();
    m_status->setText(status);
    m_status->setStyleSheet(pillStyle(s->status().isEmpty() ? QColor(Qt::gray) : statusColor(s->status())));
    m_status->setVisible(true);
    QColor sourceColor(0x78, 0x90, 0x9c);
    switch (s->source()) {
    case RunSession::Source::Live:
        sourceColor = QColor(0x2e, 0x7d, 0x32);
        break;
    case RunSession::Source::Polling:
        sourceColor = QColor(0x1e, 0x88, 0xe5);
        break;
    case RunSession::Source::Reconnecting:
        sourceColor = QColor(0xef, 0x6c, 0x00);
        break;
    default:
        break;
    }
    m_source->setText(QStringLiteral("● ") + s->sourceText());
    m_source->setToolTip(tr("What feeds this view: live socket, REST polling, reconnecting, or ended"));
    m_source->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(sourceColor.name()));
    m_source->setVisible(true);
    // Operators read "failed" as failed tasks, not as failure events (retries emit several).
    const RunEventModel* events = s->eventModel();
    const TaskListModel* tasks = s->taskModel();
    QString counts = tr("%n event(s)", nullptr, events->rowCount());
    if (tasks->rowCount() > 0)
        counts += tr(", %n task(s)", nullptr, tasks->rowCount());
    if (tasks->failedCount() > 0)
        counts += tr(", %n failed", nullptr, tasks->failedCount());
    if (events->trimmedCount() > 0)
        counts += tr(" (%1 oldest trimmed)").arg(events->trimmedCount());
    m_counts->setText(counts);
    m_copyId->setEnabled(true);
    m_rerun->setEnabled(!s->workflowName().isEmpty() && m_rerunAllowed);
    m_rerun->setToolTip(m_rerunAllowed ? tr("Start a new run of this workflow (Ctrl+R)") : m_rerunRefusal);
    m_reconnect->setEnabled(true);
}

QString RunView::describe(const Error& e)
{
    return describeError(e);
}

void RunView::updateBanner()
{
    if (!m_session->hasError()) {
        m_banner->setVisible(false);
        return;
    }
    const Error e = m_session->lastError();
    m_banner->setText(tr("Following this run: %1").arg(describe(e))
        + (e.isTransient() ? tr(". Retrying; the rows shown are kept.")
                           : tr(". Following stopped; Reconnect tries again.")));
    m_banner->setVisible(true);
}

void RunView::showActionError(const QString& what, const Error& error)
{
    m_actionBanner->setText(QStringLiteral("%1: %2").arg(what.toHtmlEscaped(), describe(error)));
    m_actionBanner->setVisible(true);
}

void RunView::setRerunAllowed(bool allowed, const QString& why)
{
    m_rerunAllowed = allowed;
    m_rerunRefusal = why;
    updateHeader();
}

void RunView::clearActionError()
{
    m_actionBanner->clear();
    m_actionBanner->setVisible(false);
}

void RunView::updateFailure()
{
    const FailingTask* f = m_failure;
    if (!f->hasFailure()) {
        m_failureTitle->setText(tr("<b>Failing task:</b> none"));
        m_errorText->clear();
        m_copyError->setEnabled(false);
        return;
    }
    const QString when = Format::dateTime(f->failedAt());
    if (f->taskName().isEmpty())
        m_failureTitle->setText(tr("<b>Failure</b> <span style='color:gray'>(%1)</span>").arg(when));
    else if (f->attempt() > 0)
        m_failureTitle->setText(tr("<b>Failing task:</b> %1 <span style='color:gray'>(attempt %2/%3, %4)</span>")
                                    .arg(f->taskName().toHtmlEscaped())
                                    .arg(f->attempt())
                                    .arg(f->maxAttempts())
                                    .arg(when));
    else
        m_failureTitle->setText(tr("<b>Failing task:</b> %1 <span style='color:gray'>(%2)</span>")
                                    .arg(f->taskName().toHtmlEscaped(), when));
    const QString text = f->errorText();
    const QString shown = text.isEmpty() ? tr("(the server reported no error text)") : text;
    if (m_errorText->toPlainText() != shown)
        m_errorText->setPlainText(shown);
    m_copyError->setEnabled(!f->copyText().isEmpty());
}

void RunView::updateGraph()
{
    const QList<TaskGraphNode>& nodes = m_session->taskGraph();
    m_graph->setGraph(nodes);
    if (nodes.isEmpty() && m_session->graphError().kind != Error::Kind::Network && !m_session->graphError().message.isEmpty())
        m_graph->setMessage(tr("Could not load the task graph: %1").arg(m_session->graphError().message));
}

void RunView::showEventDetails()
{
    const QModelIndex idx = m_events->currentIndex();
    if (!idx.isValid()) {
        m_eventDetails->clear();
        return;
    }
    const QString type = idx.data(RunEventModel::EventTypeRole).toString();
    QString text = QStringLiteral("%1  (%2)\n%3  %4\n")
                       .arg(idx.data(RunEventModel::LabelRole).toString(), type,
                           idx.data(RunEventModel::TimeRole).toDateTime().toLocalTime().toString(Qt::ISODateWithMs),
                           idx.data(RunEventModel::TaskFullNameRole).toString());
    text += tr("event id %1, sequence %2, via %3\n\n")
                .arg(idx.data(RunEventModel::IdRole).toString())
                .arg(idx.data(RunEventModel::SequenceNumRole).toLongLong())
                .arg(idx.data(RunEventModel::SourceRole).toString());
    text += idx.data(RunEventModel::EventDataRole).toString();
    m_eventDetails->setPlainText(text);
}

} // namespace Cloacina::Monitor

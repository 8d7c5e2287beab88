#include "failedrunsview.h"

#include "columnwidths.h"
#include "delegates.h"
#include "elidinglabel.h"
#include "errorbanner.h"

#include <cloacina/executionid.h>
#include <cloacinamodels/eventtypes.h>
#include <cloacinamodels/executionlistmodel.h>
#include <cloacinamodels/format.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

namespace {
    class RunTable : public QTableView {
    public:
        using QTableView::QTableView;
        std::function<void(int)> onEnter;

    protected:
        void keyPressEvent(QKeyEvent* e) override
        {
            if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && currentIndex().isValid() && onEnter) {
                onEnter(currentIndex().row());
                return;
            }
            QTableView::keyPressEvent(e);
        }
    };
} // namespace

FailedRunsView::FailedRunsView(ExecutionListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(6);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Failed"), QStringList { QStringLiteral("Failed") });
    m_status->addItem(tr("Any status"), QStringList());
    m_status->addItem(tr("Failed or cancelled"), QStringList { QStringLiteral("Failed"), QStringLiteral("Cancelled") });
    for (const QString& s : EventTypes::runStatuses()) {
        if (s != QLatin1String("Failed"))
            m_status->addItem(s, QStringList { s });
    }
    m_status->setToolTip(tr("Show runs with this status"));
    m_workflow = new QComboBox(this);
    m_workflow->setObjectName(QStringLiteral("workflowFilter"));
    m_workflow->setEditable(true);
    m_workflow->setInsertPolicy(QComboBox::NoInsert);
    m_workflow->addItem(tr("All workflows"), QString());
    m_workflow->setMinimumContentsLength(10);
    m_workflow->setToolTip(tr("Exact workflow name"));
    m_time = new QComboBox(this);
    m_time->setObjectName(QStringLiteral("timeFilter"));
    m_time->addItem(tr("Any time"), 0);
    m_time->addItem(tr("Last hour"), 3600);
    m_time->addItem(tr("Last 24 hours"), 86400);
    m_time->addItem(tr("Last 7 days"), 7 * 86400);
    m_time->setToolTip(tr("Runs started within"));
    m_tenantLabel = new QLabel(tr("Tenant:"), this);
    m_tenant = new QComboBox(this);
    m_tenant->setObjectName(QStringLiteral("tenantPicker"));
    m_tenant->setMinimumContentsLength(8);
    // The combos shrink to a few characters (the popup still shows whole names): long
    // workflow or tenant names must not widen the window.
    for (QComboBox* box : { m_status, m_workflow, m_time, m_tenant }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        if (box->minimumContentsLength() == 0)
            box->setMinimumContentsLength(9);
    }
    m_tenantLabel->setVisible(false);
    m_tenant->setVisible(false);

    // Two rows, so that the list fits a narrow pane with the tenant picker shown.
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status, 1);
    filters->addWidget(new QLabel(tr("Started:"), this));
    filters->addWidget(m_time, 1);
    layout->addLayout(filters);
    auto* scope = new QHBoxLayout;
    scope->setSpacing(6);
    scope->addWidget(new QLabel(tr("Workflow:"), this));
    scope->addWidget(m_workflow, 2);
    scope->addWidget(m_tenantLabel);
    scope->addWidget(m_tenant, 1);
    layout->addLayout(scope);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("runSearch"));
    m_search->setPlaceholderText(tr("Search: execution id, workflow, task or error text"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Filters the loaded runs. Enter with a complete execution id opens that run even when it is not listed."));
    layout->addWidget(m_search);

    auto* refreshRow = new QHBoxLayout;
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    m_interval->setRange(0, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setSpecialValueText(tr("off"));
    m_interval->setValue(model->autoRefreshInterval() / 1000);
    m_interval->setToolTip(tr("Auto-refresh interval (0 = off)"));
    m_lastRefresh = new ElidingLabel(this);
    m_lastRefresh->setObjectName(QStringLiteral("lastRefreshLabel"));
    m_count = new ElidingLabel(this);
    m_count->setObjectName(QStringLiteral("runCountLabel"));
    refreshRow->addWidget(new QLabel(tr("Auto-refresh every"), this));
    refreshRow->addWidget(m_interval);
    refreshRow->addSpacing(12);
    // The time keeps its width; the counter (longer, more telling) takes the rest and elides.
    refreshRow->addWidget(m_lastRefresh);
    refreshRow->addWidget(m_count, 1);
    layout->addLayout(refreshRow);

    m_error = createErrorBanner(QStringLiteral("listError"), this);
    layout->addWidget(m_error);

    auto* table = new RunTable(this);
    table->onEnter = [this](int row) { emit runActivated(row); };
    m_table = table;
    m_table->setObjectName(QStringLiteral("failedRunsTable"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(new HighlightRowDelegate(ExecutionListModel::IsNewRole, m_table));
    m_table->setItemDelegateForColumn(ExecutionListModel::StatusColumn, new StatusPillDelegate(m_table));
    m_table->setColumnHidden(ExecutionListModel::TenantColumn, true);
    m_table->setColumnHidden(ExecutionListModel::IdColumn, true);
    m_table->setColumnHidden(ExecutionListModel::StatusColumn, true);
    const int cw = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(ExecutionListModel::WorkflowColumn, cw * 22);
    m_table->setColumnWidth(ExecutionListModel::StatusColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("Completed")) + 36);
    const int dateWidth = m_table->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) + 24;
    m_table->setColumnWidth(ExecutionListModel::StartedColumn, dateWidth);
    m_table->setColumnWidth(ExecutionListModel::EndedColumn, dateWidth);
    m_table->setColumnWidth(ExecutionListModel::DurationColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("59 min 59 s")) + 16);
    m_table->setColumnWidth(ExecutionListModel::FailingTaskColumn, cw * 16);
    m_table->setColumnWidth(ExecutionListModel::ErrorColumn, cw * 40);
    m_table->setColumnWidth(ExecutionListModel::TriggerColumn, cw * 10);
    widenColumnsToTitles(m_table);
    layout->addWidget(m_table, 1);
    m_empty = createEmptyState(this);
    layout->addWidget(m_empty, 1);
    connect(model, &ExecutionListModel::emptyTextChanged, this, &FailedRunsView::updateEmptyState);

    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& idx) { emit runActivated(idx.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { emit currentRunChanged(current.isValid() ? current.row() : -1); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &FailedRunsView::applyStatus);
    connect(m_workflow, &QComboBox::currentIndexChanged, this, &FailedRunsView::applyWorkflow);
    connect(m_workflow->lineEdit(), &QLineEdit::editingFinished, this, &FailedRunsView::applyWorkflow);
    connect(m_time, &QComboBox::currentIndexChanged, this, &FailedRunsView::applyTime);
    connect(m_tenant, &QComboBox::activated, this, [this](int i) {
        const bool all = m_tenant->itemData(i).toString().isEmpty();
        emit tenantChoiceChanged(all ? QString() : m_tenant->itemText(i), all);
    });
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int s) { m_model->setAutoRefreshInterval(s * 1000); });
    connect(model, &ExecutionListModel::lastRefreshedChanged, this, &FailedRunsView::updateRefreshLabel);
    connect(model, &ExecutionListModel::loadingChanged, this, &FailedRunsView::updateRefreshLabel);
    connect(model, &ExecutionListModel::countChanged, this, &FailedRunsView::updateRefreshLabel);
    connect(model, &ExecutionListModel::lastErrorChanged, this, &FailedRunsView::showError);
    connect(model, &ExecutionListModel::tenantsChanged, this, [this] {
        m_table->setColumnHidden(ExecutionListModel::TenantColumn, !m_model->allTenants() && m_model->tenants().size() <= 1);
    });
    connect(m_search, &QLineEdit::textChanged, this, &FailedRunsView::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const std::optional<QString> id = normalizeExecutionId(m_search->text());
        if (!id)
            return;
        const int row = m_model->rowOfId(*id);
        if (row >= 0)
            emit runActivated(row);
        else
            emit executionIdRequested(*id);
    });
    // New and changed rows (e.g. error text that arrived) are searched too.
    connect(model, &QAbstractItemModel::rowsInserted, this, &FailedRunsView::applySearch);
    connect(model, &QAbstractItemModel::modelReset, this, &FailedRunsView::applySearch);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        if (!m_search->text().isEmpty())
            searchRows(from.row(), to.row()); // only the changed rows can change their match
    });
    // "3 min ago" moves on: repaint the table every half minute.
    auto* clock = new QTimer(this);
    clock->setInterval(30000);
    connect(clock, &QTimer::timeout, m_table->viewport(), qOverload<>(&QWidget::update));
    clock->start();
    // A relative time range moves with the clock.
    m_timeRangeTimer = new QTimer(this);
    m_timeRangeTimer->setInterval(60000);
    connect(m_timeRangeTimer, &QTimer::timeout, this, &FailedRunsView::applyTime);
    updateRefreshLabel();
    updateEmptyState();
}

void FailedRunsView::applyFilter(const QVariantMap& filter)
{
    if (filter.contains(QStringLiteral("status"))) {
        QStringList statuses = filter.value(QStringLiteral("status")).toStringList();
        if (statuses == QStringList { QStringLiteral("any") })
            statuses.clear();
        int at = m_status->findData(statuses);
        if (at < 0) {
            m_status->addItem(statuses.join(QStringLiteral(" / ")), statuses);
            at = m_status->count() - 1;
        }
        m_status->setCurrentIndex(at);
    }
    if (filter.contains(QStringLiteral("workflow"))) {
        const QString workflow = filter.value(QStringLiteral("workflow")).toString();
        if (workflow.isEmpty())
            m_workflow->setCurrentIndex(0);
        else
            m_workflow->setCurrentText(workflow);
        applyWorkflow();
    }
    if (filter.contains(QStringLiteral("sinceSeconds"))) {
        const int wanted = filter.value(QStringLiteral("sinceSeconds")).toInt();
        int best = 0; // "Any time"
        for (int i = 0; i < m_time->count() && wanted > 0; ++i) {
            const int range = m_time->itemData(i).toInt();
            if (range >= wanted) {
                best = i;
                break;
            }
        }
        m_time->setCurrentIndex(best);
    }
}

void FailedRunsView::applyStatus()
{
    const QStringList statuses = m_status->currentData().toStringList();
    m_model->setStatusFilter(statuses);
    m_table->setColumnHidden(ExecutionListModel::StatusColumn, statuses == QStringList { QStringLiteral("Failed") });
}

void FailedRunsView::applyWorkflow()
{
    QString text = m_workflow->currentText().trimmed();
    if (m_workflow->currentIndex() == 0 && text == m_workflow->itemText(0))
        text.clear();
    m_model->setWorkflowFilter(text);
}

void FailedRunsView::applyTime()
{
    const int seconds = m_time->currentData().toInt();
    if (seconds <= 0) {
        m_timeRangeTimer->stop();
        m_model->setStartedAfter({});
        return;
    }
    m_timeRangeTimer->start();
    // Rounded to the minute so that the periodic update does not reload for nothing.
    QDateTime after = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    after.setTime(QTime(after.time().hour(), after.time().minute()));
    m_model->setStartedAfter(after);
}

void FailedRunsView::setWorkflows(const QStringList& workflows)
{
    const QString current = m_workflow->currentIndex() > 0 ? m_workflow->currentText() : QString();
    const QSignalBlocker block(m_workflow);
    while (m_workflow->count() > 1)
        m_workflow->removeItem(1);
    for (const QString& w : workflows)
        m_workflow->addItem(w, w);
    if (!current.isEmpty()) {
        const int i = m_workflow->findText(current);
        if (i >= 0)
            m_workflow->setCurrentIndex(i);
        else
            m_workflow->setEditText(current);
    } else {
        m_workflow->setCurrentIndex(0);
    }
}

void FailedRunsView::setTenantChoices(const QStringList& tenants, const QString& current)
{
    const QSignalBlocker block(m_tenant);
    m_tenant->clear();
    const bool show = !tenants.isEmpty();
    m_tenant->setVisible(show);
    m_tenantLabel->setVisible(show);
    if (!show)
        return;
    m_tenant->addItem(tr("All tenants"), QString());
    for (const QString& t : tenants)
        m_tenant->addItem(t, t);
    const int i = current.isEmpty() ? 0 : m_tenant->findText(current);
    m_tenant->setCurrentIndex(qMax(0, i));
}

int FailedRunsView::currentRow() const
{
    const QModelIndex idx = m_table->currentIndex();
    return idx.isValid() ? idx.row() : -1;
}

void FailedRunsView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const int column = m_table->currentIndex().isValid() ? m_table->currentIndex().column() : ExecutionListModel::WorkflowColumn;
    const QModelIndex idx = m_model->index(row, column);
    m_table->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(idx);
}

void FailedRunsView::updateRefreshLabel()
{
    QString text = m_model->lastRefreshed().isValid()
        ? tr("Last refresh: %1").arg(QLocale().toString(m_model->lastRefreshed().time(), QStringLiteral("HH:mm:ss")))
        : tr("Not refreshed yet");
    if (m_model->isLoading())
        text += tr(" — loading…");
    m_lastRefresh->setText(text);
    // Say what is counted: the rows loaded, and whether the server has more.
    const int rows = m_model->rowCount();
    QString count = m_model->hasMore() ? tr("%1 loaded, more on the server").arg(rows) : tr("%n run(s)", nullptr, rows);
    const int n = m_model->newCount();
    if (n > 0)
        count += tr(", %n new", nullptr, n);
    if (!m_search->text().isEmpty())
        count = tr("%1 match the search — ").arg(visibleRowCount()) + count;
    m_count->setText(count);
    m_count->setToolTipText(m_model->hasMore() ? tr("Scroll down to load older runs") : tr("Every matching run is loaded"));
}

void FailedRunsView::updateEmptyState()
{
    // In place of an empty table: why it is empty, and what to do about it.
    const bool searching = !m_search->text().trimmed().isEmpty() && m_model->rowCount() > 0;
    const bool empty = m_model->rowCount() == 0 || (searching && visibleRowCount() == 0);
    if (empty) {
        m_empty->setText(searching
                ? tr("No loaded run matches “%1”. Enter with a complete execution id opens that run.").arg(m_search->text().trimmed())
                : m_model->emptyText());
    }
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
}

void FailedRunsView::applySearch()
{
    searchRows(0, m_model->rowCount() - 1);
}

void FailedRunsView::searchRows(int first, int last)
{
    const QString text = m_search->text();
    for (int row = first; row <= last; ++row) {
        const bool shown = m_model->matches(row, text);
        // The error text is fetched lazily: searching asks for it (cached, 4 calls at a time).
        if (!text.isEmpty() && !shown)
            m_model->enrich(row);
        if (m_table->isRowHidden(row) == shown)
            m_table->setRowHidden(row, !shown);
    }
    updateRefreshLabel();
    updateEmptyState();
}

int FailedRunsView::visibleRowCount() const
{
    int n = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        n += m_table->isRowHidden(row) ? 0 : 1;
    return n;
}

void FailedRunsView::showError()
{
    if (!m_model->hasError()) {
        m_error->setVisible(false);
        return;
    }
    const Error e = m_model->lastError();
    QString text = tr("Could not load executions: %1").arg(e.message.toHtmlEscaped());
    if (e.httpStatus)
        text += tr(" — HTTP %1").arg(e.httpStatus);
    if (!e.code.isEmpty())
        text += tr(", code <b>%1</b>").arg(e.code.toHtmlEscaped());
    if (!e.requestId.isEmpty())
        text += tr(", request id <tt>%1</tt>").arg(e.requestId.toHtmlEscaped());
    text += tr(". Rows shown are kept; retrying on the next refresh.");
    m_error->setText(text);
    m_error->setVisible(true);
}

} // namespace Cloacina::Monitor

#include "overviewscreen.h"

#include "colors.h"
#include "consolecontext.h"
#include "overviewtile.h"
#include "paneheader.h"
#include "runstimelinechart.h"

#include <cloacinamodels/console/overviewmodel.h>

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

namespace {
    constexpr int HourSecs = 3600;
    constexpr int DaySecs = 24 * 3600;
    constexpr int TileColumns = 4;

    QString number(int n)
    {
        return QLocale().toString(n);
    }

    QVariantMap runsFilter(const QStringList& statuses, int sinceSeconds = 0)
    {
        QVariantMap filter { { QStringLiteral("status"), statuses } };
        if (sinceSeconds > 0)
            filter.insert(QStringLiteral("sinceSeconds"), sinceSeconds);
        return filter;
    }
} // namespace

OverviewScreen::OverviewScreen(ConsoleContext* context, QWidget* parent)
    : ConsoleScreen(context, parent)
    , m_model(new OverviewModel(this))
{
    m_model->setAutoRefreshInterval(10000);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_header = new PaneHeader(tr("Overview"), m_model, this);
    layout->addWidget(m_header);

    const QColor running = statusColor(QStringLiteral("Running"));
    const QColor completed = statusColor(QStringLiteral("Completed"));
    const QColor failed = statusColor(QStringLiteral("Failed"));
    const QColor neutral = statusColor(QStringLiteral("Pending"));
    const QStringList inFlight { QStringLiteral("Running"), QStringLiteral("Pending") };
    addTile(QStringLiteral("workflows"), tr("Workflows registered"), neutral, QStringLiteral("workflows"), {});
    addTile(QStringLiteral("inFlight"), tr("Runs in flight"), running, QStringLiteral("runs"), runsFilter(inFlight));
    addTile(QStringLiteral("completedHour"), tr("Completed · last hour"), completed, QStringLiteral("runs"),
        runsFilter({ QStringLiteral("Completed") }, HourSecs));
    addTile(QStringLiteral("failedHour"), tr("Failed · last hour"), failed, QStringLiteral("runs"),
        runsFilter({ QStringLiteral("Failed") }, HourSecs));
    addTile(QStringLiteral("graphs"), tr("Computation graphs"), statusColor(QStringLiteral("Retrying")),
        QStringLiteral("graphs"), {});
    addTile(QStringLiteral("server"), tr("Server"), neutral, QStringLiteral("fleet"), {});
    addTile(QStringLiteral("completedDay"), tr("Completed · last 24 h"), completed, QStringLiteral("runs"),
        runsFilter({ QStringLiteral("Completed") }, DaySecs));
    addTile(QStringLiteral("failedDay"), tr("Failed · last 24 h"), failed, QStringLiteral("runs"),
        runsFilter({ QStringLiteral("Failed") }, DaySecs));
    auto* tiles = new QGridLayout;
    for (int i = 0; i < m_order.size(); ++i)
        tiles->addWidget(m_order.at(i), i / TileColumns, i % TileColumns);
    layout->addLayout(tiles);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    m_chart = new RunsTimelineChart(split);
    m_chart->setObjectName(QStringLiteral("runsChart"));
    split->addWidget(m_chart);
    auto* ratesPane = new QWidget(split);
    auto* ratesLayout = new QVBoxLayout(ratesPane);
    ratesLayout->setContentsMargins(0, 0, 0, 0);
    auto* ratesTitle = new QLabel(tr("Failure rate per workflow, last 24 h (double-click: its failed runs)"), ratesPane);
    ratesTitle->setWordWrap(true);
    ratesLayout->addWidget(ratesTitle);
    m_sortedRates = new QSortFilterProxyModel(this);
    m_sortedRates->setSourceModel(m_model->failureRates());
    m_sortedRates->setSortRole(Qt::EditRole);
    m_rates = new QTableView(ratesPane);
    m_rates->setObjectName(QStringLiteral("failureRates"));
    m_rates->setModel(m_sortedRates);
    m_rates->setSortingEnabled(true);
    m_rates->sortByColumn(WorkflowFailureRateModel::RateColumn, Qt::DescendingOrder);
    m_rates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rates->setAlternatingRowColors(true);
    m_rates->verticalHeader()->setVisible(false);
    m_rates->horizontalHeader()->setSectionResizeMode(WorkflowFailureRateModel::WorkflowColumn, QHeaderView::Stretch);
    m_rates->setToolTip(tr("Double-click a workflow to list its failed runs of the last 24 h"));
    connect(m_rates, &QTableView::activated, this, &OverviewScreen::openWorkflowFailures);
    ratesLayout->addWidget(m_rates, 1);
    split->addWidget(ratesPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 3000, 2000 }); // the chart gets three fifths from the start
    layout->addWidget(split, 1);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("overviewNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setVisible(false);
    layout->addWidget(m_note);

    connect(m_model, &OverviewModel::summaryChanged, this, &OverviewScreen::showSummary);
    connect(m_model, &OverviewModel::serverChanged, this, &OverviewScreen::showServer);
    connect(m_model, &OverviewModel::timelineChanged, this,
        [this] { m_chart->setTimeline(m_model->timeline(), m_model->bucketMinutes()); });
    // Before the first answer (and after an error) the tiles say so.
    for (auto signal : { &OverviewModel::lastErrorChanged, &OverviewModel::lastRefreshedChanged })
        connect(m_model, signal, this, [this] {
            showSummary();
            showServer();
        });
    connect(context, &ConsoleContext::connectionChanged, this, [this] { m_model->setClientObject(this->context()->client()); });
    m_model->setClientObject(context->client());
    showSummary();
    showServer();
}

QIcon OverviewScreen::icon() const
{
    return QIcon(QStringLiteral(":/icons/screen-overview.svg"));
}

QLabel* OverviewScreen::errorBanner() const
{
    return m_header->errorBanner();
}

void OverviewScreen::activated()
{
    // Numbers older than a refresh period are stale when the operator comes back.
    const QDateTime last = m_model->lastRefreshed();
    if (m_model->clientObject() && !m_model->isLoading()
        && (!last.isValid() || last.msecsTo(QDateTime::currentDateTimeUtc()) > m_model->autoRefreshInterval()))
        m_model->refresh();
}

void OverviewScreen::refresh()
{
    m_model->refresh();
}

OverviewTile* OverviewScreen::addTile(const QString& key, const QString& caption, const QColor& accent,
    const QString& screenId, const QVariantMap& filter)
{
    auto* tile = new OverviewTile(caption, accent, this);
    tile->setObjectName(QStringLiteral("tile-") + key);
    tile->setToolTip(tr("Open the list"));
    connect(tile, &OverviewTile::activated, this, [this, screenId, filter] { context()->showScreen(screenId, filter); });
    m_tiles.insert(key, tile);
    m_order.append(tile);
    return tile;
}

void OverviewScreen::showSummary()
{
    const OverviewModel* m = m_model;
    const bool known = m->isLoaded() || m->hasError();
    auto show = [known](OverviewTile* tile, int value, const QString& detail) {
        tile->setValue(known ? number(value) : QStringLiteral("–"), known ? detail : QString());
    };
    show(tile(QStringLiteral("workflows")), m->workflowCount(), QString());
    show(tile(QStringLiteral("inFlight")), m->runsInFlight(), tr("running or pending"));
    show(tile(QStringLiteral("completedHour")), m->completedLastHour(), tr("of %1 started").arg(number(m->startedLastHour())));
    show(tile(QStringLiteral("failedHour")), m->failedLastHour(), tr("of %1 started").arg(number(m->startedLastHour())));
    show(tile(QStringLiteral("completedDay")), m->completedLastDay(), tr("of %1 started").arg(number(m->startedLastDay())));
    show(tile(QStringLiteral("failedDay")), m->failedLastDay(), tr("of %1 started").arg(number(m->startedLastDay())));
    QStringList health;
    health << tr("%1 live").arg(number(m->graphsLive()));
    if (m->graphsDegraded() > 0)
        health << tr("%1 degraded").arg(number(m->graphsDegraded()));
    if (m->graphsStarting() > 0)
        health << tr("%1 starting").arg(number(m->graphsStarting()));
    if (m->graphsDown() > 0)
        health << tr("%1 down").arg(number(m->graphsDown()));
    show(tile(QStringLiteral("graphs")), m->graphCount(), health.join(QStringLiteral(" · ")));
    m_note->setText(tr("The counts cover the newest %1 runs only: older runs of the last 24 h are not counted.")
                        .arg(number(m->maxRuns())));
    m_note->setVisible(m->isTruncated());
}

void OverviewScreen::showServer()
{
    QString state;
    if (!m_model->isLoaded() && !m_model->hasError())
        state = QString();
    else if (!m_model->isAlive())
        state = tr("not answering /health");
    else if (!m_model->isReady())
        state = tr("alive, not ready: %1").arg(m_model->readyReason());
    else
        state = tr("alive and ready");
    const QString version = m_model->serverVersion();
    tile(QStringLiteral("server"))->setValue(version.isEmpty() ? QStringLiteral("–") : version, state);
}

void OverviewScreen::openWorkflowFailures(const QModelIndex& index)
{
    const QModelIndex source = m_sortedRates->mapToSource(index);
    if (!source.isValid())
        return;
    QVariantMap filter = runsFilter({ QStringLiteral("Failed") }, DaySecs);
    filter.insert(QStringLiteral("workflow"), m_model->failureRates()->rateAt(source.row()).workflow);
    context()->showScreen(QStringLiteral("runs"), filter);
}

} // namespace Cloacina::Monitor

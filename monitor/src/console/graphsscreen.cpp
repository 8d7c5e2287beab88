#include "graphsscreen.h"

#include "actiongate.h"
#include "columnfit.h"
#include "consolecontext.h"
#include "firechartview.h"
#include "firereactordialog.h"
#include "graphtopologyview.h"
#include "healthdelegate.h"
#include "injectaccumulatordialog.h"
#include "listpane.h"

#include <cloacinamodels/console/accumulatorlistmodel.h>
#include <cloacinamodels/console/fireseriesmodel.h>
#include <cloacinamodels/console/graphlistmodel.h>
#include <cloacinamodels/console/reactorfirelistmodel.h>
#include <cloacinamodels/console/reactorlistmodel.h>
#include <cloacinamodels/serversession.h>

#include <cloacina/reactorchannel.h>
#include <cloacina/streams.h>

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

namespace {
    constexpr int listRefreshMs = 10000;
    constexpr int liveRefreshMs = 5000; // the chart, fires and freshness move faster
} // namespace

GraphsScreen::GraphsScreen(ConsoleContext* context, QWidget* parent)
    : ConsoleScreen(context, parent)
    , m_graphs(new GraphListModel(this))
    , m_reactors(new ReactorListModel(this))
    , m_accumulators(new AccumulatorListModel(this))
    , m_fires(new ReactorFireListModel(this))
    , m_series(new FireSeriesModel(this))
{
    m_graphs->setAutoRefreshInterval(listRefreshMs);
    m_reactors->setAutoRefreshInterval(listRefreshMs);
    m_accumulators->setAutoRefreshInterval(liveRefreshMs);
    m_fires->setAutoRefreshInterval(liveRefreshMs);
    m_series->setAutoRefreshInterval(liveRefreshMs);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_graphPane = new ListPane(tr("Computation graphs"), m_graphs, nullptr, this);
    m_graphPane->setObjectName(QStringLiteral("graphList"));
    QTableView* table = m_graphPane->table();
    table->setItemDelegateForColumn(GraphListModel::HealthColumn, new HealthDelegate(GraphListModel::HealthLevelRole, table));
    fitColumns(table, { 200, 260, 260, 70 });
    m_fire = new QPushButton(tr("Fire reactor…"), this);
    m_fire->setObjectName(QStringLiteral("fireButton"));
    m_pause = new QPushButton(tr("Pause reactor"), this);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_graphPane->actions()->addWidget(m_pause);
    m_graphPane->actions()->addWidget(m_fire);

    // The selected graph: topology and chart on the left, lists on the right.
    auto* detail = new QSplitter(Qt::Horizontal, this);
    detail->setChildrenCollapsible(false);
    auto* left = new QWidget(detail);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 0, 0, 6);
    m_info = new QLabel(left);
    m_info->setObjectName(QStringLiteral("graphInfo"));
    m_info->setWordWrap(true);
    m_actionStatus = new QLabel(left);
    m_actionStatus->setObjectName(QStringLiteral("actionStatus"));
    m_actionStatus->setWordWrap(true);
    m_actionStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionStatus->hide();
    m_topology = new GraphTopologyView(left);
    m_chart = new FireChartView(m_series, left);
    m_chart->setObjectName(QStringLiteral("fireChart"));
    leftLayout->addWidget(m_info);
    leftLayout->addWidget(m_actionStatus);
    leftLayout->addWidget(m_topology, 2);
    leftLayout->addWidget(m_chart, 3);

    m_tabs = new QTabWidget(detail);
    m_accumulatorPane = new ListPane(tr("Accumulators"), m_accumulators, nullptr, m_tabs);
    m_accumulatorPane->setObjectName(QStringLiteral("accumulatorList"));
    m_accumulatorPane->table()->setItemDelegateForColumn(
        AccumulatorListModel::StateColumn, new HealthDelegate(AccumulatorListModel::HealthLevelRole, m_accumulatorPane));
    fitColumns(m_accumulatorPane->table(), { 120, 115, 90, 60, 50 });
    // Every row here feeds the selected graph's reactor (named above).
    m_accumulatorPane->table()->setColumnHidden(AccumulatorListModel::ReactorColumn, true);
    m_inject = new QPushButton(tr("Inject event…"), this);
    m_inject->setObjectName(QStringLiteral("injectButton"));
    m_accumulatorPane->actions()->addWidget(m_inject);
    auto* firePane = new ListPane(tr("Recent fires"), m_fires, nullptr, m_tabs);
    firePane->setObjectName(QStringLiteral("fireList"));
    fitColumns(firePane->table(), { 150, 110, 70, 80 });
    auto* reactorPane = new ListPane(tr("All reactors"), m_reactors, nullptr, m_tabs);
    reactorPane->setObjectName(QStringLiteral("reactorList"));
    reactorPane->table()->setItemDelegateForColumn(
        ReactorListModel::HealthColumn, new HealthDelegate(ReactorListModel::HealthLevelRole, reactorPane));
    fitColumns(reactorPane->table(), { 170, 120, 120, 130, 60 });
    m_tabs->addTab(m_accumulatorPane, tr("Accumulators"));
    m_tabs->addTab(firePane, tr("Fires"));
    m_tabs->addTab(reactorPane, tr("Reactors"));
    detail->addWidget(left);
    detail->addWidget(m_tabs);
    detail->setStretchFactor(0, 1);
    detail->setStretchFactor(1, 1);
    m_graphPane->setDetail(detail, true);
    m_graphPane->splitter()->setStretchFactor(0, 1);
    m_graphPane->splitter()->setStretchFactor(1, 4);
    m_graphPane->splitter()->setSizes({ 150, 600 });
    layout->addWidget(m_graphPane);

    connect(m_graphPane, &ListPane::currentRowChanged, this, &GraphsScreen::selectGraph);
    // Keep the topology, the info line and the actions in step with refreshed rows.
    connect(m_graphs, &QAbstractItemModel::dataChanged, this, [this] { selectGraph(m_graphPane->currentSourceRow()); });
    connect(m_graphs, &RefreshableListModel::refreshed, this, [this] {
        if (m_graphPane->currentSourceRow() < 0 && m_graphs->rowCount() > 0) {
            const int wanted = m_current.isEmpty() ? -1 : m_graphs->rowOf(m_current);
            m_graphPane->selectSourceRow(wanted >= 0 ? wanted : 0);
        }
    });
    connect(m_accumulators, &QAbstractItemModel::dataChanged, this, &GraphsScreen::updateTopologyStates);
    connect(m_accumulators, &RefreshableListModel::countChanged, this, &GraphsScreen::updateTopologyStates);
    connect(m_accumulatorPane, &ListPane::currentRowChanged, this, &GraphsScreen::updateActions);
    connect(m_reactors, &QAbstractItemModel::dataChanged, this, &GraphsScreen::updateActions);
    connect(m_reactors, &RefreshableListModel::countChanged, this, &GraphsScreen::updateActions);
    connect(m_fire, &QPushButton::clicked, this, &GraphsScreen::fireReactor);
    connect(m_inject, &QPushButton::clicked, this, &GraphsScreen::injectEvent);
    connect(m_pause, &QPushButton::clicked, this, &GraphsScreen::togglePause);
    connect(context, &ConsoleContext::connectionChanged, this, &GraphsScreen::rebind);
    rebind();
}

GraphsScreen::~GraphsScreen() = default;

QIcon GraphsScreen::icon() const
{
    return QIcon(QStringLiteral(":/icons/screen-graphs.svg"));
}

void GraphsScreen::activated()
{
    if (!m_graphs->isLoading())
        m_graphs->refresh();
}

void GraphsScreen::applyFilter(const QVariantMap& filter)
{
    const QString graph = filter.value(QStringLiteral("graph")).toString();
    if (graph.isEmpty())
        return;
    m_current = graph;
    const int row = m_graphs->rowOf(graph);
    if (row >= 0)
        m_graphPane->selectSourceRow(row);
}

void GraphsScreen::refresh()
{
    for (RefreshableListModel* m : std::initializer_list<RefreshableListModel*> { m_graphs, m_reactors, m_accumulators, m_fires, m_series })
        m->refresh();
}

void GraphsScreen::rebind()
{
    CloacinaClient* client = context()->client();
    for (RefreshableListModel* m : std::initializer_list<RefreshableListModel*> { m_graphs, m_reactors, m_accumulators, m_fires, m_series })
        m->setClientObject(client);
    delete m_channel;
    disconnect(m_identityConnection);
    m_identityConnection = connect(context()->server(), &ServerSession::identityChanged, this, &GraphsScreen::updateActions);
    updateActions();
}

QString GraphsScreen::reactorOf(int row) const
{
    return row < 0 ? QString() : m_graphs->data(m_graphs->index(row, 0), GraphListModel::ReactorRole).toString();
}

void GraphsScreen::selectGraph(int row)
{
    if (row < 0 || row >= m_graphs->rowCount()) {
        if (m_graphs->rowCount() == 0) {
            m_topology->setMessage(m_graphs->emptyText());
            m_info->clear();
        }
        updateActions();
        return;
    }
    const GraphStatus& g = m_graphs->graph(row);
    const QString reactor = reactorOf(row);
    const bool changed = g.name != m_current;
    m_current = g.name;
    if (changed) {
        m_actionStatus->hide();
        if (m_channel && m_channel->name() != reactor)
            delete m_channel;
    }
    m_topology->setGraph(g);
    m_accumulators->setNames(g.accumulators);
    m_fires->setReactor(reactor);
    m_series->setReactor(reactor);
    const QModelIndex i = m_graphs->index(row, 0);
    QStringList facts;
    facts << tr("Reactor <b>%1</b>").arg(reactor.toHtmlEscaped());
    const QVariant fires = i.data(GraphListModel::FiresRole);
    if (fires.isValid())
        facts << tr("%n fire(s) in total", nullptr, fires.toInt());
    if (i.data(GraphListModel::PausedRole).toBool())
        facts << tr("<b>paused</b>");
    const QStringList lost = i.data(GraphListModel::DisconnectedRole).toStringList();
    if (!lost.isEmpty())
        facts << tr("<span style=\"color:%1\"><b>degraded</b>: running without %2</span>")
                     .arg(healthColor(int(ComponentHealth::Level::Degraded)).name(), lost.join(QStringLiteral(", ")).toHtmlEscaped());
    m_info->setText(tr("<b>%1</b> — %2").arg(g.name.toHtmlEscaped(), facts.join(QStringLiteral(" · "))));
    updateTopologyStates();
    updateActions();
}

void GraphsScreen::updateTopologyStates()
{
    const int row = m_graphPane->currentSourceRow();
    if (row < 0 || row >= m_graphs->rowCount())
        return;
    const QModelIndex g = m_graphs->index(row, 0);
    const QStringList lost = g.data(GraphListModel::DisconnectedRole).toStringList();
    // The graph's own health names lost sources even before the accumulator list arrives.
    for (const QString& a : m_graphs->graph(row).accumulators) {
        const bool gone = lost.contains(a);
        m_topology->setNodeState(a, gone ? int(ComponentHealth::Level::Degraded) : -1, gone ? tr("disconnected") : QString());
    }
    for (int r = 0; r < m_accumulators->rowCount(); ++r) {
        const QModelIndex a = m_accumulators->index(r, 0);
        const QString name = a.data(AccumulatorListModel::NameRole).toString();
        const bool gone = lost.contains(name) || a.data(AccumulatorListModel::DegradedRole).toBool();
        m_topology->setNodeState(name, gone ? int(ComponentHealth::Level::Degraded) : a.data(AccumulatorListModel::HealthLevelRole).toInt(),
            a.data(AccumulatorListModel::StateRole).toString());
    }
    m_topology->setNodeState(reactorOf(row), g.data(GraphListModel::HealthLevelRole).toInt(),
        g.data(GraphListModel::PausedRole).toBool() ? tr("paused") : g.data(GraphListModel::HealthRole).toString());
}

QString GraphsScreen::reactorOpDenied() const
{
    const QString denied = context()->deniedReason(QStringLiteral("fire_reactor"));
    if (!denied.isEmpty())
        return denied;
    // The route admits every key; upstream's reactor policy then refuses read-only keys.
    const ServerSession* s = context()->server();
    if (s->hasIdentity() && !s->isAdmin() && s->role() == QLatin1String("read"))
        return tr("Your key's role is read; operating a reactor needs write.");
    return {};
}

void GraphsScreen::updateActions()
{
    const bool connected = context()->client() != nullptr;
    const int row = m_graphPane->currentSourceRow();
    const QString reactor = reactorOf(row);
    const QString opDenied = reactorOpDenied();
    gateAction(m_fire, connected, !reactor.isEmpty(), opDenied, tr("Run this graph's reactor now"));
    const int reactorRow = m_reactors->rowOf(reactor);
    const bool paused = reactorRow >= 0
        ? m_reactors->data(m_reactors->index(reactorRow, 0), ReactorListModel::PausedRole).toBool()
        : row >= 0 && m_graphs->data(m_graphs->index(row, 0), GraphListModel::PausedRole).toBool();
    m_pause->setText(paused ? tr("Resume reactor") : tr("Pause reactor"));
    gateAction(m_pause, connected, !reactor.isEmpty(), opDenied,
        paused ? tr("Let the reactor react to its inputs again") : tr("Stop the reactor reacting to new inputs"));
    gateAction(m_inject, connected, m_accumulatorPane->currentSourceRow() >= 0, context()->deniedReason(QStringLiteral("inject_accumulator")),
        tr("Send one event to the selected accumulator"));
}

void GraphsScreen::reportAction(const QString& text, bool ok)
{
    m_actionStatus->setText(text);
    m_actionStatus->setForegroundRole(ok ? QPalette::WindowText : QPalette::BrightText);
    if (!ok) {
        QPalette pal = m_actionStatus->palette();
        pal.setColor(QPalette::BrightText, healthColor(int(ComponentHealth::Level::Degraded)));
        m_actionStatus->setPalette(pal);
    }
    m_actionStatus->show();
}

void GraphsScreen::fireReactor()
{
    CloacinaClient* client = context()->client();
    const QString reactor = reactorOf(m_graphPane->currentSourceRow());
    if (!client || reactor.isEmpty())
        return;
    auto* dialog = new FireReactorDialog(client, reactor, this);
    connect(dialog, &InterfaceFormDialog::succeeded, this, [this](const QString& summary) {
        reportAction(summary, true);
        refresh();
    });
    openWhileConnected(dialog, context());
}

void GraphsScreen::injectEvent()
{
    CloacinaClient* client = context()->client();
    const int row = m_accumulatorPane->currentSourceRow();
    if (!client || row < 0)
        return;
    const QString name = m_accumulators->accumulator(row).name;
    auto* dialog = new InjectAccumulatorDialog(client, name, this);
    connect(dialog, &InterfaceFormDialog::succeeded, this, [this](const QString& summary) {
        reportAction(summary, true);
        m_accumulators->refresh();
    });
    openWhileConnected(dialog, context());
}

void GraphsScreen::togglePause()
{
    CloacinaClient* client = context()->client();
    const QString reactor = reactorOf(m_graphPane->currentSourceRow());
    if (!client || reactor.isEmpty())
        return;
    const bool resume = m_pause->text() == tr("Resume reactor");
    if (!resume
        && !context()->confirm(this, tr("Pause reactor"),
            tr("Pause reactor %1? Its graphs stop reacting to new inputs until it is resumed.").arg(reactor),
            tr("Pause")))
        return;
    if (!m_channel || m_channel->name() != reactor) {
        delete m_channel;
        m_channel = new ReactorChannel(streamEndpoint(client), reactor, this);
    }
    m_pause->setEnabled(false);
    whenReady(resume ? m_channel->resume() : m_channel->pause(), this, [this, reactor, resume](const Result<ReactorResponse>& r) {
        if (r)
            reportAction(resume ? tr("Resumed %1.").arg(reactor) : tr("Paused %1.").arg(reactor), true);
        else
            reportAction(tr("Could not %1 %2: %3").arg(resume ? tr("resume") : tr("pause"), reactor, r.error().toString()), false);
        m_graphs->refresh();
        m_reactors->refresh();
        updateActions();
    });
}

} // namespace Cloacina::Monitor

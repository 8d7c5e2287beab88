#include "fleetscreen.h"

#include "consolecontext.h"
#include "delegates.h"
#include "listpane.h"

#include <cloacinamodels/console/agentlistmodel.h>
#include <cloacinamodels/console/compilerstatusmodel.h>
#include <cloacinamodels/serversession.h>

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

namespace {
    constexpr int RefreshMs = 10000;
}

FleetScreen::FleetScreen(ConsoleContext* context, QWidget* parent)
    : ConsoleScreen(context, parent)
    , m_agents(new AgentListModel(this))
    , m_compiler(new CompilerStatusModel(this))
{
    m_agents->setAutoRefreshInterval(RefreshMs);
    m_compiler->setAutoRefreshInterval(RefreshMs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);

    m_agentPane = new ListPane(tr("Execution agents"), m_agents, nullptr, split);
    m_agentPane->setObjectName(QStringLiteral("agentPane"));
    QTableView* agents = m_agentPane->table();
    agents->setItemDelegate(new HighlightRowDelegate(AgentListModel::LateRole, agents));
    // Ids and target triples are read in full; the first answer sizes their columns.
    connect(m_agents, &AgentListModel::refreshed, agents, [agents](bool ok) {
        if (ok && agents->property("sized").isNull() && agents->model()->rowCount() > 0) {
            agents->setProperty("sized", true);
            agents->resizeColumnToContents(AgentListModel::AgentColumn);
            agents->resizeColumnToContents(AgentListModel::TargetColumn);
        }
    });
    split->addWidget(m_agentPane);

    m_compilerPane = new ListPane(tr("Package compiler"), m_compiler, nullptr, split);
    m_compilerPane->setObjectName(QStringLiteral("compilerPane"));
    m_compilerPane->table()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    split->addWidget(m_compilerPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({ 3000, 800 }); // the compiler is one row: most of the height goes to agents
    layout->addWidget(split);

    connect(context, &ConsoleContext::connectionChanged, this, &FleetScreen::rebind);
    rebind();
}

QIcon FleetScreen::icon() const
{
    return QIcon(QStringLiteral(":/icons/screen-fleet.svg"));
}

void FleetScreen::rebind()
{
    if (ServerSession* server = context()->server()) {
        // Re-connecting to the same session is a no-op thanks to UniqueConnection.
        connect(server, &ServerSession::identityChanged, this, &FleetScreen::updateAccess, Qt::UniqueConnection);
    }
    updateAccess();
    m_agents->setClientObject(context()->client());
    m_compiler->setClientObject(context()->client());
}

void FleetScreen::updateAccess()
{
    ServerSession* server = context()->server();
    m_agents->setDeniedReason(server ? server->deniedReason(QStringLiteral("list_agents")) : QString());
    m_compiler->setDeniedReason(server ? server->deniedReason(QStringLiteral("compiler_status")) : QString());
}

void FleetScreen::activated()
{
    refresh();
}

void FleetScreen::refresh()
{
    if (m_agents->client())
        m_agents->refresh();
    if (m_compiler->client())
        m_compiler->refresh();
}

} // namespace Cloacina::Monitor

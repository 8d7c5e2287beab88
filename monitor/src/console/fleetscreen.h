#pragma once

#include "consolescreen.h"

namespace Cloacina {
class AgentListModel;
class CompilerStatusModel;
}

namespace Cloacina::Monitor {

class ListPane;

//! Fleet and operations: the live execution agents (state, tenant, target, work in flight against
//! capacity, last heartbeat; late heartbeats highlighted) and the package compiler (state, queue,
//! last success and failure). Listing agents needs an admin key and the compiler's state a
//! global admin key: for other keys the lists ask nothing and say why. Refreshes every 10 s.
class FleetScreen : public ConsoleScreen {
    Q_OBJECT
public:
    explicit FleetScreen(ConsoleContext* context, QWidget* parent = nullptr);

    QString screenId() const override { return QStringLiteral("fleet"); }
    QString title() const override { return tr("Fleet"); }
    QIcon icon() const override;
    void activated() override;
    void refresh() override;

    AgentListModel* agents() const { return m_agents; }
    CompilerStatusModel* compiler() const { return m_compiler; }
    ListPane* agentPane() const { return m_agentPane; }
    ListPane* compilerPane() const { return m_compilerPane; }

private:
    void rebind();
    void updateAccess();

    AgentListModel* m_agents;
    CompilerStatusModel* m_compiler;
    ListPane* m_agentPane;
    ListPane* m_compilerPane;
};

} // namespace Cloacina::Monitor

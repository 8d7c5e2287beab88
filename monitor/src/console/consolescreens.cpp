#include "consolescreens.h"

#include "adminscreen.h"
#include "consolescreen.h"
#include "fleetscreen.h"
#include "graphsscreen.h"
#include "overviewscreen.h"
#include "triggersscreen.h"
#include "workflowsscreen.h"

namespace Cloacina::Monitor {

QList<ConsoleScreen*> createConsoleScreens(ConsoleContext* context, ConsoleScreen* runs, QWidget* parent)
{
    // One line per screen, in sidebar order.
    QList<ConsoleScreen*> screens;
    screens << new OverviewScreen(context, parent);
    screens << runs;
    screens << new WorkflowsScreen(context, parent);
    screens << new TriggersScreen(context, parent);
    screens << new GraphsScreen(context, parent);
    screens << new FleetScreen(context, parent);
    screens << new AdminScreen(context, parent);
    return screens;
}

} // namespace Cloacina::Monitor

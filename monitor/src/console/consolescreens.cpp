#include "consolescreens.h"

#include "adminscreen.h"
#include "consolescreen.h"
#include "graphsscreen.h"

namespace Cloacina::Monitor {

QList<ConsoleScreen*> createConsoleScreens(ConsoleContext* context, ConsoleScreen* runs, QWidget* parent)
{
    // One line per screen, in sidebar order.
    QList<ConsoleScreen*> screens;
    screens << runs;
    screens << new GraphsScreen(context, parent);
    screens << new AdminScreen(context, parent);
    return screens;
}

} // namespace Cloacina::Monitor

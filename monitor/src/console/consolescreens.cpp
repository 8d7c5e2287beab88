#include "consolescreens.h"

#include "consolescreen.h"

namespace Cloacina::Monitor {

QList<ConsoleScreen*> createConsoleScreens(ConsoleContext* context, ConsoleScreen* runs, QWidget* parent)
{
    Q_UNUSED(context)
    Q_UNUSED(parent)
    // One line per screen, in sidebar order.
    QList<ConsoleScreen*> screens;
    screens << runs;
    return screens;
}

} // namespace Cloacina::Monitor

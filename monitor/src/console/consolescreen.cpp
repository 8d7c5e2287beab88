#include "consolescreen.h"

namespace Cloacina::Monitor {

ConsoleScreen::ConsoleScreen(ConsoleContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
}

} // namespace Cloacina::Monitor

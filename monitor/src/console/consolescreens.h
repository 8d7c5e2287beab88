#pragma once

#include <QList>

class QWidget;

namespace Cloacina::Monitor {

class ConsoleContext;
class ConsoleScreen;

//! The console's screens in sidebar order (Ctrl+1 is the first, the start screen), with \a runs
//! (the runs screen the main window builds) in its place.
QList<ConsoleScreen*> createConsoleScreens(ConsoleContext* context, ConsoleScreen* runs, QWidget* parent);

} // namespace Cloacina::Monitor

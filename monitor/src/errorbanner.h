#pragma once

#include <QLabel>

namespace Cloacina::Monitor {

//! A hidden, word-wrapped, selectable red banner label for an error text (rich text: the
//! message, HTTP status, code and request id). One look for every error of the monitor.
QLabel* createErrorBanner(const QString& objectName, QWidget* parent);

} // namespace Cloacina::Monitor

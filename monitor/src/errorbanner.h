#pragma once

#include <cloacina/error.h>

#include <QLabel>

namespace Cloacina::Monitor {

//! A hidden, word-wrapped, selectable red banner label for an error text (rich text: the
//! message, HTTP status, code and request id). One look for every error of the monitor.
QLabel* createErrorBanner(const QString& objectName, QWidget* parent);

//! A hidden, centred, word-wrapped placeholder label named `emptyState`: why a list is empty,
//! shown in place of its table.
QLabel* createEmptyState(QWidget* parent);

//! Rich text for \a error: the message, then HTTP status, the server's code, the request id and
//! the operation when known — what an operator quotes when asking the server's logs.
QString describeError(const Error& error);

} // namespace Cloacina::Monitor

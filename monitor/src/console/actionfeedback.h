#pragma once

#include <cloacina/error.h>

#include <QString>

class QLabel;
class QWidget;

namespace Cloacina::Monitor {

//! A word-wrapped, selectable label under a screen's list that reports its actions.
QLabel* createActionStatus(const QString& objectName, QWidget* parent);
//! Shows \a text in \a label, in the failure colour when \a error.
void showActionStatus(QLabel* label, const QString& text, bool error = false);
//! "pause_workflow failed: <message> (request <id>)".
QString actionFailureText(const QString& operationId, const Error& error);

} // namespace Cloacina::Monitor

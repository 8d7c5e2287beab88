#pragma once

#include <cloacina/error.h>

#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace Cloacina::Monitor {

class ConsoleContext;

//! Enables \a button only when the key may call \a operationId (ServerSession::deniedReason for
//! the context's tenant), a client is connected, the action \a applies and nothing is \a busy.
//! The tooltip says why not: the role first, then \a whyNot; else \a tip.
void gateAction(ConsoleContext* context, QPushButton* button, const QString& operationId, bool applies, bool busy,
    const QString& whyNot, const QString& tip);

//! A word-wrapped, selectable label under a screen's list that reports its actions.
QLabel* createActionStatus(const QString& objectName, QWidget* parent);
//! Shows \a text in \a label, in the failure colour when \a error.
void showActionStatus(QLabel* label, const QString& text, bool error = false);
//! "pause_workflow failed: <message> (request <id>)".
QString actionFailureText(const QString& operationId, const Error& error);

} // namespace Cloacina::Monitor

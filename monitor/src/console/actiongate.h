#pragma once

#include <QAbstractButton>
#include <QString>

namespace Cloacina::Monitor {

//! Enables \a button when the action is \a possible and the key is not refused (\a denied empty);
//! the tooltip is the refusal's reason when there is one, else \a tip.
inline void gateAction(QAbstractButton* button, bool possible, const QString& denied, const QString& tip)
{
    button->setEnabled(possible && denied.isEmpty());
    button->setToolTip(denied.isEmpty() ? tip : denied);
}

} // namespace Cloacina::Monitor

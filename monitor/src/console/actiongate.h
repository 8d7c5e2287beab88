#pragma once

#include <QAbstractButton>
#include <QString>

namespace Cloacina::Monitor {

//! Enables \a button when the screen is \a ready (a client is connected, nothing is in flight),
//! the action \a applies to what is selected and the key is not refused (\a denied empty: see
//! ConsoleContext::deniedReason()). The tooltip says why not: the refusal first, then \a whyNot
//! when the action does not apply and a reason is given; else \a tip.
inline void gateAction(QAbstractButton* button, bool ready, bool applies, const QString& denied, const QString& tip,
    const QString& whyNot = {})
{
    button->setEnabled(ready && applies && denied.isEmpty());
    button->setToolTip(!denied.isEmpty() ? denied : !applies && !whyNot.isEmpty() ? whyNot
                                                                                  : tip);
}

} // namespace Cloacina::Monitor

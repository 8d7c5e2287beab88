#pragma once

#include <cloacinamodels/eventtypes.h>

#include <QColor>

namespace Cloacina::Monitor {

//! The colour of an event type's category.
inline QColor eventColor(const QString& eventType)
{
    return QColor(EventTypes::categoryColor(EventTypes::category(eventType)));
}

//! The colour of a run or task status.
inline QColor statusColor(const QString& status)
{
    return QColor(EventTypes::categoryColor(EventTypes::statusCategory(status)));
}

//! A pale tint of \a c for row backgrounds.
inline QColor tint(const QColor& c, int alpha = 40)
{
    QColor t = c;
    t.setAlpha(alpha);
    return t;
}

} // namespace Cloacina::Monitor

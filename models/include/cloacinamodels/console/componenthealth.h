#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Cloacina {

//! The health of a computation-graph component as the server reports it: a reactor's or graph's
//! `health` (`{"state": "degraded", "disconnected": [...]}`, upstream's ReactorHealth) or an
//! accumulator's state string (`live`, `disconnected`, `socket_only`, …, AccumulatorHealth).
struct ComponentHealth {
    //! The traffic light an operator reads: Healthy (live), Starting (starting, warming,
    //! connecting), Degraded (degraded, disconnected), Stopped, Unknown (anything else).
    enum class Level { Healthy,
        Starting,
        Degraded,
        Stopped,
        Unknown };
    //! The traffic-light level.
    Level level = Level::Unknown;
    //! The server's state word ("live", "degraded", …); empty when none was given.
    QString state;
    //! Accumulators a degraded reactor lost.
    QStringList disconnected;
    //! Accumulators a warming reactor still waits for.
    QStringList waiting;

    //! True when a source is lost (degraded, disconnected).
    bool isDegraded() const { return level == Level::Degraded; }
    //! The state with what it names, for a cell: "degraded: orders, prices".
    QString text() const;
};

//! Reads \a health: an object with `state` (and `disconnected` / `waiting`) or a bare string.
ComponentHealth componentHealth(const QJsonValue& health);

} // namespace Cloacina

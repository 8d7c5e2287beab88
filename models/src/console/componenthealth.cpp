#include <cloacinamodels/console/componenthealth.h>

#include <QJsonArray>
#include <QJsonObject>

namespace Cloacina {

namespace {
    QStringList strings(const QJsonValue& value)
    {
        QStringList out;
        for (const QJsonValue& v : value.toArray())
            out << v.toString();
        return out;
    }

    ComponentHealth::Level levelOf(const QString& state)
    {
        using Level = ComponentHealth::Level;
        if (state == QLatin1String("live") || state == QLatin1String("socket_only")
            || state == QLatin1String("running") || state == QLatin1String("healthy"))
            return Level::Healthy;
        if (state == QLatin1String("starting") || state == QLatin1String("warming")
            || state == QLatin1String("connecting"))
            return Level::Starting;
        if (state == QLatin1String("degraded") || state == QLatin1String("disconnected"))
            return Level::Degraded;
        if (state == QLatin1String("stopped"))
            return Level::Stopped;
        return Level::Unknown;
    }
} // namespace

QString ComponentHealth::text() const
{
    if (!disconnected.isEmpty())
        return state + QStringLiteral(": ") + disconnected.join(QStringLiteral(", "));
    if (!waiting.isEmpty())
        return state + QStringLiteral(": ") + waiting.join(QStringLiteral(", "));
    return state;
}

ComponentHealth componentHealth(const QJsonValue& health)
{
    ComponentHealth out;
    if (health.isObject()) {
        const QJsonObject o = health.toObject();
        out.state = o.value(QStringLiteral("state")).toString();
        out.disconnected = strings(o.value(QStringLiteral("disconnected")));
        out.waiting = strings(o.value(QStringLiteral("waiting")));
    } else {
        out.state = health.toString();
    }
    out.level = levelOf(out.state);
    return out;
}

} // namespace Cloacina

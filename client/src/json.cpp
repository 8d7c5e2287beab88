#include <cloacina/json.h>

#include <QVariant>

#include <cmath>
#include <limits>

namespace Cloacina::Json {

void Context::fail(const QString& what)
{
    if (m_error.isEmpty())
        m_error = m_path.isEmpty() ? what : path() + QStringLiteral(": ") + what;
}

QString Context::path() const
{
    QString result;
    for (const QString& segment : m_path) {
        if (!result.isEmpty() && !segment.startsWith(QLatin1Char('[')))
            result += QLatin1Char('.');
        result += segment;
    }
    return result;
}

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

static bool mismatch(const QJsonValue& v, const char* expected, Context& ctx)
{
    ctx.fail(QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), typeName(v)));
    return false;
}

bool read(const QJsonValue& v, QString& out, Context& ctx)
{
    if (!v.isString())
        return mismatch(v, "string", ctx);
    out = v.toString();
    return true;
}

bool read(const QJsonValue& v, bool& out, Context& ctx)
{
    if (!v.isBool())
        return mismatch(v, "boolean", ctx);
    out = v.toBool();
    return true;
}

bool read(const QJsonValue& v, double& out, Context& ctx)
{
    if (!v.isDouble())
        return mismatch(v, "number", ctx);
    out = v.toDouble();
    return true;
}

// Qt keeps an integer token that fits qint64 as an exact integer; every other number (a
// fraction, an exponent, a value beyond qint64) is a double, exact only up to 2^53. Ids and
// sequence numbers are never read through a double: 2^53 + 1 would silently become 2^53.
static bool readIntegral(const QJsonValue& v, qint64 min, qint64 max, qint64& out, Context& ctx)
{
    if (!v.isDouble())
        return mismatch(v, "integer", ctx);
    qint64 value = 0;
    const QVariant exact = v.toVariant();
    if (exact.typeId() == QMetaType::LongLong) {
        value = exact.toLongLong();
    } else {
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d) {
            ctx.fail(QStringLiteral("expected integer, got %1").arg(d));
            return false;
        }
        constexpr double exactLimit = 9007199254740992.0; // 2^53: beyond it, doubles skip integers
        if (!(d > -exactLimit && d < exactLimit)) {
            ctx.fail(QStringLiteral("integer out of range"));
            return false;
        }
        value = qint64(d);
    }
    if (value < min || value > max) {
        ctx.fail(QStringLiteral("integer out of range"));
        return false;
    }
    out = value;
    return true;
}

bool read(const QJsonValue& v, qint64& out, Context& ctx)
{
    return readIntegral(v, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), out, ctx);
}

bool read(const QJsonValue& v, int& out, Context& ctx)
{
    qint64 wide = 0;
    if (!readIntegral(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), wide, ctx))
        return false;
    out = static_cast<int>(wide);
    return true;
}

bool read(const QJsonValue& v, QJsonValue& out, Context&)
{
    out = v;
    return true;
}

bool read(const QJsonValue& v, QJsonObject& out, Context& ctx)
{
    return expectObject(v, out, ctx);
}

bool expectObject(const QJsonValue& v, QJsonObject& out, Context& ctx)
{
    if (!v.isObject())
        return mismatch(v, "object", ctx);
    out = v.toObject();
    return true;
}

QJsonObject unknownMembers(const QJsonObject& object, std::initializer_list<QLatin1String> known)
{
    QJsonObject rest;
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool isKnown = false;
        for (const QLatin1String& name : known) {
            if (it.key() == name) {
                isKnown = true;
                break;
            }
        }
        if (!isKnown)
            rest.insert(it.key(), it.value());
    }
    return rest;
}

} // namespace Cloacina::Json

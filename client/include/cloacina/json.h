#pragma once

#include <cloacina/cloacina_export.h>
#include <cloacina/nullable.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

//! \file
//! Strict JSON decoding and encoding used by the generated types. A decode never throws and
//! never accepts a wrong type silently: the first mismatch fails with its JSON path
//! (`items[3].started_at: expected string, got number`).

namespace Cloacina::Json {

//! Where a decode is, and why it failed.
class CLOACINA_EXPORT Context {
public:
    //! Records the first failure at the current path; later ones are ignored.
    void fail(const QString& what);
    //! True once fail() was called.
    bool failed() const { return !m_error.isEmpty(); }
    //! `path: what` of the first failure, or empty.
    QString errorString() const { return m_error; }

    //! Enters object key \a key for the lifetime of the returned guard.
    class [[nodiscard]] Scope {
    public:
        //! Appends \a segment to \a ctx's path until destroyed.
        Scope(Context& ctx, QString segment)
            : m_ctx(ctx)
        {
            m_ctx.m_path.append(std::move(segment));
        }
        ~Scope() { m_ctx.m_path.removeLast(); }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        Context& m_ctx;
    };
    //! Guard for object member \a key.
    Scope key(const QString& key) { return Scope(*this, key); }
    //! Guard for array element \a index.
    Scope index(qsizetype index) { return Scope(*this, QStringLiteral("[%1]").arg(index)); }

    //! The current path, e.g. `items[3].started_at`.
    QString path() const;

private:
    QStringList m_path;
    QString m_error;
};

//! Name of the JSON type of \a value ("string", "number", …), for error messages.
CLOACINA_EXPORT QString typeName(const QJsonValue& value);

//! Reads a JSON string.
CLOACINA_EXPORT bool read(const QJsonValue& v, QString& out, Context& ctx);
//! Reads a JSON boolean.
CLOACINA_EXPORT bool read(const QJsonValue& v, bool& out, Context& ctx);
//! Reads any JSON number.
CLOACINA_EXPORT bool read(const QJsonValue& v, double& out, Context& ctx);
//! Accepts only integral numbers that fit.
CLOACINA_EXPORT bool read(const QJsonValue& v, qint64& out, Context& ctx);
//! Accepts only integral numbers that fit.
CLOACINA_EXPORT bool read(const QJsonValue& v, int& out, Context& ctx);
//! Any JSON value (OpenAPI schema `{}`); never fails.
CLOACINA_EXPORT bool read(const QJsonValue& v, QJsonValue& out, Context& ctx);
//! Reads a JSON object as it is.
CLOACINA_EXPORT bool read(const QJsonValue& v, QJsonObject& out, Context& ctx);

//! Writes a JSON string.
inline QJsonValue write(const QString& v) { return v; }
//! Writes a JSON boolean.
inline QJsonValue write(bool v) { return v; }
//! Writes a JSON number.
inline QJsonValue write(double v) { return v; }
//! Writes a JSON number.
inline QJsonValue write(qint64 v) { return v; }
//! Writes a JSON number.
inline QJsonValue write(int v) { return v; }
//! Writes any JSON value as it is.
inline QJsonValue write(const QJsonValue& v) { return v; }
//! Writes a JSON object as it is.
inline QJsonValue write(const QJsonObject& v) { return v; }

//! Reads a JSON array, each element as a T; a failing element fails with its index in the path.
template <typename T>
bool read(const QJsonValue& v, QList<T>& out, Context& ctx)
{
    if (!v.isArray()) {
        ctx.fail(QStringLiteral("expected array, got %1").arg(typeName(v)));
        return false;
    }
    const QJsonArray array = v.toArray();
    out.clear();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto scope = ctx.index(i);
        T item {};
        if (!read(array.at(i), item, ctx))
            return false;
        out.append(std::move(item));
    }
    return true;
}

//! Reads a JSON object as a map of T; a failing member fails with its key in the path.
template <typename T>
bool read(const QJsonValue& v, QMap<QString, T>& out, Context& ctx)
{
    if (!v.isObject()) {
        ctx.fail(QStringLiteral("expected object, got %1").arg(typeName(v)));
        return false;
    }
    const QJsonObject object = v.toObject();
    out.clear();
    for (auto it = object.begin(); it != object.end(); ++it) {
        auto scope = ctx.key(it.key());
        T item {};
        if (!read(it.value(), item, ctx))
            return false;
        out.insert(it.key(), std::move(item));
    }
    return true;
}

//! Reads null as a null Nullable, anything else as a T.
template <typename T>
bool read(const QJsonValue& v, Nullable<T>& out, Context& ctx)
{
    if (v.isNull()) {
        out = Nullable<T>();
        return true;
    }
    T value {};
    if (!read(v, value, ctx))
        return false;
    out = Nullable<T>(std::move(value));
    return true;
}

//! Writes a JSON array of the elements.
template <typename T>
QJsonValue write(const QList<T>& v)
{
    QJsonArray array;
    for (const T& item : v)
        array.append(write(item));
    return array;
}

//! Writes a JSON object of the entries.
template <typename T>
QJsonValue write(const QMap<QString, T>& v)
{
    QJsonObject object;
    for (auto it = v.begin(); it != v.end(); ++it)
        object.insert(it.key(), write(it.value()));
    return object;
}

//! Writes null for a null Nullable, else the value.
template <typename T>
QJsonValue write(const Nullable<T>& v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : write(v.value());
}

//! Reads required member \a key of \a object into \a out; a missing member fails.
template <typename T>
bool readRequired(const QJsonObject& object, const QString& key, T& out, Context& ctx)
{
    auto scope = ctx.key(key);
    const auto it = object.constFind(key);
    if (it == object.constEnd()) {
        ctx.fail(QStringLiteral("required member is missing"));
        return false;
    }
    return read(*it, out, ctx);
}

//! Reads optional member \a key; absence leaves \a out empty.
template <typename T>
bool readOptional(const QJsonObject& object, const QString& key, std::optional<T>& out, Context& ctx)
{
    auto scope = ctx.key(key);
    const auto it = object.constFind(key);
    if (it == object.constEnd()) {
        out.reset();
        return true;
    }
    T value {};
    if (!read(*it, value, ctx))
        return false;
    out = std::move(value);
    return true;
}

//! Writes \a value as member \a key.
template <typename T>
void writeRequired(QJsonObject& object, const QString& key, const T& value)
{
    object.insert(key, write(value));
}

//! Writes member \a key only when \a value is present.
template <typename T>
void writeOptional(QJsonObject& object, const QString& key, const std::optional<T>& value)
{
    if (value)
        object.insert(key, write(*value));
}

//! Members of \a object not named in \a known: kept so that a round trip loses nothing.
CLOACINA_EXPORT QJsonObject unknownMembers(const QJsonObject& object, std::initializer_list<QLatin1String> known);

//! Expects \a v to be an object; fails with a typed message otherwise.
CLOACINA_EXPORT bool expectObject(const QJsonValue& v, QJsonObject& out, Context& ctx);

} // namespace Cloacina::Json

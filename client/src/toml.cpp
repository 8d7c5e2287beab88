#include "toml_p.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <string>

// toml++ is included here only (and this file is kept out of unity batches, see
// client/CMakeLists.txt): its macros and templates stay out of every other translation unit.
#include <toml++/toml.h>

namespace Cloacina::Internal::Toml {
namespace {

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QDate toQDate(const toml::date& d)
{
    return QDate(int(d.year), int(d.month), int(d.day));
}

QTime toQTime(const toml::time& t)
{
    return QTime(int(t.hour), int(t.minute), int(t.second), int(t.nanosecond / 1000000));
}

QVariant toVariant(const toml::node& node);

QVariantMap toMap(const toml::table& table)
{
    QVariantMap map;
    for (const auto& [key, value] : table)
        map.insert(fromUtf8(key.str()), toVariant(value));
    return map;
}

QVariant toVariant(const toml::node& node)
{
    switch (node.type()) {
    case toml::node_type::table:
        return toMap(*node.as_table());
    case toml::node_type::array: {
        QVariantList list;
        for (const toml::node& element : *node.as_array())
            list.append(toVariant(element));
        return list;
    }
    case toml::node_type::string:
        return fromUtf8(node.as_string()->get());
    case toml::node_type::integer:
        return qint64(node.as_integer()->get());
    case toml::node_type::floating_point:
        return node.as_floating_point()->get();
    case toml::node_type::boolean:
        return node.as_boolean()->get();
    case toml::node_type::date:
        return toQDate(node.as_date()->get());
    case toml::node_type::time:
        return toQTime(node.as_time()->get());
    case toml::node_type::date_time: {
        const toml::date_time& dt = node.as_date_time()->get();
        if (dt.offset)
            return QDateTime(toQDate(dt.date), toQTime(dt.time),
                QTimeZone(dt.offset->minutes * 60));
        return QDateTime(toQDate(dt.date), toQTime(dt.time));
    }
    case toml::node_type::none:
        break;
    }
    return {};
}

} // namespace

std::optional<QVariantMap> parse(const QString& text, ParseError* error)
{
    const std::string utf8 = text.toStdString();
    try {
        const toml::table root = toml::parse(utf8);
        return toMap(root);
    } catch (const toml::parse_error& e) {
        if (error) {
            const toml::source_position begin = e.source().begin;
            error->line = std::max(1, int(begin.line));
            error->column = std::max(1, int(begin.column));
            error->message = fromUtf8(e.description());
        }
        return std::nullopt;
    }
}

} // namespace Cloacina::Internal::Toml

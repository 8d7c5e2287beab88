#include "toml_p.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <string>

// toml++ is included here only (and this file is kept out of unity batches, see
// client/CMakeLists.txt): its macros and templates stay out of every other translation unit.
//
// toml++ 3.3 asserts on some input that its parser then rejects cleanly (`[.a]`: "expected bare
// key starting character", found by fuzz_toml). Debian's libtomlplusplus is built without those
// assertions; a header-only build (fuzz/) must behave the same, not abort on a config file.
#ifndef TOML_ASSERT
#define TOML_ASSERT(expr) static_cast<void>(0)
#endif
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

    // toml++ 3.3.0 classifies a non-ASCII character as whitespace or not through a table with a
    // gap: for U+00A1…U+0499 (and others) it reaches __builtin_unreachable(), undefined behaviour
    // (found by fuzz_toml under UBSan). It asks wherever whitespace or a value's end may follow:
    // outside strings and comments, where TOML 1.0 allows no non-ASCII character at all (a bare
    // value such as `7` is scanned up to the next space, `,`, `]`, `}` or `#`, quotes included), and
    // inside multi-line basic strings right after a backslash. Such text is refused here, with its
    // position, before toml++ sees it. The one valid form refused is a line-ending backslash whose
    // continuation starts with a non-ASCII character; "\u" escapes write the same string.
    class CharacterScreen {
    public:
        explicit CharacterScreen(const QString& text)
            : m_text(text)
        {
        }

        std::optional<ParseError> run()
        {
            while (m_i < m_text.size()) {
                const QChar c = m_text.at(m_i);
                if (c == QLatin1Char('#')) {
                    while (m_i < m_text.size() && m_text.at(m_i) != QLatin1Char('\n'))
                        advance();
                } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                    if (std::optional<ParseError> e = string(c))
                        return e;
                    m_expectValue = false;
                } else if (c.unicode() > 0x7F) {
                    return refuse(QStringLiteral("unexpected character '%1' outside a string or comment"));
                } else if (c == QLatin1Char('=')) {
                    m_expectValue = true;
                    advance();
                } else if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
                    if (m_expectValue) // an array or inline table value (else a table header)
                        m_nesting.append(c == QLatin1Char('[') ? 'a' : 't');
                    m_expectValue = c == QLatin1Char('[') && m_expectValue;
                    advance();
                } else if (c == QLatin1Char(']') || c == QLatin1Char('}')) {
                    if (!m_nesting.isEmpty())
                        m_nesting.removeLast();
                    m_expectValue = false;
                    advance();
                } else if (c == QLatin1Char(',')) {
                    m_expectValue = !m_nesting.isEmpty() && m_nesting.last() == 'a';
                    advance();
                } else if (c == QLatin1Char('\n')) {
                    if (m_nesting.isEmpty())
                        m_expectValue = false;
                    advance();
                } else if (m_expectValue && !isSpace(c)) {
                    // A bare value: toml++ scans it up to a terminator, whatever lies between; a
                    // 10-character token with '-' at 4 and 7 may be a date, then a space and the
                    // next token (the time) belong to it too.
                    const qsizetype start = m_i;
                    while (m_i < m_text.size() && !isValueTerminator(m_text.at(m_i))) {
                        if (m_text.at(m_i).unicode() > 0x7F)
                            return refuse(QStringLiteral("unexpected character '%1' in a value"));
                        advance();
                        if (m_i - start == 10 && at(start + 4) == QLatin1Char('-') && at(start + 7) == QLatin1Char('-')
                            && at(m_i) == QLatin1Char(' '))
                            advance();
                    }
                    m_expectValue = false;
                } else {
                    advance();
                }
            }
            return std::nullopt;
        }

    private:
        static bool isSpace(QChar c)
        {
            return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
        }
        static bool isValueTerminator(QChar c)
        {
            return isSpace(c) || c == QLatin1Char(']') || c == QLatin1Char('}') || c == QLatin1Char(',')
                || c == QLatin1Char('#');
        }
        QChar at(qsizetype k) const { return k < m_text.size() ? m_text.at(k) : QChar(); }

        void advance()
        {
            if (m_text.at(m_i) == QLatin1Char('\n')) {
                ++m_line;
                m_column = 1;
            } else if (!m_text.at(m_i).isLowSurrogate()) {
                ++m_column;
            }
            ++m_i;
        }

        ParseError refuse(const QString& why) const
        {
            QString character(m_text.at(m_i));
            if (m_text.at(m_i).isHighSurrogate())
                character += at(m_i + 1);
            return { m_line, m_column, why.arg(character) };
        }

        // A string starting at m_i with quote \a q; leaves m_i after it (or at its unterminated end).
        std::optional<ParseError> string(QChar q)
        {
            const bool multi = at(m_i + 1) == q && at(m_i + 2) == q;
            const bool basic = q == QLatin1Char('"');
            for (int k = 0; k < (multi ? 3 : 1); ++k)
                advance();
            while (m_i < m_text.size()) {
                const QChar c = m_text.at(m_i);
                if (c == q && (!multi || (at(m_i + 1) == q && at(m_i + 2) == q)))
                    break;
                if (!multi && c == QLatin1Char('\n'))
                    return std::nullopt; // unterminated: toml++ reports it
                advance();
                if (!basic || c != QLatin1Char('\\') || m_i >= m_text.size())
                    continue;
                if (multi && m_text.at(m_i).unicode() > 0x7F)
                    return refuse(QStringLiteral("invalid escape sequence '\\%1'"));
                if (multi && isSpace(m_text.at(m_i))) { // a line-ending backslash
                    while (m_i < m_text.size() && isSpace(m_text.at(m_i)))
                        advance();
                    if (m_i < m_text.size() && m_text.at(m_i).unicode() > 0x7F)
                        return refuse(QStringLiteral("a line-ending backslash followed by '%1' is not supported; "
                                                     "write it as a \\u escape"));
                } else {
                    advance(); // the escaped character
                }
            }
            for (int k = 0; k < (multi ? 5 : 1) && m_i < m_text.size() && m_text.at(m_i) == q; ++k)
                advance(); // up to two quotes may precede a closing """
            return std::nullopt;
        }

        const QString& m_text;
        qsizetype m_i = 0;
        int m_line = 1;
        int m_column = 1;
        bool m_expectValue = false; // after `=`, or in an array
        QList<char> m_nesting; // 'a' array, 't' inline table
    };

} // namespace

std::optional<QVariantMap> parse(const QString& text, ParseError* error)
{
    if (const std::optional<ParseError> refused = CharacterScreen(text).run()) {
        if (error)
            *error = *refused;
        return std::nullopt;
    }
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

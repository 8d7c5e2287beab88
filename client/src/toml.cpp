#include "toml_p.h"

#include <QSet>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace Cloacina::Internal::Toml {

namespace {

    class Parser {
    public:
        explicit Parser(const QString& text)
            : m_text(text)
        {
        }

        std::optional<QVariantMap> run(ParseError* error);

    private:
        struct Failure {
            int line;
            int column;
            QString message;
        };

        [[noreturn]] void fail(const QString& message) const
        {
            throw Failure { m_line, static_cast<int>(m_pos - m_lineStart + 1), message };
        }

        bool atEnd() const { return m_pos >= m_text.size(); }
        QChar peek(int ahead = 0) const
        {
            return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
        }
        QChar next()
        {
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('\n')) {
                ++m_line;
                m_lineStart = m_pos;
            }
            return c;
        }
        bool startsWith(const char* s) const
        {
            return QStringView(m_text).mid(m_pos).startsWith(QLatin1String(s));
        }
        void skipBlanks() // spaces and tabs
        {
            while (!atEnd() && (peek() == QLatin1Char(' ') || peek() == QLatin1Char('\t')))
                next();
        }
        void skipComment()
        {
            if (peek() == QLatin1Char('#')) {
                while (!atEnd() && peek() != QLatin1Char('\n')) {
                    const QChar c = peek();
                    if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
                        fail(QStringLiteral("control character in a comment"));
                    next();
                }
            }
        }
        void expectLineEnd()
        {
            skipBlanks();
            skipComment();
            if (atEnd())
                return;
            if (peek() == QLatin1Char('\r') && peek(1) == QLatin1Char('\n'))
                next();
            if (peek() != QLatin1Char('\n'))
                fail(QStringLiteral("expected the end of the line, found '%1'").arg(peek()));
            next();
        }
        // Whitespace, newlines and comments inside arrays.
        void skipArraySpace()
        {
            for (;;) {
                skipBlanks();
                skipComment();
                if (peek() == QLatin1Char('\r') && peek(1) == QLatin1Char('\n'))
                    next();
                if (!atEnd() && peek() == QLatin1Char('\n')) {
                    next();
                    continue;
                }
                return;
            }
        }

        static bool isBareKeyChar(QChar c)
        {
            return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_')
                || c == QLatin1Char('-');
        }

        QStringList parseKey();
        QString parseEscape();
        QString parseBasicString();
        QString parseLiteralString();
        QString parseMultilineBasicString();
        QString parseMultilineLiteralString();
        QVariant parseValue();
        QVariant parseNumberOrBool();
        QVariantList parseArray();
        QVariantMap parseInlineTable();
        void assign(QVariantMap& table, const QStringList& key, const QVariant& value,
            const QString& pathPrefix);
        QVariantMap* descend(QVariantMap& root, const QStringList& path, bool header);

        const QString& m_text;
        qsizetype m_pos = 0;
        qsizetype m_lineStart = 0;
        int m_line = 1;
        int m_depth = 0; // arrays and inline tables currently open
        static constexpr int maxNesting = 64;
        QSet<QString> m_definedTables; // explicit [headers]
        QSet<QString> m_inlineTables; // frozen: inline tables cannot be extended
    };

    QString joinPath(const QStringList& path)
    {
        return path.join(QLatin1Char('.'));
    }

    QStringList Parser::parseKey()
    {
        QStringList parts;
        for (;;) {
            skipBlanks();
            const QChar c = peek();
            if (c == QLatin1Char('"')) {
                if (startsWith("\"\"\""))
                    fail(QStringLiteral("a key cannot be a multi-line string"));
                parts.append(parseBasicString());
            } else if (c == QLatin1Char('\'')) {
                if (startsWith("'''"))
                    fail(QStringLiteral("a key cannot be a multi-line string"));
                parts.append(parseLiteralString());
            } else if (isBareKeyChar(c)) {
                QString bare;
                while (!atEnd() && isBareKeyChar(peek()))
                    bare.append(next());
                parts.append(bare);
            } else {
                fail(atEnd() ? QStringLiteral("expected a key") : QStringLiteral("expected a key, found '%1'").arg(c));
            }
            skipBlanks();
            if (peek() != QLatin1Char('.'))
                return parts;
            next();
        }
    }

    // The escape after a backslash (already consumed) in a basic string, single- or multi-line.
    QString Parser::parseEscape()
    {
        if (atEnd())
            fail(QStringLiteral("unterminated escape"));
        const QChar e = next();
        switch (e.unicode()) {
        case 'b': return QStringLiteral("\b");
        case 't': return QStringLiteral("\t");
        case 'n': return QStringLiteral("\n");
        case 'f': return QStringLiteral("\f");
        case 'r': return QStringLiteral("\r");
        case '"': return QStringLiteral("\"");
        case '\\': return QStringLiteral("\\");
        case 'u':
        case 'U': {
            const int digits = e == QLatin1Char('u') ? 4 : 8;
            QString hex;
            for (int i = 0; i < digits; ++i) {
                if (atEnd())
                    fail(QStringLiteral("unterminated escape"));
                hex.append(next());
            }
            bool ok = false;
            const uint code = hex.toUInt(&ok, 16);
            if (!ok || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                fail(QStringLiteral("invalid unicode escape \\%1%2").arg(e).arg(hex));
            const char32_t ucs4 = code;
            return QString::fromUcs4(&ucs4, 1);
        }
        default:
            fail(QStringLiteral("invalid escape \\%1").arg(e));
        }
    }

    QString Parser::parseBasicString()
    {
        next(); // opening quote
        QString out;
        for (;;) {
            if (atEnd() || peek() == QLatin1Char('\n'))
                fail(QStringLiteral("unterminated string"));
            const QChar c = next();
            if (c == QLatin1Char('"'))
                return out;
            if (c == QLatin1Char('\\')) {
                if (atEnd())
                    fail(QStringLiteral("unterminated string"));
                out.append(parseEscape());
                continue;
            }
            if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
                fail(QStringLiteral("control character in a string"));
            out.append(c);
        }
    }

    QString Parser::parseLiteralString()
    {
        next();
        QString out;
        for (;;) {
            if (atEnd() || peek() == QLatin1Char('\n'))
                fail(QStringLiteral("unterminated string"));
            const QChar c = next();
            if (c == QLatin1Char('\''))
                return out;
            out.append(c);
        }
    }

    QString Parser::parseMultilineBasicString()
    {
        m_pos += 3;
        if (peek() == QLatin1Char('\n'))
            next();
        else if (peek() == QLatin1Char('\r') && peek(1) == QLatin1Char('\n')) {
            next();
            next();
        }
        QString out;
        for (;;) {
            if (atEnd())
                fail(QStringLiteral("unterminated multi-line string"));
            if (startsWith("\"\"\"")) {
                m_pos += 3;
                // Up to two extra quotes belong to the content.
                for (int i = 0; i < 2 && peek() == QLatin1Char('"'); ++i)
                    out.append(next());
                return out;
            }
            const QChar c = next();
            if (c == QLatin1Char('\\')) {
                // Line-ending backslash trims the newline and following whitespace.
                qsizetype probe = m_pos;
                while (probe < m_text.size() && (m_text.at(probe) == QLatin1Char(' ') || m_text.at(probe) == QLatin1Char('\t') || m_text.at(probe) == QLatin1Char('\r')))
                    ++probe;
                if (probe < m_text.size() && m_text.at(probe) == QLatin1Char('\n')) {
                    while (!atEnd() && peek().isSpace())
                        next();
                    continue;
                }
                out.append(parseEscape());
                continue;
            }
            if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
                fail(QStringLiteral("control character in a string"));
            out.append(c);
        }
    }

    QString Parser::parseMultilineLiteralString()
    {
        m_pos += 3;
        if (peek() == QLatin1Char('\n'))
            next();
        else if (peek() == QLatin1Char('\r') && peek(1) == QLatin1Char('\n')) {
            next();
            next();
        }
        QString out;
        for (;;) {
            if (atEnd())
                fail(QStringLiteral("unterminated multi-line string"));
            if (startsWith("'''")) {
                m_pos += 3;
                for (int i = 0; i < 2 && peek() == QLatin1Char('\''); ++i)
                    out.append(next());
                return out;
            }
            out.append(next());
        }
    }

    // Errors never quote the token: a value left unquoted by mistake may be the API key, and
    // the line and column already point at it.
    QVariant Parser::parseNumberOrBool()
    {
        QString token;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == QLatin1Char(',') || c == QLatin1Char(']') || c == QLatin1Char('}')
                || c == QLatin1Char('#') || c.isSpace())
                break;
            token.append(next());
        }
        if (token == QLatin1String("true"))
            return true;
        if (token == QLatin1String("false"))
            return false;
        if (token.isEmpty())
            fail(QStringLiteral("expected a value"));
        if (token.contains(QLatin1Char(':')) || (token.size() >= 10 && token.at(4) == QLatin1Char('-')))
            fail(QStringLiteral("dates and times are not supported"));
        const QString lower = token.toLower();
        if (lower.contains(QLatin1String("inf")) || lower.contains(QLatin1String("nan")))
            fail(QStringLiteral("inf and nan are not supported"));
        if (lower.startsWith(QLatin1String("0x")) || lower.startsWith(QLatin1String("0o"))
            || lower.startsWith(QLatin1String("0b")))
            fail(QStringLiteral("only decimal integers are supported"));
        // Underscores must sit between digits.
        for (qsizetype i = 0; i < token.size(); ++i) {
            if (token.at(i) == QLatin1Char('_')
                && (i == 0 || i + 1 >= token.size() || !token.at(i - 1).isDigit() || !token.at(i + 1).isDigit()))
                fail(QStringLiteral("misplaced '_' in a number"));
        }
        QString digits = token;
        digits.remove(QLatin1Char('_'));
        const bool isFloat = digits.contains(QLatin1Char('.')) || digits.contains(QLatin1Char('e'))
            || digits.contains(QLatin1Char('E'));
        const QString unsignedPart = (digits.startsWith(QLatin1Char('+')) || digits.startsWith(QLatin1Char('-'))) ? digits.mid(1) : digits;
        if (unsignedPart.isEmpty() || !unsignedPart.at(0).isDigit())
            fail(QStringLiteral("invalid value (strings must be quoted)"));
        if (!isFloat) {
            if (unsignedPart.size() > 1 && unsignedPart.startsWith(QLatin1Char('0')))
                fail(QStringLiteral("leading zeros are not allowed"));
            bool ok = false;
            const qint64 value = digits.toLongLong(&ok, 10);
            if (!ok)
                fail(QStringLiteral("invalid integer"));
            return value;
        }
        const qsizetype dot = unsignedPart.indexOf(QLatin1Char('.'));
        if (dot >= 0 && (dot + 1 >= unsignedPart.size() || !unsignedPart.at(dot + 1).isDigit()))
            fail(QStringLiteral("a decimal point must be followed by a digit"));
        bool ok = false;
        const double value = digits.toDouble(&ok);
        if (!ok)
            fail(QStringLiteral("invalid float"));
        return value;
    }

    QVariantList Parser::parseArray()
    {
        next(); // [
        QVariantList items;
        for (;;) {
            skipArraySpace();
            if (atEnd())
                fail(QStringLiteral("unterminated array"));
            if (peek() == QLatin1Char(']')) {
                next();
                return items;
            }
            items.append(parseValue());
            skipArraySpace();
            if (peek() == QLatin1Char(',')) {
                next();
                continue;
            }
            if (peek() == QLatin1Char(']')) {
                next();
                return items;
            }
            fail(QStringLiteral("expected ',' or ']' in an array"));
        }
    }

    QVariantMap Parser::parseInlineTable()
    {
        next(); // {
        QVariantMap table;
        skipBlanks();
        if (peek() == QLatin1Char('}')) {
            next();
            return table;
        }
        for (;;) {
            const QStringList key = parseKey();
            skipBlanks();
            if (peek() != QLatin1Char('='))
                fail(QStringLiteral("expected '=' after key '%1'").arg(joinPath(key)));
            next();
            skipBlanks();
            const QVariant value = parseValue();
            assign(table, key, value, QString());
            skipBlanks();
            if (peek() == QLatin1Char(',')) {
                next();
                continue;
            }
            if (peek() == QLatin1Char('}')) {
                next();
                return table;
            }
            fail(QStringLiteral("expected ',' or '}' in an inline table"));
        }
    }

    QVariant Parser::parseValue()
    {
        skipBlanks();
        if (atEnd())
            fail(QStringLiteral("expected a value"));
        const QChar c = peek();
        if (startsWith("\"\"\""))
            return parseMultilineBasicString();
        if (startsWith("'''"))
            return parseMultilineLiteralString();
        if (c == QLatin1Char('"'))
            return parseBasicString();
        if (c == QLatin1Char('\''))
            return parseLiteralString();
        if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
            // Bounded nesting: a hostile file must not exhaust the stack through recursion.
            if (++m_depth > maxNesting)
                fail(QStringLiteral("arrays or inline tables nested more than %1 levels deep").arg(maxNesting));
            const QVariant value = c == QLatin1Char('[') ? QVariant(parseArray()) : QVariant(parseInlineTable());
            --m_depth;
            return value;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('#'))
            fail(QStringLiteral("expected a value"));
        return parseNumberOrBool();
    }

    void Parser::assign(QVariantMap& table, const QStringList& key, const QVariant& value,
        const QString& pathPrefix)
    {
        QVariantMap* target = &table;
        const QString& path = pathPrefix;
        // Intermediate segments of a dotted key create (or extend) implicit tables.
        if (key.size() > 1) {
            QVariantMap sub = table.value(key.first()).toMap();
            if (table.contains(key.first()) && table.value(key.first()).typeId() != QMetaType::QVariantMap)
                fail(QStringLiteral("key '%1' is already defined as a value").arg(key.first()));
            const QString subPath = path.isEmpty() ? key.first() : path + QLatin1Char('.') + key.first();
            if (m_inlineTables.contains(subPath))
                fail(QStringLiteral("cannot extend inline table '%1'").arg(subPath));
            assign(sub, key.mid(1), value, subPath);
            table.insert(key.first(), sub);
            return;
        }
        const QString& name = key.first();
        if (target->contains(name))
            fail(QStringLiteral("key '%1' is defined twice").arg(path.isEmpty() ? name : path + QLatin1Char('.') + name));
        target->insert(name, value);
        if (value.typeId() == QMetaType::QVariantMap)
            m_inlineTables.insert(path.isEmpty() ? name : path + QLatin1Char('.') + name);
    }

    std::optional<QVariantMap> Parser::run(ParseError* error)
    {
        try {
            QVariantMap root;
            QStringList current; // path of the current [table]
            while (!atEnd()) {
                skipBlanks();
                if (atEnd())
                    break;
                const QChar c = peek();
                if (c == QLatin1Char('#') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                    expectLineEnd();
                    continue;
                }
                if (c == QLatin1Char('[')) {
                    if (peek(1) == QLatin1Char('['))
                        fail(QStringLiteral("arrays of tables ([[...]]) are not supported"));
                    next();
                    const QStringList path = parseKey();
                    skipBlanks();
                    if (peek() != QLatin1Char(']'))
                        fail(QStringLiteral("expected ']' to close the table header"));
                    next();
                    const QString joined = joinPath(path);
                    if (m_definedTables.contains(joined))
                        fail(QStringLiteral("table [%1] is defined twice").arg(joined));
                    if (m_inlineTables.contains(joined))
                        fail(QStringLiteral("table [%1] was defined inline").arg(joined));
                    // Create the table (and its parents), checking for clashes with values.
                    QVariantMap probe = root;
                    QString prefix;
                    for (const QString& segment : path) {
                        prefix = prefix.isEmpty() ? segment : prefix + QLatin1Char('.') + segment;
                        if (probe.contains(segment) && probe.value(segment).typeId() != QMetaType::QVariantMap)
                            fail(QStringLiteral("key '%1' is already defined as a value").arg(prefix));
                        if (m_inlineTables.contains(prefix))
                            fail(QStringLiteral("cannot extend inline table '%1'").arg(prefix));
                        probe = probe.value(segment).toMap();
                    }
                    m_definedTables.insert(joined);
                    // Materialise the (possibly empty) table.
                    std::function<void(QVariantMap&, qsizetype)> make = [&](QVariantMap& t, qsizetype i) {
                        if (i >= path.size())
                            return;
                        QVariantMap sub = t.value(path.at(i)).toMap();
                        make(sub, i + 1);
                        t.insert(path.at(i), sub);
                    };
                    make(root, 0);
                    current = path;
                    expectLineEnd();
                    continue;
                }
                const QStringList key = parseKey();
                skipBlanks();
                if (peek() != QLatin1Char('='))
                    fail(QStringLiteral("expected '=' after key '%1'").arg(joinPath(key)));
                next();
                const QVariant value = parseValue();
                // Insert into the current table.
                std::function<void(QVariantMap&, qsizetype)> put = [&](QVariantMap& t, qsizetype i) {
                    if (i >= current.size()) {
                        assign(t, key, value, joinPath(current));
                        return;
                    }
                    QVariantMap sub = t.value(current.at(i)).toMap();
                    put(sub, i + 1);
                    t.insert(current.at(i), sub);
                };
                put(root, 0);
                expectLineEnd();
            }
            return root;
        } catch (const Failure& failure) {
            if (error)
                *error = ParseError { failure.line, failure.column, failure.message };
            return std::nullopt;
        }
    }

} // namespace

std::optional<QVariantMap> parse(const QString& text, ParseError* error)
{
    Parser parser(text);
    return parser.run(error);
}

} // namespace Cloacina::Internal::Toml

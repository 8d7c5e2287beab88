#include <cloacina/executionid.h>

namespace Cloacina {

namespace {
    int hexValue(QChar c)
    {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        return -1;
    }
} // namespace

std::optional<QString> normalizeExecutionId(QStringView text)
{
    QStringView id = text.trimmed();
    if (id.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive))
        id = id.mid(9);
    else if (id.size() >= 2 && id.front() == QLatin1Char('{') && id.back() == QLatin1Char('}'))
        id = id.mid(1, id.size() - 2);

    const bool hyphenated = id.size() == 36;
    if (!hyphenated && id.size() != 32)
        return std::nullopt;
    static const char digits[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (qsizetype i = 0; i < id.size(); ++i) {
        if (hyphenated && (i == 8 || i == 13 || i == 18 || i == 23)) {
            if (id.at(i) != QLatin1Char('-'))
                return std::nullopt;
            out.append(QLatin1Char('-'));
            continue;
        }
        const int value = hexValue(id.at(i));
        if (value < 0)
            return std::nullopt;
        out.append(QLatin1Char(digits[value]));
        if (!hyphenated && (i == 7 || i == 11 || i == 15 || i == 19))
            out.append(QLatin1Char('-'));
    }
    return out;
}

} // namespace Cloacina

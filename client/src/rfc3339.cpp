#include "rfc3339_p.h"

namespace Cloacina::Internal {

namespace {
    // Reads `count` decimal digits at `at`; false on anything that is not a digit.
    template <typename Char>
    bool digits(const Char* at, int count, int& value)
    {
        value = 0;
        for (int i = 0; i < count; ++i) {
            const auto c = at[i];
            if (c < '0' || c > '9')
                return false;
            value = value * 10 + int(c - '0');
        }
        return true;
    }

    bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

    int daysInMonth(int year, int month)
    {
        static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
    }

    // Days from 1970-01-01 to the given civil date (proleptic Gregorian; H. Hinnant's algorithm).
    qint64 daysFromCivil(int year, int month, int day)
    {
        year -= month <= 2;
        const qint64 era = (year >= 0 ? year : year - 399) / 400;
        const qint64 yearOfEra = year - era * 400;
        const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }

    // `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, exactly; the shortest form is 20 characters.
    template <typename Char>
    bool parse(const Char* s, qsizetype size, qint64& msecs)
    {
        if (size < 20)
            return false;
        int year, month, day, hour, minute, second;
        if (!digits(s, 4, year) || s[4] != '-' || !digits(s + 5, 2, month) || s[7] != '-'
            || !digits(s + 8, 2, day))
            return false;
        if (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
            return false;
        if (!digits(s + 11, 2, hour) || s[13] != ':' || !digits(s + 14, 2, minute) || s[16] != ':'
            || !digits(s + 17, 2, second))
            return false;
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23
            || minute > 59 || second > 59)
            return false;

        qsizetype at = 19;
        int millis = 0;
        if (s[at] == '.') {
            ++at;
            const qsizetype firstDigit = at;
            while (at < size && s[at] >= '0' && s[at] <= '9') {
                if (at - firstDigit < 3)
                    millis = millis * 10 + int(s[at] - '0');
                ++at;
            }
            const qsizetype count = at - firstDigit;
            if (count == 0)
                return false;
            for (qsizetype i = count; i < 3; ++i)
                millis *= 10;
        }
        if (at >= size)
            return false;

        int offsetMinutes = 0;
        if (s[at] == 'Z' || s[at] == 'z') {
            ++at;
        } else if (s[at] == '+' || s[at] == '-') {
            int offsetHours, offsetMins;
            if (size - at < 6 || !digits(s + at + 1, 2, offsetHours) || s[at + 3] != ':'
                || !digits(s + at + 4, 2, offsetMins) || offsetHours > 23 || offsetMins > 59)
                return false;
            offsetMinutes = (offsetHours * 60 + offsetMins) * (s[at] == '-' ? -1 : 1);
            at += 6;
        } else {
            return false;
        }
        if (at != size)
            return false;

        const qint64 days = daysFromCivil(year, month, day);
        const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
        msecs = seconds * 1000 + millis;
        return true;
    }

    QDateTime fromMsecs(bool ok, qint64 msecs)
    {
        return ok ? QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC) : QDateTime();
    }
} // namespace

bool parseRfc3339Msecs(const char* text, qsizetype size, qint64& msecsSinceEpoch)
{
    return text && parse(text, size, msecsSinceEpoch);
}

QDateTime parseRfc3339(const char* text, qsizetype size)
{
    qint64 msecs = 0;
    const bool ok = parseRfc3339Msecs(text, size, msecs);
    return fromMsecs(ok, msecs);
}

QDateTime parseRfc3339(QStringView text)
{
    qint64 msecs = 0;
    const bool ok = parse(text.utf16(), text.size(), msecs);
    return fromMsecs(ok, msecs);
}

} // namespace Cloacina::Internal

// SPDX-License-Identifier: Apache-2.0
// Cron evaluation for the simulated scheduler (next fire times of cron schedules and instances).
#include "cronschedule_p.h"

#include <QStringList>

namespace CloacinaSim {

namespace {

    //! The value of one list element's bound: a number or an English name (`JAN`, `MON`).
    std::optional<int> value(const QString& text, const QStringList& names, int nameBase)
    {
        bool ok = false;
        const int n = text.toInt(&ok);
        if (ok)
            return n;
        const int index = names.indexOf(text.toUpper());
        return index < 0 ? std::nullopt : std::optional<int>(index + nameBase);
    }

    //! Sets the bits of a field such as `1-5,10,*/15`; false on anything outside [low, high].
    template <std::size_t N>
    bool parseField(const QString& field, int low, int high, const QStringList& names, int nameBase,
        std::bitset<N>* bits)
    {
        for (const QString& part : field.split(QLatin1Char(','))) {
            const QStringList stepParts = part.split(QLatin1Char('/'));
            if (stepParts.size() > 2)
                return false;
            int step = 1;
            if (stepParts.size() == 2) {
                bool ok = false;
                step = stepParts.at(1).toInt(&ok);
                if (!ok || step < 1)
                    return false;
            }
            const QString range = stepParts.at(0);
            int from = low;
            int to = high;
            if (range != QLatin1String("*") && range != QLatin1String("?")) {
                const QStringList bounds = range.split(QLatin1Char('-'));
                if (bounds.size() > 2)
                    return false;
                const auto first = value(bounds.at(0), names, nameBase);
                const auto last = bounds.size() == 2 ? value(bounds.at(1), names, nameBase) : first;
                if (!first || !last)
                    return false;
                from = *first;
                // `5/15` means from 5 to the end, stepping 15.
                to = bounds.size() == 1 && stepParts.size() == 2 ? high : *last;
            }
            if (from < low || to > high || from > to)
                return false;
            for (int v = from; v <= to; v += step)
                bits->set(std::size_t(v));
        }
        return true;
    }

    bool restricted(const QString& field) { return field != QLatin1String("*") && field != QLatin1String("?"); }

} // namespace

std::optional<CronSchedule> CronSchedule::parse(const QString& expression, const QString& timezone)
{
    QStringList fields = expression.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() == 5)
        fields.prepend(QStringLiteral("0"));
    if (fields.size() != 6)
        return std::nullopt;
    static const QStringList months { QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"),
        QStringLiteral("APR"), QStringLiteral("MAY"), QStringLiteral("JUN"), QStringLiteral("JUL"),
        QStringLiteral("AUG"), QStringLiteral("SEP"), QStringLiteral("OCT"), QStringLiteral("NOV"),
        QStringLiteral("DEC") };
    static const QStringList weekdays { QStringLiteral("SUN"), QStringLiteral("MON"), QStringLiteral("TUE"),
        QStringLiteral("WED"), QStringLiteral("THU"), QStringLiteral("FRI"), QStringLiteral("SAT") };
    CronSchedule s;
    std::bitset<8> dow; // 0..7, both 0 and 7 are Sunday
    if (!parseField(fields.at(0), 0, 59, {}, 0, &s.m_seconds)
        || !parseField(fields.at(1), 0, 59, {}, 0, &s.m_minutes)
        || !parseField(fields.at(2), 0, 23, {}, 0, &s.m_hours)
        || !parseField(fields.at(3), 1, 31, {}, 0, &s.m_days)
        || !parseField(fields.at(4), 1, 12, months, 1, &s.m_months)
        || !parseField(fields.at(5), 0, 7, weekdays, 0, &dow))
        return std::nullopt;
    for (std::size_t d = 0; d < 7; ++d)
        s.m_weekdays.set(d, dow.test(d) || (d == 0 && dow.test(7)));
    s.m_anyDay = !restricted(fields.at(3));
    s.m_anyWeekday = !restricted(fields.at(5));
    if (!timezone.isEmpty()) {
        const QTimeZone zone(timezone.toUtf8());
        if (!zone.isValid())
            return std::nullopt;
        s.m_zone = zone;
    }
    return s;
}

bool CronSchedule::dayMatches(const QDate& date) const
{
    if (!m_months.test(std::size_t(date.month())))
        return false;
    const bool day = m_days.test(std::size_t(date.day()));
    const bool weekday = m_weekdays.test(std::size_t(date.dayOfWeek() % 7));
    if (m_anyDay && m_anyWeekday)
        return true;
    if (m_anyDay)
        return weekday;
    if (m_anyWeekday)
        return day;
    return day || weekday; // both restricted: either matches
}

QDateTime CronSchedule::next(const QDateTime& after) const
{
    // Walk local wall-clock time: skip whole days, then hours, minutes and seconds.
    QDateTime t = after.toTimeZone(m_zone);
    t = QDateTime(t.date(), QTime(t.time().hour(), t.time().minute(), t.time().second()), m_zone).addSecs(1);
    const QDateTime limit = t.addYears(5);
    while (t < limit) {
        if (!dayMatches(t.date())) {
            t = QDateTime(t.date().addDays(1), QTime(0, 0), m_zone);
            continue;
        }
        const QTime time = t.time();
        if (!m_hours.test(std::size_t(time.hour()))) {
            t = QDateTime(t.date(), QTime(time.hour(), 0), m_zone).addSecs(3600);
            continue;
        }
        if (!m_minutes.test(std::size_t(time.minute()))) {
            t = QDateTime(t.date(), QTime(time.hour(), time.minute()), m_zone).addSecs(60);
            continue;
        }
        if (!m_seconds.test(std::size_t(time.second()))) {
            t = t.addSecs(1);
            continue;
        }
        return t.toUTC();
    }
    return {};
}

} // namespace CloacinaSim

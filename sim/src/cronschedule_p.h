// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <bitset>
#include <optional>

namespace CloacinaSim {

//! A cron expression as the server's scheduler reads it (`CronEvaluator`, croner with optional
//! seconds): `[sec] min hour day-of-month month day-of-week`, with `*`, `?`, lists, ranges,
//! steps and English month/day names; day-of-month and day-of-week both restricted match
//! either (croner's legacy mode). `L`, `W` and `#` are not understood: parse() refuses them.
class CronSchedule {
public:
    //! The schedule, or nothing for an expression this reader cannot evaluate.
    static std::optional<CronSchedule> parse(const QString& expression, const QString& timezone = {});
    //! The first matching time strictly after \a after (UTC), or invalid if none within 5 years.
    QDateTime next(const QDateTime& after) const;

private:
    bool dayMatches(const QDate& date) const;

    std::bitset<60> m_seconds;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days;
    std::bitset<13> m_months;
    std::bitset<7> m_weekdays; //!< 0 = Sunday
    bool m_anyDay = true;
    bool m_anyWeekday = true;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace CloacinaSim

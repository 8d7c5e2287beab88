#pragma once

#include <cloacinaconformance/check.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace Cloacina::Conformance {

//! What the report says about the run as a whole.
struct RunInfo {
    QString tool; //!< `cloacina-conformance 0.1.0`
    QString server; //!< base URL (never with credentials)
    QString tenant; //!< tenant of the read checks
    QString scratchTenant; //!< tenant of the write checks; empty without one
    bool write = false; //!< `--write` given
    QString serverVersion; //!< empty when unknown
    QString contractVersion; //!< the SDK's contract version
    QString keyName; //!< whoami name
    QString keyRole; //!< whoami role (plus "platform admin")
    bool interrupted = false; //!< stopped by SIGINT/SIGTERM
};

//! One row of the report.
struct ReportRow {
    QString operationId; //!< Check::operationId
    QString name; //!< Check::name
    Access access = Access::ReadOnly; //!< Check::access
    Role role = Role::AnyKey; //!< Check::role
    Outcome outcome; //!< what running it produced
};

//! The results of a run, and the three ways of writing them: an aligned table for people,
//! JSON and JUnit XML for CI systems.
class Report {
public:
    RunInfo info; //!< the run's facts, filled by the front end

    //! Appends the outcome of \a check.
    void add(const Check& check, const Outcome& outcome);
    //! The rows, in the order added.
    QList<ReportRow> rows() const { return m_rows; }
    //! How many rows ended with \a verdict.
    int count(Verdict verdict) const;
    //! The sum of the rows' durations.
    qint64 totalMs() const;

    //! The table's heading line.
    static QString tableHeader();
    //! One table line for \a row (printed as each check ends).
    static QString tableLine(const ReportRow& row);
    //! The failure or skip text of \a row, indented under its table line; empty when passed.
    static QString detailLine(const ReportRow& row);
    //! `N passed, N failed, N skipped in T s`.
    QString summaryLine() const;

    //! `{"tool", "server", …, "summary": {…}, "checks": [{…}]}`.
    QByteArray toJson() const;
    //! JUnit XML: one testsuite, one testcase per check (classname = operation id).
    QByteArray toJUnit() const;

private:
    QList<ReportRow> m_rows;
};

} // namespace Cloacina::Conformance

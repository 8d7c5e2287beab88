#pragma once

class QTableView;

namespace Cloacina::Monitor {

//! Widens every column of \a table that is narrower than its header title. The views set their
//! widths in English-sized character counts; a translated title ("Fehlgeschlagene Aufgabe")
//! can be longer, and a header clips its title instead of eliding it. Call after the widths
//! are set (and again if the header texts change).
void widenColumnsToTitles(QTableView* table);

} // namespace Cloacina::Monitor

#pragma once

#include "columnwidths.h"

#include <QList>
#include <QTableView>

namespace Cloacina::Monitor {

//! Sets the first columns of \a table to \a widths (pixels; the last column stretches), then
//! widens any column narrower than its (translated) title.
inline void fitColumns(QTableView* table, const QList<int>& widths)
{
    for (int i = 0; i < widths.size(); ++i)
        table->setColumnWidth(i, widths.at(i));
    widenColumnsToTitles(table);
}

} // namespace Cloacina::Monitor

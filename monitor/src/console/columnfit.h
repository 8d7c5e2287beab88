#pragma once

#include "columnwidths.h"

#include <QList>
#include <QScrollBar>
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

//! The width \a table needs to show every column at its current width without a horizontal
//! scroll bar: the columns, the frame and room for a vertical scroll bar (a long list). For a
//! splitter's initial sizes.
inline int fittingWidth(const QTableView* table)
{
    int width = 2 * table->frameWidth() + table->verticalScrollBar()->sizeHint().width();
    for (int column = 0; table->model() && column < table->model()->columnCount(); ++column)
        width += table->columnWidth(column);
    return width;
}

} // namespace Cloacina::Monitor

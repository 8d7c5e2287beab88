#include "columnwidths.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

namespace Cloacina::Monitor {

void widenColumnsToTitles(QTableView* table)
{
    QHeaderView* header = table->horizontalHeader();
    if (!table->model())
        return;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        const int needed = header->sectionSizeHint(column);
        if (table->columnWidth(column) < needed)
            table->setColumnWidth(column, needed);
    }
}

} // namespace Cloacina::Monitor

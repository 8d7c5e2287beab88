#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace Cloacina::Monitor {

//! The colour of a ComponentHealth::Level (as int): green live, amber starting, red degraded,
//! grey stopped; invalid for Unknown (use the palette).
QColor healthColor(int level);

//! Draws a coloured dot before a cell's text from the health level the model gives in \a role,
//! so a degraded graph or a disconnected source stands out in any palette.
class HealthDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    HealthDelegate(int levelRole, QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace Cloacina::Monitor

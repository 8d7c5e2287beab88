#include "healthdelegate.h"

#include <cloacinamodels/console/componenthealth.h>

#include <QPainter>
#include <QPixmap>

namespace Cloacina::Monitor {

namespace {
    constexpr int dot = 10;
}

QColor healthColor(int level)
{
    switch (ComponentHealth::Level(level)) {
    case ComponentHealth::Level::Healthy:
        return QColor(0x2e, 0x9d, 0x4f);
    case ComponentHealth::Level::Starting:
        return QColor(0xd4, 0x9a, 0x17);
    case ComponentHealth::Level::Degraded:
        return QColor(0xd6, 0x45, 0x41);
    case ComponentHealth::Level::Stopped:
        return QColor(0x8a, 0x8a, 0x8a);
    case ComponentHealth::Level::Unknown:
        break;
    }
    return {};
}

HealthDelegate::HealthDelegate(int levelRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(levelRole)
{
}

void HealthDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant level = index.data(m_role);
    const QColor c = level.isValid() ? healthColor(level.toInt()) : QColor();
    if (!c.isValid())
        return;
    QPixmap pixmap(dot, dot);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(QRectF(0.5, 0.5, dot - 1, dot - 1));
    option->icon = QIcon(pixmap);
    option->decorationSize = QSize(dot, dot);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace Cloacina::Monitor

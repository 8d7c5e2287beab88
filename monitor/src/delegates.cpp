#include "delegates.h"

#include "colors.h"

#include <cloacinamodels/eventtypes.h>

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Cloacina::Monitor {

void StatusPillDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;
    const QColor color = statusColor(text.section(QLatin1Char(' '), 0, 0));
    const QFontMetrics fm(opt.font);
    const int w = fm.horizontalAdvance(text) + 14;
    const int h = qMin(opt.rect.height() - 4, fm.height() + 4);
    QRect pill(opt.rect.left() + 4, opt.rect.center().y() - h / 2, qMin(w, opt.rect.width() - 8), h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, pill.width() - 8));
    painter->restore();
}

QSize StatusPillDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(s.width() + 18);
    return s;
}

namespace {
    // The event marker: a dot of at most this size, and where the label starts after it.
    constexpr int kMarkerSize = 10;
    int labelIndent(int markerSize) { return markerSize + 12; }
    constexpr int kLabelRightMargin = 2;

    QFont eventLabelFont(const QFont& base, const QString& type)
    {
        QFont f = base;
        if (EventTypes::category(type) == EventTypes::Category::Failure)
            f.setBold(true);
        if (!EventTypes::isKnown(type))
            f.setItalic(true);
        return f;
    }
} // namespace

EventTypeDelegate::EventTypeDelegate(int typeRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_typeRole(typeRole)
{
}

void EventTypeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString type = index.data(m_typeRole).toString();
    const bool known = EventTypes::isKnown(type);
    const QColor color = eventColor(type);
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int d = qMin(kMarkerSize, opt.rect.height() - 6);
    const QRect dot(opt.rect.left() + 6, opt.rect.center().y() - d / 2, d, d);
    if (known) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
    } else {
        painter->setPen(QPen(color, 2));
        painter->setBrush(Qt::NoBrush);
    }
    painter->drawEllipse(dot);
    QRect textRect = opt.rect.adjusted(labelIndent(d), 0, -kLabelRightMargin, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText)
                             : (EventTypes::category(type) == EventTypes::Category::Failure ? color : opt.palette.color(QPalette::Text)));
    const QFont f = eventLabelFont(opt.font, type);
    painter->setFont(f);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
        QFontMetrics(f).elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

int EventTypeDelegate::labelColumnWidth(const QFont& font)
{
    int widest = 0;
    for (const QString& type : EventTypes::knownTypes())
        widest = qMax(widest, QFontMetrics(eventLabelFont(font, type)).horizontalAdvance(EventTypes::label(type)));
    // The item's own margins (a few pixels per side in every style) come on top.
    return labelIndent(kMarkerSize) + widest + kLabelRightMargin + 8;
}

HighlightRowDelegate::HighlightRowDelegate(int flagRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_flagRole(flagRole)
{
}

void HighlightRowDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(m_flagRole).toBool()) {
        option->font.setBold(true);
        option->backgroundBrush = QColor(255, 214, 102, 110);
    }
}

void HighlightRowDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.column() == 0 && index.data(m_flagRole).toBool()) {
        painter->save();
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 4, option.rect.height()), QColor(0xff, 0x8f, 0x00));
        painter->restore();
    }
}

} // namespace Cloacina::Monitor

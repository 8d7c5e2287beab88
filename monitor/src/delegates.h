#pragma once

#include <QStyledItemDelegate>

namespace Cloacina::Monitor {

//! Paints a status as a coloured pill ("Failed" in red, …). Reads the model's DisplayRole.
class StatusPillDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

//! Paints an event label with a coloured marker of its category; unknown types get a
//! hollow marker and their raw name. Takes the type from \a typeRole.
class EventTypeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    EventTypeDelegate(int typeRole, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    //! The column width that shows the label of every known event type in full, in the current
    //! language and \a font (failure labels are bold), marker included.
    static int labelColumnWidth(const QFont& font);

private:
    int m_typeRole;
};

//! Highlights rows whose \a flagRole is true (new failures) with a warm background and a bold
//! font, and tints the whole row by \a statusRole's colour when given.
class HighlightRowDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    HighlightRowDelegate(int flagRole, QObject* parent = nullptr);
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_flagRole;
};

} // namespace Cloacina::Monitor

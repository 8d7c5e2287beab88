#include "elidinglabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace Cloacina::Monitor {

ElidingLabel::ElidingLabel(QWidget* parent)
    : QFrame(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ElidingLabel::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    updateGeometry();
    updateToolTip();
    update();
}

void ElidingLabel::setElideMode(Qt::TextElideMode mode)
{
    m_mode = mode;
    update();
}

void ElidingLabel::setToolTipText(const QString& tip)
{
    m_tip = tip;
    updateToolTip();
}

QString ElidingLabel::shownText() const
{
    const int w = contentsRect().width();
    return fontMetrics().elidedText(m_text, m_mode, w);
}

QSize ElidingLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return QSize(fontMetrics().horizontalAdvance(m_text) + m.left() + m.right() + 2,
        fontMetrics().height() + m.top() + m.bottom());
}

QSize ElidingLabel::minimumSizeHint() const
{
    // A few characters and the ellipsis: enough to see that something is there.
    const QMargins m = contentsMargins();
    const int few = fontMetrics().horizontalAdvance(m_text.left(3) + QChar(0x2026));
    return QSize(qMin(sizeHint().width(), few + m.left() + m.right() + 2), fontMetrics().height() + m.top() + m.bottom());
}

void ElidingLabel::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    QPainter p(this);
    QStyleOption opt;
    opt.initFrom(this);
    style()->drawItemText(&p, contentsRect(), Qt::AlignLeft | Qt::AlignVCenter, opt.palette, isEnabled(), shownText(), foregroundRole());
}

void ElidingLabel::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    updateToolTip();
}

void ElidingLabel::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
}

void ElidingLabel::updateToolTip()
{
    if (isElided())
        setToolTip(m_tip.isEmpty() ? m_text : m_tip + QStringLiteral("\n") + m_text);
    else
        setToolTip(m_tip);
}

} // namespace Cloacina::Monitor

#include "overviewtile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

OverviewTile::OverviewTile(const QString& caption, const QColor& accent, QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 8, 0);
    // The accent is a thin bar, not the text colour: text keeps the palette's (dark mode).
    auto* bar = new QFrame(this);
    bar->setFixedWidth(5);
    bar->setAutoFillBackground(true);
    QPalette barPalette = bar->palette();
    barPalette.setColor(QPalette::Window, accent);
    bar->setPalette(barPalette);
    row->addWidget(bar);

    auto* column = new QVBoxLayout;
    column->setContentsMargins(6, 6, 0, 6);
    column->setSpacing(0);
    auto* title = new QLabel(caption, this);
    title->setForegroundRole(QPalette::PlaceholderText);
    m_value = new QLabel(QStringLiteral("–"), this);
    m_value->setObjectName(QStringLiteral("tileValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_value->setFont(big);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("tileDetail"));
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    // A long readiness reason must not widen the window.
    m_detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    column->addWidget(title);
    column->addWidget(m_value);
    column->addWidget(m_detail);
    row->addLayout(column, 1);
}

void OverviewTile::setValue(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setToolTip(detail);
}

QString OverviewTile::value() const
{
    return m_value->text();
}

QString OverviewTile::detail() const
{
    return m_detail->text();
}

void OverviewTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated();
    QFrame::mouseReleaseEvent(event);
}

void OverviewTile::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace Cloacina::Monitor

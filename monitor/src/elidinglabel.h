#pragma once

#include <QFrame>

namespace Cloacina::Monitor {

//! A one-line label that shrinks: it asks for its full text's width but accepts any width down
//! to a few characters, eliding the text (full text in the tooltip while elided). Used wherever
//! data of unbounded length (workflow names, counters, server messages) sits in a row of
//! controls, so that the window still fits a small screen.
class ElidingLabel : public QFrame {
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget* parent = nullptr);

    //! The full (plain) text.
    QString text() const { return m_text; }
    //! Shows \a text (plain text), elided to the available width.
    void setText(const QString& text);
    void clear() { setText({}); }
    //! Where the ellipsis goes (default Qt::ElideRight).
    void setElideMode(Qt::TextElideMode mode);
    //! A tooltip shown whatever the width (the full text is appended while elided).
    void setToolTipText(const QString& tip);
    //! The text as painted at the current width.
    QString shownText() const;
    //! True while the text does not fit.
    bool isElided() const { return shownText() != m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateToolTip();

    QString m_text;
    QString m_tip;
    Qt::TextElideMode m_mode = Qt::ElideRight;
};

} // namespace Cloacina::Monitor

#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace Cloacina::Monitor {

//! One number of the Overview: a caption ("Failed · last hour"), the value in large type, a
//! detail line, and an accent bar. Clicking it, or Enter / Space while it has focus, emits
//! activated() (the Overview opens the matching list).
class OverviewTile : public QFrame {
    Q_OBJECT
public:
    OverviewTile(const QString& caption, const QColor& accent, QWidget* parent = nullptr);

    //! Shows \a value with \a detail under it (the detail may be empty).
    void setValue(const QString& value, const QString& detail = QString());
    QString value() const;
    QString detail() const;

Q_SIGNALS:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace Cloacina::Monitor

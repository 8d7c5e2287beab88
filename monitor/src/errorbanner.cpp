#include "errorbanner.h"

namespace Cloacina::Monitor {

QLabel* createErrorBanner(const QString& objectName, QWidget* parent)
{
    auto* banner = new QLabel(parent);
    banner->setObjectName(objectName);
    banner->setWordWrap(true);
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #b71c1c; border: 1px solid #f5c2c0; border-radius: 4px; padding: 4px; }"));
    banner->setVisible(false);
    return banner;
}

} // namespace Cloacina::Monitor

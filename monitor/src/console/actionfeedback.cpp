#include "actionfeedback.h"

#include "colors.h"

#include <QLabel>

namespace Cloacina::Monitor {

QLabel* createActionStatus(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

void showActionStatus(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    QPalette pal = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (error)
        pal.setColor(QPalette::WindowText, statusColor(QStringLiteral("Failed")));
    label->setPalette(pal);
}

QString actionFailureText(const QString& operationId, const Error& error)
{
    QString text = QObject::tr("%1 failed: %2").arg(operationId, error.message);
    if (!error.requestId.isEmpty())
        text += QObject::tr(" (request %1)").arg(error.requestId);
    return text;
}

} // namespace Cloacina::Monitor

#include "errorbanner.h"

#include <QCoreApplication>

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

QLabel* createEmptyState(QWidget* parent)
{
    auto* empty = new QLabel(parent);
    empty->setObjectName(QStringLiteral("emptyState"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(24);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    empty->setVisible(false);
    return empty;
}

QString describeError(const Error& e)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("Cloacina::Monitor::ErrorBanner", text); };
    QString text = e.message.toHtmlEscaped();
    QStringList parts;
    if (e.httpStatus)
        parts << tr("HTTP %1").arg(e.httpStatus);
    if (!e.code.isEmpty())
        parts << tr("code <b>%1</b>").arg(e.code.toHtmlEscaped());
    if (!e.requestId.isEmpty())
        parts << tr("request id <tt>%1</tt>").arg(e.requestId.toHtmlEscaped());
    if (!e.operationId.isEmpty())
        parts << tr("operation %1").arg(e.operationId.toHtmlEscaped());
    if (!parts.isEmpty())
        text += QStringLiteral(" — ") + parts.join(QStringLiteral(", "));
    return text;
}

} // namespace Cloacina::Monitor

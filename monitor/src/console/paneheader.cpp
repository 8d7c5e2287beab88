#include "paneheader.h"

#include "errorbanner.h"

#include <cloacinamodels/console/refreshablelistmodel.h>
#include <cloacinamodels/format.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

PaneHeader::PaneHeader(const QString& title, RefreshableListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    auto* heading = new QLabel(title, this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    header->addWidget(heading);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("listStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(m_status, 1);
    m_actions = new QHBoxLayout;
    header->addLayout(m_actions);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Refresh this list (F5)"));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_refresh, &QToolButton::clicked, model, &RefreshableListModel::refresh);
    header->addWidget(m_refresh);
    layout->addLayout(header);

    m_error = createErrorBanner(QStringLiteral("listError"), this);
    layout->addWidget(m_error);

    for (auto signal : { &RefreshableListModel::loadingChanged, &RefreshableListModel::lastErrorChanged,
             &RefreshableListModel::lastRefreshedChanged })
        connect(model, signal, this, &PaneHeader::updateStates);
    updateStates();
}

void PaneHeader::updateStates()
{
    QStringList status;
    if (m_model->isLoading())
        status << tr("loading…");
    if (m_model->lastRefreshed().isValid())
        status << tr("updated %1").arg(Format::timeOfDay(m_model->lastRefreshed()));
    m_status->setText(status.join(QStringLiteral(" · ")));

    if (m_model->hasError()) {
        m_error->setText(tr("Could not refresh: %1. Rows shown are kept; retrying on the next refresh.")
                             .arg(describeError(m_model->lastError())));
        m_error->setVisible(true);
    } else {
        m_error->setVisible(false);
    }
}

} // namespace Cloacina::Monitor

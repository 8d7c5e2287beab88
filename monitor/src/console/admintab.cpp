#include "admintab.h"

#include "actionformdialog.h"
#include "consolecontext.h"
#include "listpane.h"

#include <cloacinamodels/console/refreshablelistmodel.h>
#include <cloacinamodels/serversession.h>

#include <QBoxLayout>
#include <QPushButton>

namespace Cloacina::Monitor {

AdminTab::AdminTab(ConsoleContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void AdminTab::setPane(ListPane* pane)
{
    m_pane = pane;
    layout()->addWidget(pane);
    connect(pane, &ListPane::currentRowChanged, this, [this] { updateActions(); });
    connect(model(), &RefreshableListModel::countChanged, this, [this] { updateActions(); });
}

QPushButton* AdminTab::addAction(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_pane->actions()->addWidget(button);
    return button;
}

int AdminTab::currentRow() const
{
    return m_pane ? m_pane->currentSourceRow() : -1;
}

QString AdminTab::denied(const QString& operationId, const QString& tenant) const
{
    return m_context->server()->deniedReason(operationId, tenant);
}

bool AdminTab::confirm(const QString& title, const QString& text, const QString& action)
{
    return m_context->confirm(this, title, text, action);
}

void AdminTab::openDialog(ActionFormDialog* dialog)
{
    connect(dialog, &ActionFormDialog::succeeded, this, [this](const QString& summary) {
        Q_EMIT reported(summary);
        model()->refresh();
    });
    openWhileConnected(dialog, m_context);
}

void AdminTab::refreshModel()
{
    model()->refresh();
}

} // namespace Cloacina::Monitor

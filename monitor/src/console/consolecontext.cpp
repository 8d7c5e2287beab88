#include "consolecontext.h"

#include <cloacina/cloacinaclient.h>
#include <cloacinamodels/serversession.h>

#include <QMessageBox>
#include <QPushButton>

namespace Cloacina::Monitor {

ConsoleContext::ConsoleContext(QObject* parent)
    : QObject(parent)
    , m_server(new ServerSession(this))
{
}

QString ConsoleContext::tenant() const
{
    return m_client && !m_client->tenant().isEmpty() ? m_client->tenant() : QStringLiteral("public");
}

QString ConsoleContext::deniedReason(const QString& operationId) const
{
    return m_server->deniedReason(operationId, tenant());
}

void ConsoleContext::setConnection(CloacinaClient* client, ServerSession* server)
{
    m_client = client;
    if (server && server != m_server) {
        if (m_server && m_server->parent() == this)
            m_server->deleteLater();
        m_server = server;
    }
    Q_EMIT connectionChanged();
}

bool ConsoleContext::confirm(QWidget* parent, const QString& title, const QString& text, const QString& action)
{
    m_lastConfirmation = text;
    if (m_confirmHook)
        return m_confirmHook(text);
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton* accept = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel); // Enter never destroys anything
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace Cloacina::Monitor

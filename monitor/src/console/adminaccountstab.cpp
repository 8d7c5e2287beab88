#include "adminaccountstab.h"

#include "actionformdialog.h"
#include "actiongate.h"
#include "columnfit.h"
#include "consolecontext.h"
#include "listpane.h"

#include <cloacinamodels/console/accountlistmodel.h>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace Cloacina::Monitor {

namespace {
    //! A new password typed twice; a sentence saying what is wrong, or empty.
    QString passwordProblem(const QLineEdit* password, const QLineEdit* again)
    {
        if (password->text().isEmpty())
            return AdminAccountsTab::tr("Enter a password.");
        if (password->text() != again->text())
            return AdminAccountsTab::tr("The two passwords differ.");
        return {};
    }
} // namespace

AdminAccountsTab::AdminAccountsTab(ConsoleContext* context, QWidget* parent)
    : AdminTab(context, parent)
    , m_model(new AccountListModel(this))
{
    m_model->setAutoRefreshInterval(30000);
    setPane(new ListPane(tr("Accounts"), m_model, nullptr, this));
    fitColumns(pane()->table(), { 240, 120 });
    m_create = addAction(tr("Create account…"), QStringLiteral("createAccount"));
    m_reset = addAction(tr("Reset password…"), QStringLiteral("resetPassword"));
    m_disable = addAction(tr("Disable…"), QStringLiteral("disableAccount"));
    connect(m_create, &QPushButton::clicked, this, &AdminAccountsTab::create);
    connect(m_reset, &QPushButton::clicked, this, &AdminAccountsTab::resetPassword);
    connect(m_disable, &QPushButton::clicked, this, &AdminAccountsTab::disableAccount);
    updateActions();
}

RefreshableListModel* AdminAccountsTab::model() const
{
    return m_model;
}

void AdminAccountsTab::setTenant(const QString& tenant)
{
    m_tenant = tenant;
    m_model->setTenant(tenant);
    updateActions();
}

void AdminAccountsTab::updateActions()
{
    const bool connected = context()->client() != nullptr;
    const bool selected = currentRow() >= 0;
    gateAction(m_create, connected, true, denied(QStringLiteral("create_account"), m_tenant), tr("Create a local account"));
    gateAction(m_reset, connected, selected, denied(QStringLiteral("reset_password"), m_tenant),
        tr("Set a new password for the selected account"));
    const bool active = selected && m_model->account(currentRow()).status != QLatin1String("disabled");
    gateAction(m_disable, connected, active, denied(QStringLiteral("disable_account"), m_tenant),
        tr("Disable the selected account: it can no longer log in"));
}

void AdminAccountsTab::create()
{
    CloacinaClient* client = context()->client();
    if (!client)
        return;
    const QString tenant = m_tenant;
    auto* dialog = new ActionFormDialog(tr("Create account"),
        tr("Creates a local account of tenant <b>%1</b> (login with username and password).").arg(tenant.toHtmlEscaped()),
        tr("Create"), this);
    QLineEdit* username = dialog->addText(tr("Username"), QStringLiteral("accountUsername"));
    QLineEdit* password = dialog->addText(tr("Password"), QStringLiteral("accountPassword"), true);
    QLineEdit* again = dialog->addText(tr("Password again"), QStringLiteral("accountPasswordAgain"), true);
    QComboBox* role = dialog->addChoice(tr("Role"), QStringLiteral("accountRole"),
        { QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("admin") });
    dialog->onSubmit([dialog, client, tenant, username, password, again, role] {
        if (username->text().trimmed().isEmpty()) {
            dialog->showProblem(tr("An account needs a username."));
            return;
        }
        if (const QString problem = passwordProblem(password, again); !problem.isEmpty()) {
            dialog->showProblem(problem);
            return;
        }
        CreateAccountRequest request;
        request.username = username->text().trimmed();
        request.password = password->text();
        request.role = role->currentText();
        dialog->send(client->createAccount(request, tenant), [](const AccountInfo& a) {
            return tr("Created account %1 (%2).").arg(a.username, a.role);
        });
    });
    openDialog(dialog);
}

void AdminAccountsTab::resetPassword()
{
    CloacinaClient* client = context()->client();
    const int row = currentRow();
    if (!client || row < 0)
        return;
    const AccountInfo account = m_model->account(row);
    const QString tenant = m_tenant;
    auto* dialog = new ActionFormDialog(tr("Reset password"),
        tr("Sets a new password for <b>%1</b>.").arg(account.username.toHtmlEscaped()), tr("Reset"), this);
    QLineEdit* password = dialog->addText(tr("New password"), QStringLiteral("newPassword"), true);
    QLineEdit* again = dialog->addText(tr("Again"), QStringLiteral("newPasswordAgain"), true);
    dialog->onSubmit([dialog, client, tenant, account, password, again] {
        if (const QString problem = passwordProblem(password, again); !problem.isEmpty()) {
            dialog->showProblem(problem);
            return;
        }
        ResetPasswordRequest request;
        request.password = password->text();
        dialog->send(client->resetPassword(account.id, request, tenant), [account](const AccountActionResponse&) {
            return tr("Reset the password of %1.").arg(account.username);
        });
    });
    openDialog(dialog);
}

void AdminAccountsTab::disableAccount()
{
    CloacinaClient* client = context()->client();
    const int row = currentRow();
    if (!client || row < 0)
        return;
    const AccountInfo account = m_model->account(row);
    if (!confirm(tr("Disable account"),
            tr("Disable account %1? It can no longer log in.").arg(account.username), tr("Disable")))
        return;
    runAction(client->disableAccount(account.id, m_tenant), tr("Disabled account %1.").arg(account.username));
}

} // namespace Cloacina::Monitor

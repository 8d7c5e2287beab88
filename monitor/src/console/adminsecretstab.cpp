#include "adminsecretstab.h"

#include "actionformdialog.h"
#include "actiongate.h"
#include "columnfit.h"
#include "consolecontext.h"
#include "listpane.h"

#include <cloacinamodels/console/secretlistmodel.h>

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include <memory>

namespace Cloacina::Monitor {

namespace {
    //! The field rows of a secret form: a name and a hidden value each; "Add field" adds a row.
    struct FieldRows {
        QList<QLineEdit*> names;
        QList<QLineEdit*> values;

        void add(ActionFormDialog* dialog, const QString& fixedName = QString())
        {
            const int n = int(names.size()) + 1;
            QLineEdit* name = dialog->addText(AdminSecretsTab::tr("Field %1").arg(n),
                QStringLiteral("fieldName%1").arg(n), false, AdminSecretsTab::tr("e.g. password"));
            name->setText(fixedName);
            name->setReadOnly(!fixedName.isEmpty());
            QLineEdit* value = dialog->addText(AdminSecretsTab::tr("Value %1").arg(n), QStringLiteral("fieldValue%1").arg(n), true);
            names << name;
            values << value;
        }

        //! The fields typed; nullopt (with the problem shown) when a name or value is missing.
        std::optional<QMap<QString, QString>> collect(ActionFormDialog* dialog) const
        {
            QMap<QString, QString> out;
            for (int i = 0; i < names.size(); ++i) {
                const QString name = names.at(i)->text().trimmed();
                const QString value = values.at(i)->text();
                if (name.isEmpty() && value.isEmpty())
                    continue;
                if (name.isEmpty() || value.isEmpty()) {
                    dialog->showProblem(AdminSecretsTab::tr("Field %1 needs a name and a value.").arg(i + 1));
                    return std::nullopt;
                }
                out.insert(name, value);
            }
            if (out.isEmpty()) {
                dialog->showProblem(AdminSecretsTab::tr("A secret needs at least one field."));
                return std::nullopt;
            }
            return out;
        }
    };
} // namespace

AdminSecretsTab::AdminSecretsTab(ConsoleContext* context, QWidget* parent)
    : AdminTab(context, parent)
    , m_model(new SecretListModel(this))
{
    m_model->setAutoRefreshInterval(30000);
    setPane(new ListPane(tr("Secrets"), m_model, nullptr, this));
    fitColumns(pane()->table(), { 240, 320, 150 });
    m_create = addAction(tr("Create secret…"), QStringLiteral("createSecret"));
    m_rotate = addAction(tr("Rotate…"), QStringLiteral("rotateSecret"));
    m_delete = addAction(tr("Delete…"), QStringLiteral("deleteSecret"));
    connect(m_create, &QPushButton::clicked, this, &AdminSecretsTab::create);
    connect(m_rotate, &QPushButton::clicked, this, &AdminSecretsTab::rotate);
    connect(m_delete, &QPushButton::clicked, this, &AdminSecretsTab::remove);
    updateActions();
}

RefreshableListModel* AdminSecretsTab::model() const
{
    return m_model;
}

void AdminSecretsTab::setTenant(const QString& tenant)
{
    m_tenant = tenant;
    m_model->setTenant(tenant);
    updateActions();
}

void AdminSecretsTab::updateActions()
{
    const bool connected = context()->client() != nullptr;
    const bool selected = currentRow() >= 0;
    gateAction(m_create, connected, true, denied(QStringLiteral("create_secret"), m_tenant), tr("Store a new secret"));
    gateAction(m_rotate, connected, selected, denied(QStringLiteral("rotate_secret"), m_tenant),
        tr("Replace the selected secret's values"));
    gateAction(m_delete, connected, selected, denied(QStringLiteral("delete_secret"), m_tenant),
        tr("Delete the selected secret"));
}

void AdminSecretsTab::create()
{
    CloacinaClient* client = context()->client();
    if (!client)
        return;
    const QString tenant = m_tenant;
    auto* dialog = new ActionFormDialog(tr("Create secret"),
        tr("Stores a secret of tenant <b>%1</b>. Values are encrypted by the server and never shown again.")
            .arg(tenant.toHtmlEscaped()),
        tr("Create"), this);
    QLineEdit* name = dialog->addText(tr("Name"), QStringLiteral("secretName"), false, tr("e.g. warehouse_db"));
    auto rows = std::make_shared<FieldRows>();
    rows->add(dialog);
    auto* more = new QPushButton(tr("Add field"), dialog);
    more->setObjectName(QStringLiteral("addField"));
    connect(more, &QPushButton::clicked, dialog, [dialog, rows] { rows->add(dialog); });
    dialog->addRow(QString(), more);
    dialog->onSubmit([dialog, client, tenant, name, rows] {
        if (name->text().trimmed().isEmpty()) {
            dialog->showProblem(tr("A secret needs a name."));
            return;
        }
        const auto fields = rows->collect(dialog);
        if (!fields)
            return;
        CreateSecretRequest request;
        request.name = name->text().trimmed();
        request.fields = *fields;
        dialog->send(client->createSecret(request, tenant), [](const SecretMetadataResponse& s) {
            return tr("Stored secret %1 (%2).").arg(s.name, QStringList(s.fieldNames).join(QStringLiteral(", ")));
        });
    });
    openDialog(dialog);
}

void AdminSecretsTab::rotate()
{
    CloacinaClient* client = context()->client();
    const int row = currentRow();
    if (!client || row < 0)
        return;
    const SecretMetadataResponse secret = m_model->secret(row);
    const QString tenant = m_tenant;
    auto* dialog = new ActionFormDialog(tr("Rotate secret"),
        tr("Replaces every value of <b>%1</b>. Fields left out are dropped.").arg(secret.name.toHtmlEscaped()),
        tr("Rotate"), this);
    auto rows = std::make_shared<FieldRows>();
    for (const QString& field : secret.fieldNames)
        rows->add(dialog, field);
    if (secret.fieldNames.isEmpty())
        rows->add(dialog);
    dialog->onSubmit([dialog, client, tenant, secret, rows] {
        const auto fields = rows->collect(dialog);
        if (!fields)
            return;
        RotateSecretRequest request;
        request.fields = *fields;
        dialog->send(client->rotateSecret(secret.name, request, tenant), [](const SecretMetadataResponse& s) {
            return tr("Rotated secret %1.").arg(s.name);
        });
    });
    openDialog(dialog);
}

void AdminSecretsTab::remove()
{
    CloacinaClient* client = context()->client();
    const int row = currentRow();
    if (!client || row < 0)
        return;
    const QString name = m_model->secret(row).name;
    if (!confirm(tr("Delete secret"),
            tr("Delete secret %1? Workflows that read it fail until it is stored again.").arg(name), tr("Delete")))
        return;
    runAction(client->deleteSecret(name, m_tenant), tr("Deleted secret %1.").arg(name));
}

} // namespace Cloacina::Monitor

#include "createinstancedialog.h"

#include "colors.h"
#include "errorbanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

CreateInstanceDialog::CreateInstanceDialog(const QString& workflowName, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("createInstanceDialog"));
    setWindowTitle(tr("New instance of %1").arg(workflowName));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("instanceName"));
    form->addRow(tr("Name *"), m_name);
    m_cron = new QLineEdit(this);
    m_cron->setObjectName(QStringLiteral("instanceCron"));
    m_cron->setPlaceholderText(tr("e.g. */15 * * * * (empty: runs only when started)"));
    form->addRow(tr("Cron"), m_cron);
    m_timezone = new QLineEdit(this);
    m_timezone->setObjectName(QStringLiteral("instanceTimezone"));
    m_timezone->setPlaceholderText(tr("e.g. Europe/Berlin (empty: UTC)"));
    form->addRow(tr("Time zone"), m_timezone);
    m_params = new QPlainTextEdit(this);
    m_params->setObjectName(QStringLiteral("instanceParams"));
    m_params->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_params->setPlaceholderText(QStringLiteral("{ \"region\": \"eu\" }"));
    m_params->setMaximumHeight(100);
    form->addRow(tr("Parameters (JSON object)"), m_params);
    m_enabled = new QCheckBox(tr("Enabled"), this);
    m_enabled->setChecked(true);
    form->addRow(QString(), m_enabled);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("instanceProblem"));
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, statusColor(QStringLiteral("Failed")));
    m_problem->setPalette(pal);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    m_error = createErrorBanner(QStringLiteral("instanceError"), this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateInstanceDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 320);
}

void CreateInstanceDialog::submit()
{
    m_error->setVisible(false);
    QString problem;
    CreateInstanceRequest request;
    request.instanceName = m_name->text().trimmed();
    if (request.instanceName.isEmpty())
        problem = tr("The instance needs a name.");
    if (!m_cron->text().trimmed().isEmpty())
        request.cron = Nullable<QString>(m_cron->text().trimmed());
    if (!m_timezone->text().trimmed().isEmpty())
        request.timezone = Nullable<QString>(m_timezone->text().trimmed());
    request.enabled = Nullable<bool>(m_enabled->isChecked());
    const QByteArray params = m_params->toPlainText().trimmed().toUtf8();
    if (!params.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(params, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            problem = tr("The parameters must be a JSON object: %1")
                          .arg(error.error != QJsonParseError::NoError ? error.errorString() : tr("not an object"));
        else
            request.params = QJsonValue(doc.object());
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    m_create->setEnabled(false); // until the server answered
    Q_EMIT createRequested(request);
}

void CreateInstanceDialog::showError(const Error& error)
{
    m_create->setEnabled(true);
    m_error->setText(tr("The server refused the instance: %1").arg(describeError(error)));
    m_error->setVisible(true);
}

} // namespace Cloacina::Monitor

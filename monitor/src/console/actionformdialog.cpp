#include "actionformdialog.h"

#include "consolecontext.h"
#include "errorbanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

ActionFormDialog::ActionFormDialog(const QString& title, const QString& intro, const QString& action, QWidget* parent)
    : QDialog(parent)
    , m_action(action)
{
    setWindowTitle(title);
    m_layout = new QVBoxLayout(this);
    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    m_layout->addWidget(introLabel);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_status->hide();
    m_layout->addWidget(m_status);
    m_form = new QFormLayout;
    m_layout->addLayout(m_form);
    m_error = createErrorBanner(QStringLiteral("formError"), this);
    m_layout->addWidget(m_error);
    m_layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = m_buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (m_busy || !m_onSubmit)
            return;
        showProblem({});
        m_onSubmit();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

QLineEdit* ActionFormDialog::addText(const QString& label, const QString& objectName, bool secret, const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    if (secret) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    }
    m_form->addRow(label, edit);
    return edit;
}

QComboBox* ActionFormDialog::addChoice(const QString& label, const QString& objectName, const QStringList& items)
{
    auto* box = new QComboBox(this);
    box->setObjectName(objectName);
    box->addItems(items);
    m_form->addRow(label, box);
    return box;
}

void ActionFormDialog::addRow(const QString& label, QWidget* widget)
{
    m_form->addRow(label, widget);
}

QString ActionFormDialog::shownError() const
{
    if (m_error->isHidden())
        return {};
    QTextDocument doc;
    doc.setHtml(m_error->text());
    return doc.toPlainText();
}

void ActionFormDialog::showProblem(const QString& text)
{
    m_error->setText(text.toHtmlEscaped());
    m_error->setVisible(!text.isEmpty());
}

void ActionFormDialog::showError(const Error& error)
{
    m_error->setText(describeError(error));
    m_error->setVisible(true);
}

void ActionFormDialog::setSubmitEnabled(bool enabled)
{
    m_submit->setEnabled(enabled && !m_busy);
}

void ActionFormDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_submit->setEnabled(!busy);
    m_submit->setText(busy ? tr("Sending…") : m_action);
}

void openWhileConnected(ActionFormDialog* dialog, ConsoleContext* context)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(context, &ConsoleContext::connectionChanged, dialog, &QDialog::reject);
    dialog->open();
}

} // namespace Cloacina::Monitor

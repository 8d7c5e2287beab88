#include "rerundialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

RerunDialog::RerunDialog(const QString& workflow, const QString& originalId, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Re-run workflow"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(tr("<p>Start a <b>new</b> execution of <b>%1</b>?</p>"
                               "<p><b>The original run's context is not replayed</b>: the server does not keep it, "
                               "so the new run starts with the context given below (or none). "
                               "Run %2 stays as it is.</p>")
                                .arg(workflow.toHtmlEscaped(), originalId.left(8)),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_useContext = new QCheckBox(tr("Pass a context (JSON)"), this);
    layout->addWidget(m_useContext);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("contextEditor"));
    m_editor->setPlaceholderText(QStringLiteral("{\n  \"key\": \"value\"\n}"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setEnabled(false);
    layout->addWidget(m_editor, 1);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Start new run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_useContext, &QCheckBox::toggled, m_editor, &QWidget::setEnabled);
    connect(m_useContext, &QCheckBox::toggled, this, &RerunDialog::validate);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &RerunDialog::validate);
    resize(520, 380);
    validate();
}

QString RerunDialog::validateContext(const QString& text, QJsonValue* out)
{
    if (text.trimmed().isEmpty()) {
        if (out)
            *out = QJsonValue(QJsonValue::Undefined);
        return {};
    }
    // Wrap so that scalars and arrays parse too.
    const QByteArray wrapped = "[" + text.toUtf8() + "]";
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return tr("Not valid JSON: %1 (at character %2)").arg(error.errorString()).arg(qMax(0, error.offset - 1));
    if (out)
        *out = doc.array().at(0);
    return {};
}

void RerunDialog::validate()
{
    const QString error = m_useContext->isChecked() ? validateContext(m_editor->toPlainText()) : QString();
    m_error->setText(error);
    m_ok->setEnabled(error.isEmpty());
}

QJsonValue RerunDialog::context() const
{
    QJsonValue v(QJsonValue::Undefined);
    if (m_useContext->isChecked())
        validateContext(m_editor->toPlainText(), &v);
    return v;
}

} // namespace Cloacina::Monitor

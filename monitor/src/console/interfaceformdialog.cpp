#include "interfaceformdialog.h"

#include <cloacinamodels/console/slotvalue.h>

#include <QComboBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Cloacina::Monitor {

InterfaceFormDialog::InterfaceFormDialog(const QString& title, const QString& intro, const QString& action, QWidget* parent)
    : ActionFormDialog(title, intro, action, parent)
{
    statusLabel()->setText(tr("Loading the declared inputs…"));
    statusLabel()->show();
    setSubmitEnabled(false);
    onSubmit([this] { submit(); });
}

void InterfaceFormDialog::loadInterface(QFuture<Result<DeclaredSurface>> surface)
{
    whenReady(std::move(surface), this, [this](const Result<DeclaredSurface>& r) {
        m_loaded = true;
        if (!r) {
            statusLabel()->setText(tr("Could not load the declared inputs."));
            showError(r.error());
            buildFields({});
        } else {
            buildFields(r.value().slots_);
        }
        setSubmitEnabled(true);
        fieldsBuilt();
        Q_EMIT interfaceLoaded();
    });
}

void InterfaceFormDialog::buildFields(const QList<InputSlot>& declared)
{
    m_slots = declared;
    if (declared.isEmpty() && shownError().isEmpty())
        statusLabel()->setText(tr("No inputs are declared."));
    else if (!declared.isEmpty())
        statusLabel()->setText(tr("Fields marked * are required."));
    for (const InputSlot& s : declared) {
        const SlotKind kind = slotKind(s.schema);
        const QString type = slotType(s.schema);
        QWidget* editor = nullptr;
        if (kind == SlotKind::Boolean) {
            auto* box = new QComboBox(this);
            box->addItems({ QString(), QStringLiteral("true"), QStringLiteral("false") });
            editor = box;
        } else if (kind != SlotKind::Json) {
            auto* line = new QLineEdit(this);
            line->setPlaceholderText(type);
            if (s.encrypted.value_or(false))
                line->setEchoMode(QLineEdit::Password);
            editor = line;
        } else {
            auto* json = new QPlainTextEdit(this);
            json->setPlaceholderText(type == QLatin1String("array") ? tr("JSON array, e.g. [1, 2]")
                    : type == QLatin1String("object")               ? tr("JSON object, e.g. {\"key\": 1}")
                                                                    : tr("any JSON value"));
            json->setTabChangesFocus(true);
            json->setFixedHeight(json->fontMetrics().lineSpacing() * 4 + 12);
            editor = json;
        }
        if (s.default_ && !s.default_->isNull())
            editor->setToolTip(tr("Default: %1").arg(QString::fromUtf8(QJsonDocument(s.default_->value()).toJson(QJsonDocument::Compact))));
        editor->setObjectName(QStringLiteral("slot_") + s.name);
        m_editors.insert(s.name, editor);
        form()->addRow(s.required ? s.name + QStringLiteral(" *") : s.name, editor);
    }
}

QString InterfaceFormDialog::textOf(const QString& slot) const
{
    QWidget* w = m_editors.value(slot);
    if (auto* line = qobject_cast<QLineEdit*>(w))
        return line->text();
    if (auto* box = qobject_cast<QComboBox*>(w))
        return box->currentText();
    if (auto* json = qobject_cast<QPlainTextEdit*>(w))
        return json->toPlainText();
    return {};
}

std::optional<QJsonObject> InterfaceFormDialog::collectValues(bool requireRequired)
{
    QJsonObject values;
    for (const InputSlot& s : std::as_const(m_slots)) {
        const QString text = textOf(s.name);
        const bool isString = slotKind(s.schema) == SlotKind::String;
        if (isString ? text.isEmpty() : text.trimmed().isEmpty()) {
            if (requireRequired && s.required && (!s.default_ || s.default_->isNull())) {
                showProblem(tr("%1 is required.").arg(s.name));
                m_editors.value(s.name)->setFocus();
                return std::nullopt;
            }
            continue;
        }
        QString why;
        const std::optional<QJsonValue> value = parseSlotValue(s.schema, text, &why);
        if (!value) {
            showProblem(tr("%1: %2").arg(s.name, why));
            m_editors.value(s.name)->setFocus();
            return std::nullopt;
        }
        values.insert(s.name, *value);
    }
    return values;
}

void InterfaceFormDialog::setFieldsEnabled(bool enabled)
{
    for (QWidget* w : std::as_const(m_editors))
        w->setEnabled(enabled);
}

} // namespace Cloacina::Monitor

#include "firetriggerdialog.h"

#include "colors.h"
#include "errorbanner.h"

#include <cloacinamodels/console/triggereventform.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Cloacina::Monitor {

namespace {
    QString kindText(SlotKind kind)
    {
        switch (kind) {
        case SlotKind::String:
            return FireTriggerDialog::tr("text");
        case SlotKind::Number:
            return FireTriggerDialog::tr("number");
        case SlotKind::Integer:
            return FireTriggerDialog::tr("whole number");
        case SlotKind::Boolean:
            return FireTriggerDialog::tr("yes / no");
        case SlotKind::Json:
            return FireTriggerDialog::tr("JSON");
        }
        return {};
    }
} // namespace

FireTriggerDialog::FireTriggerDialog(const QString& triggerName, const QList<InputSlot>& inputSlots, QWidget* parent)
    : QDialog(parent)
    , m_slots(inputSlots)
{
    setObjectName(QStringLiteral("fireTriggerDialog"));
    setWindowTitle(tr("Fire %1").arg(triggerName));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(inputSlots.isEmpty()
            ? tr("Fire %1 now? It declares no inputs; every subscribed workflow starts a run.").arg(triggerName)
            : tr("Fire %1 now with this event; every subscribed workflow starts a run. Fields marked * are required; "
                 "empty optional fields are left out.")
                  .arg(triggerName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* formHost = new QWidget(this);
    auto* form = new QFormLayout(formHost);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const InputSlot& slot : inputSlots) {
        const SlotKind kind = slotKind(slot.schema);
        QWidget* editor = nullptr;
        if (kind == SlotKind::Boolean) {
            editor = new QCheckBox(formHost);
        } else if (kind == SlotKind::Json) {
            auto* json = new QPlainTextEdit(formHost);
            json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            json->setPlaceholderText(QStringLiteral("{ }"));
            json->setMaximumHeight(90);
            editor = json;
        } else {
            editor = new QLineEdit(formHost);
        }
        editor->setObjectName(QStringLiteral("slot_") + slot.name);
        m_editors.insert(slot.name, editor);
        auto* problem = new QLabel(formHost);
        QPalette pal = problem->palette();
        pal.setColor(QPalette::WindowText, statusColor(QStringLiteral("Failed")));
        problem->setPalette(pal);
        problem->setVisible(false);
        m_problems.insert(slot.name, problem);
        auto* field = new QVBoxLayout;
        field->setContentsMargins(0, 0, 0, 0);
        field->addWidget(editor);
        field->addWidget(problem);
        form->addRow(QStringLiteral("%1%2 (%3)").arg(slot.name, slot.required ? QStringLiteral(" *") : QString(), kindText(kind)),
            field);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(formHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setVisible(!inputSlots.isEmpty());
    layout->addWidget(scroll, 1);

    m_error = createErrorBanner(QStringLiteral("fireError"), this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_fire = buttons->addButton(tr("Fire"), QDialogButtonBox::AcceptRole);
    m_fire->setObjectName(QStringLiteral("fireButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FireTriggerDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, inputSlots.isEmpty() ? 160 : qMin(560, 200 + int(inputSlots.size()) * 60));
}

QString FireTriggerDialog::problem(const QString& name) const
{
    const QLabel* label = m_problems.value(name);
    return label && !label->isHidden() ? label->text() : QString();
}

QMap<QString, QVariant> FireTriggerDialog::values() const
{
    QMap<QString, QVariant> out;
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        if (auto* check = qobject_cast<QCheckBox*>(it.value()))
            out.insert(it.key(), check->isChecked());
        else if (auto* line = qobject_cast<QLineEdit*>(it.value()))
            out.insert(it.key(), line->text());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(it.value()))
            out.insert(it.key(), text->toPlainText());
    }
    return out;
}

void FireTriggerDialog::submit()
{
    m_error->setVisible(false);
    const TriggerEventCheck check = buildTriggerEvent(m_slots, values());
    for (auto it = m_problems.constBegin(); it != m_problems.constEnd(); ++it) {
        const QString problem = check.problems.value(it.key());
        it.value()->setText(problem);
        it.value()->setVisible(!problem.isEmpty());
    }
    if (!check.isValid())
        return;
    m_fire->setEnabled(false); // until the server answered
    Q_EMIT fireRequested(m_slots.isEmpty() ? std::nullopt : std::optional<QJsonValue>(check.event));
}

void FireTriggerDialog::showError(const Error& error)
{
    m_fire->setEnabled(true);
    m_error->setText(tr("The server refused the fire: %1").arg(describeError(error)));
    m_error->setVisible(true);
}

} // namespace Cloacina::Monitor

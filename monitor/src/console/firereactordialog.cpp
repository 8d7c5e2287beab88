#include "firereactordialog.h"

#include <QBoxLayout>
#include <QRadioButton>

namespace Cloacina::Monitor {

FireReactorDialog::FireReactorDialog(CloacinaClient* client, const QString& reactor, QWidget* parent)
    : InterfaceFormDialog(tr("Fire %1").arg(reactor),
        tr("Runs the graph of reactor <b>%1</b> now. The fire is recorded as manual.").arg(reactor.toHtmlEscaped()),
        tr("Fire"), parent)
    , m_client(client)
    , m_reactor(reactor)
{
    setObjectName(QStringLiteral("fireReactorDialog"));
    m_force = new QRadioButton(tr("With the inputs the reactor has cached"), this);
    m_withInputs = new QRadioButton(tr("With these inputs:"), this);
    m_withInputs->setObjectName(QStringLiteral("fireWithInputs"));
    m_force->setChecked(true);
    auto* box = qobject_cast<QBoxLayout*>(layout());
    box->insertWidget(1, m_force);
    box->insertWidget(2, m_withInputs);
    connect(m_withInputs, &QRadioButton::toggled, this, [this](bool on) { setFieldsEnabled(on); });
    loadInterface(client->getReactorInterface(reactor));
}

void FireReactorDialog::fieldsBuilt()
{
    setFieldsEnabled(m_withInputs->isChecked());
}

void FireReactorDialog::submit()
{
    FireReactorRequest request;
    if (m_withInputs->isChecked()) {
        const std::optional<QJsonObject> values = collectValues(true);
        if (!values)
            return;
        if (values->isEmpty()) {
            // Upstream refuses fire_with without inputs (empty_inputs): say so before sending.
            showProblem(tr("Enter at least one input, or fire with the cached inputs."));
            return;
        }
        request.mode = FireMode::FireWith;
        request.inputs = QMap<QString, QJsonValue>();
        for (auto it = values->constBegin(); it != values->constEnd(); ++it)
            request.inputs->insert(it.key(), it.value());
    } else {
        request.mode = FireMode::ForceFire;
    }
    send(m_client->fireReactor(m_reactor, request), [](const FireReactorResponse& r) {
        return r.sourcesInjected.isEmpty()
            ? tr("Fired %1.").arg(r.reactor)
            : tr("Fired %1 with %2.").arg(r.reactor, QStringList(r.sourcesInjected).join(QStringLiteral(", ")));
    });
}

} // namespace Cloacina::Monitor

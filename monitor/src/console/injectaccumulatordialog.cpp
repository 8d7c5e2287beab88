#include "injectaccumulatordialog.h"

#include <cloacina/cloacinaclient.h>

namespace Cloacina::Monitor {

namespace {
    //! An accumulator that declares nothing still takes an event: one untyped (JSON) field.
    InputSlot anyEvent(const QString& name)
    {
        InputSlot s;
        s.name = name;
        s.required = true;
        return s;
    }
} // namespace

InjectAccumulatorDialog::InjectAccumulatorDialog(CloacinaClient* client, const QString& accumulator, QWidget* parent)
    : InterfaceFormDialog(tr("Inject into %1").arg(accumulator),
        tr("Sends one event to accumulator <b>%1</b> as if its source had produced it. It is counted as an "
           "operator inject.")
            .arg(accumulator.toHtmlEscaped()),
        tr("Inject"), parent)
    , m_client(client)
    , m_accumulator(accumulator)
{
    setObjectName(QStringLiteral("injectAccumulatorDialog"));
    loadInterface(client->getAccumulatorInterface(accumulator).then([accumulator](Result<DeclaredSurface> r) {
        if (r && r.value().slots_.isEmpty())
            r.value().slots_.append(anyEvent(accumulator));
        return r;
    }));
}

void InjectAccumulatorDialog::fieldsBuilt()
{
    setFieldsEnabled(true);
}

void InjectAccumulatorDialog::submit()
{
    const std::optional<QJsonObject> values = collectValues(true);
    if (!values)
        return;
    if (values->isEmpty()) {
        showProblem(tr("Enter the event to inject."));
        return;
    }
    InjectAccumulatorRequest request;
    // The accumulator's one slot is the event itself.
    request.event = values->begin().value();
    send(m_client->injectAccumulator(m_accumulator, request), [](const InjectAccumulatorResponse& r) {
        return tr("Injected %n event(s) into %1.", nullptr, int(r.delivered)).arg(r.accumulator);
    });
}

} // namespace Cloacina::Monitor

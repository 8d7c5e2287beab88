#pragma once

#include "interfaceformdialog.h"

namespace Cloacina::Monitor {

//! Injects one event into an accumulator (`inject_accumulator`), typed by the slot its
//! interface declares (or any JSON value when it declares none). The server validates it too and
//! its error (e.g. `accumulator_input_invalid`) is shown in place.
class InjectAccumulatorDialog : public InterfaceFormDialog {
    Q_OBJECT
public:
    //! Loads the interface of \a accumulator through \a client (not owned; must outlive the dialog).
    InjectAccumulatorDialog(CloacinaClient* client, const QString& accumulator, QWidget* parent = nullptr);

protected:
    void submit() override;
    void fieldsBuilt() override;

private:
    CloacinaClient* m_client;
    QString m_accumulator;
};

} // namespace Cloacina::Monitor

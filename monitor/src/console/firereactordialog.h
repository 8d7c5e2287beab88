#pragma once

#include "interfaceformdialog.h"

class QRadioButton;

namespace Cloacina::Monitor {

//! Fires a reactor (`fire_reactor`): now, with the inputs it has cached (force_fire), or with
//! inputs typed into the fields its interface declares (fire_with, required slots enforced).
class FireReactorDialog : public InterfaceFormDialog {
    Q_OBJECT
public:
    //! Loads the interface of \a reactor through \a client (not owned; must outlive the dialog).
    FireReactorDialog(CloacinaClient* client, const QString& reactor, QWidget* parent = nullptr);

    QRadioButton* withInputsButton() const { return m_withInputs; }

protected:
    void submit() override;
    void fieldsBuilt() override;

private:
    CloacinaClient* m_client;
    QString m_reactor;
    QRadioButton* m_force;
    QRadioButton* m_withInputs;
};

} // namespace Cloacina::Monitor

#pragma once

#include "actionformdialog.h"

#include <cloacina/cloacinaclient.h>

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace Cloacina::Monitor {

//! An ActionFormDialog whose fields come from a declared interface (`get_reactor_interface`,
//! `get_accumulator_interface`): one typed field per input slot (text, number, true/false, JSON;
//! encrypted slots hidden as typed), checked before sending. Subclasses send.
class InterfaceFormDialog : public ActionFormDialog {
    Q_OBJECT
public:
    InterfaceFormDialog(const QString& title, const QString& intro, const QString& action, QWidget* parent = nullptr);

    //! Builds the fields from \a surface once it arrives (the dialog says "Loading…" until then;
    //! an error is shown and the fields stay empty).
    void loadInterface(QFuture<Result<DeclaredSurface>> surface);

    //! The editor of slot \a name (a QLineEdit, QComboBox or QPlainTextEdit), or null (tests).
    QWidget* editor(const QString& name) const { return m_editors.value(name); }
    bool isInterfaceLoaded() const { return m_loaded; }

Q_SIGNALS:
    //! The interface arrived (or failed) and the fields are built.
    void interfaceLoaded();

protected:
    //! Sends the action; called when the button is pressed and the form is not busy.
    virtual void submit() = 0;
    //! Called once the fields are built (subclasses adjust, e.g. disable them).
    virtual void fieldsBuilt() { }

    //! The values of the filled fields by slot name; nullopt (and the problem shown) when a
    //! value does not fit its type or, with \a requireRequired, a required slot is empty.
    std::optional<QJsonObject> collectValues(bool requireRequired);
    const QList<InputSlot>& inputSlots() const { return m_slots; }
    void setFieldsEnabled(bool enabled);

private:
    void buildFields(const QList<InputSlot>& declared);
    QString textOf(const QString& slot) const;

    QList<InputSlot> m_slots;
    QHash<QString, QWidget*> m_editors;
    bool m_loaded = false;
};

} // namespace Cloacina::Monitor

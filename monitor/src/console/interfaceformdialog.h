#pragma once

#include <cloacina/cloacinaclient.h>
#include <cloacina/whenready.h>

#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace Cloacina::Monitor {

//! A dialog whose fields come from a declared interface (`get_reactor_interface`,
//! `get_accumulator_interface`): one typed field per input slot (text, number, true/false, JSON;
//! encrypted slots hidden as typed), checked before sending, and the server's typed error shown
//! in place (message, code, request id) with what was typed kept. Subclasses send.
class InterfaceFormDialog : public QDialog {
    Q_OBJECT
public:
    //! \a intro says what the action does; \a action names the button ("Fire").
    InterfaceFormDialog(const QString& title, const QString& intro, const QString& action, QWidget* parent = nullptr);

    //! Builds the fields from \a surface once it arrives (the dialog says "Loading…" until then;
    //! an error is shown and the fields stay empty).
    void loadInterface(QFuture<Result<DeclaredSurface>> surface);

    //! The editor of slot \a name (a QLineEdit, QComboBox or QPlainTextEdit), or null (tests).
    QWidget* editor(const QString& name) const { return m_editors.value(name); }
    QPushButton* submitButton() const { return m_submit; }
    //! The error shown (plain text of the banner); empty when none (tests).
    QString shownError() const;
    bool isInterfaceLoaded() const { return m_loaded; }

Q_SIGNALS:
    //! The interface arrived (or failed) and the fields are built.
    void interfaceLoaded();
    //! The action succeeded; \a summary says what happened (for a status line).
    void succeeded(const QString& summary);

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
    //! Shows \a text as the problem; empty hides it.
    void showProblem(const QString& text);
    //! Waits for \a future with the button disabled; on success emits succeeded(\a summary(value))
    //! and closes, else shows the error and keeps the form.
    template <typename T, typename Summary>
    void send(QFuture<Result<T>> future, Summary summary)
    {
        setBusy(true);
        whenReady(std::move(future), this, [this, summary](const Result<T>& r) {
            setBusy(false);
            if (!r) {
                showError(r.error());
                return;
            }
            Q_EMIT succeeded(summary(r.value()));
            accept();
        });
    }

private:
    void buildFields(const QList<InputSlot>& declared);
    void showError(const Error& error);
    void setBusy(bool busy);
    QString textOf(const QString& slot) const;

    QLabel* m_status;
    QLabel* m_error;
    QFormLayout* m_form;
    QDialogButtonBox* m_buttons;
    QPushButton* m_submit;
    QString m_action;
    QList<InputSlot> m_slots;
    QHash<QString, QWidget*> m_editors;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace Cloacina::Monitor

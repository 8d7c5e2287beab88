#pragma once

#include <cloacina/error.h>
#include <cloacina/whenready.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace Cloacina::Monitor {

class ConsoleContext;

//! A small form that performs one server action (create a key, fire a reactor, …): an intro,
//! fields, the problem or the server's typed error shown in place (message, HTTP status, code,
//! request id) with what was typed kept, and a button that is disabled while the call runs.
//! The dialog closes only when the action succeeded.
class ActionFormDialog : public QDialog {
    Q_OBJECT
public:
    //! \a intro (rich text) says what the action does; \a action names the button ("Create").
    ActionFormDialog(const QString& title, const QString& intro, const QString& action, QWidget* parent = nullptr);

    //! Adds a one-line field labelled \a label; \a secret hides what is typed.
    QLineEdit* addText(const QString& label, const QString& objectName, bool secret = false,
        const QString& placeholder = QString());
    //! Adds a choice among \a items.
    QComboBox* addChoice(const QString& label, const QString& objectName, const QStringList& items);
    //! Adds \a widget as a row labelled \a label (e.g. a button that adds fields).
    void addRow(const QString& label, QWidget* widget);
    //! Calls \a submit when the button is pressed (and no call is running).
    void onSubmit(std::function<void()> submit) { m_onSubmit = std::move(submit); }

    QPushButton* submitButton() const { return m_submit; }
    //! The problem or error shown (plain text); empty when none (tests).
    QString shownError() const;
    //! Shows \a text as the problem; empty hides it.
    void showProblem(const QString& text);
    void showError(const Error& error);

    //! Waits for \a future with the button disabled; on success calls \a done(value), emits
    //! succeeded(\a summary) … and closes; on failure shows the error and keeps the form.
    template <typename T, typename Done>
    void send(QFuture<Result<T>> future, Done done)
    {
        setBusy(true);
        whenReady(std::move(future), this, [this, done](const Result<T>& r) {
            setBusy(false);
            if (!r) {
                showError(r.error());
                return;
            }
            Q_EMIT succeeded(done(r.value()));
            accept();
        });
    }

Q_SIGNALS:
    //! The action succeeded; \a summary says what happened (for a status line).
    void succeeded(const QString& summary);

protected:
    QVBoxLayout* mainLayout() const { return m_layout; }
    QFormLayout* form() const { return m_form; }
    QLabel* statusLabel() const { return m_status; }
    void setSubmitEnabled(bool enabled);

private:
    void setBusy(bool busy);

    QVBoxLayout* m_layout;
    QLabel* m_status;
    QFormLayout* m_form;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_submit;
    QString m_action;
    std::function<void()> m_onSubmit;
    bool m_busy = false;
};

//! Opens \a dialog window-modal, deleted on close, and closes it when \a context's connection
//! changes (it calls the client it was opened with).
void openWhileConnected(ActionFormDialog* dialog, ConsoleContext* context);

} // namespace Cloacina::Monitor

#pragma once

#include <cloacina/error.h>
#include <cloacina/types.h>

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Cloacina::Monitor {

//! Creates a named instance of a workflow: name (required), an optional cron schedule and time
//! zone, parameters as a JSON object, enabled. Checked before sending; the server's typed error
//! is shown in the dialog, which stays open.
class CreateInstanceDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateInstanceDialog(const QString& workflowName, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* cronEdit() const { return m_cron; }
    QLineEdit* timezoneEdit() const { return m_timezone; }
    QPlainTextEdit* paramsEdit() const { return m_params; }
    QLabel* problemLabel() const { return m_problem; }
    QLabel* errorBanner() const { return m_error; }
    QPushButton* createButton() const { return m_create; }
    //! Shows the server's answer and enables Create again.
    void showError(const Error& error);

Q_SIGNALS:
    void createRequested(const Cloacina::CreateInstanceRequest& request);

private:
    void submit();

    QLineEdit* m_name;
    QLineEdit* m_cron;
    QLineEdit* m_timezone;
    QPlainTextEdit* m_params;
    QCheckBox* m_enabled;
    QLabel* m_problem;
    QLabel* m_error;
    QPushButton* m_create;
};

} // namespace Cloacina::Monitor

#pragma once

#include <QDialog>
#include <QJsonValue>

class QLabel;
class QPlainTextEdit;
class QCheckBox;
class QPushButton;

namespace Cloacina::Monitor {

//! Confirms a re-run (execute_workflow) and says plainly that the original run's context is
//! not replayed; offers an optional context JSON editor that validates as you type.
class RerunDialog : public QDialog {
    Q_OBJECT
public:
    RerunDialog(const QString& workflow, const QString& originalId, QWidget* parent = nullptr);
    //! The context to send; undefined when none was given.
    QJsonValue context() const;
    //! Validates \a text: empty is fine (no context), otherwise it must be JSON. Returns the
    //! error message, or empty when valid.
    static QString validateContext(const QString& text, QJsonValue* out = nullptr);

private:
    void validate();
    QPlainTextEdit* m_editor;
    QCheckBox* m_useContext;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace Cloacina::Monitor
